# An unterminated string literal.
print("fine")
s = "no end
