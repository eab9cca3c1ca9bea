x = "ab\u12"
