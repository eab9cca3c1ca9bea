# The built-in exception hierarchy.
for cls in [SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, ArithmeticError,
            ZeroDivisionError, LookupError, KeyError, OSError, FileNotFoundError, RecursionError,
            NotImplementedError, UnboundLocalError, ModuleNotFoundError, IndentationError]:
    print(cls.__name__, "<-", cls.__bases__[0].__name__, issubclass(cls, Exception))
