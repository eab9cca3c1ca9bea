# SIGCHLD, SIGWINCH and SIGURG are ignored by default: the program survives.
import os
import signal
for s in [signal.SIGCHLD, signal.SIGWINCH, signal.SIGURG, signal.SIGCONT]:
    os.kill(os.getpid(), s)
    print("survived", s.name)
