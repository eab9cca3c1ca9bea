# A traceback through five frames.
def f1(): return f2() + 1
def f2(): return f3() * 2
def f3(): return f4()
def f4(): return f5()
def f5(): return None.attr
print(f1())
