# raise SystemExit("message").
raise SystemExit("stopped by raise SystemExit")
