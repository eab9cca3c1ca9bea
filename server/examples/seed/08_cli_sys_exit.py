# seed: sys.exit() in a command-line interface
# The user's answer comes from 08_cli_sys_exit.stdin.
import sys

def simple_cli():
    command = input("Enter command (help, status, exit): ")
    if command == "help":
        print("Available commands: help, status, exit")
    elif command == "status":
        print("System is running normally")
    elif command == "exit":
        print("Exiting program with success code")
        sys.exit(0)
    else:
        print(f"Unknown command: {command}")
        sys.exit(1)

simple_cli()
print("This line only executes if exit wasn't called")
