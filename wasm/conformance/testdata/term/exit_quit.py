# quit(n) behaves like exit(n).
print("quit(7)")
quit(7)
