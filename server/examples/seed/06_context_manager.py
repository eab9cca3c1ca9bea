# seed: context managers (the heading was lost in the scraped text)
class ExitManager:
    def __enter__(self):
        print("Starting program...")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        print("Performing cleanup before exit...")

with ExitManager():
    print("Program is running...")
    exit() # Will trigger context manager cleanup
