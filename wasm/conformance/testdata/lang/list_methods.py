# Methods of list.
lst = [3, 1, 2]
lst.append(4); lst.extend([5, 6]); lst.insert(0, 0); lst.insert(100, 7)
print(lst)
print(lst.pop(), lst.pop(0), lst.index(2), lst.count(1), lst)
lst.remove(1); lst.reverse()
print(lst)
lst.sort(key=lambda v: -v)
copy = lst.copy()
lst.clear()
print(lst, copy, copy * 2, copy + [9], [1, 2] == [1, 2], [1, 2] < [1, 3])
print([].pop if False else "ok")
[].pop()
