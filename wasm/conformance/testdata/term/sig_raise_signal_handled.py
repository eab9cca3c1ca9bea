# raise_signal with a handler.
import signal
def handler(signum, frame):
    print("handler: signum", signum, "in", frame.f_code.co_name)
signal.signal(signal.SIGUSR1, handler)
def busy():
    signal.raise_signal(signal.SIGUSR1)
    print("busy: after raise_signal")
busy()
