"""Import every module that registers a stage, so `build_stage` can find them.

Each stage lives in the module of its concept (deid, sorting, icd, phenotype...);
this file only lists them. Add one import line per new stage module.
"""

from cancerprep import diagnosis as _diagnosis_task  # noqa: F401
from cancerprep import icd as _icd_stage  # noqa: F401
from cancerprep import (
    normalize,  # noqa: F401
    phenotype,  # noqa: F401
    pretrain,  # noqa: F401
)
from cancerprep import sorting as _sort_stage  # noqa: F401
from cancerprep import spelling as _spelling_stage  # noqa: F401
from cancerprep.deid import stage as _deid_stage  # noqa: F401
