"""Cancer-type sorting and ICD-10-CM targets: taxonomy, code tables, text coder, decisions, stages."""
