# for with else, break and continue.
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        print("break at", i)
        break
    print("even", i)
else:
    print("not printed")
for c in "ab":
    print(c)
else:
    print("for finished")
for _ in []:
    print("never")
else:
    print("empty loop else")
