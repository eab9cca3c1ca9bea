# Inheritance, overriding and isinstance.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return self.speak() + "!"
class Cat(Animal):
    def speak(self):
        return f"{self.name} meows"
class Kitten(Cat):
    pass
k = Kitten("Tom")
print(k.describe(), isinstance(k, Animal), issubclass(Kitten, Cat), issubclass(Animal, Cat))
print(Kitten.__bases__, Kitten.__mro__)
