# Methods of bytes and bytearray.
b = b"Hello, World"
print(b.lower(), b.find(b"o"), b.replace(b"l", b"L"), b.startswith(b"He"), b.split(b", "))
print(b[0], b[:5], bytes(reversed(b"abc")), b"%d-%s" % (5, b"x"), b"ab".hex(), b"x".join([b"1", b"2"]))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"!!")
print(ba, bytes(ba), len(ba), ba.decode())
print(b"caf\xc3\xa9".decode("utf-8"), "café".encode("latin-1"), b"\xff".decode("utf-8", "replace"))
b"\xff".decode()
