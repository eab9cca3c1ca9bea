# Splitting and joining strings.
print("a,b,,c".split(","), "a b  c\n".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ", ".join(map(str, [1, 2])))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kv".partition("="))
