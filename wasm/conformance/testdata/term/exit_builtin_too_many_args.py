# exit() takes at most one argument.
exit(1, 2)
