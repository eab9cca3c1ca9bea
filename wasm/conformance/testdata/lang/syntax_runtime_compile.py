# A SyntaxError raised at run time by compile() gets a traceback too.
print("running")
compile("a b c", "<mine>", "exec")
