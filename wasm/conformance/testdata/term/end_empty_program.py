# An empty program (only a comment) exits 0 with no output.
