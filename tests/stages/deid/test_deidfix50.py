"""Contacts named by an agent noun and patients named by their room (deidfix50, issue 13): two classes of writing
the blind families' contact and patient forms hold, each measured by a small generator of new wordings (roles,
names, room shapes and frames invented here, none from a form) so the tests show the mechanism, not a string."""

from __future__ import annotations

import random

import pytest

from cancerprep import resources
from cancerprep.sample import planted
from cancerprep.stages.deid.recognizers import person_frames as pf
from cancerprep.stages.deid.recognizers import person_slots as ps


def _found(spans: list[tuple[int, int, str]], kind: str) -> set[tuple[int, int]]:
    return {(a, b) for a, b, k in spans if k == kind}


# -- agent nouns ------------------------------------------------------------------------------------------------


def test_shipped_agent_nouns_are_the_derivation() -> None:
    assert sorted(pf.agent_nouns()) == pf.derive_agent_nouns()
    assert resources.data_lines(pf.AGENT_NOUNS_FILE)  # (the file exists and is read by `data_lines`)


@pytest.mark.parametrize("word", ["dispatcher", "bookkeeper", "receptionist", "adjuster", "installer", "photographer",
                                  "supervisor", "sitter", "ranger", "inspector"])
def test_agent_nouns_by_morphology(word: str) -> None:
    assert word in pf.agent_nouns() or word in pf.ROLE_TITLES


@pytest.mark.parametrize("word", ["older", "bigger", "later", "monitor", "doctor", "ventilator", "walker", "vivian",
                                  "rubber", "nurse", "number", "center", "other", "after"])
def test_not_agent_nouns(word: str) -> None:
    """Comparatives, clinical and claimed words, census given names, listed roles and words with no agent stem."""
    assert word not in pf.agent_nouns()


# Roles invented for the generator: agent nouns of trades, offices and services (held out: none is a role the
# blind forms' tuning part writes).
_ROLES = ("dispatcher", "receptionist", "adjuster", "installer", "photographer", "locksmith", "bookkeeper",
          "groundskeeper", "hairdresser", "landscaper", "exterminator", "auctioneer", "plumber", "roofer",
          "welder", "caterer", "packer", "mover", "bartender", "lifeguard")
_MODIFIERS = ("", "", "insurance ", "building ", "night ", "hotel ", "county ", "contract ")
_ACTS = ("called at {t} asking for an update", "dropped off the paperwork", "reported the fall to security",
         "will return tomorrow", "was present during the interview", "confirmed the address",
         "stated pt had been alone since morning", "has the spare key")
_CAPS = ("cased", "upper", "lower")


def _agent_lines(n: int, seed: int) -> list[tuple[str, tuple[int, int]]]:
    """`n` lines "<modifier> <role> <name> <act>." (and the apposition "The <role>, <name>, <act>."), a census
    surname or given name, in three cases; the name's span."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        p = planted.make_person(rng)
        name = rng.choice((p.last, p.last, p.first, f"{p.first} {p.last}"))
        role = rng.choice(_MODIFIERS) + rng.choice(_ROLES)
        act = rng.choice(_ACTS).format(t=f"{rng.randint(7, 22)}{rng.choice(('00', '15', '30'))}")
        if rng.random() < 0.25:
            head, tail = f"The {role}, ", f", {act}."
        else:
            head, tail = f"{role[0].upper()}{role[1:]} ", f" {act}."
        line = head + name + tail
        case = rng.choice(_CAPS)
        line = line.upper() if case == "upper" else line.lower() if case == "lower" else line
        out.append((line, (len(head), len(head) + len(name))))
    return out


def test_agent_title_generator_recall() -> None:
    """Recall of the agent-title frame on invented lines (roles no list in the rules holds); the names the frame
    refuses are everyday-word given names without case ("tom", "ray"): the frames' "list" evidence."""
    lines = _agent_lines(300, seed=50)
    hit = 0
    for line, (a, b) in lines:
        text = f"Social history reviewed.\n{line}\n"
        off = len("Social history reviewed.\n")
        spans = _found(pf.frames(text), "agent-title")
        hit += any(s < b + off and a + off < e for s, e in spans)
    assert hit / len(lines) >= 0.8, hit  # (0.86 at seed 50, 0.84 at seed 51; main has no such frame)


