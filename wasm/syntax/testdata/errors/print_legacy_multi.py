print "a", x
