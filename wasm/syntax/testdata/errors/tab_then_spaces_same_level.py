if x:
	pass
    pass
