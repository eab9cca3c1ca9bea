# exit(n) sets the status.
print("exiting with 4")
exit(4)
