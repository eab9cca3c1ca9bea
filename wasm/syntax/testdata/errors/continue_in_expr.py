x = continue
