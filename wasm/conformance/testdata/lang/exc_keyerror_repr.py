# KeyError shows the repr of its key.
d = {"present": 1}
d["absent"]
