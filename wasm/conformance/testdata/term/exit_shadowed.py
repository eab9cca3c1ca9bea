# A variable named exit hides the builtin.
exit = 5
print("exit is now", exit)
exit()
