# Empty bodies with pass and ...
def nothing():
    pass
def also_nothing():
    ...
class Empty:
    pass
print(nothing(), also_nothing(), Empty.__name__)
while False:
    pass
print("done")
