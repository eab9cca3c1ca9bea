# seed: Handling SystemExit exceptions
import sys

try:
    print("Program is running...")
    sys.exit(1) # Exit with error status
except SystemExit:
    print("Exit was caught, program continues...")
print("This line will be executed!")
