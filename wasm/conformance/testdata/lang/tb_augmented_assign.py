# Augmented assignment that fails.
count = 0
count += "one"
