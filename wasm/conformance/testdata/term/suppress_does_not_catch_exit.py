# suppress(Exception) does not catch SystemExit; suppress(SystemExit) does.
import sys
from contextlib import suppress
with suppress(SystemExit):
    sys.exit(1)
print("suppress(SystemExit) worked")
with suppress(Exception):
    sys.exit(10)
print("never")
