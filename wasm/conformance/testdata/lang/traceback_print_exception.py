# traceback.print_exception with an exception object, and format_exception_only.
import sys
import traceback
try:
    raise KeyError("key")
except KeyError as e:
    err = e
traceback.print_exception(err)
traceback.print_exception(err, file=sys.stdout)
print(traceback.format_exception_only(type(err), err))
