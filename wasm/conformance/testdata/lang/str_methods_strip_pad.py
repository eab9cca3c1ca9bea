# Stripping, padding, replacing.
print(repr("  x  ".strip()), repr("xxhixx".strip("x")), repr("  x ".lstrip()), repr(" x  ".rstrip()))
print("ab".center(8, "*"), "ab".ljust(5, "."), "ab".rjust(5), "42".zfill(5), "-42".zfill(5))
print("aaa".replace("a", "b", 2), "hello".replace("l", ""), "a\tb".expandtabs(4))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"))
print(str.maketrans("ab", "xy"), "abcab".translate(str.maketrans("ab", "xy", "c")))
