# io.StringIO as an in-memory text file.
import io
f = io.StringIO()
f.write("hello\n")
print("world", file=f)
print(repr(f.getvalue()))
r = io.StringIO("line1\nline2\nline3")
print(r.readline(), end="")
print(r.read(3), r.readlines())
r.seek(0)
print([line.rstrip() for line in r])
f.close()
f.write("x")
