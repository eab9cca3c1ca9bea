# sys.exit(130) is a plain exit, not death by SIGINT.
import sys
sys.exit(130)
