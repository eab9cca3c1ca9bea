# input() flushes stdout before reading, even on a pipe.
import os
print("buffered before the prompt")
answer = input("prompt> ")
print("after input, buffered:", answer)
os._exit(0)
