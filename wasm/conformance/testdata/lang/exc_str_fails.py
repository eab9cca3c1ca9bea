# If str() of the exception fails, the traceback says so.
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")
raise BadStr()
