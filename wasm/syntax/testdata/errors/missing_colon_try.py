try
  x
