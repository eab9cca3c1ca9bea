# AttributeError messages, with "Did you mean" hints.
class Config:
    def __init__(self):
        self.timeout = 30
c = Config()
try:
    c.timout
except AttributeError as e:
    print(e)
try:
    Config.nope
except AttributeError as e:
    print(e)
try:
    (5).real = 3
except AttributeError as e:
    print(e)
print(c.timeout)
c.timout
