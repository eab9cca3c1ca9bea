# The main script runs as __main__.
def main():
    print("in main, __name__ =", __name__)
    return 0
if __name__ == "__main__":
    main()
else:
    print("imported")
