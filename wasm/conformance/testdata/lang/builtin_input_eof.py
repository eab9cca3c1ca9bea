# input() at the end of stdin raises EOFError.
first = input("first: ")
print("got", first)
second = input("second: ")
print("never", second)
