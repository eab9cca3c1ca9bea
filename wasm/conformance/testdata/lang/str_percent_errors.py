# %-formatting with the wrong number of values.
print("%s" % (1,), "%s" % [1, 2], "%r" % "x", "%5.1f%%" % 99.44)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
"%s" % (1, 2)
