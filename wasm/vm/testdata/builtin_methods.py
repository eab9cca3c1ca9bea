# Methods of int, float, str and bytes added in round two.
print((1024).to_bytes(2, "little"), int.from_bytes(b"\xff\x00", "big", signed=True), (255).bit_count())
print((2.5).as_integer_ratio(), float.fromhex("0x1p-2"), (7).__mul__(6), (5).__rsub__(1))
print("Straße".upper(), "ǅ".istitle(), "abc".translate(str.maketrans("a", "A", "c")))
print("a\tbc\td".expandtabs(4), "é".encode("latin-1"), "☃".encode("ascii", "xmlcharrefreplace"))
print(b"a-b-c".split(b"-"), b" pad ".strip(), b"MiXeD".swapcase(), b"%s=%d" % (b"k", 3))
print(b"\xe2\x98".decode("utf-8", "replace"), bytes.fromhex("00ff").hex(":"))
print(list[int], dict[str, tuple[int, ...]])
"é".encode("ascii")
