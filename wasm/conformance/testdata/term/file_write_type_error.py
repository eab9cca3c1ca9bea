# A text file accepts only str; a binary file only bytes.
with open("t.txt", "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError:", e)
    f.write("text ok\n")
with open("b.bin", "wb") as f:
    f.write("str")
