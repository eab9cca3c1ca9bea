# return leaves a function, not the program.
def main():
    print("in main")
    return 3
    print("unreachable")
code = main()
print("main returned", code, "and the program goes on")
