# continue and break inside finally (allowed since 3.8).
for i in range(3):
    try:
        if i == 1:
            raise ValueError("dropped by continue")
    finally:
        print("finally", i)
        continue
print("loop done")
