# Except clauses with tuples, matched in order, including base classes.
for exc in [KeyError("k"), IndexError(1), ZeroDivisionError(), TypeError("t")]:
    try:
        raise exc
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, repr(e))
    except ArithmeticError as e:
        print("arith", type(e).__name__)
    except Exception as e:
        print("other", type(e).__name__, e)
