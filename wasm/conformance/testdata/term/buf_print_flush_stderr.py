# print(flush=True) to stderr and stdout, mixed with buffered prints.
import sys
print("out buffered")
print("err flushed", file=sys.stderr, flush=True)
print("out flushed", flush=True)
print("out buffered again")
