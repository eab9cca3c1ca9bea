# An error in a class body shows the class name as the frame.
class Broken:
    ok = 1
    bad = ok + undefined_thing
