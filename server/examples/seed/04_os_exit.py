# seed: os._exit() for immediate termination
# On a pipe the buffered "Program is running..." is lost: os._exit does not
# flush stdio buffers (the tutorial shows the terminal's output).
import os
print("Program is running...")
os._exit(0) # Immediate termination without cleanup
print("This line will never be executed")
