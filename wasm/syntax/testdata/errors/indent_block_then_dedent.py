class A:
    def f():
x = 1
