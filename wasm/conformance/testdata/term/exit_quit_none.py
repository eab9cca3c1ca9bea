# quit() with no argument: status 0.
print(repr(quit))
quit()
