runtime = "node22"
sender  = "Acme"
