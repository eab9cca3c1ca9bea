# list subclasses: an overridden append is called by name only, the list
# methods change the instance in place, slices and concatenations are lists.
class LoggingList(list):
    def append(self, item):
        print("append", item)
        super().append(item)

items = LoggingList([3, 1])
items.append(2)
items.extend([5])
items += [4]
items.insert(0, 0)
print(items, type(items).__name__, len(items), items[1], items[-1], 4 in items)
items.sort()
print(items, items[1:3], type(items[1:3]).__name__, type(items + [9]).__name__, [9] + items, items * 2)
print(sorted(items, reverse=True), list(reversed(items)), sum(items), max(items), items.index(4), items.count(1))
del items[0]
items[0] = 100
print(items, items.pop(), items, items == [100, 2, 3, 4], [100, 2, 3, 4] == items, items != [])

class Stack(list):
    def __init__(self, name, values=()):
        super().__init__(values)
        self.name = name
    def push(self, value):
        self.append(value)
        return self
    @classmethod
    def named(cls, name):
        return cls(name)

s = Stack.named("work").push(1).push(2)
print(s.name, s, vars(s), str(s), f"{s!r}", "%s" % s, bool(Stack("empty")), [*s], print(*s))
print(isinstance(s, list), issubclass(Stack, list), Stack.__mro__, type(s.copy()).__name__)

class Sized(list):
    def __len__(self):
        return 99
    def __iter__(self):
        yield "overridden"

z = Sized([1, 2])
print(len(z), list(z), bool(Sized()), z[0], [x for x in z], z)
hash(items)
