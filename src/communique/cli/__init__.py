"""The command-line interface (argument parsing only; the work is in the library)."""
