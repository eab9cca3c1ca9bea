# seed: Forgetting to import the sys module before using sys.exit()
print("Program is running...")
sys.exit(0) # NameError: name 'sys' is not defined
