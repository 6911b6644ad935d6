"""History vs active and whose cancer it is: mechanisms of the generalisation pass after the fifth forms family
(docs/coding.md), each with sentences written for the test: a case the mechanism must code and one it must leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from tests.stages.coding.coded import code

# -- a diagnosis just made is not history, whatever history cue stands before it -------------------------------


def test_newly_diagnosed_ends_an_earlier_history_cue(coder: Coder) -> None:
    assert code(coder, "Past history of asthma and newly diagnosed squamous cell carcinoma of the left lower lobe, "
                       "seen to plan treatment.") == ("lung", "C34")


def test_history_cue_still_reaches_an_old_diagnosis(coder: Coder) -> None:
    assert code(coder, "Past history of asthma and squamous cell carcinoma of the left lower lobe resected "
                       "in 2012.") == ("lung", "Z85")


# -- a past dated treatment whose phrase holds the cancer ("s/p X for <cancer> in <year>") ----------------------


@pytest.mark.parametrize("text", [
    "s/p right hemicolectomy for colon adenocarcinoma in 2011, here for a cough",
    "Status post radical nephrectomy for renal cell carcinoma in 2015; creatinine stable.",
])
def test_dated_treatment_around_the_cancer_is_history(coder: Coder, text: str) -> None:
    assert code(coder, text)[1].startswith("Z85")


def test_recent_treatment_around_the_cancer_stays_active(coder: Coder) -> None:
    assert code(coder, "s/p right hemicolectomy for colon adenocarcinoma last week, drain in place.") == \
        ("colorectal", "C18")
