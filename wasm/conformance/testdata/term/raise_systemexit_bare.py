# raise SystemExit: status 0.
print("raising SystemExit")
raise SystemExit
