s = 'abc'.upper(
