# Tutorial patterns built on built-in types: an attribute dict, a registry
# used as a decorator, a path-like str with /, a typed list base, a str
# carrying an extra attribute.
class AttrDict(dict):
    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None

    def __setattr__(self, key, value):
        self[key] = value

cfg = AttrDict(debug=False)
cfg.level = 3
print(cfg, cfg.debug, cfg.level, hasattr(cfg, "missing"), getattr(cfg, "missing", "default"), vars(cfg))

class Registry(dict):
    def register(self, fn):
        self[fn.__name__] = fn
        return fn

commands = Registry()

@commands.register
def hello():
    return "hi"

print(list(commands), commands["hello"](), len(commands))

class Path(str):
    def __truediv__(self, other):
        return Path(self.rstrip("/") + "/" + other)

    def __repr__(self):
        return f"Path({str(self)!r})"

p = Path("/tmp") / "logs" / "app.log"
print(p, repr(p), p.endswith(".log"), p.split("/"), type(p / "x").__name__, "%s" % p, p == "/tmp/logs/app.log")

class Ints(list[int]):
    def total(self):
        return sum(self)

nums = Ints([1, 2, 3])
print(nums, nums.total(), Ints.__mro__, Ints.__orig_bases__, Ints.__bases__)

class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj

word = Tagged("run", "verb")
print(word, word.tag, word.upper(), word + "s", [word], {word: word.tag})
cfg.missing
