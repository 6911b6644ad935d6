"""People of the synthetic sample: patients, relatives and clinicians with names, addresses,
phones, hospitals and histories, each patient drawn from (seed, index) alone."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from cancerprep.sample.tumors import BENIGN, MAKERS, METS, Tumor

# Word lists. Names are drawn from broad lists plus syllable-built surnames, so the sample
# does not teach a de-identifier one small vocabulary.
FIRST_F = """Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty
Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie
Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha
Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce
Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha
Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber
Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori
Aaliyah Aisha Fatima Mei Xiu Yuki Priya Ananya Lakshmi Guadalupe Rosa Lucia Carmen Ximena Ngozi Chioma
Amara Leilani Keiko Hana Soo-jin Ji-woo Thao Linh Svetlana Olga Ingrid Astrid Siobhan Niamh Bridget
Esperanza Marisol Yolanda Imani Tamika Latoya Shanice Zainab Leila Noor Dana Tova Miriam Esther Rivka
Agnes Mildred Edna Ethel Gertrude Hazel Irene Lorraine Maxine Opal Pearl Thelma Vera Wilma""".split()
FIRST_M = """James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel
Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward
Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel
Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas
Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl
Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne
Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Wei Hiroshi Kenji Takeshi Raj
Arjun Vikram Sanjay Mohammed Ahmed Omar Tariq Hassan Chukwuemeka Oluwaseun Kwame Kofi Diego Mateo
Alejandro Carlos Javier Luis Miguel Rafael Santiago Dmitri Sergei Ivan Lars Magnus Sven Padraig Declan
Cormac Malik Darnell Jamal DeShawn Tyrone Yosef Avi Moshe Minh Quang Tuan Jae-won Min-jun Hyun-woo
Elmer Floyd Herbert Leroy Lloyd Milton Otis Virgil Wendell Clarence Chester Horace""".split()
LAST = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez
Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams
Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz
Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson
Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray
Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins
Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero
Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant
Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez
McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford
Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer
Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels
Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold
Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson
Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards
Contreras Willis Carpenter Lawrence Sandoval Okafor Adeyemi Mensah Osei Nakamura Tanaka Yamamoto Sato
Takahashi Watanabe Wang Zhang Liu Huang Zhao Wu Zhou Xu Sun Ma Gupta Sharma Singh Kumar Reddy Iyer
Nair Desai Mehta Chatterjee Banerjee Khan Rahman Hussain Haddad Nasser Farah Cohen Levy Friedman
Goldberg Rosen Katz Schwartz Novak Kowalski Nowak Wojcik Petrov Ivanova Volkov Sokolov Kuznetsov
Lindqvist Johansson Andersson Nilsson Larsen Jensen Nielsen Virtanen Korhonen O'Brien O'Connor
O'Neill Gallagher Doyle Brennan McCarthy Fitzgerald Byrne Quinn Kavanagh Dubois Lefebvre Moreau
Fontaine Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Costa Oliveira
Pereira Almeida Ribeiro Carvalho Teixeira Schneider Fischer Weber Becker Schulz Koch Richter Klein
Wolf Neumann Zimmermann Kruger Hartmann Lange Werner Krause Lehmann Nakashima Ishikawa Park Choi Jung
Kang Cho Yoon Jang Lim Pham Hoang Vu Dang Bui Do Ngo Duong Ly Abara Eze Nwosu Okeke Balogun Mwangi
Otieno Kamau Achebe Boateng Asante Haile Tesfaye Bekele Demissie Yilmaz Kaya Demir Celik Sahin
Papadopoulos Georgiou Nikolaidis Horvath Szabo Nagy Toth Popescu Ionescu Dragomir""".split()
_SUR_A = """Hal Ash Brad Cal Dun Elm Fair Gar Hol Kin Lang Mar Nor Ox Pem Rad Stan Thorn Wes Win Ack Bex
Cor Dal Eck Fen Gil Hart Kel Lor Mor Ren Sel Tal Vor Whit Yar Zel Bran Crom""".split()
_SUR_B = """ford ley wick ton worth by field more stead well brook ridge dale wood land son stein berg
hurst mont vale ham cott shaw combe den ling rick bury well man""".split()

