# exit() with no argument: status 0.
print("before exit()")
exit()
print("never")
