# redirect_stdout captures print output.
import io
import sys
from contextlib import redirect_stdout
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second")
print("captured:", repr(buf.getvalue()))
print(sys.stdout is sys.__stdout__)
