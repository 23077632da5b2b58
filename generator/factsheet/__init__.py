"""factsheet stage."""
