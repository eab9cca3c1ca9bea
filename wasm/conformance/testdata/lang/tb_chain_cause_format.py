# The direct-cause sentence between two tracebacks.
class ConfigError(Exception):
    pass
def load():
    try:
        open("missing-config.ini")
    except FileNotFoundError as e:
        raise ConfigError("no configuration") from e
load()
