# os.kill(os.getpid(), SIGINT) raises KeyboardInterrupt at the next statement.
import os
import signal
os.kill(os.getpid(), signal.SIGINT)
print("never")
