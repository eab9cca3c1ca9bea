# valid_signals: 1-31 and the real-time range.
import signal
valid = signal.valid_signals()
print(type(valid).__name__, len(valid), signal.SIGKILL in valid, 32 in valid, 34 in valid, 64 in valid, 65 in valid)
print(sorted(int(s) for s in valid)[:5], max(int(s) for s in valid))
