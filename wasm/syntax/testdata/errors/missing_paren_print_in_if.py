if x:
    print 'a'
