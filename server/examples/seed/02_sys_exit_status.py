# seed: sys.exit() for status code termination
import sys
print("Program is running...")
sys.exit(0) # Exit with status code 0 (success)
print("This line will never be executed")
