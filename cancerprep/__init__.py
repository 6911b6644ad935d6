"""cancerprep: EHR export -> de-identified, cancer-type-sorted, task-formatted datasets."""

__version__ = "0.1.0"
