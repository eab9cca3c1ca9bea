# An unhandled exception still flushes open files.
f = open("crash.log", "w")
f.write("before the crash\n")
raise RuntimeError("crash")
