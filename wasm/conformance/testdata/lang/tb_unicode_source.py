# Carets count characters, not bytes, on lines with non-ASCII text.
naïve = {"café": 1}
print(naïve["thé"])
