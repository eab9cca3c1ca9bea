# Comprehensions have their own scope, but see enclosing names.
factor = 3
def f():
    local = 10
    return [x * factor + local for x in range(3)]
print(f())
class K:
    items = [1, 2]
    doubled = [i * 2 for i in items]
print(K.doubled)
print([lambda: i for i in range(2)][0]())
