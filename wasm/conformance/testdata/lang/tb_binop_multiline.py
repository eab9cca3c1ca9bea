# A binary operation spanning lines inside parentheses.
a = 1
b = None
total = (a +
         b)
