# sys.exit(()) prints ().
import sys
sys.exit(())
