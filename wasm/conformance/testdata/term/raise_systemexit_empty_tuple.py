# SystemExit(()) prints ().
raise SystemExit(())
