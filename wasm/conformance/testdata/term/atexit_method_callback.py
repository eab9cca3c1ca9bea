# A bound method as a callback, as in a backup manager.
import atexit
class Journal:
    def __init__(self):
        self.entries = []
        atexit.register(self.flush)
    def add(self, e):
        self.entries.append(e)
    def flush(self):
        print(f"flushing {len(self.entries)} entries: {self.entries}")
j = Journal()
j.add("a")
j.add("b")
exit()
