# return outside a function.
print("x")
return 5
