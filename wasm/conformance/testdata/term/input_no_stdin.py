# input() with empty stdin: EOFError.
print("asking")
answer = input("Your name: ")
print("never", answer)
