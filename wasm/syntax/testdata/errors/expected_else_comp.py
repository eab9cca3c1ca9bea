[x if c for x in y]
