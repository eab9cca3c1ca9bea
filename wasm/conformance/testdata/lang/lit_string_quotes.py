# Every quote form of string literals.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mix "quotes"', "mix 'quotes'")
print("""line one
line two""")
print('adjacent' ' literals' " concatenate")
s = ("implicit "
     "join")
print(s)
print(repr('a\'b"c'), repr("a'b"), repr('a"b'))
