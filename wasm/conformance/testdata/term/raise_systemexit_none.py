# SystemExit(None) and SystemExit(): status 0.
raise SystemExit(None)
