# sys.stdin.read and readline.
import sys
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read()))
print(repr(sys.stdin.read()))
