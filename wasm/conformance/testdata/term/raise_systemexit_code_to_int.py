# Setting code to an int after creation.
e = SystemExit("text")
e.code = 12
print("code set to", e.code, "args still", e.args)
raise e
