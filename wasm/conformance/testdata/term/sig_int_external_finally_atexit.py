# exitplay: signal SIGINT@1.0
# A real SIGINT unwinds: finally and atexit run before death by SIGINT.
import atexit
import time
atexit.register(print, "atexit runs")
try:
    time.sleep(10)
finally:
    print("finally runs")
