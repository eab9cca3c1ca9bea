# repr chooses escapes for control and special characters.
print(repr("\x1b[0m"), repr("\u2028"), repr("tab\there"), repr("\x7f"), repr("\u00a0"))
print(repr(b"\t\n\r\x0b\x0c\\"), repr(b"'"), repr(b'"'), repr("\\"))
print(ascii("日本"), ascii(b"x"), ascii(["é"]))
