"""Written forms of identifiers, by kind, for `benchmarks.quality.forms_probe`.

Each module holds `FORMS: dict[str, tuple[str, ...]]` (kind -> templates). A template is one line
written the way clinical notes write that kind, from general knowledge of US clinical documentation
(never from the planted benchmark's check templates); `[[...]]` marks each gold span, and the
placeholders are filled by the probe: {F} {F2} first names, {L} {L2} last names, {M} a middle
initial, {I} {I2} a person's initials (2-3 letters), {i} lower-case typist initials, {D4}..{D10}
digit runs, {CITY} {STATE} {ST} a US city, state name and code, {DATE} a date; and, drawn only where a form names
one, {A1}..{A3} capital letters, {D1}..{D3} short digit runs, {YY} a two-digit year, {MBI} a Medicare id;
and for the blind family (patients, places, numbers; see forms_probe._PLACE_POOLS and _DRAWN) {STREET} {SUF}
{DIR} {HOSP} {SAINT} {COUNTY} invented place stems, {DOMAIN} {HANDLE} {SITE} e-mail and web parts, {MON} {MON3}
{DOW} {ORD} {SEASON} {DAY} {DD} {MM} {YEAR} date parts, {AGE} 90+, {AREA} {EXCH} phone parts, {IP} {IPV6} {MAC}
{VIN} {PLATE}; and for the person-name family (persons) {FI} the first person's first initial, {F3} {L3} a third
person's names; and for the place and organisation family (sites) {NUM} a house number, {ZIP} a five-digit ZIP,
{RT} a route number, {STREET2} a second street stem, {CITY2} a second city.
"""
