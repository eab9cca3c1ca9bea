# input() reads lines from stdin, stripping the newline.
name = input("Name? ")
print("Hello,", name)
age = int(input())
print("Next year:", age + 1)
rest = input("last: ")
print(repr(rest))
