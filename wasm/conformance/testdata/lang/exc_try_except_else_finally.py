# The order of try / except / else / finally.
def attempt(fail):
    try:
        print("try")
        if fail:
            raise ValueError("bad")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
attempt(False)
attempt(True)
