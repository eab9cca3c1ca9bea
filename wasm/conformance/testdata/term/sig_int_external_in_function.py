# exitplay: signal INT@1.0
# The KeyboardInterrupt traceback shows where the program was waiting.
import time
def wait_for_work():
    time.sleep(10)
def main():
    print("main waiting", flush=True)
    wait_for_work()
main()
