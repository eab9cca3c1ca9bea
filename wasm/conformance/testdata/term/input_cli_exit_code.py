# A tiny command loop whose exit status depends on the input.
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
