m not = 1
