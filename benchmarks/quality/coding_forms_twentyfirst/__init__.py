"""The twenty-first coding forms family: what decides a cancer's ICD-10-CM status (active against personal history)
and whether any code is given (completed treatment under surveillance, no evidence of disease, remission, maintenance
and adjuvant therapy, recurrence, "status post" with and without therapy now, a remote history in the present illness,
the problem list against the assessment, a cancer named only by its treatment or its pathology line), each kind a seen
half (`<kind>_seen`, whose misses may steer rules) and a held-out half (`<kind>_held`, scores only) (`forms`)."""
