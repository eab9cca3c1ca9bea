# A subclass of SystemExit exits like SystemExit.
class Done(SystemExit):
    pass
print("raising Done(6)")
raise Done(6)
