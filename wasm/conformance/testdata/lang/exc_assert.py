# assert raises AssertionError with the optional message.
assert True, "never"
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e))
x = 3
assert x < 2, f"x is {x}"
