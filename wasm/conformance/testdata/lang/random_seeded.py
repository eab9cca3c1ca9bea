# random with a fixed seed is reproducible.
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(0, 1))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5), random.randrange(0, 100, 5))
r = random.Random(7)
print(r.random(), r.choice([10, 20, 30]))
