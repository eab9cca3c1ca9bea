# An impossible MRO is a TypeError at class creation.
class A: pass
class B(A): pass
class C(A, B): pass
