"""Executors: where a chain of stages runs over shards (serial, local process pool, Ray); stages never know which."""
