# SIGKILL and SIGSTOP cannot be caught or ignored.
import signal
for s in [signal.SIGKILL, signal.SIGSTOP]:
    try:
        signal.signal(s, signal.SIG_IGN)
    except OSError as e:
        print(s.name, "OSError:", e)
print(signal.getsignal(signal.SIGKILL))
try:
    signal.signal(signal.SIGSTOP, lambda s, f: None)
except OSError as e:
    print("handler for SIGSTOP: OSError:", e)
