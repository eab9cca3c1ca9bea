# The caret picks the failing operation inside a longer expression.
x = 1
y = "two"
total = (x * 3) + (y * 2) - x
