# os.kill to self with a handler: the handler runs before the next statement.
import os
import signal
signal.signal(signal.SIGUSR1, lambda s, f: print("handler ran"))
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill")
