print "a" + \
 "b"
