# os.environ is os._Environ: repr, mapping methods, copy, | and |=, and how
# os.putenv/os.unsetenv leave it alone.
import os
print(repr(os.environ))
print(os.environ)
print(type(os.environ))
print(len(os.environ), list(os.environ))
print("HOME" in os.environ, "NOPE" in os.environ)
print(os.environ["HOME"], os.environ.get("NOPE"), os.environ.get("NOPE", "fallback"))
print(os.getenv("USER"), os.getenv("NOPE"), os.getenv("NOPE", "d"), os.getenv("NOPE", default="kw"))
os.environ["GREETING"] = "hello"
print(os.environ["GREETING"], os.getenv("GREETING"), list(os.environ)[-1])
print(os.environ.setdefault("GREETING", "other"), os.environ.setdefault("NEW", "set"))
c = os.environ.copy()
print(type(c).__name__, c == os.environ, os.environ == c, c is os.environ)
c["ONLY_IN_COPY"] = "1"
print("ONLY_IN_COPY" in os.environ)
del os.environ["NEW"]
print("NEW" in os.environ, os.environ.pop("GREETING"), os.environ.pop("GREETING", "gone"))
for k, v in os.environ.items():
    print(k, "=", v)
print(os.environ.keys())
print(sorted(os.environ.values()))
os.putenv("PUT", "x")
print("PUT" in os.environ, os.getenv("PUT"))
os.unsetenv("HOME")
print("HOME" in os.environ, os.getenv("HOME"))
merged = os.environ | {"EXTRA": "1"}
print(type(merged).__name__, merged["EXTRA"], "EXTRA" in os.environ)
os.environ |= {"EXTRA": "2"}
print(os.environ["EXTRA"])
os.environ.update(A="1", B="2")
print(list(os.environ)[-3:])
print(dict(os.environ) == dict(c), len(os.environ))
print(type(os.environ).__mro__)
print(os, isinstance(os.environ, dict))
