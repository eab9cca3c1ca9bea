# A function can delete a global with the global statement.
value = 1
def drop():
    global value
    del value
drop()
print("value" in globals())
print(value)
