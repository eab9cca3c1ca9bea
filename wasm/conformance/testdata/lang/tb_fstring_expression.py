# An error inside an f-string replacement field.
count = 0
print(f"average: {10 / count:.2f}")
