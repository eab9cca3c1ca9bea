# __del__ of globals runs after an unhandled exception too.
class Res:
    def __del__(self):
        print("Res.__del__ at shutdown")
r = Res()
raise ValueError("unhandled")
