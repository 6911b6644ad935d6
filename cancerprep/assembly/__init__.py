"""Assembly: patient-level splits, exact and near-duplicate removal, robustness variants, task pair files."""
