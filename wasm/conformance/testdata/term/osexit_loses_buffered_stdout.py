# os._exit drops text still in the stdout buffer (lost on a pipe, shown on a tty).
import os
import sys
print("stdout before _exit")
sys.stderr.write("stderr before _exit\n")
os._exit(0)
