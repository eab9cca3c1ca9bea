[x for xin y]
