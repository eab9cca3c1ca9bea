# print(flush=True) gets out before os._exit.
import os
print("flushed line", flush=True)
print("buffered line")
os._exit(1)
