# stdout text and the traceback on stderr.
print("line on stdout")
import sys
print("line on stderr", file=sys.stderr)
print("another stdout line")
raise SystemError("system error at the end")
