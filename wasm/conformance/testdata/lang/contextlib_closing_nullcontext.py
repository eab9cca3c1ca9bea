# contextlib.closing and nullcontext.
from contextlib import closing, nullcontext
class Thing:
    def close(self):
        print("Thing.close called")
with closing(Thing()) as t:
    print("using", type(t).__name__)
with nullcontext("value") as v:
    print("nullcontext gives", v)
with nullcontext() as nothing:
    print(nothing)
