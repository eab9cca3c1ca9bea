# A failing binary operation underlines operands with ~ and the operator with ^.
a = 10
b = 0
result = a + a / b
