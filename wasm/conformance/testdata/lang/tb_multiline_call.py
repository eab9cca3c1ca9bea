# A call spanning several lines shows only its first line.
def build(a, b, c):
    return a + b + c
v = build(
    1,
    2,
    "3",
)
