# bytes are printed with their repr.
import sys
sys.exit(b"bytes message")
