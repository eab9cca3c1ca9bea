# Partial stdout and a stderr line: on a terminal stdout is line-buffered, so
# the partial text waits until its newline.
import sys
sys.stdout.write("partial stdout, ")
sys.stderr.write("stderr line\n")
sys.stdout.write("rest of stdout\n")
