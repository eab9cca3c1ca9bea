# Searching in strings.
s = "banana"
print(s.find("an"), s.find("an", 2), s.find("x"), s.rfind("an"), s.index("n"), s.rindex("a"))
print(s.count("a"), s.count("an"), s.count(""), s.startswith("ba"), s.endswith(("x", "na")))
print("an" in s, "nab" in s, s.startswith("na", 2))
print(s.index("z"))
