# alarm returns the seconds left on the previous alarm.
import signal
print(signal.alarm(10))
print(signal.alarm(5))
print(signal.alarm(0))
print(signal.alarm(0))
