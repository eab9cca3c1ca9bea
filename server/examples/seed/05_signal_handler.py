# seed: signal module
# As in the tutorial, nobody sends SIGTERM here, so the handler never runs and
# the program simply ends (term/sig_term_external_tutorial_handler.py sends it).
import signal

def handle_exit(signum, frame):
    print("Received signal, exiting...")
    exit()

signal.signal(signal.SIGTERM, handle_exit)
print("Signal handler registered")
print("Program will exit when SIGTERM is received")
