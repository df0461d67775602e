"""Read fatality counts ("more than 50", "dozens", "killed five and wounded 12") into low/best/high.

Rules (also in the README):

| phrase                               | low   | best  | high  |
|--------------------------------------|-------|-------|-------|
| N, "some N", "about N", "nearly N"   | N     | N     | N     |
| "at least N"                         | N     | N     | null  |
| "more than N", "over N", "well over N", "upwards of N" | N+1 | N+1 | null |
| "up to N", "as many as N", "no more than N", "at most N" | 1 | N | N |
| "N to M", "between N and M"          | N     | (N+M)//2 | M  |
| "a dozen"; "half a dozen"            | 12; 6 | 12; 6 | 12; 6 |
| "two dozen" (N dozen)                | 24    | 24    | 24    |
| "dozens"                             | 24    | 24    | null  |
| "scores"                             | 40    | 40    | null  |
| "hundreds"                           | 200   | 200   | null  |
| "thousands"                          | 2000  | 2000  | null  |
| "several", "a number of"             | 3     | 3     | null  |
| "a handful"                          | 3     | 4     | 5     |
| "a few"                              | 2     | 3     | null  |

Only the dead count: wounded, injured, captured and displaced people never are fatalities; a suicide attacker
who "blew himself up" is not counted unless the text counts him.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp.prefilter import GateIndex, ascii_twin, fold_for_gate, required_clauses

WORD_NUMBERS = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
VAGUE = {
    "a dozen": (12, 12, 12), "dozens": (24, 24, None), "scores": (40, 40, None), "hundreds": (200, 200, None),
    "thousands": (2000, 2000, None), "several": (3, 3, None), "a number of": (3, 3, None),
    "a handful": (3, 4, 5), "a few": (2, 3, None), "tens": (20, 20, None), "half a dozen": (6, 6, 6),
}
_NUMWORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s\-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
# (not a model number: "its Su-34 bombers had killed ...", nor a rank: "the group's number two was killed")
_NUM = rf"(?<![Nn]umber\s)(?:(?<![A-Za-z]-)(?:\d{{1,3}}(?:,\d{{3}})+|\d+)|{_NUMWORD}|a(?=\s+(?:hundred|thousand)\b))(?:\s+(?:hundred|thousand|dozen))?"
_QUAL = r"(?:at\s+least|(?:no|not)\s+more\s+than|at\s+most|more\s+than|upwards\s+of|well\s+over|over|some|about|around|nearly|almost|roughly|approximately|up\s+to|as\s+many\s+as|an\s+estimated|all)"
_VAGUE = r"(?:a\s+dozen|half\s+a\s+dozen|dozens|scores|hundreds|thousands|several|a\s+number\s+of|a\s+handful|a\s+few|tens)"
# ("and" joins a range only after "between": "killing 12 and wounding 4" is no range)
QUANT = (rf"(?:(?P<btw>between)\s+|(?P<qual>{_QUAL})\s+)?(?:(?P<num>{_NUM})(?:(?:\s+(?:to|or|-)\s+|(?(btw)\s+and\s+|(?!)))"
         rf"(?P<num2>{_NUM}))?|(?P<vague>{_VAGUE})(?:\s+of)?)")
_VICTIM_NOUN = r"(?:people|persons|civilians|citizens|detainees|fighters|militants|jihadists|soldiers|troops|members|policemen|police|residents|villagers|children|women|men|rebels|gunmen|worshippers|shoppers|pilgrims|guards|officers|recruits|cadets|prisoners|insurgents|others|more|of\s+them|Peshmerga|personnel|combatants|mourners|students|passengers|patients|bystanders|farmers|shepherds|journalists|doctors|workers|protesters|demonstrators|relatives|officials|commanders|Marines?|sons|daughters|brothers|bodyguards|attackers|assailants|defenders|leaders|tribesmen|infantrymen|servicemen|[\"“]?terrorists[\"”]?)"
_VICTIM = rf"(?:[\w\-'’/]+\s+){{0,3}}?{_VICTIM_NOUN}"
_ONE_VICTIM = (r"(?:person|officer|soldier|policeman|civilian|child|woman|man|boy|girl|fighter|member|commander|guard|"
               r"journalist|worker|doctor|Marine|resident|farmer|shepherd|student|teacher|official|judge|mayor|cleric|"
               r"imam|pilot|councillor|activist|militant|jihadist|rebel|recruit|cadet|prisoner|hostage|sheikh|elder|"
               r"mukhtar|leader|infantryman|serviceman|crewman|paramedic|nurse|aid\s+worker|engineer|ambassador|"
               r"envoy|diplomat|spokesman|governor|minister|emir|deputy|chief|gunman|attacker|assailant|bomber|general|"
               r"colonel|brigadier|captain|lieutenant|father|mother|husband|wife|grandfather|grandmother|teenager|"
               r"pensioner|patient|driver|trader|shopkeeper)")
# after "killed 12": any plural noun names whom ("killed 33 young activists", "killing nine Iranian technicians"),
# but not a measure ("killed two years ago", "killed 30 km from ...")
_ANY_PLURAL = (r"(?:[\w\-]+\s+){0,2}?(?!(?:years|months|weeks|days|hours|minutes|times|km|kilometres|kilometers|"
               r"miles|metres|meters|percent|per)\b)[^\W\d_]{3,}s\b")
# a month's name (or its abbreviation) right before a number: the number is a day ("Jan. 12", "on March 3")
_MONTH_BEFORE = re.compile(r"\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|"
                           r"June|July|August|September|October|November|December)\s+$")
_KILLED = r"(?:killed|dead|died|slain|executed|massacred|murdered|lost\s+their\s+lives|perished)"

PATTERNS = [
    # "killed 12 people", "killing at least 30 civilians", "killed five and wounded 12", "killing seven members of
    # one family"
    re.compile(rf"\b(?:kill(?:ed|ing|s)?|left|leaving|massacred|executed|shot\s+dead|(?:claimed|claiming)\s+the\s+lives\s+of)\s+{QUANT}(?:\s+{_VICTIM}(?:\s+of\s+(?:one|the\s+same|a|a\s+single|his|her|their)\s+family\b)?|\s+{_ANY_PLURAL}|\s+dead|\s+and\b|[,.])", re.I),
    # "12 people were killed", "more than 100 civilians died", "dozens of fighters were killed"
    # ("hundreds of people, including soldiers and civilians, had been killed")
    # ("Six members of one family, three of them children, were killed")
    # ("Nine people queuing outside a bakery in Kafr Nabudah were killed": what the victims were doing, between;
    # "Two members of the Nusra Front were killed": whose members)
    re.compile(rf"\b{QUANT}\s+{_VICTIM}?(?:(?<=[a-z])\s+[a-z]+ing\s+(?:in|at|outside|near|on|inside|for|along|by|to|from)\s"
               rf"[^,.;]{{1,50}}?(?=,|\s+(?:were|was|had|have)\s))?(?:\s+of\s+(?:one|the\s+same|a|a\s+single)\s+family|(?<=members)\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w\-'’]*"
               rf"(?:\s+(?:al-)?(?-i:[A-Z])[\w\-'’]*){{0,3}}(?=\s+(?:were|was|had|have)\s))?(?:\s*,[^,.;]{{1,60}},)?\s*(?:\w+\s+)?(?:were|was|have\s+been|had\s+been|are|being)?\s*(?:reported\s+|confirmed\s+)?(?:shot\s+)?{_KILLED}\b", re.I),
    # "claiming at least 17 lives", "claimed the lives of two citizens"
    re.compile(rf"\b(?:claimed|claiming|claims|cost|costing)\s+{QUANT}\s+(?:[\w\-]+\s+)?lives\b", re.I),
    # "burned about 45 residents to death", "tortured two detainees to death", "threw two men from the roof"
    re.compile(rf"\b(?:burned|tortured|beat|beaten|stoned)\s+{QUANT}\s+{_VICTIM}\s+(?:alive|to\s+death)", re.I),
    re.compile(rf"\b(?:threw|thrown|hurled)\s+{QUANT}\s+{_VICTIM}\s+(?:from|off)\s+(?:the\s+)?(?:roofs?|tops?)\b", re.I),
    # "a death toll of 40", "the toll rose to 292"
    re.compile(rf"\b(?:death\s+)?(?:toll|figure)\s+(?:from\s+[^,.;]{{1,80}}?\s+)?(?:later\s+|has\s+since\s+|since\s+)?(?:of|rose\s+to|risen\s+to|climbed\s+to|"
               rf"reached|stood\s+at|(?:revised|raised)\s+(?:up\s+)?to|to)\s+{QUANT}",
               re.I),  # ("the official death toll from the deadliest attack in Turkey's history rose to 97")
    # "SANA put the toll at 53", "killing 48 according to the Observatory and 25 according to the government":
    # another account of a toll (rules.py makes the accounts one range)
    # ("put the figure at 57" after a count of the dead; not "put the figure at 5,000 fighters")
    re.compile(rf"\b(?:put|gave)\s+(?:the\s+)?(?:death\s+)?(?:toll|figure)\s+(?:there\s+|in\s+[A-Z][\w\-]+\s+|(?:even\s+)?"
               rf"(?:higher|lower),?\s+)?(?:at|as)\s+{QUANT}(?![\d,.]*[\w\-]*\s+(?:[\w\-]+\s+)?(?:fighters|troops|"
               r"soldiers|men|members|recruits|barrels|dollars|km|square|sq|per\s*cent|percent|displaced|refugees))",
               re.I),
    re.compile(rf"\b(?:and|while|but)\s+{QUANT}\s+(?:people\s+|dead\s+)?according\s+to\b", re.I),
    # "the Observatory gave a figure of 59", "gave a toll of 135": another account
    re.compile(rf"\bgave\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?(?:death\s+)?(?:toll|figure)\s+of\s+{QUANT}(?![\d,.]*[\w\-]*\s+"
               r"(?:[\w\-]+\s+)?(?:fighters|troops|soldiers|men|members|recruits|displaced|refugees|km|per\s*cent))", re.I),
    # "the killing of five aid workers", "the deaths of 12 soldiers"
    re.compile(rf"\b(?:killing|killings|deaths?|murders?|massacre|execution)\s+of\s+{QUANT}\s+{_VICTIM}\b", re.I),
    # "killed a family of six": the family's members
    re.compile(rf"\b(?:kill(?:ed|ing|s)?|wiped\s+out)\s+(?:a|an\s+entire|the\s+whole|an)\s+family\s+of\s+(?P<num>{_NUMWORD}|\d+)\b",
               re.I),
    # "were among the 12 dead"
    re.compile(rf"\bamong\s+(?:the\s+)?{QUANT}\s+(?:dead|killed)", re.I),
    # "a Turkish soldier was killed": one person
    re.compile(rf"\b(?P<num>an?|one)\s+(?:[\w\-.]+\s+){{0,2}}?{_ONE_VICTIM}\s+(?:was|had\s+been|has\s+been)\s+"
               r"(?:killed|shot\s+dead|executed|beheaded)\b", re.I),
    # "killing an officer", "killed a US Marine": one person
    re.compile(rf"\b(?:kill(?:ed|ing|s)?|shot\s+dead|executed|beheaded|assassinated|stoned)\s+(?P<num>an?|one)\s+(?:(?!and\b)[\w\-.'’]+\s+){{0,3}}"
               rf"{_ONE_VICTIM}\b", re.I),
    # "shot dead Russia's ambassador", "killing its spokesman": one person, named by the post
    re.compile(rf"\b(?:kill(?:ed|ing|s)?|shot\s+dead|executed|beheaded|assassinated)\s+(?P<num>(?:the\s+)?"
               rf"[\w\-]+['’]s|the|its|his|her|their)\s+(?:[\w\-.]+\s+){{0,2}}?{_ONE_VICTIM}\b(?!['’]s)", re.I),
    # "Clashes ... killed 12 on Sunday": a count with no noun, then when or where (last: any other reading wins)
    re.compile(rf"\b(?:kill(?:ed|ing|s)?|massacred|executed|shot\s+dead)\s+{QUANT}(?=\s+(?:on|in|at|near|when|after|"
               r"overnight|during|across|inside|late|early|last|yesterday|this)\b)", re.I),
]
# "killing an officer and two soldiers", "400 fighters were killed in the battle, along with at least 180
# soldiers": the counts joined to a death count add up
_AND_MORE = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+|(?:\s+(?:in|during)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?)?,?\s+"
                       rf"(?:along\s+with|as\s+well\s+as|together\s+with)\s+)(?:(?:his|her|their)\s+(?=\S+\s+{_VICTIM_NOUN}\b))?(?:(?P<one>an?|one)\s+(?:[\w\-.'’]+\s+){{0,3}}?{_ONE_VICTIM}\b(?!\s+(?:said|says|told|added))|"
                       # ("..., as well as General Mohammad Ali Allahdadi of Iran's Revolutionary Guards")
                       rf"(?<=as\swell\sas\s)(?P<ranked>(?:General|Gen\.|Brigadier|Colonel|Col\.|Major|Commander|Lieutenant|"
                       rf"Captain)\s+[A-Z][\w\-]+)|"
                       rf"{QUANT}\s+(?!of\s+them\b)(?:of\s+(?:his|her|their|its|the)\s+)?(?:(?!wounded|injured|hurt)[\w\-]+\s+)?"
                       rf"{_VICTIM_NOUN}\b)"  # (", three of them children": some of those counted, not more)
                       rf"(?!\s+(?:were\s+)?(?:wounded|injured|hurt))",
                       re.I)  # ("killed and three wounded when militants ...": the wounded are not added)

# the named dead among a count, skipped to reach what is added to it ("..., among them X, son of Y, as well as ...")
_AMONG_THEM = re.compile(r",\s+(?:among\s+them|including)\s+[^;.()]{3,120}?(?=,\s+(?:along\s+with|as\s+well\s+as|"
                         r"together\s+with)\s)")

# "two suicide bombers killed nine people": with no "were", a count before "killed" that has an object after it is
# who killed, not who died
_AUXILIARY = re.compile(r"\b(?:were|was|have\s+been|had\s+been|are|being)\b", re.I)
_OBJECT_AFTER = re.compile(rf"\s+(?:{_QUAL}\b|{_VAGUE}\b|\d|(?:{_NUMWORD})\b|(?:an?|his|her|their|its)\s)", re.I)
_COUNT_KILLED = PATTERNS[1]  # "12 people were killed": the one rule a count before the verb can mislead
_INNER_AND = re.compile(rf"\s+{_VICTIM_NOUN}\s+and\s+{QUANT}\s+{_VICTIM_NOUN}\b", re.I)
# "Two civilians and a policeman were killed": one more
_INNER_AND_ONE = re.compile(rf"\s+{_VICTIM_NOUN}\s+and\s+(?:an?|one)\s+(?:[\w\-]+\s+)?{_ONE_VICTIM}\b", re.I)


@dataclass(slots=True, frozen=True)
class Fatalities:
    """A fatality range with the text it was read from."""

    low: int | None
    best: int | None
    high: int | None
    text: str = ""
    span: tuple[int, int] | None = None


def parse_number(s: str) -> int | None:
    """A number written in digits or words ("1,600", "twenty-five", "three hundred") as an int.

    >>> parse_number("twenty-five"), parse_number("1,600"), parse_number("three hundred"), parse_number("two dozen")
    (25, 1600, 300, 24)
    """
    s = s.strip().lower().replace(",", "")
    mult = 1
    for word, m in (("thousand", 1000), ("hundred", 100), ("dozen", 12)):
        if s.endswith(word):
            s = s[: -len(word)].strip()
            mult = m
    if s.isdigit():
        return int(s) * mult
    total = 0
    for part in re.split(r"[\s\-]+", s):
        if part not in WORD_NUMBERS:
            return None
        total += WORD_NUMBERS[part]
    return total * mult if total else None


_SPACES = re.compile(r"\s+")


def _range(m: re.Match[str]) -> tuple[int | None, int | None, int | None] | None:
    g = m.groupdict()
    qual = (g.get("qual") or "").lower()
    qual = _SPACES.sub(" ", qual)
    if g.get("vague"):
        base = VAGUE.get(_SPACES.sub(" ", m.group("vague").lower()))
        if base is None:
            return None
        if qual in ("more than", "over", "well over"):
            return base[0] + 1, base[1] + 1, None
        return base
    if m.group("num").lower() in ("a", "an", "one", "the", "its", "his", "her", "their") or m.group("num")[-2:] in (
            "'s", "’s"):
        return 1, 1, 1
    n = parse_number(m.group("num"))
    if n is None or (g.get("btw") and not g.get("num2")):
        return None  # ("between 30 people": no range)
    if g.get("num2"):
        n2 = parse_number(m.group("num2"))
        if n2 is not None and n2 > n:
            return n, (n + n2) // 2, n2
    if qual == "at least":
        return n, n, None
    if qual in ("more than", "over", "well over", "upwards of"):
        return n + 1, n + 1, None
    if qual in ("up to", "as many as", "no more than", "not more than", "at most"):
        return 1, n, n
    return n, n, n


_YEAR = re.compile(r"(?:19|20)\d\d")
_VICTIM_NEXT = re.compile(rf"\s+{_VICTIM_NOUN}", re.I)
_WOUNDED_AFTER = re.compile(r"\s*(?:wounded|injured|hurt)")
# people "left" so, but not dead: "leaving twenty fighters with breathing problems", "left 300 families homeless"
_LEFT_NOT_DEAD = re.compile(r"\s*(?:[\w\-]+\s+){0,2}?(?:with|homeless|stranded|trapped|missing|displaced|besieged|without|"
                            r"in\s+need|in\s+hospital|wounded|injured|hurt)\b", re.I)
_PATTERN_INDEX = GateIndex(required_clauses(rx) for rx in PATTERNS)
_ASCII_PATTERNS = [ascii_twin(rx) for rx in PATTERNS]  # the same matches on an ASCII text, cheaper


def find_fatalities(text: str, offset: int = 0) -> list[Fatalities]:
    """Every death count in ``text`` (a sentence or clause), in order of position.

    >>> [(f.low, f.high) for f in find_fatalities("The blast killed five people and wounded 12.")]
    [(5, 5)]
    >>> find_fatalities("at least 12 soldiers were killed")[0].high is None
    True
    >>> [f.best for f in find_fatalities("IS seized the town in June 2014 and executed up to 1,700 cadets")]
    [1700]
    """
    found: dict[int, Fatalities] = {}
    patterns = _ASCII_PATTERNS if text.isascii() else PATTERNS
    for i in _PATTERN_INDEX.live(fold_for_gate(text)):  # patterns whose words are in the text (same results)
        for m in patterns[i].finditer(text):
            r = _range(m)
            if r is None:
                continue
            if PATTERNS[i] is _COUNT_KILLED and not _AUXILIARY.search(m.group(0)) and _OBJECT_AFTER.match(text, m.end()):
                continue  # ("two suicide bombers killed nine people")
            if m.group(0)[:4].lower() in ("left", "leav") and _LEFT_NOT_DEAD.match(text, m.end()):
                continue  # ("leaving twenty fighters with breathing problems", "left 300 families homeless")
            start = m.start("num") if m.group("num") else m.start("vague")
            if (m.group("num") or "").lower() == "one" and text[max(0, start - 3):start].lower() == "no ":
                continue  # "no one was killed"
            # "seized Tikrit in June 2014 and executed ...": a year, not a count (unless a victim noun follows it)
            if _YEAR.fullmatch(m.group("num") or "") and not _VICTIM_NEXT.match(text, m.end("num")):
                continue
            # "a Jan. 12 strike ... had killed", "on January 12 had killed": a day of the month, not a count
            # (not a count of people after the month: "In May 40 people were killed")
            if m.group("num") and m.group("num").isdigit() and int(m.group("num")) <= 31 and _MONTH_BEFORE.search(
                    text, max(0, start - 11), start) and not _VICTIM_NEXT.match(text, m.end("num")):
                continue
            # "wounded 12" / "12 wounded": the number belongs to the injured, not the dead.
            tail = text[m.end(): m.end() + 12].lower()
            if _WOUNDED_AFTER.match(tail) and not re.search(_KILLED, m.group(0), re.I):
                continue
            if start not in found:
                end, (low, best, high) = m.end(), r
                # "11 attackers and four defenders were killed": a second count inside the match adds up too
                inner = _INNER_AND.search(text, m.end("num") if m.group("num") else m.end("vague"), m.end())
                if inner is not None and (r2 := _range(inner)) is not None:
                    low = None if low is None or r2[0] is None else low + r2[0]
                    best = None if best is None or r2[1] is None else best + r2[1]
                    high = None if high is None or r2[2] is None else high + r2[2]
                elif m.group("num") and _INNER_AND_ONE.search(text, m.end("num"), m.end()):
                    low, best, high = (None if v is None else v + 1 for v in (low, best, high))
                # ("killing six Hezbollah members, among them Jihad Mughniyeh, son of ..., as well as General X")
                named = _AMONG_THEM.match(text, end)
                if named is not None and _AND_MORE.match(text, named.end()):
                    end = named.end()
                while (more := _AND_MORE.match(text, end)) is not None:
                    r2 = (1, 1, 1) if more.group("one") or more.group("ranked") else _range(more)
                    if r2 is None:
                        break
                    low = None if low is None or r2[0] is None else low + r2[0]
                    best = None if best is None or r2[1] is None else best + r2[1]
                    high = None if high is None or r2[2] is None else high + r2[2]
                    end = more.end()
                found[start] = Fatalities(low, best, high, text=text[m.start():end], span=(offset + m.start(),
                                                                                          offset + end))
    return [found[k] for k in sorted(found)]
