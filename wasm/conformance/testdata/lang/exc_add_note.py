# PEP 678 notes are printed after the message.
try:
    raise TypeError("bad type")
except TypeError as e:
    e.add_note("note one")
    e.add_note("note two")
    print(e.__notes__)
    raise
