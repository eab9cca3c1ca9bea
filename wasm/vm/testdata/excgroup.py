# ExceptionGroup: construction, split and the boxed traceback.
def fail(n):
    raise ValueError(f"bad {n}")
errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
eg = ExceptionGroup("batch", errors + [ExceptionGroup("inner", [TypeError("t")])])
match, rest = eg.split(ValueError)
print(repr(match.exceptions), rest.message, str(eg))
raise eg
