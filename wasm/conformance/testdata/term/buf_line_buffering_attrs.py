# The buffering attributes of stdout and stderr differ on pipes and ttys.
import sys
print("stdout line_buffering", sys.stdout.line_buffering, "isatty", sys.stdout.isatty())
print("stderr line_buffering", sys.stderr.line_buffering, "isatty", sys.stderr.isatty())
print("stdin isatty", sys.stdin.isatty())
