# sys.exit((None,)) prints (None,).
import sys
sys.exit((None,))
