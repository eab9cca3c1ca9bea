# str subclasses: a custom __repr__ shows in containers, the str methods
# return plain str, a subclass key finds the str key and the other way.
class Name(str):
    def __repr__(self):
        return f"Name({str.__repr__(self)})"
    def greet(self):
        return "hello " + self

n = Name("ada")
print(n, repr(n), [n], {n: 1}, f"{n}", f"{n!r}", f"{n:>5}|", "%s/%r" % (n, n))
print(n.greet(), n.upper(), type(n.upper()).__name__, type(n + "!").__name__, n * 2, n[0], type(n[0]).__name__)
print(len(n), "d" in n, n.startswith("a"), n.split("d"), "-".join([n, n]), n == "ada", "ada" == n, n < "b")
print({"ada": 1}[n], {n: 2}["ada"], "ada" in {n}, hash(n) == hash("ada"), sorted([Name("b"), "a"]), str(n) is n)
print(int(Name("42")) + 1, float(Name("1.5")), isinstance(n, str), type(n).__mro__)

class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())

key = Caseless("Content-Type")
headers = {key: "text/plain"}
print(headers[Caseless("content-type")], "content-type" in headers, key == "CONTENT-TYPE", key != "x")

class Shout(str):
    def __str__(self):
        return self.upper() + "!"

s = Shout("hey")
print(s, str(s), f"{s}", repr(s), "%s" % s, s + "", [s])
headers[Caseless("X-Id")] = 7
print(hash(Caseless("X-ID")) == hash("x-id"), headers.pop("x-id"), headers.get("x-id"), len(headers))
del headers["CONTENT-TYPE"]
print(headers, {Caseless("A")} == {"a"})
Name(1) + 1
