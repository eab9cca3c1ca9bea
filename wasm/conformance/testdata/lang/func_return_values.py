# Functions return None by default; return can return tuples.
def nothing():
    pass
def pair():
    return 1, 2
def early(x):
    if x:
        return "early"
    print("fell through")
print(nothing(), pair(), early(1), early(0))
q, r = divmod(17, 5)
print(q, r)
