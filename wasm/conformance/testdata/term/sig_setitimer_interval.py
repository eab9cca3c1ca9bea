# A repeating interval timer, cancelled after three ticks.
import signal
ticks = 0
def tick(signum, frame):
    global ticks
    ticks += 1
    print("tick", ticks)
    if ticks == 3:
        signal.setitimer(signal.ITIMER_REAL, 0)
signal.signal(signal.SIGALRM, tick)
signal.setitimer(signal.ITIMER_REAL, 0.2, 0.2)
while ticks < 3:
    signal.pause()
print("done after", ticks, "ticks")
