# str.format and %-formatting.
print("{} {} {}".format(1, "a", [2]))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age:>3}".format(name="Bo", age=7))
print("{0[1]} {1.real} {2[k]}".format([9, 8], 5, {"k": "v"}))
print("{:08.3f} {!r:>6}".format(3.14159, "s"))
print("%s %d %5.2f %x %o %e %r %%" % ("s", 42, 3.14159, 255, 8, 12345.678, "r"))
print("%(a)s-%(b)03d" % {"a": "A", "b": 7})
print("%-5s|%5s|%c" % ("ab", "cd", 65))