CITIES = [*"""Springfield Riverton Fairview Greenville Franklin Clinton Madison Georgetown Salem Arlington
Ashland Burlington Clayton Dayton Dover Milford Newport Oxford Shelbyville Winchester Hudson Marion
Lexington Auburn Bristol Chester Dalton Easton Florence Glendale Hamilton Jackson Kingston Lakewood
Manchester Norwood Oakdale Plainfield Quincy Rockford Sheffield Troy Union Vernon Waverly Yorktown
Belmont Camden Denton Elkton Fulton Granby Hanover Ithaca Jasper Kenton Lowell Medford Nashua Orland
Pittsfield Raleigh Stamford Trenton Utica Vinton Warwick Westbrook Brookhaven""".split(),
          "Cedar Rapids", "Ocean View", "Pine Bluff", "Red Oak", "Silver Spring", "Twin Falls", "Bay City"]
CITY_PREFIX = ["Lake", "Port", "North", "South", "East", "West", "New", "Mount", "Fort", "Glen"]
STATES = [("Massachusetts", "MA"), ("New York", "NY"), ("Ohio", "OH"), ("Texas", "TX"), ("California", "CA"),
          ("Minnesota", "MN"), ("Georgia", "GA"), ("Pennsylvania", "PA"), ("Illinois", "IL"),
          ("Michigan", "MI"), ("North Carolina", "NC"), ("Washington", "WA"), ("Arizona", "AZ"),
          ("Colorado", "CO"), ("Tennessee", "TN"), ("Oregon", "OR"), ("Wisconsin", "WI"), ("Florida", "FL"),
          ("Kentucky", "KY"), ("Iowa", "IA"), ("Maine", "ME"), ("Virginia", "VA"), ("Missouri", "MO")]
STREET_NAMES = """Maple Oak Pine Cedar Elm Washington Lake Hill Park Main Church Walnut Chestnut Spruce
Highland Sunset Ridge Meadow Forest River Mill Spring Prospect Franklin Jefferson Lincoln Madison Center
Cherry Willow Birch Hawthorn Magnolia Orchard Harbor Summit Valley Colonial Liberty""".split()
STREET_SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Lane", "Ln", "Dr", "Drive",
                 "Court", "Way", "Terrace", "Pl"]
SAINTS = ["Luke", "Mary", "Joseph", "Vincent", "Elizabeth", "Francis", "Anne", "Jude", "Catherine", "Michael"]
HOSPITAL_FORMS = ["{city} General Hospital", "{city} Medical Center", "St. {saint}'s Hospital",
                  "{last} Memorial Hospital", "University of {state} Medical Center",
                  "{city} Regional Cancer Center", "{last} Cancer Institute", "Mercy Hospital of {city}",
                  "{city} Community Hospital", "{last}-{last2} Clinic"]
PROFESSIONS = ["machinist", "schoolteacher", "truck driver", "accountant", "registered nurse", "farmer",
               "electrician", "software engineer", "carpenter", "postal worker", "attorney", "chef",
               "pharmacist", "firefighter", "hair stylist", "bus driver", "welder", "librarian",
               "police officer", "real estate agent", "plumber", "bank teller", "mechanic",
               "construction worker", "dental hygienist", "professor of history", "cashier", "engineer",
               "social worker", "airline pilot", "janitor", "roofer", "painter", "fisherman", "architect"]
EMPLOYERS = ["Acme Tool and Die", "Northfield Paper Mill", "the county school district", "Harbor Freight Lines",
             "Midwest Grain Cooperative", "the city water department", "Summit Logistics", "Bluewater Shipyard"]

