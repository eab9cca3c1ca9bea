import os
import os.path as p, sys
from . import x
from .. import y as z
from .m import (a, b as c,)
from m import *
from ...pkg.mod import q
x = y = 1
a, *b = c
[a, b] = c
(a, b), c = d
a.b = 1
a[1] = 2
x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1
x @= 1; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1
x: int
x: int = 1
(y): int = 2
a.b: str
a[0]: int = 3
del a, b[1], c.d
del (a, b)
del [a]
pass
assert x
assert x, "msg"
global g
nonlocal n
raise
raise E
raise E from e
raise E("m") from None
return
return x
return x, y
yield
yield x
yield from y
x = yield
x = yield 1, 2
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while x:
    break
else:
    continue
for x in y:
    pass
for x, y in z: pass
for (x, y) in z: pass
for [x, *y] in z: pass
for x in 1, 2: pass
try:
    pass
except:
    pass
try:
    a
except E:
    b
except (E, F) as e:
    c
except G as g:
    d
else:
    e
finally:
    f
try:
    pass
finally:
    pass
with a:
    pass
with a as b, c as d:
    pass
with (a as b, c as d):
    pass
with (a, b):
    pass
with (a):
    pass
with (a) as b:
    pass
with a as (b, c):
    pass
with (
    open(x) as f,
    open(y) as g,
):
    pass
@dec
@dec.attr(1)
def f(a, b: int = 1, *, c: str, **kw) -> None:
    "doc"
    return a
def g(a, b, /, c, *args): pass
def h(*, a=1, b): pass
def i(**kw): pass
def j(a, /): pass
class A: pass
class B(A, metaclass=M, **kw):
    x = 1
    def m(self):
        return self.x
@decorator
class C(): pass
match = 3
match(x)
match.x = 1
type = 5
print(type)
x = 1;
if x: y = 1; z = 2
def k(): return
