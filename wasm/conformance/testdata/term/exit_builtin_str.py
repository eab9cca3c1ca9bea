# exit("text") prints the text on stderr and exits 1.
exit("goodbye from exit()")
