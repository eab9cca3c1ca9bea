print('hello)
print('x')
