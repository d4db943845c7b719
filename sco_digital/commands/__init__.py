"""The CLI's commands, one module per group; each a thin layer over the library."""
