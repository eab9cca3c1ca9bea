# seed: automatic data backup with atexit (heading partly lost in the scraped text)
import atexit
import time

class BackupManager:
    def __init__(self):
        self.changes = []
        atexit.register(self.save_changes)

    def make_change(self, data):
        print(f"Recording change: {data}")
        self.changes.append(data)

    def save_changes(self):
        if self.changes:
            print(f"Saving {len(self.changes)} changes to backup...")
            time.sleep(1) # Simulate writing to a file
            print("Backup completed successfully")

backup = BackupManager()
backup.make_change("Update user profile")
backup.make_change("Add new record")
print("Exiting application...")
exit()
