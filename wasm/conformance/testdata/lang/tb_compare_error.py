# An unsupported comparison inside an if.
limit = "10"
if 5 < limit:
    print("never")
