# A failure inside a dict comprehension shows the <dictcomp> frame.
words = ["a", "bb", None]
lengths = {w: len(w) for w in words}
