"""Small components learned from annotated data, with the code that learns them."""
