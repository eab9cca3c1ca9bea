# seed: Forgetting to import the sys module before using sys.exit()
import sys
print("Program is running...")
sys.exit(0) # Properly exits with status code 0
