"""The twentieth coding forms family: the ICD-10-CM category where the cancer's kind decides it (in situ against
invasive by organ, secondary sites against the primary, personal history against active disease, overlapping and
unspecified sub-sites, lymphoma against leukaemia sub-categories, benign and uncertain-behaviour neoplasms that are not
cancer), each kind written as a seen half (`<kind>_seen`, whose misses may steer rules) and a held-out half
(`<kind>_held`, read as scores only: the probe never prints its misses) (`forms`)."""
