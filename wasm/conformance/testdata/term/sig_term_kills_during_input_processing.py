# exitplay: signal SIGTERM@1.0
# Output buffered before death by SIGTERM is lost on a pipe, even after input().
import time
name = input("name? ")
print("hello", name)
time.sleep(10)
