# Edge cases of common str methods.
print("a b  c".split(" "), "a b  c".split(None, 1), "a,b,c".rsplit(",", 0), " x ".split())
print("one\x0btwo\x1cthree\u2028four".splitlines())
print("they're bill's friends".title(), "ßa".capitalize(), "+12".zfill(5), "".zfill(3))
print("abc".center(6), "abc".center(7, "-"), "%.3s|%5.1s|" % ("abcdef", "xyz"))
print("aXbXc".split("X", -1), "aaa".count("aa"), "abc".find("", 10), "abc".rfind(""))
