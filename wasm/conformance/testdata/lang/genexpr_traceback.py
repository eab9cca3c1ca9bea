# A failure inside a generator expression shows the <genexpr> frame.
words = ["a", "b", None]
print(sum(len(w) for w in words))