@pytest.mark.parametrize("line", [
    "Driver side airbag deployed, pt restrained.",
    "Shower chair ordered for home; counter top height reviewed.",
    "Former smoker, quit 2010.",
    "Factor Xa level pending.",
    "Heater cooler unit swapped per infection control.",
    "Reader Gleason score 7 per outside slides.",
    "Transfer Center notified, bed pending.",
    "Number of lesions: 3.",
    "The primer dose was given.",
    "Supervisor Review: completed.",
    "MGMT PROMOTER UNMETHYLATED; ATRX RETAINED.",
])
def test_agent_title_look_alikes(line: str) -> None:
    assert not _found(pf.frames(f"{line}\n"), "agent-title")


# -- room occupants ---------------------------------------------------------------------------------------------


_ROOMS = ("{n}", "{n}", "rm {n}", "room {n}", "bed {n}", "{n}B", "bay {n}", "Rm. {n}")
_OCCUPANT_ACTS = ("is asking for pain meds", "had a 6 beat run of VT", "refused her 2200 meds", "pulled out her IV",
                  "needs a repeat lactate", "was found on the floor", "has a temp of 38.6", "wants to talk to you")
_OPENERS = ("", "FYI ", "heads up, ", "Can you check on ", "Charge RN aware that ", "Night shift: ")


def _room_lines(n: int, seed: int) -> list[tuple[str, tuple[int, int]]]:
    """`n` lines "<opener><name> in <room> <act>." (or "..., <room>?" closing the clause) in three cases."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        p = planted.make_person(rng)
        name = rng.choice((p.last, p.first))
        room = rng.choice(_ROOMS).format(n=rng.randint(2, 640))
        opener = rng.choice(_OPENERS)
        tail = f" in {room}, " + rng.choice(_OCCUPANT_ACTS) + "." if rng.random() < 0.3 else \
            f" in {room} " + rng.choice(_OCCUPANT_ACTS) + "."
        line = opener + name + tail
        case = rng.choice(_CAPS)
        line = line.upper() if case == "upper" else line.lower() if case == "lower" else line
        out.append((line, (len(opener), len(opener) + len(name))))
    return out


def test_room_occupant_generator_recall() -> None:
    """Recall of the room-occupant slot on invented lines; the names it refuses are the slots' own refusals
    (everyday words, rare surnames, frequent given names without case)."""
    lines = _room_lines(300, seed=50)
    hit = 0
    for line, (a, b) in lines:
        spans = _found(ps.room_occupants(f"{line}\n"), "room-occupant")
        hit += (a, b) in spans
    assert hit / len(lines) >= 0.65, hit  # (0.73 at seeds 50 and 51; main has no such slot)


@pytest.mark.parametrize("line", [
    "Lasix in 2 doses given today.",
    "Follow up with surgery in 3 weeks, sooner prn.",
    "Repeat CBC in 6 hours.",
    "Diagnosed in 2019 with stage II disease.",
    "Moved to Austin in 2015 after retiring.",
    "Mass in 2 locations on CT.",
    "Hemoglobin in 12.5 range.",
    "Potassium in 4 hours.",
])
def test_room_occupant_look_alikes(line: str) -> None:
    assert not ps.room_occupants(f"{line}\n")


def test_room_occupant_positives() -> None:
    text = "Tele tech called: Kowalski in 524 had 8 beats of VT.\nheads up, BRENNAN IN 12 IS MORE SOB\n"
    found = {text[a:b] for a, b, _ in ps.room_occupants(text)}
    assert found == {"Kowalski", "BRENNAN"}
