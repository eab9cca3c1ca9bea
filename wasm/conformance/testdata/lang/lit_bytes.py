# Bytes literals and their repr.
b = b"abc\x00\xff\n"
print(b, len(b), b[0], b[-2], b[1:3])
print(repr(b"it's"), repr(b'say "x"'), repr(b"both ' and \""))
print(bytes(3), bytes([65, 66, 67]), bytes("héllo", "utf-8"))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc")
print(list(b"hi"), b"hello".decode(), "é".encode())
print(b"a,b,c".split(b","), b"  x ".strip(), b"abc".upper())
print(bytearray(b"xyz"), bytes.fromhex("de ad be ef"), b"\xde\xad".hex())
