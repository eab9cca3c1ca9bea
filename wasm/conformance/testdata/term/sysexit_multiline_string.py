# A multi-line message is printed as is.
import sys
sys.exit("line one\nline two")
