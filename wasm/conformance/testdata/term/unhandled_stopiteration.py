# StopIteration at module level.
next(iter([]))
