# The code attribute is what counts.
e = SystemExit(3)
e.code = "changed"
raise e
