# A failure inside a set comprehension shows the <setcomp> frame.
nums = [1, 2, "3"]
print({n * 2 + 1 for n in nums})
