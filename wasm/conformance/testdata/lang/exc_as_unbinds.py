# The name bound by "except ... as" is deleted at the end of the handler.
e = "outer"
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
