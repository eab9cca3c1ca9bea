# str.format with nested fields, attributes, indexes and conversions.
print("{:{}}|".format("x", 5), "{:{}{}}|".format(3.14159, ".", "2f"), "{0!r:^9}|".format("s"))
print("{a[0]}-{b.imag}".format(a=[7], b=3), "{{}} {}".format("braces"), "{:>{w}}".format("r", w=4))
"{} {}".format(1)
