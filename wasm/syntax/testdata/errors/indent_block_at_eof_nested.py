class CM:
    def __enter__(self):
        return 1
    def __exit__(self):
