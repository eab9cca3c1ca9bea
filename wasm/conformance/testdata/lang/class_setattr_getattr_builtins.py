# getattr, setattr, hasattr and delattr.
class Thing:
    pass
t = Thing()
setattr(t, "color", "red")
print(getattr(t, "color"), hasattr(t, "color"), getattr(t, "size", 0))
delattr(t, "color")
print(hasattr(t, "color"), vars(t))
setattr(Thing, "shared", 1)
print(t.shared)
getattr(t, "color")
