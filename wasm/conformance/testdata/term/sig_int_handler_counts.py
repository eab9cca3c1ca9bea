# exitplay: signal SIGINT@0.8
# exitplay: signal SIGINT@1.6
# A SIGINT handler that returns: the sleep resumes (PEP 475).
import signal
import time
count = 0
def handler(signum, frame):
    global count
    count += 1
    print("SIGINT number", count)
signal.signal(signal.SIGINT, handler)
time.sleep(2.5)
print("slept through", count, "interrupts")
