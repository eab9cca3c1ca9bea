# An exception inside a generator shows the generator frame.
def parse(lines):
    for line in lines:
        yield int(line)
for n in parse(["1", "2", "three"]):
    print(n)
