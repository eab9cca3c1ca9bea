class AppError(Exception):
    pass

def load(path):
    try:
        return {}[path]
    except KeyError as e:
        raise AppError(f"cannot load {path}") from e

def main():
    try:
        load("cfg")
    except AppError as e:
        print("caught:", e, "cause:", repr(e.__cause__))
    try:
        try:
            1 / 0
        finally:
            print("finally runs")
    except ZeroDivisionError:
        print("zero")
    x = [1, 2, 3]
    return x[1] + x[5]

main()
