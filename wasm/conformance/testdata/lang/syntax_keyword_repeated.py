# The same keyword argument twice.
print(sep="", sep=" ")
