# Output printed into a replacement sys.stdout never reaches fd 1.
import io
import sys
real = sys.stdout
sys.stdout = io.StringIO()
print("into the StringIO")
captured = sys.stdout.getvalue()
sys.stdout = real
print("captured", repr(captured))
sys.stdout = io.StringIO()
print("lost at exit")
