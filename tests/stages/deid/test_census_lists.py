"""The census lists read as columns (`safelist._census_columns`: one split of the whole file, every fourth field)
give what reading them row by row gives, on the installed `names` package's three lists; a file of another shape
is refused, not misread."""

from __future__ import annotations

from pathlib import Path

import names
import pytest

from cancerprep.stages.deid import safelist as sl

LISTS = ("dist.all.last", "dist.male.first", "dist.female.first")


def _rows(name: str) -> list[list[str]]:
    """The list read row by row, as the recognizers read it before the columns."""
    return [line.split() for line in (Path(names.__file__).parent / name).read_text().splitlines() if line]


@pytest.mark.parametrize("name", LISTS)
def test_columns_are_the_rows_fields(name: str) -> None:
    rows = _rows(name)
    words, shares = sl._census_columns(name)
    assert words == [row[0].lower() for row in rows]
    assert shares == [row[1] for row in rows]


def test_surname_rank_and_share_are_the_rows() -> None:
    rows = _rows("dist.all.last")
    rank = {row[0].lower(): i for i, row in enumerate(rows, 1)}
    share = {row[0].lower(): float(row[1]) / 100 for row in rows}
    assert sl.surname_rank() == rank
    assert all(sl._surname_share(w) == s for w, s in share.items())
    assert sl._surname_share("zzyzxq") == 0.0
    assert sl._surname_share("smith") == pytest.approx(0.01006)


@pytest.mark.parametrize("text", [
    "SMITH 1.006 1.006 1\nJOHNSON 0.810 1.816\nWILLIAMS 0.699 2.515 3\n",  # a row without its rank
    "SMITH 1.006 1.006 1\nDE LA CRUZ 0.010 1.020 2\n",  # a name of two words
    "SMITH 1.006 1.006 1\nJOHNSON 0.810 1.816 2 x\n",  # a fifth field
    "SMITH 1.006 1.006 1\nJOHNSON 0.810 1.816\nWILLIAMS 0.699 2.515 3 x\n",  # a short row, then a long one
])
def test_a_list_of_another_shape_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    (tmp_path / "names").mkdir()
    (tmp_path / "names" / "__init__.py").write_text("")
    (tmp_path / "names" / "dist.odd").write_text(text)
    monkeypatch.setattr(names, "__file__", str(tmp_path / "names" / "__init__.py"))
    with pytest.raises(ValueError, match=r"census list dist\.odd"):
        sl._census_columns("dist.odd")
