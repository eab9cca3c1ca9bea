# title: Ctrl-C ends with status 130
# exitplay: signal SIGINT@1
# Ctrl-C sends SIGINT. Python turns it into KeyboardInterrupt; when nothing
# catches it, finally and atexit run, the traceback is printed, and Python
# then kills itself with SIGINT so the shell sees 130 (128 + 2).
import atexit
import time

atexit.register(print, "atexit runs after Ctrl-C")
try:
    print("press Ctrl-C…", flush=True)
    time.sleep(5)
finally:
    print("finally runs")
