import sys
import os.path as path
from collections import defaultdict, namedtuple

class Account0:
    """A bank account with a transaction log."""

    fee = 0.25

    def __init__(self, owner, balance=0, *, currency="EUR"):
        self.owner = owner
        self.balance = balance
        self.currency = currency
        self.log = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        self.balance += amount
        self.log.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        total = amount + self.fee
        if total > self.balance:
            raise RuntimeError(f"{self.owner}: insufficient funds ({self.balance:.2f} < {total:.2f})")
        self.balance -= total
        self.log.append(("withdraw", amount))
        return self.balance

    def summary(self):
        kinds = {kind for kind, _ in self.log}
        totals = {k: sum(a for kind, a in self.log if kind == k) for k in kinds}
        lines = [f"{k:>10}: {v:8.2f}" for k, v in sorted(totals.items())]
        return "\n".join([f"Account of {self.owner} ({self.currency})"] + lines)


def process0(accounts, operations):
    errors = 0
    for name, op, amount in operations:
        account = accounts.get(name)
        if account is None:
            print("unknown account", name, file=sys.stderr)
            errors += 1
            continue
        try:
            if op == "deposit":
                account.deposit(amount)
            elif op == "withdraw":
                account.withdraw(amount)
            else:
                raise KeyError(op)
        except (ValueError, RuntimeError) as exc:
            print(f"error: {exc}")
            errors += 1
        except KeyError:
            errors += 1
        else:
            pass
        finally:
            checked = True
    while errors > 10 and not checked:
        errors -= 1
    return errors, [a for a in accounts.values() if a.balance > 0]


def report0(accounts):
    width = max((len(a.owner) for a in accounts), default=0)
    for i, account in enumerate(accounts, start=1):
        print(f"{i:3d}. {account.owner:<{width}} {account.balance:>10.2f}")
    data = [[row * col for col in range(1, 6)] for row in range(1, 6)]
    flat = [x for row in data for x in row if x % 2 == 0]
    lookup = dict(zip(map(str, flat), flat))
    return lookup, lambda key, default=None: lookup.get(key, default)


class Account1:
    """A bank account with a transaction log."""

    fee = 0.25

    def __init__(self, owner, balance=0, *, currency="EUR"):
        self.owner = owner
        self.balance = balance
        self.currency = currency
        self.log = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        self.balance += amount
        self.log.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        total = amount + self.fee
        if total > self.balance:
            raise RuntimeError(f"{self.owner}: insufficient funds ({self.balance:.2f} < {total:.2f})")
        self.balance -= total
        self.log.append(("withdraw", amount))
        return self.balance

    def summary(self):
        kinds = {kind for kind, _ in self.log}
        totals = {k: sum(a for kind, a in self.log if kind == k) for k in kinds}
        lines = [f"{k:>10}: {v:8.2f}" for k, v in sorted(totals.items())]
        return "\n".join([f"Account of {self.owner} ({self.currency})"] + lines)


def process1(accounts, operations):
    errors = 0
    for name, op, amount in operations:
        account = accounts.get(name)
        if account is None:
            print("unknown account", name, file=sys.stderr)
            errors += 1
            continue
        try:
            if op == "deposit":
                account.deposit(amount)
            elif op == "withdraw":
                account.withdraw(amount)
            else:
                raise KeyError(op)
        except (ValueError, RuntimeError) as exc:
            print(f"error: {exc}")
            errors += 1
        except KeyError:
            errors += 1
        else:
            pass
        finally:
            checked = True
    while errors > 10 and not checked:
        errors -= 1
    return errors, [a for a in accounts.values() if a.balance > 0]


def report1(accounts):
    width = max((len(a.owner) for a in accounts), default=0)
    for i, account in enumerate(accounts, start=1):
        print(f"{i:3d}. {account.owner:<{width}} {account.balance:>10.2f}")
    data = [[row * col for col in range(1, 6)] for row in range(1, 6)]
    flat = [x for row in data for x in row if x % 2 == 0]
    lookup = dict(zip(map(str, flat), flat))
    return lookup, lambda key, default=None: lookup.get(key, default)


