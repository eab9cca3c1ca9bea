# Iterating over strings and comparing them.
for ch in "héy":
    print(ch, ord(ch))
print(list("abc"), sorted("cba"), max("hello"), min("hello"))
print("abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc", "a" * 3 == "aaa")
print(str(123), str(-4.5), str([1, "a"]), str(None), str(b"x"))
