# A bare BaseException: status 1.
raise BaseException("x")
