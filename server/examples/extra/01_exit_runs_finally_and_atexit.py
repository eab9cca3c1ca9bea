# title: exit() still runs finally and atexit
# The tutorial says exit() "bypasses normal cleanup". It does not: exit()
# raises SystemExit, which unwinds through every finally block, and the
# interpreter then runs the atexit callbacks before the process ends.
import atexit

atexit.register(print, "atexit callback runs")
try:
    print("about to call exit()")
    exit()
finally:
    print("finally block runs")
print("never printed")
