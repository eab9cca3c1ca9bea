# Re-raising the exception being handled does not make it its own context.
try:
    try:
        raise ValueError("v")
    except ValueError as e:
        raise e
except ValueError as e2:
    print(e2.__context__)
def again():
    try:
        raise KeyError("k")
    except KeyError as err:
        raise err from err
try:
    again()
except KeyError as e3:
    print(e3.__cause__ is e3, e3.__context__)
