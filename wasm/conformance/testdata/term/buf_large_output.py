# A large output is written in full at exit.
for i in range(3000):
    print(i, "x" * 20)
print("end")
