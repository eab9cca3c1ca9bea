# A subclass of KeyboardInterrupt exits with status 1, not by SIGINT.
class MyInterrupt(KeyboardInterrupt):
    pass
raise MyInterrupt("subclass")
