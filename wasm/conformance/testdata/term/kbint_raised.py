# An uncaught KeyboardInterrupt: traceback, then death by SIGINT (130).
print("raising KeyboardInterrupt")
raise KeyboardInterrupt
