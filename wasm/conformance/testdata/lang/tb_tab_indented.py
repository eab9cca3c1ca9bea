# Source indented with tabs: the printed line is stripped of them.
def f(x):
	if x:
		return x + "s"
f(1)
