# title: sys.exit("message") prints to stderr and exits 1
# Passing a string to sys.exit prints it to stderr and sets status 1; it is
# the usual way to stop with an error message.
import sys

print("checking the configuration")
sys.exit("error: config.toml not found")
