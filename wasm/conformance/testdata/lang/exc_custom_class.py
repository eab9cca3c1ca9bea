# User-defined exception classes with extra state.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "no such page")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args)
print(NotFound.__mro__)
raise NotFound(410, "gone for good")
