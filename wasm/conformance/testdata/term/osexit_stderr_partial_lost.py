# stderr is line-buffered: a partial line is lost at os._exit.
import os
import sys
print("stdout flushed", flush=True)
sys.stderr.write("stderr line\n")
sys.stderr.write("stderr partial (no newline)")
os._exit(0)
