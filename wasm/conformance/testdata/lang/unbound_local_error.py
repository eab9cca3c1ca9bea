# Assigning anywhere in a function makes the name local everywhere in it.
x = 10
def f():
    print(x)
    x = 5
f()
