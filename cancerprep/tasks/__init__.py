"""Task builders: turn processed notes (and annotations) into instruction pairs."""
