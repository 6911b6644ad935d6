"""The site's OMOP vocabulary tables: SNOMED CT (and other) concepts -> names and classification codes.

US Core, Synthea and OMOP standard conditions are SNOMED CT, while cancer types are defined on
ICD-10-CM / ICD-O-3. A site that runs OMOP has the bridge already: CONCEPT names every concept and
CONCEPT_RELATIONSHIP's "Maps to" links each ICD-10-CM (ICD-10, ICD-O-3, ICD-9-CM) source concept to
its standard SNOMED concept. Reading it backwards gives, for a SNOMED concept, the classification
codes that map to it; the concept's name is kept too, for coding by text when nothing maps. Lookups
are batched (one query per few hundred distinct keys) and cached, so each concept costs one lookup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cancerprep.errors import InputError

# Classification vocabularies a SNOMED concept is mapped back to, best first (the taxonomy is ICD-10-CM).
TARGETS: tuple[str, ...] = ("ICD10CM", "ICD10", "ICDO3", "ICD9CM")
BATCH = 500


@dataclass(frozen=True)
class Concept:
    """What the vocabulary says about one concept: its code, name, and `maps_to` ("ICD10CM:C50.911") if any."""

    vocabulary: str
    code: str
    name: str | None
    maps_to: str | None


class Vocabulary:
    """CONCEPT and CONCEPT_RELATIONSHIP of one database connection (optionally in a schema)."""

    def __init__(self, conn: Any, schema: str | None, where: str):
        import sqlalchemy as sa

        meta = sa.MetaData()
        try:
            self.concept = sa.Table("concept", meta, autoload_with=conn, schema=schema)
        except sa.exc.NoSuchTableError:
            raise InputError("vocabulary table 'concept' not found" + (f" in schema {schema!r}" if schema else ""),
                             file=where) from None
        # without CONCEPT_RELATIONSHIP a concept still has its vocabulary, code and name, but no mapping
        self.relationship = sa.Table("concept_relationship", meta, autoload_with=conn, schema=schema) \
            if sa.inspect(conn).has_table("concept_relationship", schema=schema) else None
        self.conn = conn
        self._by_id: dict[int, Concept | None] = {}
        self._by_code: dict[tuple[str, str], Concept | None] = {}

    @staticmethod
    def present(conn: Any, schema: str | None) -> bool:
        """Whether the CONCEPT table exists (a bare CDM may lack the vocabulary)."""
        import sqlalchemy as sa

        return bool(sa.inspect(conn).has_table("concept", schema=schema))

    def by_ids(self, ids: list[int]) -> dict[int, Concept | None]:
        """Concepts by concept_id (0 and unknown ids give None)."""
        import sqlalchemy as sa

        c = self.concept
        todo = sorted({i for i in ids if i and i not in self._by_id})
        for start in range(0, len(todo), BATCH):
            batch = todo[start:start + BATCH]
            rows = self.conn.execute(sa.select(c.c.concept_id, c.c.vocabulary_id, c.c.concept_code, c.c.concept_name,
                                               c.c.standard_concept).where(c.c.concept_id.in_(batch))).all()
            self._by_id.update(dict.fromkeys(batch))
            self._resolve(rows, lambda r: int(r[0]), self._by_id)
        return {i: self._by_id.get(i) for i in ids}

    def by_codes(self, vocabulary: str, codes: list[str]) -> dict[str, Concept | None]:
        """Concepts by (vocabulary_id, concept_code), e.g. ('SNOMED', '254837009')."""
        import sqlalchemy as sa

        c = self.concept
        todo = sorted({k for k in codes if k and (vocabulary, k) not in self._by_code})
        for start in range(0, len(todo), BATCH):
            batch = todo[start:start + BATCH]
            rows = self.conn.execute(sa.select(c.c.concept_id, c.c.vocabulary_id, c.c.concept_code, c.c.concept_name,
                                               c.c.standard_concept)
                                     .where(c.c.vocabulary_id == vocabulary, c.c.concept_code.in_(batch))).all()
            self._by_code.update({(vocabulary, k): None for k in batch})
            self._resolve(rows, lambda r: (vocabulary, str(r[2])), self._by_code)
        return {k: self._by_code.get((vocabulary, k)) for k in codes}

    def _resolve(self, rows: list[Any], key: Any, into: dict[Any, Concept | None]) -> None:
        """Fill `into` for the found rows: name, and the best classification code mapping to the standard concept."""
        standard = self._standard_ids([(int(r[0]), r[4]) for r in rows])
        targets = self._classification(sorted(set(standard.values())))
        for r in rows:
            std = standard.get(int(r[0]))
            into[key(r)] = Concept(str(r[1]), str(r[2]), r[3], targets.get(std) if std is not None else None)

    def _valid(self) -> Any:
        """Relationships in force: invalid_reason null (or empty, as CSV loads often leave it)."""
        import sqlalchemy as sa

        rel = self.relationship
        if rel is None or "invalid_reason" not in rel.c:
            return sa.true()
        col = rel.c.invalid_reason
        return sa.or_(col.is_(None), col == "")

    def _standard_ids(self, concepts: list[tuple[int, Any]]) -> dict[int, int]:
        """concept_id -> its standard concept: itself when standard ('S'), else its "Maps to" target."""
        import sqlalchemy as sa

        out = {cid: cid for cid, flag in concepts if flag == "S"}
        rest = [cid for cid, flag in concepts if flag != "S"] if self.relationship is not None else []
        r = self.relationship
        for start in range(0, len(rest), BATCH):
            batch = rest[start:start + BATCH]
            rows = self.conn.execute(sa.select(r.c.concept_id_1, r.c.concept_id_2).where(
                r.c.relationship_id == "Maps to", r.c.concept_id_1.in_(batch), self._valid())
                .order_by(r.c.concept_id_1, r.c.concept_id_2)).all()
            for a, b in rows:
                out.setdefault(int(a), int(b))
        for cid, _ in concepts:  # a concept mapped to nothing can still be mapped from (non-standard sources)
            out.setdefault(cid, cid)
        return out

    def _classification(self, standard_ids: list[int]) -> dict[int, str]:
        """standard concept_id -> "VOCAB:code" of the best classification concept that "Maps to" it."""
        import sqlalchemy as sa

        r, c = self.relationship, self.concept
        best: dict[int, tuple[int, str, str]] = {}
        if r is None:
            return {}
        for start in range(0, len(standard_ids), BATCH):
            batch = standard_ids[start:start + BATCH]
            rows = self.conn.execute(
                sa.select(r.c.concept_id_2, c.c.vocabulary_id, c.c.concept_code)
                .join(c, c.c.concept_id == r.c.concept_id_1)
                .where(r.c.relationship_id == "Maps to", r.c.concept_id_2.in_(batch), self._valid(),
                       c.c.vocabulary_id.in_(TARGETS))).all()
            for std, vocab, code in rows:
                # best vocabulary first, then the shortest (most general) code, then the smallest: deterministic
                rank = (TARGETS.index(vocab), len(str(code)), str(code))
                if int(std) not in best or rank < best[int(std)]:
                    best[int(std)] = rank
        return {std: f"{TARGETS[rank[0]]}:{rank[2]}" for std, rank in best.items()}
