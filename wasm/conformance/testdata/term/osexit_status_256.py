# os._exit(256) -> 0.
import os
os._exit(256)
