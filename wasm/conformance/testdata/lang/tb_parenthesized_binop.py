# The failing operator is found inside nested parentheses.
a, b, c = 1, 2, None
r = ((a + b) * (c))