COMORBIDITIES = [("I10", "hypertension", "HTN"), ("E11.9", "type 2 diabetes mellitus", "DM2"),
                 ("E78.5", "hyperlipidemia", "HLD"), ("J44.9", "COPD", "COPD"), ("K21.9", "GERD", "GERD"),
                 ("I25.10", "coronary artery disease", "CAD"), ("N18.30", "chronic kidney disease stage 3",
                                                                   "CKD 3"),
                 ("E03.9", "hypothyroidism", "hypothyroidism"), ("G47.33", "obstructive sleep apnea", "OSA"),
                 ("F32.A", "depression", "depression"), ("M81.0", "osteoporosis", "osteoporosis"),
                 ("I48.91", "atrial fibrillation", "afib"), ("E66.9", "obesity", "obesity"),
                 ("D64.9", "anemia", "anemia")]
ICD9_COMORB = {"I10": "401.9", "E11.9": "250.00", "E78.5": "272.4", "J44.9": "496"}
FAMILY_CANCERS = [("breast cancer", "Z80.3"), ("colon cancer", "Z80.0"), ("prostate cancer", "Z80.42"),
                  ("lung cancer", "Z80.1"), ("ovarian cancer", "Z80.41"), ("pancreatic cancer", "Z80.0"),
                  ("leukemia", None), ("melanoma", None), ("stomach cancer", "Z80.0")]
RELATIVES = ["mother", "father", "sister", "brother", "maternal aunt", "paternal uncle", "maternal grandmother",
             "paternal grandfather"]


@dataclass
class Person:
    """A name (patient, relative or clinician): the unit the note writers render as NAME PHI."""

    first: str
    last: str
    middle: str | None = None


@dataclass
class Patient:
    """Everything the notes say about one patient, drawn once so all their notes agree."""

    pid: str
    idx: int
    person: Person
    sex: str
    birth: date
    dx_date: date
    ctype: str
    tumor: Tumor | None
    benign: tuple[str, str, str, str, str | None] | None
    mrn: str
    ssn: str
    account: str
    street: str
    city: str
    state: tuple[str, str]
    zip: str
    phone: str
    email: str
    profession: str
    hospital: str
    hospital_city: str
    relatives: list[tuple[str, Person]]
    doctors: dict[str, Person]
    comorb: list[tuple[str, str, str]]
    family: list[tuple[str, str, str | None]]
    mets: list[str]


def _surname(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice(_SUR_A) + rng.choice(_SUR_B)
    last = rng.choice(LAST)
    if rng.random() < 0.04:
        last = f"{last}-{rng.choice(LAST)}"
    return last


def _person(rng: random.Random, sex: str | None = None) -> Person:
    sex = sex or rng.choice("FM")
    first = rng.choice(FIRST_F if sex == "F" else FIRST_M)
    middle = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.4 else None
    return Person(first, _surname(rng), middle)


def random_city(rng: random.Random) -> str:
    """A city name, sometimes prefixed ("Lake Dover"), so LOCATION spans are not one-word only."""
    city = rng.choice(CITIES)
    if rng.random() < 0.25:
        city = f"{rng.choice(CITY_PREFIX)} {city}"
    return city


def random_phone(rng: random.Random) -> tuple[str, str, str]:
    """Phone digits in parts, formatted separately so one number can appear in several forms."""
    return (str(rng.randint(201, 989)), str(rng.randint(201, 989)), f"{rng.randint(0, 9999):04d}")


def fmt_phone(rng: random.Random, parts: tuple[str, str, str]) -> str:
    """A phone number in one of the formats notes use, so a de-identifier meets them all."""
    a, b, c = parts
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"({a}){b}-{c}"])


