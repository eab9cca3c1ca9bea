# Encoding and decoding text.
s = "naïve ☃"
print(s.encode(), s.encode("utf-8"), len(s), len(s.encode()))
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "backslashreplace"))
print(b"na\xc3\xafve".decode(), str(b"x", "ascii"))
s.encode("ascii")
