x = .2f
