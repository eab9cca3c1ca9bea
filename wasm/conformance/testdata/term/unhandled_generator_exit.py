# GeneratorExit raised at top level is an ordinary unhandled exception.
raise GeneratorExit
