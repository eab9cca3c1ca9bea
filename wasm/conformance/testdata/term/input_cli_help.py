# The tutorial's command loop answering "help": no exit is called.
import sys
command = input("Enter command (help, status, exit): ")
if command == "help":
    print("Available commands: help, status, exit")
elif command == "exit":
    print("Exiting program with success code")
    sys.exit(0)
else:
    print(f"Unknown command: {command}")
    sys.exit(1)
print("This line only executes if exit wasn't called")
