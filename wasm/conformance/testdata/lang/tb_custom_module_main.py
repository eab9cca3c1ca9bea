# Exceptions defined in __main__ print without a module prefix.
class MyErr(Exception):
    pass
raise MyErr("custom in __main__")
