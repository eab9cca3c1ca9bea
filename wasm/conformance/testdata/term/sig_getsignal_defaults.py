# The dispositions Python installs at startup.
import signal
for s in [signal.SIGINT, signal.SIGTERM, signal.SIGPIPE, signal.SIGXFSZ, signal.SIGHUP, signal.SIGKILL, signal.SIGCHLD]:
    print(s.name, signal.getsignal(s))
print(signal.NSIG)
