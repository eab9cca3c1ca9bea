# comment at top

x = 1  # trailing comment
if x:
    # comment in block
    y = 2

        # odd comment
    z = 3
def f():
	return 1
s = """multi
line
string"""
t = (1 +
     2)
u = 1 + \
    2
v = [
    1,  # c
    2,
]
class K:
    def m(self):
        if self:
            return [x
                    for x in y]
        else:
            pass
# last
