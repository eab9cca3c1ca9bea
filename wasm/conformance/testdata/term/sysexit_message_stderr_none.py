# With sys.stderr set to None the exit message goes to the real stderr.
import sys
print("stderr is None from now on")
sys.stderr = None
sys.exit("message written by C to fd 2")
