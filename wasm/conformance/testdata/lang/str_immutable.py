# Strings are immutable.
s = "hello"
t = s
s += " world"
print(s, t)
print(s.upper(), s)
s[0] = "H"
