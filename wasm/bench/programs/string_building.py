# String formatting, joining and methods.
parts = []
for i in range(100_000):
    parts.append(f"{i}:{i % 13}")
text = ",".join(parts)
print(len(text), text.count("7"), text[:20].upper())
