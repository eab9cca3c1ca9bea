# traceback.format_exc returns the text of the current traceback.
import traceback
try:
    [].pop()
except IndexError:
    text = traceback.format_exc()
print("format_exc lines:")
for line in text.splitlines():
    print("|", line)
print(repr(traceback.format_exc()))
