# return in a generator sets StopIteration.value.
def g():
    yield 1
    return "result"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)
def delegator():
    r = yield from g()
    print("yield from returned", r)
    yield r
print(list(delegator()))
