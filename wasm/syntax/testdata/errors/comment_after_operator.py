x = 1 +  # add
