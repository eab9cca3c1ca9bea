# The MutableMapping methods of os.environ: setdefault, pop, popitem,
# clear, update with pairs and keywords, views; then an empty environ.
import os
print(os.environ.setdefault("EDITOR", "vi"), os.environ.setdefault("EDITOR", "nano"))
os.environ.update([("A", "1"), ("B", "2")], C="3")
print(list(os.environ.keys())[-4:])
print(("A", "1") in os.environ.items(), "3" in os.environ.values(), "Z" in os.environ.keys())
print(len(os.environ.items()), os.environ.values())
print(os.environ.popitem())
print(os.environ.pop("C"), os.environ.pop("C", None))
os.environ.clear()
print(os.environ, len(os.environ), os.getenv("PATH", "no PATH"))
try:
    os.environ.popitem()
except KeyError as e:
    print("popitem on empty:", repr(e))
os.environ["ONLY"] = "one"
print(os.environ, os.environ == {"ONLY": "one"}, {"ONLY": "one"} == os.environ)
print(os.environ.copy() | {"x": "y"}, {"x": "y"} | os.environ)
