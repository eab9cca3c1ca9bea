# exitplay: signal SIGTERM@1.0
# The tutorial's SIGTERM handler, with the signal really sent: the handler
# calls exit(), which closes stdin and raises SystemExit inside time.sleep.
import signal
import sys
import time

def handle_exit(signum, frame):
    print("Received signal, exiting...")
    exit()

signal.signal(signal.SIGTERM, handle_exit)
print("Signal handler registered")
print("Program will exit when SIGTERM is received", flush=True)
try:
    time.sleep(10)
finally:
    print("stdin closed by exit():", sys.stdin.closed)
