# An exception raised by a sort key shows the lambda frame.
data = [{"n": 1}, {"m": 2}]
data.sort(key=lambda d: d["n"])
