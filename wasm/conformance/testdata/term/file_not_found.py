# Opening a missing file for reading.
try:
    open("missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e, e.errno, e.filename)
with open("missing-too.txt") as f:
    print(f.read())
