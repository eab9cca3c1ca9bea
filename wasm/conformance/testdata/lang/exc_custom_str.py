# An exception's __str__ decides the message line.
class Loud(Exception):
    def __str__(self):
        return "LOUD: " + " ".join(map(str, self.args))
class Empty(Exception):
    def __str__(self):
        return ""
print(Loud(1, 2))
try:
    raise Empty("ignored")
except Empty as e:
    print(repr(str(e)))
raise Loud("it", "failed")
