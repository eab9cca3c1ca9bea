# A str-subclass key passed through ** stays the key object in the callee's
# **kwargs and in dict(**m), while it still binds a named parameter.
class Key(str):
    def __repr__(self):
        return "Key(" + str.__repr__(self) + ")"

def collect(**kw):
    print([(type(k).__name__, k) for k in kw], kw)
    return kw

def named(a, b=0, **rest):
    print(a, b, rest)

collect(**{Key("a"): 1})
collect(x=2, **{Key("a"): 1, "b": 3})
named(**{Key("a"): 1, Key("b"): 2, Key("c"): 3})
print(dict(**{Key("k"): 1}), [type(k).__name__ for k in dict(**{Key("k"): 1})])
d = {}
d.update(**{Key("u"): 5})
print(d)

class Box:
    def __init__(self, **kw):
        self.kw = kw

print(Box(**{Key("q"): 3}).kw)
try:
    collect(a=1, **{Key("a"): 2})
except TypeError as e:
    print(e)
try:
    collect(**{1: 2})
except TypeError as e:
    print(e)
