print('hi'):
