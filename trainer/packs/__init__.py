"""Exercise packs: the models, loading from every source, and validation."""
