# title: sys.exit(256) reports success
# An exit status is one byte: the shell sees the code modulo 256, so
# sys.exit(256) looks exactly like success.
import sys

print("failing with code 256")
sys.exit(256)
