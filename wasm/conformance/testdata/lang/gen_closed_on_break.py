# Breaking out of a for loop drops the generator, which is closed at once.
def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers: finally runs when the loop lets go")
for n in numbers():
    if n == 2:
        break
    print("got", n)
print("after the loop")
