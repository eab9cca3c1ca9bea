# except matching uses issubclass on the raised type, in order.
class A(Exception): pass
class B(A): pass
for cls in (A, B):
    try:
        raise cls()
    except B:
        print(cls.__name__, "matched B")
    except A:
        print(cls.__name__, "matched A")
try:
    try:
        raise B()
    except (TypeError, A) as e:
        print("tuple matched", type(e).__name__)
        raise
except Exception as e:
    print("re-raised", type(e).__name__)
