# os._exit(-1) -> 255.
import os
os._exit(-1)
