# Frames of methods are named by the function, not the class.
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
    @staticmethod
    def check(a):
        a.withdraw(100)
Account.check(Account(10))
