# The prompt is written to stdout before reading.
import sys
x = input("prompt without newline> ")
sys.stderr.write("stderr after prompt\n")
print("got", x)
