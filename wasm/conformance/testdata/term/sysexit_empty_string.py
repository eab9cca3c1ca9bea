# An empty string prints an empty line on stderr.
import sys
sys.exit("")
