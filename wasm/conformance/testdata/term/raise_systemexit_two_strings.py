# SystemExit('a', 'b').
raise SystemExit("a", "b")
