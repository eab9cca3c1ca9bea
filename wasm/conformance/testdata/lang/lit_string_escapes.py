# Escape sequences in string literals.
print("tab:\tend")
print("newline:\\n shown, real:\nsecond")
print("\x41\x42 \101\102 \u00e9 \U0001F600")
print(len("\0"), ord("\a"), ord("\b"), ord("\f"), ord("\v"), ord("\r"))
print(repr("\x00\x7f\x80\xff"))
print(repr("é\u200b\t\n"))
print("back\\slash", "unknown \q escape")
