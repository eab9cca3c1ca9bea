# exitplay: signal SIGINT@1.0
# exitplay: signal SIGINT@2.0
# The first SIGINT is caught; the second one ends the program (130).
import time
try:
    time.sleep(10)
except KeyboardInterrupt:
    print("first Ctrl-C caught; sleeping again", flush=True)
time.sleep(10)
print("never")
