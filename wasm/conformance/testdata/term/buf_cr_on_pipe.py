# On a pipe, "\r" does not flush stdout; os._exit loses the text.
import os
import sys
sys.stdout.write("progress 10%\r")
sys.stdout.write("progress 20%\r")
sys.stdout.flush()
sys.stdout.write("progress 30%\r")
os._exit(0)
