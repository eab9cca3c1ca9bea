# A file left open is flushed and closed at normal exit.
f = open("log.txt", "w")
f.write("line 1\n")
f.write("line 2 without newline")
print("main end; the file is still open")
