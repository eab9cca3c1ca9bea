# signal.signal returns the previous handler.
import signal
def h(s, f):
    pass
prev = signal.signal(signal.SIGUSR1, h)
print("previous:", prev, repr(prev))
print("second call returns h:", signal.signal(signal.SIGUSR1, signal.SIG_IGN) is h)
print("getsignal:", signal.getsignal(signal.SIGUSR1))
print(signal.signal(signal.SIGINT, signal.SIG_DFL) is signal.default_int_handler)
