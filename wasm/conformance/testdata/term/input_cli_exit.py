# The tutorial's command loop answering "exit": status 0 from sys.exit(0).
import sys
command = input("Enter command (help, status, exit): ")
if command == "exit":
    print("Exiting program with success code")
    sys.exit(0)
print("never")
