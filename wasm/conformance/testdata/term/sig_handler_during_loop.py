# A handler runs between statements of a pure-Python loop.
import signal
seen = []
signal.signal(signal.SIGUSR1, lambda s, f: seen.append(f.f_code.co_name))
def loop():
    for i in range(5):
        if i == 2:
            signal.raise_signal(signal.SIGUSR1)
        print("iteration", i, "seen", seen)
loop()
