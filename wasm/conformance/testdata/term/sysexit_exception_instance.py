# sys.exit(SystemExit(4)) exits with 4.
import sys
sys.exit(SystemExit(4))
