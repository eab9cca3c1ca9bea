def f(n):
    return f(n + 1)

def g(k):
    return 10 / k

try:
    f(0)
except RecursionError as e:
    print("recursion:", e)
print(g(2))
print(g(0))
