# NameError inside a function suggests a local.
def area(width, height):
    return widht * height
area(2, 3)
