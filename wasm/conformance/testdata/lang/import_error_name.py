# Importing a name a module does not have.
from sys import argv
from sys import no_such_name
