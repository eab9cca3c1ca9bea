# exitplay: signal SIGINT@1.0
# An __exit__ returning True swallows the KeyboardInterrupt from SIGINT.
import time
class Shield:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("shield absorbed", exc_type.__name__)
        return True
with Shield():
    time.sleep(10)
print("program continues, status 0")
