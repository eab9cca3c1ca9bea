# while with else, break and continue.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while finished without break")
while True:
    n -= 1
    if n < 3:
        break
else:
    print("not printed")
print("after break, n =", n)
