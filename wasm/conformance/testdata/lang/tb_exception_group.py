# ExceptionGroup tracebacks are drawn with boxes.
ve = ValueError("v")
raise ExceptionGroup("two problems", [ve, TypeError("t")])
