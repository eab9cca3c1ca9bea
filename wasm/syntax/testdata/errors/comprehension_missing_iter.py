y = [x for x in]
