# A failing unary operator.
label = "x"
value = -label
