# exitplay: signal SIGUSR1@1.0
# The handler receives the signal number and the interrupted frame.
import signal
import time
def handler(signum, frame):
    print("signum", signum, signal.Signals(signum).name, "frame", frame.f_code.co_name, frame.f_lineno)
signal.signal(signal.SIGUSR1, handler)
def waiter():
    time.sleep(1.5)
waiter()
