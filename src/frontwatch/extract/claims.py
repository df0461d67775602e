"""Quantitative claims that are not events: fighter strength, territory share, tolls, displacement, revenue.

Each rule is a regular expression over one sentence with a metric name; a sentence can hold several claims
("between 19,000 and 25,000 fighters, down from as many as 31,500" gives a low and a high estimate and a
earlier peak). Values are stored as written (``more than 300,000`` is 300000 with unit ``people (more than)``);
shares are fractions (``a fifth`` is 0.2) and changes signed (``-0.2``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator

from ..nlp.dates import add_months, find_dates
from ..nlp.prefilter import Gate, GateIndex, ascii_twin, fold_for_gate, required_clauses
from ..records import Article, Claim, DateSpan, Mention, Sentence
from .fatalities import _NUM, _YEAR, parse_number

FRACTIONS = {
    "half": 1 / 2, "a half": 1 / 2, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "a quarter": 1 / 4,
    "one quarter": 1 / 4, "three quarters": 3 / 4, "a fifth": 1 / 5, "one fifth": 1 / 5, "a tenth": 1 / 10,
    "a sixth": 1 / 6,
}
_FRAC = "|".join(re.escape(k).replace(r"\ ", r"[\s\-]") for k in sorted(FRACTIONS, key=len, reverse=True))
_APPROX = (r"(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least|up\s+to|an\s+estimated|"
           r"as\s+many\s+as|approximately|well\s+over|fewer\s+than|less\s+than|perhaps|possibly|(?:just\s+)?under|"
           r"maybe)")
_SHARE = rf"(?:(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)|(?P<frac>{_FRAC}))"
_BIG = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{3,}}|{_NUM}\s+(?:thousand|million)|(?:half\s+a|a\s+half|a|one)\s+million|"
        rf"\d+(?:\.\d+)?\s+million)")
_Q = rf"(?P<q>{_APPROX}\s+)?(?P<num>{_BIG})"
# the figure after a label's colon: "~1,000", "approx. 3,600", "3.2m", "about 34,000" (not a share, a distance or money)
_LABELLED = (rf"(?:(?P<q>{_APPROX}|~|approx\.?|est\.?|c\.)\s*)?(?P<num>{_BIG}|\d+(?:\.\d+)?m\b|\d{{2,3}}\b)"
             r"(?![\d,]|\.\d|\s*(?:%|per\s*cent|percent|km|sq|square|miles|barrels|cubic))")
_APPOSITION = r"(?:,(?:[^,.;]|(?<=\d),(?=\d{3})){1,60},)"  # ", among them 3,500 children,"
_FORCES = (r"(?:fighters|militants|jihadists|troops|soldiers|members|men\s+under\s+arms|recruits|foreign\s+fighters|"
           r"Peshmerga|militiamen|personnel|paramilitaries|gunmen)")
_PEOPLE = r"(?:people|civilians|residents|refugees|Syrians|Iraqis|families|children|Yazidis|Christians)"

RULES: list[tuple[str, re.Pattern[str]]] = [
    ("territory share lost", re.compile(
        rf"\b(?:lost|ceded|surrendered|been\s+driven\s+(?:out\s+)?(?:from|of))\s+(?:{_APPROX}\s+)?{_SHARE}\s+of\s+"
        rf"(?:the\s+)?(?:its|their|the)?\s*(?:populated\s+|inhabited\s+)?(?:territory|land|area|ground)", re.I)),
    # a tracker's line: "IS territory: down 7% on the month"
    ("territory share lost", re.compile(rf"\bterritory\b[^;:!?\n]{{0,20}}?:\s*(?:down|lost)\s+(?:{_APPROX}\s+)?{_SHARE}", re.I)),
    # "IS-held share of Iraq: roughly 10%", "YPG holds roughly half the town"
    ("territory share held", re.compile(rf"\bshare\s+of\s+(?-i:[A-Z])[\w\-]+:\s*(?:{_APPROX}\s+)?{_SHARE}", re.I)),
    ("territory share held", re.compile(rf"(?<![\w\-])(?:controls?|holds?|held|controlled)\s+(?:{_APPROX}\s+)?(?P<frac>half|a\s+third|"
                                        rf"two[\s\-]thirds|a\s+quarter)\s+(?:of\s+)?the\s+(?:town|city|country|territory)\b",
                                        re.I)),
    ("territory share held", re.compile(
        rf"(?<![\w\-])(?:controls?|holds?|held|controlled|occupies|occupied|ruled|rules)\s+(?:only\s+|just\s+)?(?:{_APPROX}\s+)?{_SHARE}\s+"
        r"of\s+(?:the\s+)?(?:country|countries|territory|land|city|town|(?-i:[A-Z])[\w\-]+['’]s\s+(?:territory|land)\b|"
        r"(?-i:[A-Z])[\w\-]+\b(?!['’]|\s+(?:army|forces|military|population|people|oil|economy|budget|government)))", re.I)),
    # ("about 60 percent of Ramadi", "only about a sixth of Syria's territory")
    # "hold some 41,000 km2 of northern Syria, or roughly 23 per cent of the country": the same holding as a share
    ("territory share held", re.compile(
        rf"(?<![\w\-])(?:controls?|holds?|held|controlled|occupies|occupied|ruled|rules)\b[^.;]{{0,80}}?,?\s+or\s+(?:{_APPROX}\s+)?"
        rf"{_SHARE}\s+of\s+(?:the\s+)?(?:country|countries|territory|land)\b", re.I)),
    # "the caliphate shrank by 14 percent over the course of 2015"
    ("territory share lost", re.compile(
        rf"\b(?:caliphate|territory|territories|land|enclave|domain|area\s+under\s+its\s+control)\b[^.;]{{0,40}}?\b"
        rf"(?:shr[au]nk|contracted|declined|fell)\s+by\s+(?:{_APPROX}\s+)?{_SHARE}", re.I)),
    ("fighter strength change", re.compile(
        rf"\b(?:fighters?|ranks|strength|manpower|force|numbers)\b[^.]{{0,60}}?\b(?:shr[au]nk|fell|dropped|declined|"
        rf"decreased|grew|rose|increased)\s+by\s+(?:{_APPROX}\s+)?{_SHARE}", re.I)),
    # "their ranks have been cut roughly in half", "have cut the army's combat strength by about half"
    ("fighter strength change", re.compile(
        rf"\b(?:cut|reduced)\s+(?:[\w\-'’]+\s+){{0,4}}?(?:ranks|strength|manpower|numbers)\s+by\s+(?:{_APPROX}\s+)?"
        rf"{_SHARE}", re.I)),
    ("fighter strength change", re.compile(
        rf"\b(?:ranks|strength|manpower|numbers)\s+(?:have|has|had)\s+been\s+(?:cut|reduced)\s+(?:{_APPROX}\s+)?"
        r"(?:by\s+)?(?:in\s+)?(?P<frac>half)\b", re.I)),
    # "between 19,000 and 25,000 fighters"
    ("fighters range", re.compile(rf"\bbetween\s+(?P<lo>{_BIG})\s+and\s+(?P<hi>{_BIG})\s+(?:[\w\-]+\s+){{0,2}}?{_FORCES}",
                                  re.I)),
    # "Estimates of its strength range from 20,000 to 31,500 fighters"
    ("fighters range", re.compile(rf"\b(?:range[sd]?|ranging|var(?:y|ies|ied))\s+from\s+(?P<lo>{_BIG})\s+to\s+(?P<hi>{_BIG})\s+"
                                  rf"(?:[\w\-]+\s+){{0,2}}?{_FORCES}", re.I)),
    # "Roughly 3,000 to 5,000 militants are believed to remain"
    # (and "5,000-8,000 fighters", "est. 2,000-3,000 - IS attackers")
    ("fighters range", re.compile(rf"\b(?P<lo>{_BIG})(?:\s+to\s+|\s*[-–]\s*)(?P<hi>{_BIG})\s+(?:[\w\-]+\s+){{0,2}}?{_FORCES}",
                                  re.I)),
    ("fighters range", re.compile(rf"\b{_FORCES}\s+(?:est\.?|estimated\s+at)\s+(?P<lo>{_BIG})\s*[-–]\s*(?P<hi>{_BIG})\b", re.I)),
    # "the number of IS fighters ... has fallen to between 19,000 and 25,000"
    ("fighters range", re.compile(rf"\b(?:number|ranks|strength)\s+of\s+(?:[\w\-]+\s+){{0,4}}?{_FORCES}\b[^.]{{0,60}}?"
                                  rf"\bbetween\s+(?P<lo>{_BIG})\s+and\s+(?P<hi>{_BIG})\b", re.I)),
    # "its fighting force has shrunk by a third ..., to between 15,000 and 20,000"
    ("fighters range", re.compile(rf"\b(?:force|fighters|ranks|strength|numbers?)\b[^.]{{0,80}}?\bto\s+between\s+"
                                  rf"(?P<lo>{_BIG})\s+and\s+(?P<hi>{_BIG})\b", re.I)),
    # "the militants now control about 60,000 square kilometres", "down from 90,000 in January 2015"
    ("territory area", re.compile(rf"\b(?:control|controls|controlled|hold|holds|held|rule|rules|ruled|occupy|occupies)"
                                  rf"\s+(?:(?P<q>{_APPROX})\s+)?(?P<num>{_BIG}|\d{{2,3}})\s+(?P<unit>square\s+"
                                  r"(?:kilomet(?:re|er)s|km)|sq\.?\s*km|km2|square\s+miles)\b", re.I)),
    # "has since taken more than 2,000 square km from the group", "cleared some 180 square kilometres"
    ("territory taken", re.compile(rf"\b(?:taken|retaken|took|retook|cleared|seized|captured|recaptured|liberated|"
                                   rf"regained|gained)\s+(?:(?P<q>{_APPROX})\s+)?(?P<num>{_BIG}|\d{{2,3}})\s+(?P<unit>square\s+"
                                   r"(?:kilomet(?:re|er)s|km)|sq\.?\s*km|km2|square\s+miles)\b", re.I)),
    ("territory area", re.compile(rf"\bdown\s+from\s+(?:a\s+peak\s+of\s+)?(?:(?P<q>{_APPROX})\s+)?(?P<num>{_BIG})\b"
                                  r"(?P<unit>)", re.I)),  # (an area only in a sentence that gives one: see _values)
    # "about 30,000 fighters", "as many as 31,500", "About 7,500 Peshmerga took part"
    ("fighters", re.compile(rf"(?<!between\s)\b{_Q}\s+(?:(?!and\b|or\b)[\w\-]+\s+){{0,2}}?{_FORCES}\b(?!\s+(?:and|or)\s+\d)(?!"
                            rf"[^.]{{0,40}}\b(?:killed|died|dead|were\s+killed|had\s+been\s+killed))", re.I)),
    ("fighters", re.compile(rf"\b(?:a\s+high\s+of\s+|peak\s+of\s+)?(?P<q>as\s+many\s+as\s+)(?P<num>{_BIG})\b(?![,.]\d)(?!\s+{_PEOPLE})",
                            re.I)),
    # "more than 100 jihadists had been killed since the start of the operation"
    ("fighters killed", re.compile(rf"\b{_Q}\s+(?:[\w\-]+\s+){{0,2}}?{_FORCES}\b[^.]{{0,60}}?\b(?:had|have|were)\s+"
                                   r"(?:been\s+)?(?:killed|died)", re.I)),
    # "Sixty-eight Turkish soldiers have been killed since Ankara launched ...": a total since a date, in any figure
    ("fighters killed", re.compile(rf"\b(?P<q>{_APPROX}\s+)?(?P<num>{_BIG}|{_NUM})\s+(?:[\w\-]+\s+){{0,2}}?{_FORCES}\s+"
                                   r"(?:have|has|had)\s+been\s+killed\b[^.]{0,40}?\bsince\b", re.I)),
    # "estimated that at least 1,300 civilians were killed in coalition strikes during the battle"
    ("cumulative death toll", re.compile(
        rf"\b{_Q}\s+(?:[\w\-]+\s+){{0,2}}?{_PEOPLE}\s+(?:were|had\s+been|have\s+been)\s+killed\b[^.]{{0,60}}?\b"
        r"(?:during|over|throughout)\s+the\s+(?:[\w\-]+\s+)?(?:battle|war|campaign|offensive|siege|fighting|"
        r"operation|conflict)\b", re.I)),
    # "the war has killed more than 300,000", "The war in Syria has killed ...", "3,000 people have died in the battle"
    ("cumulative death toll", re.compile(
        rf"\b(?:war|conflict|fighting|battle|campaign|violence|uprising|offensive)(?:\s+in\s+[A-Z]\w+)?{_APPOSITION}?\s+(?:has|had|have)"
        rf"\s+(?:so\s+far\s+)?(?:killed|left|claimed(?:\s+the\s+lives\s+of)?)\s+{_Q}", re.I)),
    ("cumulative death toll", re.compile(
        rf"\b{_Q}\s+(?:[\w\-]+\s+){{0,2}}?{_PEOPLE}\s+(?:have|had)\s+(?:been\s+killed|died)\b[^.]{{0,40}}?\b"
        r"(?:since|during|in\s+the|over\s+the|in\s+\w+\s+since|in\s+(?:its|their)\s+(?:[\w\-]+\s+)?(?:insurgency|war|"
        r"conflict|uprising|campaign|rebellion))", re.I)),
    # "the ministry put the number of tribe members killed since the campaign began at 322"
    # "In 2015 alone, Russian strikes killed more than 2,000 civilians": a year's (or a half's) tally
    ("cumulative death toll", re.compile(
        rf"\b(?:in|during)\s+(?:(?:19|20)\d\d|the\s+(?:first|second|last|past)\s+(?:[\w\-]+\s+){{0,2}}?(?:year|months|"
        rf"half|quarter)(?:\s+of\s+(?:19|20)\d\d)?)\s+alone\b[^.;]{{0,80}}?\bkilled\s+{_Q}", re.I)),
    # "Russian strikes killed more than 2,000 civilians in 2015": a year's tally of many attacks
    ("cumulative death toll", re.compile(
        rf"\b(?:strikes|airstrikes|raids|bombardments|bombings|attacks)\s+(?:have\s+|had\s+)?killed\s+(?P<q>{_APPROX}\s+)?"
        r"(?P<num>\d{1,3}(?:,\d{3})+)(?=[^.;]{0,60}?\b(?:in|during)\s+(?:(?:19|20)\d\d|(?:last|this)\s+year)\b)", re.I)),
    ("cumulative death toll", re.compile(rf"\bput\s+(?:the\s+)?(?:number|toll|death\s+toll)\s+(?:of\s+[^.;]{{1,80}}?\s+)?"
                                         rf"killed\b[^.;]{{0,80}}?\s+at\s+(?P<q>{_APPROX}\s+)?(?P<num>{_BIG}|\d+)\b", re.I)),
    # "more than 80,000 people had fled", "nearly a million people have been displaced"
    ("people displaced", re.compile(
        rf"\b{_Q}\s+(?:[\w\-]+\s+){{0,2}}?{_PEOPLE}\s+(?:have|had|were|are|remain)?\s*(?:now\s+|already\s+)?(?:been\s+)?(?:internally\s+)?(?:displaced|fled|uprooted|"
        r"crossed\s+the\s+border|driven\s+from\s+their\s+homes|forced\s+from\s+their\s+homes)", re.I)),
    # "A further 7.6 million are displaced inside Syria", "3.2 million displaced persons remain registered", "IDPs in
    # camps: 64,300"
    ("people displaced", re.compile(
        rf"\b{_Q}\s+(?:more\s+)?(?:(?:are|were|remain|have\s+been|had\s+been)\s+(?:still\s+)?(?:internally\s+)?displaced\b|"
        rf"(?:internally\s+)?displaced\s+(?:persons|people|Syrians|Iraqis|civilians|individuals)\b)", re.I)),
    ("people displaced", re.compile(rf"\bIDPs\b[^:|.;]{{0,20}}:\s*{_Q}", re.I)),
    # "Lebanon hosts more than one million registered Syrian refugees"
    ("people displaced", re.compile(rf"\b(?:hosts|hosted|hosting|shelters|sheltering)\s+{_Q}\s+(?:[\w\-]+\s+){{0,2}}?"
                                    r"refugees\b", re.I)),
    # "some 750,000 civilians remain", "about 93,000 civilians live in"
    ("civilians remaining", re.compile(
        rf"\b{_Q}\s+(?:[\w\-]+\s+){{0,2}}?{_PEOPLE}{_APPOSITION}?\s+(?:still\s+)?(?:remain|remained|are\s+trapped|were\s+trapped|live|lived|"
        r"are\s+still(?!\s+held)|were\s+living|are\s+living|(?:are|were)\s+(?:believed|thought|estimated|said)\s+to\s+(?:live|"
        r"remain|be\s+living|be\s+trapped))", re.I)),
    # "Aid agencies now think fewer than 100,000 are left in the city"
    ("civilians remaining", re.compile(rf"\b{_Q}\s+(?:people\s+|civilians\s+|residents\s+)?(?:are|were)\s+(?:still\s+)?left\s+"
                                       r"(?:in|inside)\b", re.I)),
    # "Between 100,000 and 150,000 civilians are still believed to be inside the enclave"
    ("civilians range", re.compile(
        rf"\bbetween\s+(?P<lo>{_BIG})\s+and\s+(?P<hi>{_BIG})\s+{_PEOPLE}\s+(?:are|were)\s+(?:still\s+)?(?:(?:believed|thought|"
        r"estimated|said)\s+to\s+)?(?:remain|be\s+(?:inside|trapped|living|left|in))\b", re.I)),
    # "trapping an estimated 250,000 people", "is home to some 400,000 people"
    ("civilians remaining", re.compile(rf"\b(?:trapping|trapped|besieging|is\s+home\s+to|are\s+home\s+to|home\s+to)\s+{_Q}\s+"
                                       rf"(?:[\w\-]+\s+)?{_PEOPLE}\b", re.I)),
    # "The UN estimates that 13.5 million Syrians need humanitarian aid"
    ("people in need", re.compile(rf"\b{_Q}\s+(?:[\w\-]+\s+){{0,2}}?{_PEOPLE}\s+(?:still\s+)?(?:need|needed|are\s+in\s+need\s+of|"
                                  r"require|required|depend\s+on|rely\s+on)\b", re.I)),
    # "Half of Syria's population has been displaced"
    ("share displaced", re.compile(rf"\b{_SHARE}\s+of\s+(?:[\w'’\-]+\s+){{0,2}}?(?:population|people|residents|inhabitants)\s+"
                                   r"(?:has|have|had|was|were)\s+(?:been\s+)?(?:displaced|uprooted|forced\s+from|driven\s+from|fled)",
                                   re.I)),
    # "some 3,500 people, mostly women and children, were still held captive"
    ("people held captive", re.compile(
        rf"\b{_Q}\s+(?:[\w\-]+\s+){{0,2}}?{_PEOPLE}(?:,[^,.;]{{1,60}},)?\s+(?:were|are|remain|remained)\s+(?:still\s+)?"
        r"(?:held\s+(?:captive|hostage|by)|in\s+captivity)", re.I)),
    # "more than 10,000 air strikes"
    ("air strikes (cumulative)", re.compile(rf"\b{_Q}\s+(?:air\s*[\s\-]?strikes|airstrikes|sorties)", re.I)),
    # "its aircraft had carried out more than 4,000 strikes"
    ("air strikes (cumulative)", re.compile(rf"\b(?:carried\s+out|conducted|launched|flown|flew)\s+{_Q}\s+"
                                            r"(?:air\s*[\s\-]?)?(?:strikes|raids)\b", re.I)),
    # "Since Aug. 8, US forces have conducted 68 air strikes": a count since a date is a total, however small
    ("air strikes (cumulative)", re.compile(r"\bsince\b[^;]{0,60}?\b(?:have|has)\s+(?:carried\s+out|conducted|launched|"
                                            rf"flown)\s+(?P<q>{_APPROX}\s+)?(?P<num>\d+)\s+(?:air\s*[\s\-]?)?"
                                            r"(?:strikes|raids|sorties)\b", re.I)),
    # "more than 30 combat aircraft", "deployed 5,000 troops" handled above ("two F/A-18 jets": a model, no count)
    ("aircraft deployed", re.compile(
        rf"\b(?P<q>{_APPROX}\s+)?(?<![A-Za-z][-/])(?P<num>\d+)\s+(?:(?-i:[A-Z])+-\d+[A-Z]?\s+)?(?:combat\s+|military\s+|fighter\s+)?(?:aircraft|jets|warplanes|"
        r"planes|helicopters|bombers)\b", re.I)),
    # "$1 million a day", "more than 1 million dollars a day"
    ("revenue", re.compile(
        r"(?:\$\s?(?P<num>\d+(?:\.\d+)?)\s*(?P<mult>million|billion|m|bn)?|(?P<num2>\d+(?:\.\d+)?|"
        r"(?:one|two|three|four|five)\s+and\s+a\s+half|one|two|three|four|five|six|"
        r"seven|eight|nine|ten|half\s+a)\s*(?P<mult2>million|billion)?"
        r"\s+(?:US\s+)?dollars)\s+(?:a|per|each)\s+(?P<per>day|week|month|year)",
        re.I)),
    # "Fallujah, 50 km west of Baghdad", "which lies about 110 km west of Baghdad": how far a place is from another
    ("distance", re.compile(
        rf"(?:(?P<subj>\b(?-i:[A-Z][\w'\-]+)(?:\s+(?-i:[A-Z][\w'\-]+)){{0,2}}),\s+)?(?P<q>{_APPROX}\s+)?(?P<num>\d+(?:\.\d+)?)\s*"
        r"(?P<unit>km|kilomet(?:re|er)s?|miles?)\s+(?:\([^)]{1,20}\)\s+)?(?:to\s+the\s+)?"
        r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)?\s*(?:of|from)\s+(?:the\s+)?"
        r"(?:(?:city|town|village|capital|province)\s+of\s+)?(?P<place>(?-i:[A-Z][\w'\-]+)(?:\s+(?-i:[A-Z][\w'\-]+)){0,2}|"
        r"(?:provincial|regional)\s+capital\b)", re.I)),  # ("about 45 km south-east of the provincial capital")
    # "an eventual assault on Mosul, about 60 km to the north": the named place lies that far from the story's place
    ("distance", re.compile(
        rf"(?P<subj>\b(?-i:[A-Z][\w'\-]+)(?:\s+(?-i:[A-Z][\w'\-]+)){{0,2}}),\s+(?P<q>{_APPROX}\s+)?(?P<num>\d+(?:\.\d+)?)\s*"
        r"(?P<unit>km|kilomet(?:re|er)s?|miles?)\s+(?:\([^)]{1,20}\)\s+)?(?:to\s+the\s+)?"
        r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)\b(?!\s*(?:of|from)\b)(?P<place>)", re.I)),
    # "The Kurds said they had retaken more than 100 villages": ground taken, counted in settlements
    ("villages taken", re.compile(
        rf"\b(?:re)?(?:taken|took|captured|seized|overrun|overran|liberated|recaptured|retook)\s+(?P<q>{_APPROX}\s+)?"
        rf"(?P<num>{_BIG}|\d{{2,3}})\s+(?:[\w\-]+\s+)?(?:villages|towns|hamlets|settlements)\b", re.I)),
    # "At its height the group ruled over some 8 million people": how many lived under a side
    ("population ruled", re.compile(rf"\b(?:ruled|rules|governed|governs|controlled|controls)\s+(?:over\s+)?{_Q}\s+"
                                    r"(?:people|residents|inhabitants|civilians|Syrians|Iraqis)\b", re.I)),
    # "Samarra, a mainly Sunni city of around 350,000 people": how many live in a place
    ("population", re.compile(
        rf"\b(?:city|town|village|district|camp|province|country)\s+of\s+{_Q}\s+(?:people|residents|inhabitants)\b",
        re.I)),
    # "the Peshmerga now hold a front line of more than 1,000 km": how long a front is
    ("front line length", re.compile(
        rf"\bfront(?:\s*line|line)?\s+(?:(?:[\w\-]+\s+){{0,4}}?(?:stretches|runs|extends)\s+(?:for\s+)?|of\s+|stretching\s+|"
        rf"running\s+|spanning\s+)(?:some\s+|about\s+)?{_Q}\s*(?:km|kilomet(?:re|er)s)\b",
        re.I)),
    # "a pre-war population of 60,000", "its population was about 2 million"
    ("population", re.compile(rf"\bpopulation\s+(?:of|was|is|stood\s+at|numbered)\s+{_Q}(?!\s*(?:km|%|per))", re.I)),
    # "The US has deployed about 500 special forces to Syria"
    ("troops deployed", re.compile(
        rf"\b(?:deployed|sent|dispatched|deploying|sending)\s+(?:an?\s+(?:further|additional|extra)\s+)?{_Q}\s+"
        r"(?:more\s+|additional\s+|extra\s+)?(?:[\w\-]+\s+){0,2}?(?:troops|soldiers|special\s+forces|advisers|advisors|"
        r"personnel|Marines|commandos|fighters)\b", re.I)),
    # "Some 4,000 civilians were taken to government shelters", "2,000 people were evacuated"
    ("people evacuated", re.compile(
        rf"\b{_Q}\s+(?:[\w\-]+\s+){{0,2}}?{_PEOPLE}{_APPOSITION}?\s+(?:were|have\s+been|had\s+been)\s+"
        r"(?:evacuated|bussed|taken|moved|transferred|relocated)\b", re.I)),
    # "1,200 people were killed in April alone": a month's or a year's toll
    ("people killed", re.compile(
        rf"\b{_Q}\s+(?:[\w\-]+\s+){{0,2}}?{_PEOPLE}\s+(?:were|had\s+been|have\s+been)\s+killed\s+in\s+"
        r"(?:the\s+month\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December|(?:19|20)\d\d)\b(?!\s+\d)", re.I)),
    # "More than 850 Britons have travelled to Syria and Iraq"
    ("foreign fighters travelled", re.compile(
        rf"\b{_Q}\s+(?:[\w\-]+\s+){{0,2}}?(?:Britons|Europeans|Frenchmen|French\s+citizens|Germans|Belgians|Tunisians|"
        r"Saudis|Russians|Chechens|Americans|foreigners|citizens|nationals)\s+(?:have|had)\s+(?:travelled|traveled|gone|"
        r"left)\s+(?:to\s+)?(?:fight\s+in\s+)?(?:Syria|Iraq)", re.I)),
    # "The Observatory now puts the death toll of the conflict at more than 312,000"
    ("cumulative death toll", re.compile(
        rf"\bputs?\s+(?:the\s+)?(?:overall\s+|total\s+)?death\s+toll\s+(?:of\s+[^.;]{{1,60}}?\s+)?at\s+{_Q}", re.I)),
    # "at least 6,878 civilians were killed ... across the country in 2016", "Some 21,000 civilians were killed in Aleppo
    # province between 2012 and the end of the siege": a tally over a year or years
    ("cumulative death toll", re.compile(
        rf"\b{_Q}\s+(?:[\w\-]+\s+){{0,2}}?{_PEOPLE}\s+(?:were|had\s+been|have\s+been)\s+killed\b[^.;]{{0,80}}?\b"
        r"(?:(?:in|during)\s+(?:19|20)\d\d\b|between\s+(?:19|20)\d\d\b|since\s+(?:19|20)\d\d\b)", re.I)),
    # "coalition strikes have killed at least 1,700 civilians in Iraq and Syria since 2014"
    ("cumulative death toll", re.compile(
        rf"\b(?:strikes|airstrikes|raids|bombardments|bombings|attacks)\s+(?:have|had|has)\s+killed\s+(?P<q>{_APPROX}\s+)?"
        r"(?P<num>\d{1,3}(?:,\d{3})+)(?=[^.;]{0,60}?\bsince\b)", re.I)),
    # "Four months of fighting for Raqqa left more than 3,200 people dead"
    ("cumulative death toll", re.compile(
        rf"\b(?:months|weeks|years|days)\s+of\s+(?:fighting|war|siege|bombing|bombardment|clashes)\b[^.;]{{0,40}}?\s"
        rf"(?:left|killed)\s+{_Q}", re.I)),
    # "Pro-government forces have lost more than 100,000 men since 2011", "We have lost about 1,600 martyrs"
    ("fighters killed", re.compile(
        rf"\b(?:have|has|had)\s+lost\s+{_Q}\s+(?:[\w\-]+\s+)?(?:men|fighters|soldiers|troops|martyrs|members)\b", re.I)),
    # "The Popular Mobilization Forces ... number about 110,000 men"
    ("fighters", re.compile(rf"\bnumber(?:s|ed)?\s+{_Q}\s+(?:men|fighters|troops|soldiers|members)\b", re.I)),
    # "Once some 300,000 strong, the Syrian army ...": a strength told as "N strong"
    ("fighters", re.compile(rf"\b{_Q}\s+strong\b", re.I)),
    # "Islamic State fighters in Iraq are down to about 15,000"
    ("fighters", re.compile(rf"\b{_FORCES}\b[^.;]{{0,40}}?\b(?:are|were|is|was)\s+(?:now\s+)?down\s+to\s+{_Q}", re.I)),
    # "The Peshmerga number anywhere from 150,000 to 200,000 men"
    ("fighters range", re.compile(rf"\bnumber(?:s|ed)?\s+(?:anywhere\s+)?(?:from|between)\s+(?P<lo>{_BIG})\s+(?:to|and)\s+"
                                  rf"(?P<hi>{_BIG})\b", re.I)),
    # "raised between $150 million and $200 million from oil sales", "took in about $2.4 billion in 2015", "monthly
    # income has fallen to roughly $14 million": a sum, over the period the sentence gives
    ("revenue", re.compile(
        rf"\b(?:raised|earned|made|took\s+in|brought\s+in|generated|income|revenues?|earnings)\s+(?:[\w\-]+\s+){{0,3}}?"
        rf"(?:between\s+)?(?:{_APPROX}\s+)?\$\s?(?P<num>\d+(?:\.\d+)?)\s*(?P<mult>million|billion|m|bn)\b", re.I)),
    # "about 40,000 barrels a day", a trade letter's "under 10,000 b/d"
    ("oil output", re.compile(
        rf"\b(?P<q>{_APPROX}\s+)?(?P<num>\d+(?:\.\d+)?\s+million|\d{{1,3}}(?:,\d{{3}})+|\d+)\s*(?:barrels\s+(?:of\s+(?:crude\s+)?oil\s+)?(?:a|per)\s+day|b/d\b|bpd\b)",
        re.I)),
    # "was producing about 3 million cubic metres of gas a day"
    ("gas output", re.compile(
        rf"\b(?P<q>{_APPROX}\s+)?(?P<num>{_BIG}|\d+(?:\.\d+)?)\s+cubic\s+met(?:re|er)s\s+(?:of\s+(?:natural\s+)?gas\s+)?"
        r"(?:a|per|each)\s+day", re.I)),
    # a tracker's or register's label and its figure: "Coalition air strikes to date: 12,500", "Displaced Iraqis: 3.2m
    # (IOM)", "IS fighters (coalition est.): ~30,000", "Population: about 81,000", "Syria death toll (SOHR): 330,000+"
    *((metric, re.compile(rf"\b(?:{label})\b[^;:!?\n]{{0,45}}?:\s*{_LABELLED}", re.I)) for metric, label in (
        ("air strikes (cumulative)", r"(?:air\s*)?strikes|airstrikes|sorties"),
        ("people displaced", r"displaced|displacement|IDPs|evacuees|refugees"),
        ("civilians remaining", r"civilians\s+(?:remaining|left|trapped)"),
        ("fighters", r"fighters|fighting\s+strength|defenders|attackers"),
        ("population", r"population|residents"),
        ("cumulative death toll", r"death\s+toll|toll"),
        ("people held captive", r"still\s+held|captives|still\s+missing"))),
    # "the Peshmerga, whose strength the ministry puts at about 150,000"
    ("fighters", re.compile(rf"\b(?:strength|numbers?|ranks)\s+(?:[\w\-]+\s+){{0,4}}?(?:puts?|put|estimates?|estimated|"
                            rf"places?|placed)\s+at\s+{_Q}\b", re.I)),
    # "commanders estimate that they killed more than 1,000 IS fighters in the campaign", "operations have killed
    # 'more than 60,000' IS fighters since 2014": a total
    ("fighters killed", re.compile(rf"\b(?:estimates?|estimated|say|says|said|claims?|claimed)\s+(?:that\s+)?(?:they|it|its\s+"
                                   rf"forces|(?:[\w\-]+\s+){{1,2}})\s+(?:had\s+|have\s+|has\s+)?killed\s+['‘\"“]?{_Q}['’\"”]?\s+"
                                   rf"(?:[\w\-]+\s+){{0,2}}?{_FORCES}\b", re.I)),
    ("fighters killed", re.compile(rf"\b(?:have|has)\s+killed\s+['‘\"“]?{_Q}['’\"”]?\s+(?:[\w\-]+\s+){{0,2}}?{_FORCES}\b"
                                   r"[^.]{0,40}?\bsince\b", re.I)),
    # "Villages taken by the SDF around Manbij since June: more than 100", "have retaken more than 60 villages"
    ("villages taken", re.compile(rf"\bvillages\s+(?:re)?(?:taken|captured|retaken|liberated)\b[^;:!?\n]{{0,40}}?:\s*{_LABELLED}",
                                  re.I)),
    ("villages taken", re.compile(rf"\b(?:have|has|had)\s+(?:re)?(?:taken|captured|liberated)\s+{_Q}\s+villages\b", re.I)),
    # "forced approximately 11 million from their homes", "4.8 million registered Syrian refugees", "more than 300,000
    # people have fled west Mosul", "Over 200,000 have already fled the governorate since April"
    ("people displaced", re.compile(rf"\bforced\s+{_Q}\s+(?:[\w\-]+\s+){{0,2}}?from\s+their\s+homes\b", re.I)),
    ("people displaced", re.compile(rf"\b{_Q}\s+(?:registered\s+)?(?:Syrian\s+|Iraqi\s+)?refugees\b"
                                    r"(?![^.;]{0,30}\b(?:killed|died|dead|wounded|drowned|injured)\b)", re.I)),
    ("people displaced", re.compile(rf"\b{_Q}\s+(?:(?:people|civilians|residents)\s+)?(?:have|had)\s+(?:already\s+)?fled\b",
                                    re.I)),
    # "the city's pre-2014 population was estimated at 326,000", "the camp holds roughly 8,000 people"
    ("population", re.compile(rf"\bpopulation\s+(?:was|is|had\s+been)\s+estimated\s+at\s+{_Q}\b", re.I)),
    ("population", re.compile(rf"\b(?:camp|site|city|town)\b[^.;]{{0,60}}?\bholds\s+{_Q}\s+(?:people|residents|families)\b",
                              re.I)),
    # "still held by IS, approx. 3,600"
    ("people held captive", re.compile(rf"\bstill\s+held(?:\s+by\s+[\w\-]+)?\s*,\s*{_LABELLED}", re.I)),
    # a month's count told by a monitor or the UN: "at least 810 Iraqis were killed in acts of violence in May"
    ("people killed", re.compile(
        rf"\b{_Q}\s+(?:[\w\-]+\s+){{0,2}}?{_PEOPLE}\s+(?:were|had\s+been|have\s+been)\s+killed\s+(?:in\s+acts\s+of\s+|"
        r"in\s+(?:attacks|violence|bombings)\b|across\s+|nationwide\b|throughout\s+)[^.;]{0,50}?\s+in\s+"
        r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)", re.I)),
    # a toll since a day or over a stretch of fighting, in any figure: "at least 35 people have been killed since
    # Friday", "41 people had been killed in the week of fighting", "19 patients ... have died of
    # hunger since March"
    ("cumulative death toll", re.compile(
        rf"\b(?P<q>{_APPROX}\s+)?(?P<num>{_NUM})\s+(?:[\w\-]+\s+){{0,2}}?(?:{_PEOPLE}|patients)\b(?:[^.;\d]{{0,50}}?)?\s+"
        r"(?:have|had)\s+(?:been\s+killed|died)\b[^.;\d]{0,40}?\b(?:since\b|(?:in|over|during)\s+(?:the\s+|a\s+)?"
        r"(?:past\s+|last\s+|first\s+)?(?:\w+\s+)?(?:week|weeks|fortnight|month|months|days)\s+of\b)", re.I)),
    # (of soldiers or fighters, only a count since a date: "62 soldiers and allied militiamen have been killed since
    # Tuesday")
    ("fighters killed", re.compile(
        rf"\b(?P<q>{_APPROX}\s+)?(?P<num>{_NUM})\s+(?:[\w\-]+\s+){{0,2}}?{_FORCES}(?:\s+and\s+(?:[\w\-]+\s+){{0,2}}?"
        rf"{_FORCES})?\s+(?:have|had)\s+been\s+killed\b[^.;\d]{{0,40}}?\bsince\b", re.I)),
    # "shells have killed about 30 people in the town since March": what many attacks killed since a date
    ("cumulative death toll", re.compile(
        rf"\b(?:have|has|had)\s+killed\s+(?P<q>{_APPROX}\s+)?(?P<num>{_BIG}|{_NUM})\s+(?:[\w\-]+\s+){{0,2}}?{_PEOPLE}\b"
        r"[^.;\d]{0,60}?\bsince\b", re.I)),
    # "the army has recovered about 90 of the 110 square kilometres ...": ground taken, told as a part of a whole
    ("territory taken", re.compile(rf"\b(?:taken|retaken|took|retook|cleared|seized|captured|recaptured|liberated|"
                                   rf"regained|gained|recovered|reclaimed|freed|wrested)\s+(?:(?P<q>{_APPROX})\s+)?"
                                   rf"(?P<num>{_BIG}|\d{{2,3}})\s+of\s+the\s+(?:{_BIG}|\d{{2,3}})\s+(?P<unit>square\s+"
                                   r"(?:kilomet(?:re|er)s|km)|sq\.?\s*km|km2|square\s+miles)\b", re.I)),
    # "retook 40 villages and some 1,300 square kilometres": the area after another haul
    ("territory taken", re.compile(rf"\b(?:taken|retaken|took|retook|cleared|seized|captured|recaptured|liberated|"
                                   rf"regained|gained|recovered)\s+[^.;]{{1,60}}?\s(?:and|as\s+well\s+as)\s+"
                                   rf"(?:(?P<q>{_APPROX})\s+)?(?P<num>{_BIG}|\d{{2,3}})\s+(?P<unit>square\s+"
                                   r"(?:kilomet(?:re|er)s|km)|sq\.?\s*km|km2|square\s+miles)\b", re.I)),
    # how near a side came: "advanced to within 3 km of the town", "got within about 200 metres of the shrine"
    ("distance", re.compile(
        rf"(?P<subj>)\bwithin\s+(?P<q>{_APPROX}\s+)?(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>km|kilomet(?:re|er)s?|miles?|"
        r"met(?:re|er)s|m)\s+of\b(?P<place>)", re.I)),
    # a zone's radius: "a 40 km exclusion zone around the base", "the 30-mile buffer zone"
    ("zone radius", re.compile(
        r"\b(?P<num>\d+(?:\.\d+)?)[\s\-]*(?P<unit>km|kilomet(?:re|er)s?|miles?)\s+(?:\([^)]{1,20}\)\s+)?(?:[\w\-]+\s+)?"
        r"(?:exclusion|deconfliction|de-confliction|buffer|safe|security|no-fly|no-go|demilitari[sz]ed)\s+zones?\b", re.I)),
    # a price on a man's head: "a reward of up to $7 million", "a bounty of 20 million dollars"
    ("reward", re.compile(
        r"\b(?:reward|bounty|price)\s+of\s+(?:up\s+to\s+|as\s+much\s+as\s+)?(?:\$\s?(?P<num>\d+(?:\.\d+)?)\s*"
        r"(?P<mult>million|billion|m|bn)?|(?P<num2>\d+(?:\.\d+)?)\s*(?P<mult2>million|billion)?\s+(?:US\s+)?dollars)",
        re.I)),
    # how many a hospital or the doctors treated: "more than 60 people were treated for breathing problems"
    ("people treated", re.compile(
        rf"\b(?P<q>{_APPROX}\s+)?(?P<num>{_BIG}|{_NUM})\s+(?:[\w\-]+\s+){{0,2}}?(?:people|patients|civilians|children|"
        r"casualties|wounded)\s+(?:had\s+been|have\s+been|were)\s+treated\b", re.I)),
    ("people treated", re.compile(
        rf"\b(?:received|admitted|treated)\s+(?P<q>{_APPROX}\s+)?(?P<num>{_BIG}|{_NUM})\s+(?:[\w\-]+\s+)?(?:wounded|"
        r"injured|casualties|patients)\b", re.I)),
]
SAID_BY = re.compile(  # ("the International Organization for Migration said": lower-case joining words inside)
    r"(?:according\s+to\s+(?P<a>[^,.;]{3,60}))|(?:(?P<b>(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:(?:of|for|on|and|de)\s+)?"
    r"[A-Z][\w\-]*){0,6}"
    r"(?:\s+(?:officials?|spokesm[ae]n|analysts|monitors|sources|commanders|experts|activists))?)\s+"
    r"(?:said|says|say|estimated|estimates|estimate|reported|reports|believes|believe))|"
    # "the UN refugee agency says", "the coalition estimates": an institution named by a common noun
    r"(?P<c>\b[Tt]he\s+(?:[A-Z][\w\-]*\s+)?(?:[a-z]+\s+){0,2}?(?:agency|monitor|coalition|ministry|army|military|"
    r"government|observatory|organisation|organization|office|command)\s+(?:said|says|say|estimated|estimates|"
    r"reported|reports|believes))",
)


_REVENUE_WORDS = {"one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0, "eight": 8.0,
                  "nine": 9.0, "ten": 10.0, "half a": 0.5}  # ("earned an estimated one million dollars a day")
# "one and a half million dollars a day"
_REVENUE_WORDS.update({f"{w} and a half": v + 0.5 for w, v in list(_REVENUE_WORDS.items()) if v <= 5})
_AREA_UNIT = re.compile(r"\b(?:square\s+(?:kilomet(?:re|er)s|km|miles)|sq\.?\s*km|km2)\b", re.I)


def _claim_id(article_id: str, start: int, metric: str) -> str:
    return "c" + hashlib.sha1(f"{article_id}\x00{start}\x00{metric}".encode()).hexdigest()[:15]


def _share(m: re.Match[str]) -> float | None:
    if m.groupdict().get("pct"):
        return float(m.group("pct")) / 100
    if m.groupdict().get("frac"):
        return FRACTIONS.get(re.sub(r"[\s\-]+", " ", m.group("frac").lower()))
    return None


# a sum's multiplier as written after it: "$7 million", "$1.4bn", "20 million dollars"
_MONEY_MULT = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}


def _number(s: str) -> float | None:
    """A figure as written: "1,600", "twenty thousand", "2.5 million", "half a million".

    >>> [_number(x) for x in ("1,600", "half a million", "a million", "2.5 million")]
    [1600.0, 500000.0, 1000000.0, 2500000.0]
    """
    s = " ".join(s.strip().lower().split())
    if re.fullmatch(r"\d+(?:\.\d+)?m", s):
        return round(float(s[:-1]) * 1e6, 3)  # "3.2m" (rounded: 4.1 * 1e6 is 4099999.9999999995 in floats)
    if s in ("half a million", "a half million"):
        return 5e5
    m = re.fullmatch(r"(?:a|one|(\d+(?:\.\d+)?))\s+million", s)
    if m:
        return round(float(m.group(1) or 1) * 1e6, 3)
    n = parse_number(s.replace(" million", " thousand")) if "million" in s else parse_number(s)
    if n is not None and "million" in s:
        n *= 1000
    return None if n is None else float(n)


def _qualifier(q: str | None) -> str:
    q = " ".join((q or "").lower().split())
    if q in ("more than", "over", "well over", "at least"):
        return " (more than)" if q != "at least" else " (at least)"
    if q in ("as many as", "up to"):
        return " (as many as)"
    if q in ("fewer than", "less than", "under", "just under"):
        return " (fewer than)"
    return " (about)" if q else ""


_SPENDING_BEFORE = re.compile(r"\b(?:cost|costs|costing|budget|spent|spending|paid|average|appeal|aid|funding|grant)\b"
                              r"[^.;$]{0,20}\$?$", re.I)
_KILLED_BEFORE = re.compile(r"(?P<perfect>\b(?:had|have|has)\s+)?\b(?:killed|killing|kills|executed|executing|beheaded|massacred|slaughtered|wounded|"
                            r"wounding|captured|capturing|detained|arrested|lost|losing|(?:shot|shooting|gunned)\s+"
                            r"(?:dead|down))\s+$", re.I)  # ("shot dead some 190 former members": the dead)
# "killed some 700 members of the Shaitat tribe": tribesmen massacred are the dead of an attack, not a force
_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+[\d,.]+\s+(?:thousand\s+|million\s+)?(?:and|to)\s+$", re.I)
_TRIBE_MEMBERS = re.compile(r"\bmembers\s+of\s+(?:the\s+|a\s+)?(?:[\w\-'’]+\s+){0,3}?(?:tribe|clan)\b", re.I)
_DEAD_AFTER = re.compile(r"[^.;]{0,50}?\b(?:killed|died|dead|put\s+to\s+death|executed|missing|wounded)\b", re.I)
_LISTED_DEAD = re.compile(r"\b(?:killed|died|dead)\b[^.;]{0,60}\b(?:along\s+with|as\s+well\s+as|including|in\s+"
                          r"addition\s+to|besides)\s+(?:[\w\-]+\s+){0,2}$", re.I)


def _values(metric: str, m: re.Match[str]) -> Iterator[tuple[str, float, str, str | None]]:
    """(metric, value, unit, change) read from one match."""
    if metric == "share displaced":
        share = _share(m)
        if share is not None:
            yield metric, round(share, 4), "share", None
    elif metric.startswith("territory share") or metric == "fighter strength change":
        share = _share(m)
        if share is not None:
            down = "lost" in metric or re.search(r"shr[au]nk|fell|dropped|declined|decreased|contracted|\bcut\b|reduced",
                                                      m.group(0), re.I)
            change = (f"-{share:.4g}" if down else f"+{share:.4g}") if metric != "territory share held" else None
            yield metric, round(share, 4), "share", change
    elif metric in ("fighters range", "civilians range"):
        lo, hi = _number(m.group("lo")), _number(m.group("hi"))
        name, unit = ("fighters", "fighters") if metric == "fighters range" else ("civilians remaining", "people")
        if metric == "fighters range" and _KILLED_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
            # "the raids had killed between 160 and 200 fighters": a strike's dead, no strength; a total only
            # when told since a date ("have killed between 20,000 and 25,000 fighters since 2014")
            if not re.search(r"\bsince\b", m.string[m.end():m.end() + 60], re.I):
                return
            name = "fighters killed"
        if lo and hi:
            yield name, lo, f"{unit} (low estimate)", None
            yield name, hi, f"{unit} (high estimate)", None
    elif metric == "distance":
        n = _number(m.group("num"))
        if n is not None:
            u = m.group("unit").lower()
            unit = "miles" if u.startswith("mile") else "metres" if u == "m" or u.startswith("met") else "km"
            place = m.group("place")
            yield f"distance from {place}" if place else "distance", n, unit + _qualifier(m.group("q")), None
    elif metric in ("territory area", "territory taken"):
        n = _number(m.group("num"))
        unit = "square miles" if "mile" in (m.group("unit") or "").lower() else "km2"
        if n is not None and _AREA_UNIT.search(m.string):
            yield metric, n, unit + _qualifier(m.group("q")), None
    elif metric == "zone radius":
        n = _number(m.group("num"))
        if n is not None:
            yield metric, n, "miles" if m.group("unit").lower().startswith("mile") else "km", None
    elif metric == "reward":
        g = m.groupdict()
        mult = _MONEY_MULT.get((g["mult"] or g["mult2"] or "").lower(), 1)
        yield metric, float(g["num"] or g["num2"]) * mult, "USD", None
    elif metric == "revenue":
        if _SPENDING_BEFORE.search(m.string, max(0, m.start() - 30), m.start() + 1):
            return  # "at a cost of around $1.4bn a year", "a budget of $75m a month": money spent, no revenue
        g = m.groupdict()
        mult = _MONEY_MULT.get((g["mult"] or g.get("mult2") or "").lower(), 1)
        num = g["num"] or g.get("num2")
        if not num[0].isdigit() and not (g.get("mult2") or g["mult"]):
            return  # ("two dollars a day": a wage, no revenue)
        value = float(num) if num[0].isdigit() else _REVENUE_WORDS[" ".join(num.lower().split())]
        per = m.groupdict().get("per")
        yield metric, value * mult, f"USD per {per.lower()}" if per else "USD", None
    else:
        n = _number(m.group("num"))
        if n is None or (metric.startswith("fighters") and n < 100 and metric != "fighters killed"):
            return
        if metric.startswith("fighters") and _TRIBE_MEMBERS.match(m.string, m.end("num") + 1, m.end("num") + 80):
            return  # ("have killed more than 200 members of the Albu Nimr tribe")
        if metric == "fighters" and _RANGE_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
            return  # ("killing between 160 and 200 YPG militants": the range's high end, read by the range rules)
        if metric == "fighters" and _LISTED_DEAD.search(m.string, 0, m.start()):
            return  # "... had been killed, along with at least 180 soldiers": more of the dead, not a strength
        killed = _KILLED_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) if metric == "fighters" else None
        if killed is not None and killed.group("perfect"):
            metric = "fighters killed"  # "The group said it had killed 1,700 members of the security forces": a total
        elif metric == "fighters" and (killed is not None or _DEAD_AFTER.match(m.string, m.end())):
            # "killing about 200 militants", "as many as 900 of their people had been put to death", "300 soldiers
            # had been killed or were missing": a count of the dead, not a strength
            return
        unit = {"fighters": "fighters", "fighters killed": "fighters", "aircraft deployed": "aircraft",
                "air strikes (cumulative)": "strikes", "oil output": "barrels per day",
                "gas output": "cubic metres per day", "front line length": "km"}.get(metric, "people")
        yield metric, n, unit + _qualifier(m.groupdict().get("q")), None


#: The rules behind literal gates: a rule whose words are not in the sentence is not scanned (same results).
_RULE_INDEX = GateIndex(required_clauses(rx) for _metric, rx in RULES)
# every revenue match holds "$" or " dollars" (in any case), which the literal gate cannot see ("$" folds to a space,
# so its clause holds " " and passes every text): a sentence without either is not scanned for it
_REVENUE = next(i for i, (metric, _rx) in enumerate(RULES) if metric == "revenue")
_ASCII_RULES = [ascii_twin(rx) for _metric, rx in RULES]  # the same matches on an ASCII text, cheaper
# A sentence carries a figure: digits (no case, so the scan is fast), or a quantity word (behind a literal gate).
# (or one digit and a length: "to within 2 km of the town", "Jarablus, just 2 km from the border")
_HAS_FIGURE = re.compile(r"[\d$](?:(?<=\$)|(?<=\d)(?:\d|[,.]\d|\s*%|\s*(?:km|kilomet|mile|met(?:re|er)s)))")
_HAS_FIGURE_ASCII = ascii_twin(_HAS_FIGURE)
_QUANTITY_WORD = Gate(re.compile(r"\b(?:million|thousand|half|third|thirds|quarter|quarters|fifth|tenth|sixth|"
                                 r"per\s*cent|percent|been\s+killed)\b", re.I))  # (a total in words: "have been killed")
_SOURCE_AFTER = re.compile(r"\s*(?:(?:defence|defense|military|senior|intelligence)\s+)*(?:officials?|spokesm[ae]n|"
                           r"sources?|said|says|say|estimates?|estimated|believes?|commanders?)\b", re.I)


def _subject(sent: Sentence, actors: list[Mention], text: str, armed: frozenset[str] | None = None) -> str | None:
    """The actor a figure is about: the first actor named in the sentence that is not its source ("US officials
    estimate ..."); for "the group" / "the militants", the article's most-named armed group (of ``armed``, when
    given: the Pentagon is named more often than the group in a story about the Pentagon's estimate)."""
    parties = [a for a in actors if a.value and not _SOURCE_AFTER.match(text[a.end:a.end + 40])]
    for a in parties:
        if sent.start <= a.start < sent.end:
            return a.value
    if re.search(r"\bthe\s+(?:group|militants|jihadists|organisation|organization)\b|^\W*(?:its|their)\b", sent.text,
                 re.I):  # ("Its revenue has collapsed ...": the article's armed actor)
        counts: dict[str, int] = {}
        for a in parties:
            if a.value and (armed is None or a.value in armed):
                counts[a.value] = counts.get(a.value, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None
    return None


# A figure coordinated with the next one shares its period: "400 jihadists and 188 soldiers had been killed since
# Thursday" (the digits of the second figure do not part the first from the period).
_NEXT_FIGURE = re.compile(r"\b(?:and|as well as)\s+(?:(?:some|about|around|nearly|almost|at least|more than|over)\s+)?"
                          r"\d[\d,.]*\b", re.I)
# "killed in three weeks of fighting": a stretch of fighting that runs to the day of the report
_DURATION = re.compile(r"\b(?:in|after|during|over|within)\s+(?:the\s+(?:past|last)\s+)?(?P<n>\d+|[a-z]+)\s+"
                       r"(?P<unit>day|week|month|year)s?\s+of\s+(?:heavy\s+|fierce\s+)?(?:fighting|clashes|battles?|"
                       r"combat|bombardment|shelling|air\s*strikes|war|siege)\b", re.I)


def _period(text: str, end: int, dates: list[DateSpan], published: dt.date | None) -> str | None:
    """The period a figure is for: a date expression right after it, with no other figure between ("as many as
    31,500 last year", "a quarter of its territory this year"), as an ISO interval ``start/end`` that ends by the
    publication date at the latest; or a stretch of fighting right after it ("in three weeks of fighting"), which
    ends on the day of the report.

    >>> t = "down from as many as 31,500 last year"
    >>> _period(t, t.index("31,500") + 6, find_dates(t, dt.date(2015, 11, 16)), dt.date(2015, 11, 16))
    '2014-01-01/2014-12-31'
    >>> t = "more than 280 civilians had been killed since the offensive began on January 20"
    >>> _period(t, t.index("civilians"), find_dates(t, dt.date(2018, 3, 18)), dt.date(2018, 3, 18))
    '2018-01-20/2018-03-18'
    >>> t = "lost a quarter of its territory this year"
    >>> _period(t, t.index("territory") + 9, find_dates(t, dt.date(2016, 10, 30)), dt.date(2016, 10, 30))
    '2016-01-01/2016-10-30'
    >>> t = "400 jihadists and 188 soldiers had been killed in three weeks of fighting for the city"
    >>> _period(t, t.index("jihadists") + 9, [], dt.date(2016, 3, 28))
    '2016-03-07/2016-03-28'
    """
    def apart(start: int) -> bool:  # another figure stands between the figure and ``start``
        return bool(re.search(r"\d", _NEXT_FIGURE.sub("", text[end:start])))

    for d in dates:
        if d.span and 0 <= d.span[0] - end <= 60 and not apart(d.span[0]):
            last = min(d.end, published) if published else d.end
            # (the rule's own match may end past the "since": "had been killed since ... on Jan. 20")
            if published and re.search(r"\bsince\b", text[max(0, end - 12):d.span[1]], re.I):
                last = published  # "killed since the offensive began on January 20": to the day of the report
            return f"{d.start.isoformat()}/{last.isoformat()}"
    for d in dates:  # "In 2015 alone, Russian strikes killed more than 2,000 civilians": the tally's year told first
        if d.span and d.span[1] <= end and re.match(r"\s+alone\b", text[d.span[1]:]) and not re.search(
                r"[.;]", text[d.span[1]:end]):
            last = min(d.end, published) if published else d.end
            return f"{d.start.isoformat()}/{last.isoformat()}"
    m = _DURATION.search(text, end, end + 80)
    if published and m and not apart(m.start()):
        n = 1 if m.group("n").lower() == "a" else parse_number(m.group("n"))
        if n:
            unit = m.group("unit").lower()
            if unit in ("day", "week"):
                start = published - dt.timedelta(days=n * (7 if unit == "week" else 1))
            else:
                start = add_months(published, -n * (12 if unit == "year" else 1))
            return f"{start.isoformat()}/{published.isoformat()}"
    return None


def _matches(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""``rx``'s matches in ``text``, each searched again from just past its figure: a figure inside another's match
    is a claim too ("400 jihadists and 188 soldiers had been killed": the first match spans the second figure).

    >>> [m.group("num") for m in _matches(re.compile(r"(?P<num>\d+) \w+(?: and \d+ \w+)? died"), "4 men and 7 boys died")]
    ['4', '7']
    """
    pos = 0
    while m := rx.search(text, pos):
        yield m
        pos = max(m.start() + 1, m.end("num") if "num" in rx.groupindex and m.group("num") else m.end())


# -- figures no rule reads ------------------------------------------------------------------------------------------
# "aircraft also dropped food and water to the 15,000 residents", "Moscow says its aircraft have flown 5,000 combat
# sorties since then": a figure of people or things that no metric rule above names is still a claim ("reported
# figure", its unit the words that follow), unless it is a toll or a wounded count (the event's), a year, a model
# number ("S-400", "AC-130", "500-pound"), a share or money (the rules' own), or a figure standing alone at a
# clause's end ("put the toll at 128.").
_FIGURE = re.compile(rf"(?<![\d,.\w$£€-])(?:{_APPROX}\s+)?(?P<num>{_BIG})(?![\d,])", re.I)
_FIGURE_ASCII = ascii_twin(_FIGURE)  # (the same matches on an ASCII text, cheaper)
# (nor a name's number or a phone number: "Flight 9268", "No. 4", "call 0780 555 0142")
_FIGURE_NOT_BEFORE = re.compile(
    r"(?:\b(?:kill\w*|wound\w*|injur\w*|at|put|gave|flight|no\.|number|hotline|call|route|"
    r"resolution|shot\s+dead|gunned\s+down|kilomet(?:re|er)|km|mile)\s+|\bkill\w*\s+between\s+[\d,.]+\s+and\s+|"
    # (a raid's haul: "police detained 297 people", "destroyed 116 tanker trucks"; a perfect one is a tally and stays:
    # "have arrested more than 1,000 suspects since July")
    r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)\b(?:detained|arrested|destroyed)\s+|\btoll\s+(?:at|to|of)\s+|[a-z]-|[$£€]\s*|\d\s|/)$", re.I)  # (and a code's part: "GB/2016/0457")
_FIGURE_NOT_AFTER = re.compile(
    r"\s*(?:-|%|per\s*cent|percent|\.|,|;|\)|dollars|euros|pounds|BC|AD|\d)|\s+(?:seats|votes)\b|"
    # (a ration: "100 litres per household"; a price in a local currency can be a claim's figure, so it stays)
    r"\s+(?:litres?|liters?)\b|"
    r"\s+(?:[\w\-']+\s+){0,3}?(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:killed|wounded|injured|dead|died|hurt|"
    r"casualties|deaths|fatalities|put\s+to\s+death|executed|massacred)\b", re.I)
# the second object of a killing: "killed about 30 commanders and about 300 of their guards"
_KILLED_AND = re.compile(r"\b(?:kill\w*|shot\s+dead)\s+[^.;,]{1,60}?\sand\s+$", re.I)
_FIGURE_UNIT = re.compile(r"\s+((?:(?!(?:of|in|on|at|to|from|for|and|or|who|which|that|were|was|are|is|have|has|had|"
                          r"since|after|before|with|by|into|across|over|under|as|than|last|this|during|according|"
                          r"said|says|told|now|still|a|an|the)\b)"
                          r"[A-Za-z][\w\-']*\s*){1,3})")

# a part of a whole: "some 600 of their nationals have gone to fight", "about 2,000 of its men are in Iraq" (a part of
# the dead is none: "1,200 of them were killed", "of the dead", see _FIGURE_NOT_AFTER)
_PARTITIVE = re.compile(r"\s+(of\s+(?:(?:the|its|their|his|her|our)\s+[A-Za-z][\w\-']*|them)\b)")

# every match of _FIGURE (its _BIG) holds three digits in a row ("\d{3,}", or ",\d{3}" in "2,000") or the word
# "thousand" or "million" after a space: a sentence with neither has no figure (most sentences that get here only
# count a few, "killed 14 people", which the metric rules read)
_THREE_DIGITS = re.compile(r"\d{3}")


def _figures(text: str, tolls: set[float]) -> Iterator[tuple[re.Match[str], float, str]]:
    """Figures of a sentence that no metric rule read, each with its value and unit (see ``_FIGURE``)."""
    if _THREE_DIGITS.search(text) is None and " thousand" not in (folded := fold_for_gate(text)) and \
            " million" not in folded:
        return
    for m in (_FIGURE_ASCII if text.isascii() else _FIGURE).finditer(text):
        num = m.group("num")
        if _YEAR.fullmatch(num) or _FIGURE_NOT_BEFORE.search(text, max(0, m.start() - 30), m.start()) or \
                _FIGURE_NOT_AFTER.match(text, m.end()) or _KILLED_AND.search(text, max(0, m.start() - 80), m.start()):
            continue
        value = _number(num)  # ("5.5 million": a decimal million too)
        unit = _FIGURE_UNIT.match(text, m.end()) or _PARTITIVE.match(text, m.end())
        if value is None or value in tolls or unit is None:
            continue
        yield m, float(value), " ".join(unit.group(1).split())


def _said_by(text: str) -> str | None:
    """Who a sentence attributes its figures to ("..., the International Organization for Migration said")."""
    said = SAID_BY.search(text)
    if said is None:
        return None
    return (said.group("a") or said.group("b") or said.group("c").rsplit(None, 1)[0]).strip()


def find_claims(article: Article, sentences: Iterable[Sentence], actors: list[Mention],
                armed: frozenset[str] | None = None,
                tolls: dict[tuple[int, int], set[float]] | None = None) -> list[Claim]:
    """Quantitative claims in an article's sentences, each with its evidence sentence and span.

    The subject is the first actor named in the sentence (or the war/battle for tolls); ``said_by`` is the
    source the sentence attributes the figure to. ``tolls`` are the death tolls of the events found in each
    sentence (by span): a figure that is one is the event's, no claim.
    """
    out: list[Claim] = []
    for sent in sentences:
        folded = fold_for_gate(sent.text)
        asc = sent.text.isascii()
        if not (_HAS_FIGURE_ASCII if asc else _HAS_FIGURE).search(sent.text) and \
                not _QUANTITY_WORD.search(sent.text, folded):
            continue  # most sentences carry no figure: skip the rules
        seen: set[tuple[int, float]] = set()
        dates: list[DateSpan] | None = None  # the sentence's dates, read when a figure needs its period
        first = len(out)  # (the sentence's claims are out[first:], each at its figure's offset in ``starts``)
        starts: list[int] = []
        for i in _RULE_INDEX.live(folded):
            if i == _REVENUE and "$" not in sent.text and " dollars" not in folded:
                continue
            rule_metric, rx = RULES[i]
            if asc:
                rx = _ASCII_RULES[i]
            for m in _matches(rx, sent.text):
                for metric, value, unit, change in _values(rule_metric, m):
                    if (m.start(), value) in seen or any(v == value for _s, v in seen):
                        continue  # one figure, one claim (the first, most specific rule wins)
                    seen.add((m.start(), value))
                    subject = m.group("subj") if rule_metric == "distance" else _subject(sent, actors, article.text,
                                                                                         armed)
                    if metric == "cumulative death toll" and not subject:
                        w = re.search(r"\b(war|conflict|battle|fighting|uprising|offensive)\b", sent.text, re.I)
                        subject = f"the {w.group(1).lower()}" if w else None
                    if dates is None:
                        dates = find_dates(sent.text, article.published) if article.published else []
                    # (a distance has no period: "Fallujah, 50 km west of Baghdad, fell in 2014")
                    period = None if rule_metric == "distance" else _period(sent.text, m.end(), dates, article.published)
                    said_by = _said_by(sent.text)
                    out.append(Claim(
                        id=_claim_id(article.id, sent.start + m.start(), f"{metric}:{unit}"),
                        subject=subject, metric=metric, value=value, unit=unit, change=change, period=period,
                        date=article.published, said_by=said_by, article_id=article.id,
                        evidence=sent.text, evidence_span=(sent.start, sent.end),
                        confidence=0.6 if said_by else 0.5,
                    ))
                    starts.append(m.start())
        for m, value, unit in () if seen else _figures(sent.text, (tolls or {}).get((sent.start, sent.end), set())):
            if dates is None:
                dates = find_dates(sent.text, article.published) if article.published else []
            out.append(Claim(
                id=_claim_id(article.id, sent.start + m.start(), f"reported figure:{unit}"),
                subject=_subject(sent, actors, article.text, armed), metric="reported figure", value=value, unit=unit,
                period=_period(sent.text, m.end(), dates, article.published), date=article.published,
                said_by=_said_by(sent.text), article_id=article.id, evidence=sent.text,
                evidence_span=(sent.start, sent.end),
                confidence=0.4,  # (no rule names what it counts: the least sure kind of claim)
            ))
            starts.append(m.start())
        if len(out) > first:
            out.extend(_companions(sent, out[first:], starts))
    return out


# the earlier figure of a change, in the unit of the figure told before it: "has fallen to about 8.7 million cubic metres
# a day from 30 million before the war", "roughly $14 million, from nearly $75 million two years ago", "(down from
# $80m)", "compared with roughly 12,000 when the group took Mosul", "once 385,000 barrels a day, has fallen to under
# 10,000 in the areas it holds": the figure stands bare (a unit of its own after it is another claim's, or none)
_COMPANION = re.compile(
    r"\b(?:(?:down|up)\s+from|from|compared\s+(?:with|to)|(?:fallen|fell|dropped|collapsed|declined|shrunk|shrank|risen|"
    r"rose|grown|grew|recovered|increased|slumped|plunged)\s+to)\s+(?:a\s+(?:peak|high)\s+of\s+)?"
    rf"(?P<q>{_APPROX}\s+)?\$?\s?(?P<num>{_BIG}|\d+(?:\.\d+)?(?:m|bn)\b)(?!\d|,\d)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:before|in|a|two|three|four|five|last|when|at|during|earlier|ago|previously|since|as|"
    r"according|on|by|until|once|under)\b)", re.I)


def _companions(sent: Sentence, claims: list[Claim], starts: list[int]) -> Iterator[Claim]:
    """The bare earlier figures of a sentence's changes (see ``_COMPANION``), each a claim of the metric and unit of
    the claim told just before it."""
    for m in _COMPANION.finditer(sent.text):
        num = m.group("num")
        if _YEAR.fullmatch(num):
            continue
        value = float(num[:-2]) * 1e9 if num.lower().endswith("bn") else _number(num)
        before = [c for c, at in zip(claims, starts, strict=True) if at < m.start("num")]
        if value is None or not before or any(c.value == value for c in claims):
            continue
        anchor = before[-1]
        if anchor.unit == "share" or anchor.metric.startswith("distance") or anchor.metric in ("zone radius", "reward"):
            continue
        unit = re.sub(r"\s*\([^)]*\)$", "", anchor.unit or "") + _qualifier(m.group("q"))
        yield dataclasses.replace(anchor, id=_claim_id(anchor.article_id, sent.start + m.start("num"),
                                                       f"{anchor.metric}:{unit}"),
                                  value=value, unit=unit, change=None, period=None, confidence=anchor.confidence - 0.1)
