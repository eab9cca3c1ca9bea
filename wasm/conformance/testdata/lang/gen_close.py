# close() raises GeneratorExit at the yield; finally blocks run.
def resource():
    try:
        print("acquire")
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("release")
r = resource()
print(next(r))
r.close()
r.close()
print(list(r))
def unstarted():
    try:
        yield
    finally:
        print("never printed")
unstarted().close()
print("done")
