# os._exit inside __del__ during module teardown: stdio was already flushed,
# later finalizers are skipped.
import os
class First:
    def __del__(self):
        print("First.__del__ calls os._exit(3)", flush=True)
        os._exit(3)
class Second:
    def __del__(self):
        print("Second.__del__ (never)")
a = First()
b = Second()
print("main end (flushed before teardown)")
