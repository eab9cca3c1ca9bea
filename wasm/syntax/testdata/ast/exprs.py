a + b - c * d / e // f % g @ h ** i ** j
-2 ** 2
not a and b or c and not d
a < b <= c == d != e > f >= g is h is not i in j not in k
(a + b) * (c - d)
((a))
x if y else z if w else v
lambda: 0
lambda x, /, y=1, *a, z, w=2, **k: x
lambda *, k: k
a | b ^ c & d << e >> f
~a + +b - -c
a.b.c(d)[e].f
f(a)(b)(c)
f(*args, **kwargs)
f(a, b=1, *c, d=2, **e)
f(x for x in y)
f((x for x in y), 1)
a[1:2]
a[:]
a[::2]
a[1:2:3]
a[1:2, 3]
a[1, 2]
a[x := 1]
a[()]
[1, 2, 3]
[]
()
(1,)
1, 2
{}
{1: 2, **d, 3: 4}
{1, 2, *s}
[*a, *b]
[x for x in y if x if z for w in x]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
[(a, b) for a in x for b in y]
(y := 10)
print(len(x), sep="")
...
None, True, False
0, 1, 123456789012345678901234567890, 0x1F, 0o17, 0b1010, 1_000_000
1.5, 1e10, 1.5e-3, .5, 5., 1e400, 0.1
x = [
    1,
    2,
]
f(
  a,
  b=c,
)
s.strip().split(',')[0]
a if b else(c)
not x == y
x[1:2][3]
x.y[z](w)
-x.y
-x ** -y
