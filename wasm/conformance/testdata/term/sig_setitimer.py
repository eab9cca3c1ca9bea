# setitimer delivers SIGALRM after a fraction of a second.
import signal
import time
fired = []
signal.signal(signal.SIGALRM, lambda s, f: fired.append(s))
old = signal.setitimer(signal.ITIMER_REAL, 0.3)
print("previous timer", old)
time.sleep(1)
print("fired", fired)
print("timer now", signal.getitimer(signal.ITIMER_REAL))
