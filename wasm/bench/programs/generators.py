# Generators and generator expressions.
def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i


total = sum(x * 2 for x in evens(400_000))
print(total)