class Account2:
    """A bank account with a transaction log."""

    fee = 0.25

    def __init__(self, owner, balance=0, *, currency="EUR"):
        self.owner = owner
        self.balance = balance
        self.currency = currency
        self.log = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        self.balance += amount
        self.log.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        total = amount + self.fee
        if total > self.balance:
            raise RuntimeError(f"{self.owner}: insufficient funds ({self.balance:.2f} < {total:.2f})")
        self.balance -= total
        self.log.append(("withdraw", amount))
        return self.balance

    def summary(self):
        kinds = {kind for kind, _ in self.log}
        totals = {k: sum(a for kind, a in self.log if kind == k) for k in kinds}
        lines = [f"{k:>10}: {v:8.2f}" for k, v in sorted(totals.items())]
        return "\n".join([f"Account of {self.owner} ({self.currency})"] + lines)


def process2(accounts, operations):
    errors = 0
    for name, op, amount in operations:
        account = accounts.get(name)
        if account is None:
            print("unknown account", name, file=sys.stderr)
            errors += 1
            continue
        try:
            if op == "deposit":
                account.deposit(amount)
            elif op == "withdraw":
                account.withdraw(amount)
            else:
                raise KeyError(op)
        except (ValueError, RuntimeError) as exc:
            print(f"error: {exc}")
            errors += 1
        except KeyError:
            errors += 1
        else:
            pass
        finally:
            checked = True
    while errors > 10 and not checked:
        errors -= 1
    return errors, [a for a in accounts.values() if a.balance > 0]


def report2(accounts):
    width = max((len(a.owner) for a in accounts), default=0)
    for i, account in enumerate(accounts, start=1):
        print(f"{i:3d}. {account.owner:<{width}} {account.balance:>10.2f}")
    data = [[row * col for col in range(1, 6)] for row in range(1, 6)]
    flat = [x for row in data for x in row if x % 2 == 0]
    lookup = dict(zip(map(str, flat), flat))
    return lookup, lambda key, default=None: lookup.get(key, default)


class Account3:
    """A bank account with a transaction log."""

    fee = 0.25

    def __init__(self, owner, balance=0, *, currency="EUR"):
        self.owner = owner
        self.balance = balance
        self.currency = currency
        self.log = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        self.balance += amount
        self.log.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        total = amount + self.fee
        if total > self.balance:
            raise RuntimeError(f"{self.owner}: insufficient funds ({self.balance:.2f} < {total:.2f})")
        self.balance -= total
        self.log.append(("withdraw", amount))
        return self.balance

    def summary(self):
        kinds = {kind for kind, _ in self.log}
        totals = {k: sum(a for kind, a in self.log if kind == k) for k in kinds}
        lines = [f"{k:>10}: {v:8.2f}" for k, v in sorted(totals.items())]
        return "\n".join([f"Account of {self.owner} ({self.currency})"] + lines)


def process3(accounts, operations):
    errors = 0
    for name, op, amount in operations:
        account = accounts.get(name)
        if account is None:
            print("unknown account", name, file=sys.stderr)
            errors += 1
            continue
        try:
            if op == "deposit":
                account.deposit(amount)
            elif op == "withdraw":
                account.withdraw(amount)
            else:
                raise KeyError(op)
        except (ValueError, RuntimeError) as exc:
            print(f"error: {exc}")
            errors += 1
        except KeyError:
            errors += 1
        else:
            pass
        finally:
            checked = True
    while errors > 10 and not checked:
        errors -= 1
    return errors, [a for a in accounts.values() if a.balance > 0]


def report3(accounts):
    width = max((len(a.owner) for a in accounts), default=0)
    for i, account in enumerate(accounts, start=1):
        print(f"{i:3d}. {account.owner:<{width}} {account.balance:>10.2f}")
    data = [[row * col for col in range(1, 6)] for row in range(1, 6)]
    flat = [x for row in data for x in row if x % 2 == 0]
    lookup = dict(zip(map(str, flat), flat))
    return lookup, lambda key, default=None: lookup.get(key, default)


if __name__ == "__main__":
    accounts = {name: Account0(name, 100) for name in ("ann", "bob")}
    errors, rich = process0(accounts, [("ann", "deposit", 5), ("bob", "withdraw", 500)])
    report0(rich)
    sys.exit(1 if errors else 0)
