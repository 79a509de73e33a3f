"""A static-site generator for cited explainer briefings."""
