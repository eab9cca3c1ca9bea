# Writing to a closed file is a ValueError.
f = open("c.txt", "w")
f.close()
f.write("x")
