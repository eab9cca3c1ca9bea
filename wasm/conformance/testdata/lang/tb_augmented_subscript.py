# Augmented assignment to a missing dict key.
counts = {}
counts["apples"] += 1
