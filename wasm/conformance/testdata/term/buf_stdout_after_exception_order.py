# On a tty, output printed before an exception appears before the traceback.
print("computing")
import sys
sys.stderr.write("warning: about to fail\n")
print("still computing")
{}["missing"]
