# What code and args look like once a tuple is normalized.
import sys
for value in [(5,), (), (1, 2), 7, "s", None]:
    try:
        sys.exit(value)
    except SystemExit as e:
        print(repr(value), "-> args", e.args, "code", repr(e.code))
