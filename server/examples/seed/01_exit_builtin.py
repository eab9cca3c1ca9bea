# seed: exit() to terminate a program
print("Program is running...")
exit()
print("This line will never be executed")
