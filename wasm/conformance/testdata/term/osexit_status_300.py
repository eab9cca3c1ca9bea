# os._exit keeps the low 8 bits: 300 -> 44.
import os
os._exit(300)
