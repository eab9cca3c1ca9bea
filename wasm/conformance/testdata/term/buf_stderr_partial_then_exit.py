# A partial stderr line is flushed at normal exit.
import sys
sys.stderr.write("no newline on stderr")
print("stdout line")