def make_patient(seed: int, idx: int, ctype: str) -> Patient:
    """Patient `idx` from its own RNG: it depends only on (seed, idx), so a smaller sample is a prefix."""
    rng = random.Random(f"cancerprep-sample:{seed}:{idx}")
    sex = {"prostate": "M", "uterine": "F"}.get(ctype) or ("F" if ctype == "breast" and rng.random() < 0.95
                                                           else rng.choice("FM"))
    person = _person(rng, sex)
    dx_date = date(2088, 1, 1) + timedelta(days=rng.randint(0, 365 * 6))
    age = rng.randint(90, 97) if rng.random() < 0.09 else max(rng.randint(28, 88), rng.randint(45, 88))
    birth = dx_date - timedelta(days=age * 365 + rng.randint(0, 364))
    tumor = MAKERS[ctype](rng, sex) if ctype != "none" else None
    benign = None
    if ctype == "none":
        benign = rng.choice([b for b in BENIGN if b[4] in (None, sex)])
    state = rng.choice(STATES)
    hcity = random_city(rng)
    hospital = hospital_name(rng, hcity, state[0])
    domain = "".join(ch for ch in hospital.lower().split()[0] if ch.isalpha()) + rng.choice(["health.org", "med.org",
                                                                                            "hosp.org", "mail.com"])
    email_user = rng.choice([f"{person.first[0]}{person.last}", f"{person.first}.{person.last}",
                             f"{person.first}{rng.randint(10, 99)}"]).lower().replace("'", "").replace(" ", "")
    n_rel = rng.randint(1, 3)
    relatives = []
    for _ in range(n_rel):
        rel = rng.choice(["daughter", "son", "wife" if sex == "M" else "husband", "sister", "brother", "niece",
                          "granddaughter", "neighbor", "friend"])
        rsex = "F" if rel in ("daughter", "wife", "sister", "niece", "granddaughter") else \
            "M" if rel in ("son", "husband", "brother") else None
        rp = _person(rng, rsex)
        if rel in ("daughter", "son", "wife", "husband", "granddaughter") and rng.random() < 0.6:
            rp.last = person.last
        relatives.append((rel, rp))
    doctors = {r: _person(rng) for r in ("oncologist", "pcp", "pathologist", "surgeon", "resident", "radiologist")}
    comorb = rng.sample(COMORBIDITIES, rng.randint(0, 4))
    family = []
    for _ in range(rng.randint(0, 2)):
        rel = rng.choice(RELATIVES)
        male = rel.split()[-1] in ("father", "brother", "uncle", "grandfather")
        fam = [f for f in FAMILY_CANCERS if f[0] != ("ovarian cancer" if male else "prostate cancer")]
        family.append((rel, *rng.choice(fam)))
    mets: list[str] = []
    if tumor is not None and tumor.ctype not in ("leukemia", "myeloma") and rng.random() < 0.3:
        mets = rng.sample([m for m in METS if m != tumor.organ], rng.randint(1, 2))
    if tumor is not None:
        tumor.mets = mets
    ssn = f"{rng.randint(100, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}"
    return Patient(
        pid=str(10001 + idx), idx=idx, person=person, sex=sex, birth=birth, dx_date=dx_date, ctype=ctype,
        tumor=tumor, benign=benign, mrn=str(rng.randint(1000000, 99999999)), ssn=ssn,
        account=str(rng.randint(10**8, 10**10)),
        street=f"{rng.randint(2, 9899)} {rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIX)}",
        city=random_city(rng), state=state, zip=f"{rng.randint(1001, 99950):05d}",
        phone="-".join(random_phone(rng)), email=f"{email_user}@{domain}", profession=rng.choice(PROFESSIONS),
        hospital=hospital, hospital_city=hcity, relatives=relatives, doctors=doctors, comorb=comorb,
        family=family, mets=mets,
    )


def hospital_name(rng: random.Random, city: str, state: str) -> str:
    """A hospital name in one of several naming patterns (HOSPITAL PHI; some hold a person's name)."""
    return rng.choice(HOSPITAL_FORMS).format(city=city, saint=rng.choice(SAINTS), last=rng.choice(LAST),
                                             last2=rng.choice(LAST), state=state)
