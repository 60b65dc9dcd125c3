"""Loading the spaCy pipeline (a setting) and running it over articles."""
