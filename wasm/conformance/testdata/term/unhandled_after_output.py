# Output, then an unhandled exception: on a pipe stdout is flushed after the
# main module, the traceback goes to stderr; a terminal shows both in order.
for i in range(3):
    print("line", i)
raise RuntimeError("failed after output")
