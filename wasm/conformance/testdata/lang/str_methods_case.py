# Case and classification methods of str.
s = "hello World ß"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "  ".isspace(), "Ab".istitle())
print("ABC".isupper(), "abc".islower(), "x1".isidentifier(), "".isalpha(), "½".isnumeric(), "²".isdecimal())
