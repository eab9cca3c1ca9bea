# list.insert and bytearray.insert clamp their index as slices do, and a
# non-integer index is a TypeError (not a silent insert at 0).
l = [1, 2, 3]
l.insert(-10, 0)
l.insert(99, 9)
l.insert(-1, "x")
print(l)
b = bytearray(b"ac")
b.insert(1, 98)
b.insert(-9, 65)
b.insert(50, 90)
print(b)
for f in (lambda: l.insert(1), lambda: b.insert(1), lambda: b.insert(0, 300),
          lambda: l.insert("a", 1), lambda: b.insert(1.5, 1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
