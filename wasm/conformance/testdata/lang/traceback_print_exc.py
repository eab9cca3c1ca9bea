# traceback.print_exc prints the current exception to stderr.
import traceback
def fail():
    return 1 / 0
try:
    fail()
except ZeroDivisionError:
    traceback.print_exc()
print("continued after print_exc")
