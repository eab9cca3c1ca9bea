# SystemExit(1, 2): the code is the tuple, printed; status 1.
raise SystemExit(1, 2)
