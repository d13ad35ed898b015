"""One module per area, each with ``register(subparsers)``; handlers take the parsed args and return
an exit code: 0 done, 1 problems found, 2 usage or input errors."""
