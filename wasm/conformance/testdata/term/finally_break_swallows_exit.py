# break in finally also discards the SystemExit.
import sys
for i in range(3):
    try:
        sys.exit(9)
    finally:
        print("breaking out in finally")
        break
print("loop left, status 0")
