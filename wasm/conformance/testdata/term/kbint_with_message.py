# KeyboardInterrupt with a message.
def work():
    raise KeyboardInterrupt("stopped by user")
work()
