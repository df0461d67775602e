"""Rule-based event extraction: trigger patterns + argument frames over clauses, with actors, places, dates."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from itertools import pairwise

import yaml

from ..actors import DEMONYMS, ActorResolver, get_actor_resolver
from ..geo import skeleton
from ..geodesy import haversine_km
from ..nlp import find_dates, prefilter, split_clauses, split_sentences
from ..nlp.dates import MONTH_NAMES
from ..nlp.prefilter import (
    AlternativesIndex,
    Gate,
    alternative_clauses,
    ascii_twin,
    fold_for_gate,
    required_clauses,
)
from ..records import Article, DateSpan, Event, Mention, Person, Place, Sentence
from ..theatre import PersonInfo, Theatre
from .fatalities import Fatalities, find_fatalities

LEADER_POSITIONS = re.compile(
    r"leader|commander|chief|spokesman|minister|deputy|emir|governor|official|head|founder|mufti|wali|general",
    re.I,
)
CIVILIAN_WORDS = re.compile(
    r"\b(civilians?|residents|villagers|people|worshippers|shoppers|pilgrims|children|child|babies|baby|boy|girl|"
    r"woman|women|families|family|man|journalists?|activists?|doctors?|teachers?|students?|farmers?|shepherds?|"
    r"passers-by|crowd|market|wedding|funeral|rally|festival|concert|captives|hostages|men|women|girls|boys|"
    r"Yazidis?|Christians|Shias?|pilgrims|mourners|workers|tourists?|holidaymakers|visitors|spectators|fans|diners|"
    r"Syrians|Iraqis|migrants|asylum[\s\-]seekers|"
    r"revellers|commuters|"
    r"students|passengers|patients|bystanders|farmers|shepherds|journalists?|doctors?|teachers?|clerics?|imams?|"
    r"voters|caretakers?|watchm[ae]n|groundsmen|"
    r"mayors?|judges?|council\s+members?|councillors?|activists?|candidates?|aid\s+workers?|scholars?|"
    r"archaeologists?|professors?|engineers?|nurses?|paramedics?|medics|priests?|monks?|nuns?|lawyers?|(?:tribal\s+)?sheikhs?|"
    r"(?:tribal|village)\s+(?:elders?|leaders?)|mukhtars?|ambassadors?|diplomats?|envoys?|consuls?|"
    r"brothers?|sisters?|sons|daughters?|neighbou?rs?|relatives|husbands?|wives|shopkeepers?|traders?|fathers?|"
    r"mothers?|grandfathers?|grandmothers?|teenagers?|pensioners?|toddlers?|infants?|pupils|schoolchildren|porters|"
    r"members\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?tribe)\b",
    re.I,
)
ROUTE_WORDS = re.compile(r"\b(cut(?:ting)?|sever(?:ed|ing)|block(?:ed|ing)|clos(?:ed|ing))\b[^.]{0,60}\b(road|highway|supply\s+(?:line|route)s?|route|M\d+|corridor)\b", re.I)
OIL_WORDS = re.compile(r"\b(oil|refinery|gas\s+field|oilfield|oil\s+field|wells?|pipeline|fuel\s+(?:trucks|tankers)|tanker\s+trucks)\b", re.I)
HERITAGE_WORDS = re.compile(
    r"\b(mosque|minaret|shrine|church|temple|tomb|monastery|museum|ancient|heritage|archaeological|ruins|"
    r"statues?|citadel|antiquities|monuments?|arch|colonnade|amphitheatre|theatre|tetrapylon|mausoleum)\b",
    re.I,
)
SIEGE_WORDS = re.compile(r"\b(siege|besieged|blockade|encircled|encircling|encirclement)\b", re.I)
BORDER_WORDS = re.compile(r"\bborder\s+(?:crossing|post|gate|(?P<town>town))\b|\bcrossing\s+point\b", re.I)
# A capitalised name of two to four words right after a verb of killing/capture ("killed Junaid Hussain").
FATE_NAME_AFTER = re.compile(
    r"\b(?:killed|killing|targeted|targeting|captured|arrested|assassinated|beheaded|executed|shot\s+dead|death\s+of)\s+"
    r"(?P<name>(?:(?:Abu|Umm|bin|ibn|al-|el-)?[A-Z][a-z'\-]+)(?:\s+(?:(?:al|el|ad|ash|as|bin|ibn|Abu)[\s\-])?[A-Z][a-z'\-]+){1,3})"
)
NOT_FIRST_NAMES = {"The", "A", "An", "Islamic", "Iraqi", "Syrian", "Kurdish", "Turkish", "Russian", "US", "American",
                   "Government", "Coalition", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                   "Saturday", "President", "Prime", "General", "Colonel", "Lieutenant", "Major", "Captain", "Sheikh"}
PERSON_NAME = re.compile(r"\b(?:Abu|Umm)\s+[A-Z][a-z]+(?:\s+(?:al|el|ad|ash|as|at|az|ar|an)-[A-Z][a-z]+)*(?:\s+al-[A-Z][a-z]+)?")
POSITION_NEAR = re.compile(
    r"\b(?:its|the\s+group's|the\s+organisation's|their|a\s+senior|the|a|"
    r"(?P<owner>(?-i:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}))['’]s)\s+((?:[\w\-]+\s+){0,4}?"
    r"(?:chief\s+(?:spokesman|commander|of\s+staff|executioner|strategist)|leader|commander|chief|spokesman|minister|"
    r"deputy|emir|governor|official|head))\b",
    re.I,
)
_POS = 2  # POSITION_NEAR's group of the position itself
SPEAKER_AFTER = re.compile(
    # "Ahrar al-Sham's leaders said they had withdrawn": the side's own people speaking for it
    r"['’]s\s+(?:(?:top|senior|military|political|local)\s+)?(?:leaders?|leadership|commanders?|command|officials?|"
    r"spokesm[ae]n|spokesperson|media\s+(?:office|wing|outlet)|news\s+agency)\s+(?:(?:later|also)\s+)?(?:said|says|say|"
    r"told|announced|claimed|stated)\b|"
    r"\s+(?:of|in|from)\s+(?-i:[A-Z])[\w\-']+(?:\s+(?-i:[A-Z])[\w\-']+){0,2}\s+(?:said|says|say|told)\b|"  # "Residents of Raqqa said"
    r"\s*(?:(?:later|also|earlier|previously|then|had|has|have)\s+)?"  # "Hezbollah later said"
    r"(?:and\s+(?:medical|hospital|security|military|local|government)\s+)?"  # "police and medical sources said"
    r"(?:and\s+(?:medics|doctors|paramedics|witnesses|residents|rescuers|hospital\s+officials)\s+(?=said|say|told))?"
    r"(?:(?:defence|defense|military|security|senior|local|government|media)\s+)*(?:officials?|spokesm[ae]n|"
    r"spokesperson|sources?|media\s+office|statement|said|says|say|told|announced|reported|stated|added|"
    r"estimated|believes?)\b|"
    # "a police colonel said", "an army general, Ali Hussein, told reporters": one of the side's officers speaking
    r"\s*(?:(?:senior|local|top|retired)\s+)?(?:colonel|general|major|captain|lieutenant|brigadier|commander|officer|"
    r"chief|commissioner)\s*,?\s+(?:[A-Z][\w'\-]+\s+){0,3},?\s*(?:said|says|told)\b",
    re.I,
)
VICTIM_AFTER = re.compile(  # "IS fighters were killed", "a Peshmerga commander, General X, was wounded"
    # ("Two Iraqi soldiers at a checkpoint had been wounded": a place they were at between)
    r"\s*(?:(?:at|near|outside|inside|guarding|manning)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w\-]+\s+)?(?:checkpoint|post|"
    r"base|position|outpost|barracks|gate|camp|airport)s?\s+)?"
    r"(?:[\w\-]+\s+){0,2}?(?:(?:[\w\-]+\s*)?,[^,.;]{1,60},\s+|,\s+)?(?:(?:were|was|had\s+been|have\s+been|are\s+being)\s+"
    r"(?:reportedly\s+)?"
    r"(?:killed|wounded|injured|captured|executed|ambushed|targeted|neutrali[sz]ed|eliminated|liquidated)|died|perished)\b"
    # ("two soldiers killed on Monday when a roadside bomb struck their Humvee": the participle without its "were")
    r"|\s+(?:killed|wounded|injured)\s+(?:on|in|when|while|during|last|earlier|after|near)\b",
    re.I,
)
BACKER_AND = re.compile(r"\s+and\s+(?:[\w\-'’]+\s+){1,4}")  # the gap to a second backer of one list
DAY_MONTH_NO_YEAR = re.compile(rf"\b{MONTH_NAMES}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAMES}\b")
YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
# an -ing verb with no subject of its own ("after pushing IS out of ..."), the relative pronoun that opens a clause of
# its own, and a side governed by a preposition (no subject)
_GERUND_CLAUSE = re.compile(r"\b(?:after|before|while|by|since|upon)\s+$", re.I)
_RELATIVE_PRONOUN = re.compile(r"\b(?:who|whom|which)\b", re.I)
_GOVERNED_BEFORE = re.compile(r"\b(?:from|to|by|against|with|of|on|at|in|into|near|for|toward|towards|among|under|"
                              r"than|behind|around|through)\s+(?:the\s+)?$", re.I)
# a clause that goes on with the sentence's subject: "..., and shot hundreds of the men dead", "and later seized"
SHARED_SUBJECT = re.compile(r"[\s,;]*(?:and|but|then)\s+(?:later\s+|then\s+|also\s+)?([a-z]+)\b")
# a sentence giving another source's count of dead already counted: "a much lower toll of 115", "put the toll at"
ANOTHER_TOLL = re.compile(r"\b(?:lower|higher|smaller|larger|different|separate|own)\s+(?:death\s+)?(?:toll|figure|count)\b|"
                          r"\bput\s+(?:the\s+)?(?:death\s+)?(?:toll|figure)\s+(?:(?:even\s+)?(?:higher|lower),?\s+)?at\b|"
                          r"\bgave\s+a\s+(?:[\w\-]+\s+){0,2}?(?:toll|figure)\b|"
                          # "The Observatory has since raised the toll to at least 60", "The toll later rose to 19"
                          r"\b(?:raised|revised|updated|increased|lifted)\s+(?:the\s+|its\s+)?(?:death\s+)?(?:toll|figure)\b|"
                          r"\b(?:death\s+)?toll\s+(?:later\s+|has\s+since\s+|since\s+|had\s+|has\s+)?(?:rose|risen|climbed|"
                          r"jumped|increased)\s+to\b", re.I)
# the wounds of a chemical attack: blisters, choking, breathing trouble
_GASSED = re.compile(r"\b(?:blisters|blistering|breathing\s+(?:difficulties|problems|trouble)|difficulty\s+breathing|"
                     r"suffocation|suffocating|choking|respiratory\s+(?:problems|symptoms|distress)|blister\s+agents?)\b", re.I)
# "a similar device": the weapon told before
_SIMILAR_DEVICE = re.compile(r"\b(?:similar|same)\s+(?:kind\s+of\s+)?(?:devices?|bombs?|barrels?|canisters?|munitions?|"
                             r"containers?|weapons?)\b", re.I)
# "raided makeshift camps ... and detained 103 people"
_RAIDED_AND_DETAINED = re.compile(r"\braided\b[^.;]*?(?:,|\band)\s+(?:[\w\-]+\s+){0,2}?(?:detained|arrested|rounded\s+up)\b",
                                  re.I)
# "... on Nov. 3 and on Friday retook ...": a second verb joined to the first
_AND_THEN = re.compile(r"\s(?:and|then|but(?=\s+(?:was|were|had\s+been)\s))\s(?:(?:then|later|on|in|by|that|the|next|following|"
                       r"\w+day|[A-Z]\w*\.?|\d+|,|was|were|had\s+been)\s*){0,4}$", re.I)  # ("fell ... but was recaptured")
# a verb in the past tense inside a strike's match (a second act told, not a second weapon: "rockets and mortars";
# the capture triggers are all verbs, "fell to" among them)
_PAST_VERB = re.compile(r"\b(?:\w+ed|struck|hit|took|retook|overran|shot|fought)\b", re.I)
# "In the first attack, four other men detonated ...": one of several acts told apart
_ORDINAL_ATTACK = re.compile(r"(?:In|During)\s+the\s+(?:first|second|third|earlier|later|other)\s+(?:attack|blast|bombing|"
                             r"explosion|strike|raid)\b")
# "A second helicopter dropped ...": an act like the one told, not that one again
_ANOTHER_ACT = re.compile(r"\b(?:a\s+second|a\s+third|another|a\s+further)\s+(?:[\w\-]+\s+)?$", re.I)
# another source's count of the dead already counted ("The Observatory said 14 fighters had died in the attacks"),
# not more dead ("three more died in hospital") nor some of them ("among them 85 civilians")
_ANOTHER_ACCOUNT = re.compile(r"\b(?:said|says|reported|counted|put|gave|according\s+to)\b", re.I)
_MORE_DEAD = re.compile(r"\b(?:more|another|other|further|later|since|overall|total|among|including|of\s+them|"
                        r"wounded|injured)\b", re.I)
# what the arrested are suspected of ("suspected of links to Islamic State, the PKK and a far-left group")
_SUSPECTED_LINKS = re.compile(r"\b(?:suspected|accus(?:e|es|ed|ing)|convicted|charged|suspicion)\s+(?:them\s+|him\s+)?(?:of|with)\s+"
                              r"(?:having\s+)?(?:links|ties|belonging|membership|spying|working|planning|fighting|fought|"
                              r"collaborating|informing|supporting|joining|smuggling|recruiting|financing|funding|"
                              r"harbou?ring|sheltering|helping|aiding|passing|giving|selling)\b[^.;]*$|"
                              r"\bsuspected\s+(?:of\s+being\s+)?$", re.I)
# (or of "spying for the Peshmerga"; or "detained 21 suspected Islamic State members")
# "encircled for months": how long a state has lasted
_FOR_A_SPAN = re.compile(r"\s+for\s+(?:(?:several|many|a\s+few|two|three|four|five|six|\d+)\s+)?(?:months|weeks|years|"
                         r"a\s+(?:month|week|year))\b", re.I)
# "a clash on Thursday in which ...": the act told in the relative clause
_IN_WHICH = re.compile(r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+)?,?\s+in\s+which\s+", re.I)
# ", the dominant ": between a name and a description of it
_APPOSITION_GAP = re.compile(r",\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}")
# "the besiegers", "the besieging forces", and who the story said held the siege ("a siege by regime troops")
_BESIEGERS = re.compile(r"\b(?:the\s+besiegers|(?:the\s+)?besieging\s+(?:forces|troops|fighters|army|militants|militias))\b",
                        re.I)
_SIEGE_BY = re.compile(r"\b(?:siege|besieged|encircled|surrounded|blockaded)\s+(?:[\w\-]+\s+){0,4}?by\s+", re.I)
# aircraft with no side named: "the jets", "three F-16s"
_BARE_AIRCRAFT = re.compile(r"\b(?:the|two|three|four|five|six|several|\d+)\s+(?:war)?(?:jets|planes|aircraft|F-\d+s|"
                            r"Su-\d+s|bombers|helicopters|drones)\b|"
                            # "Su-25 attack aircraft destroyed an ammunition depot"
                            r"\b(?:Su|MiG|Tu)-\d+\w*\s+(?:[\w\-]+\s+)?(?:aircraft|jets|bombers|planes)\b", re.I)
# a strike release's "Near Mosul, three strikes struck ...": strikes counted, no side named (read at the trigger)
_COUNTED_STRIKES = re.compile(r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|"
                              r"many)\s+(?:air\s*|coalition\s+)?strikes?\b", re.I)
_WEAPON_OBJECT = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?(?:car\s+bombs?|VBIEDs?|SVBIEDs?|suicide\s+(?:car|truck)s?|drones?)\b"
                            r"(?=[^.;]{0,80}?\bbefore\s+(?:they|it|he)\b)", re.I)
_MATERIEL_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:car\s+bombs|bombs|suicide\s+vests|vests|weapons|arms|rifles|"
                             r"ammunition|munitions|rocket\s+launchers|launchers|documents|flags|equipment|tanks|"
                             r"armou?red\s+vehicles|explosives|(?:store|cache|stockpile|depot)\s+of)\b|"
                             r"\s+(?:an?\s+|two\s+|three\s+|\d+\s+)?(?:trucks?|lorry|lorries|cars?|vehicles?)\s+(?:carrying|"
                             r"loaded\s+with|packed\s+with|laden\s+with|full\s+of)\b", re.I)  # ("seized two tanks", "a truck carrying")
_DEFINING_CLAUSE = re.compile(r"\b(?:that|which)\s+(?:had\s+)?(?:[\w\-]+ed|hit|struck|shot|killed|took|overran|tore)\b")
_FOR_THE_VICTIMS = re.compile(r"\bfor\s+the\s+(?:[\w\-]+\s+){0,2}?(?:victims|dead|people|martyrs|families|civilians)\b", re.I)
# (or a conjunction opening the trigger's own clause: "exams on Sunday since Turkish troops took the town in
# February", "repairs on Monday, nearly two years after Iraqi forces drove IS out of the town in October 2015")
_RELATIVE_WORD = re.compile(r"\b(?:who|whose|which|that|where|since|after|before)\b")
# a release's tally of the strikes it goes on to list: "conducting 21 strikes", "aircraft conducted five strikes"
_STRIKES_TALLIED = re.compile(r"\b(?:conduct(?:ed|ing|s)?|carried\s+out|carrying\s+out)\s+(?:more\s+than\s+|over\s+|some\s+)?"
                              r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple)\s+"
                              r"(?:air\s*)?strikes\b", re.I)
_CONDUCTED_STRIKES = re.compile(r"\s+(?:(?:military\s+)?forces\s+|aircraft\s+|jets\s+|warplanes\s+)?(?:have\s+|had\s+|has\s+)?"
                                r"(?:conducted|carried\s+out|launched|flew)\s+(?:[\w\-]+\s+){0,3}?(?:air\s*)?strikes\b", re.I)
# what a raid went on to hit: ", pounding rebel-held towns"
_POUNDING_HELD = re.compile(r",\s+(?:pounding|hitting|striking|targeting|bombing|shelling)\s+(?:the\s+)?(?:[\w\-]+\s+)?"
                            r"(?=[\w\-]+-(?:held|controlled|run)\b)", re.I)
# a side said not to be there: "where activists said Islamic State had no presence"
_ABSENT_AFTER = re.compile(r"\s+(?:had|has|have)\s+no\s+(?:presence|fighters|positions|forces)\b|"
                           r"\s+(?:was|were|is|are)\s+not\s+present\b", re.I)
# civilians counted dead: "27 civilians had been killed"
_CIVILIANS_KILLED = re.compile(r"\b(?:civilians|residents|villagers|people)\s+(?:had\s+|have\s+|were\s+)?(?:been\s+)?"
                               r"(?:killed|died)\b", re.I)
# a sentence opening on the scene of its event ("As the rebels fought each other, ...")
_SETTING_CLAUSE = re.compile(r"(?:As|While|Amid)\s+[^,.;]{3,80},\s")
# "government-held districts": the side the place belongs to, named
_HELD_NAMED = re.compile(r"[\w\-]+-(?:held|controlled|run)\b", re.I)
# a toll that names no one ("dropping barrel bombs on the town of Tafas, killing four"): people, not fighters
_BARE_TOLL = re.compile(r"(?:killing|killed|kills|wounding|injuring)\s+(?:at\s+least\s+|some\s+|about\s+|around\s+|"
                        r"more\s+than\s+|nearly\s+|up\s+to\s+)?[\w\-]+", re.I)
# people hurt by an attack that killed no one: "injuring about a dozen people"
_HURT_PEOPLE = re.compile(r"\b(?:injur|wound)(?:ed|ing)\s+(?:[\w\-]+\s+){0,4}?(?:people|civilians|residents|children|child|"
                          r"women|woman|boys?|girls?|villagers|patients|worshippers|passers-by|farmers?|shepherds?|"
                          r"paramedics?|medics|nurses?|doctors?|students?|pupils|teachers?|families|watchm[ae]n|"
                          r"caretakers?|voters|groundsmen|workers|labourers)\b", re.I)
# a toll only a word gives: "killed scores of people"
_VAGUE_TOLL = re.compile(r"\b(?:dozens|scores|hundreds)\s+of\b", re.I)
# two accounts of one toll in a sentence
DISPUTED_TOLL = re.compile(r"\bput\s+(?:the\s+)?(?:death\s+)?(?:toll|figure)\s+at\b|\baccording\s+to\b.*\baccording\s+to\b|"
                           r"\bwhile\s+(?:[\w\-.]+\s+){0,6}?(?:said|says|put|gave|reported|counted|claimed|estimated|insisted|"
                           r"maintained|denied)\b|\b(?:toll|figure)\s+(?:was|is)\s+(?:disputed|contested)\b|"
                           r"\bgave\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?(?:death\s+)?(?:toll|figure)\s+of\b", re.I)
_ONE_DAY = dt.timedelta(days=1)
# "have besieged government-held parts of the city since early 2015" (but "since Monday" is the days of one fight)
ONGOING_SINCE = re.compile(r"(?:\s+[\w\-,']+){0,8}?\s+since\s+(?!(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                           r"yesterday|dawn|the\s+weekend|(?:this\s+|the\s+)?morning)", re.I)
# the ground a side holds, told by how it got it: "much of the territory they seized in 2014"
_TERRITORY_THEY_TOOK = re.compile(r"\b(?:territory|ground|land|areas|lands)\s+(?:that\s+|which\s+)?(?:they|it|the\s+group|"
                                  r"the\s+militants|the\s+jihadists)\s+(?:had\s+|have\s+|has\s+)?$", re.I)
# a raid told as a noun, and an arrest told before it in the same clause (not a raid the arrest is dated from)
_RAID_NOUN = re.compile(r"(?:(?:in|during)\s+an?\s|raids?\s+on\b)", re.I)
_ARRESTED_BEFORE = re.compile(r"\b(?:arrested|detained|captured|rescued|freed)\b(?![^.;]*\b(?:since|after|before|following|"
                              r"when)\b)", re.I)
# the shooters of rounds named just before a toll: "Mortar rounds fired by Islamic State fighters killed ..."
_FIRED_BY_BEFORE = re.compile(r"\b(?:fired|launched|dropped)\s+by\s+(?:[\w\-]+\s+){0,4}$", re.I)
# people taken before, told by the participle: "the release of the abducted men"
_TAKEN_PEOPLE_AFTER = re.compile(r"\s+(?:[\w\-]+\s+)?(?:men|women|people|girls|boys|children|hostages|workers|civilians|"
                                 r"villagers)\b", re.I)
# an attack told before as the time of the next: "Hours after the strike, ..."
_THE_ATTACK_NOUN = re.compile(r"the\s+(?:air\s+)?(?:strike|raid|attack|bombing|blast|explosion|shelling)s?\b", re.I)
_OPENING_AFTER = re.compile(r"(?:^|,\s+|\.\s+)(?:(?:hours|days|minutes|moments|shortly|soon|weeks|just)\s+)?after\s+$", re.I)
# a question (an interviewer's, a headline's): it asks, it does not report
_QUESTION = re.compile(r"\?\s*[\"”’']?\s*$")
# a wire story's note on its version: "(Updates toll, adds claim of responsibility)", "(Adds arrests in paragraphs 5-7)"
_WIRE_NOTE = re.compile(r"\s*\((?:Updates|Adds|Recasts|Corrects|Changes|Rewrites|Refiles|Repeats)\b[^()]*\)\s*$")
# a sentence that opens with the span a total is counted over: "Since January, ..."
_SINCE_OPENING = re.compile(r"\W*(?:Since|In\s+the\s+(?:past|last))\s+[^,.;]{1,40},")
# a man named after a capture verb, told as one: "captured Sleiman Daoud al-Afari, who headed ...", "seized Abu
# Ahmed al-Iraqi, a senior commander"
_NAMED_MAN_AFTER = re.compile(
    r"\s+(?P<name>(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){0,2}(?:\s+(?:al|el|bin|ibn|abu|Abu)[\-\s](?-i:[A-Z])[\w'’\-]+)?)"
    r",\s+(?:who\b|(?:a|an|the|its|his|their)\s+(?:[\w\-'’]+\s+){0,3}?(?:commander|leader|emir|official|chief|head|"
    r"spokesman|deputy|financier|operative|expert|officer)\b)", re.I)
# what became of people a militia held, when it was no arrest: beaten, vanished, held in a compound
_HELD_OUT_OF_SIGHT = re.compile(r"\b(?:not\s+been\s+seen\s+since|(?:were|was|been)\s+beaten|beat(?:en)?\s+them|tortured|"
                                r"disappeared|vanished|whereabouts|held\s+them\s+(?:in|at|for|without)|missing)\b", re.I)
# the other party of the deal a side left under: "left Darayya under an agreement with the government"
_DEAL_WITH_ = r"\b(?:under|in)\s+(?:an?|the)\s+(?:[\w\-]+\s+)?(?:agreement|deal|accord)\s+with\s+(?:the\s+)?"
_DEAL_WITH = re.compile(_DEAL_WITH_ + "$", re.I)  # (just before the party's name)
_DEAL_WITH_STATE = re.compile(_DEAL_WITH_ + r"(?:government|regime|authorities)\b", re.I)
# between "formed a new alliance" and its name: " called", ", the", " known as"
_NEW_GROUP_NAMED = re.compile(r"(?:\s+(?:called|named|dubbed|known\s+as)\s+(?:the\s+)?|\s*,\s+(?:the\s+)?)", re.I)
_JIHADIST_WORD = re.compile(r"\bjihadists?\b(?!-)", re.I)  # (not "jihadist-led rebels")
# "the group" as the one acting: "Fighters of the group shot dead ...", "..., after the group seized the town"
_GROUP_AS_SUBJECT = re.compile(r"(?:^|[,;]\s*|\b(?:after|when|as|since|before|while|once)\s+|\A)(?:(?:fighters|members|"
                               r"militants|gunmen)\s+of\s+)?the\s+group\b(?!['’])", re.I | re.M)
MILITANT_WORDS = re.compile(r"\b(?:militant|jihadist|insurgent)s?\b|\bthe\s+group\b", re.I)
_LED_BY = re.compile(r"\s+(?:[\w\-]+\s+){0,2}(?:led|headed|spearheaded|dominated)\s+by\s+(?:the\s+)?")
RECRUITS = re.compile(r"\b(?:cadets|recruits|conscripts)\b", re.I)
# "troops entered Darayya after the last rebel fighters left the town under a deal": a place handed over, no fight
# (but "captured Tabqa after the last IS fighters surrendered or withdrew" is a capture, as ACLED codes it)
NO_FIGHT_AFTER = re.compile(
    r"\bunder\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(?:deal|agreement|accord|settlement|arrangement)\b|"
    r"\bwithout\s+(?:a\s+|any\s+)?(?:fight(?:ing)?|resistance|firing\s+a\s+shot|a\s+shot\s+(?:being\s+)?fired|clashes|"
    r"(?:meeting|encountering|facing)\s+(?:any\s+)?resistance)\b|\bunopposed\b|\bpeacefully\b|"
    r"\b(?:fill(?:ing|ed)?|moved\s+into)\s+(?:the\s+|a\s+)?(?:security\s+|power\s+)?vacuum\b|\bvacuum\s+left\s+by\b", re.I)
# buildings where the people hit are civilians ("stormed the Corinthia hotel", "air strikes on a crowded market")
_CIVILIAN_PLACE = (r"(?:hospitals?|clinics?|schools?|markets?|bakery|bakeries|hotels?|restaurants?|caf[eé]s?|nightclubs?|"
                   r"concert\s+halls?|theat(?:re|er)s?|shopping\s+(?:malls?|centres?|centers?)|museums?|stadiums?|"
                   r"metro\s+stations?|bus\s+stations?|mosques?|churches|church|refugee\s+camps?|"
                   r"polling\s+(?:stations?|centres?|centers?)|"
                   r"camps?\s+for\s+(?:the\s+)?displaced|residential\s+(?:areas?|buildings?|districts?|neighbou?rhoods?)|"
                   r"civil\s+defen[cs]e\s+(?:centres?|centers?|offices?|stations?|teams?))")
CIVILIAN_TARGET = re.compile(r"\b(?:on|at|in|inside|struck|hit|targeted|destroyed|bombed|shelled|wrecked)\s+(?:a|an|the|its|"
                             rf"their|[\w\-]+['’]s)?\s*(?:[\w\-']+\s+){{0,4}}?{_CIVILIAN_PLACE}\b", re.I)
RETREATED_AFTER = re.compile(r"(?:\s+[\w\-]+)?(?:,\s+[^,;.]{3,80},)?\s+(?:[\w\-]+\s+){0,2}?(?:had\s+)?(?:retreated|withdrew|pulled\s+(?:back|out)|"
                             r"fled|fell\s+back|abandoned\s+(?:their|its)\s+(?:positions|posts|bases|checkpoints))\b",
                             re.I)  # (", many of them loyal to the PUK, pulled back")
WITHDREW_WITHOUT_FIGHT = re.compile(r"\b(?:pulled\s+(?:back|out)|withdrew|retreated|abandoned\s+(?:their|its)\s+positions|"
                                    r"left)\s+(?:[\w\-]+\s+){0,4}?without\s+(?:a\s+)?(?:fight|resistance|firing\s+a\s+shot)\b",
                                    re.I)
# people taken one at a time or by trade: "a local council member was taken by masked men"
_PEOPLE_BY_TRADE = (r"members?|nurses?|doctors?|journalists?|activists?|officials?|engineers?|priests?|students?|"
                    r"schoolboys|schoolgirls|teachers?|volunteers?|contractors?|drivers?|employees?|worker|nationals|"
                    r"citizens|tourists?")
# combatants (not civilians or captives) said to be driven out of a named place: ground lost, not people taken
_COMBATANTS_DRIVEN_OUT = re.compile(
    r"(?:soldiers|troops|fighters|men)\s+(?:were|was|had\s+been|have\s+been)\s+(?:driven|pushed|forced|expelled|"
    r"ousted|chased|kicked)\s+(?:out\s+of|from)\s+(?:the\s+(?:town|city|village|base|district)\s+of\s+)?"
    r"(?-i:[A-Z])", re.I)
PEOPLE_BEFORE = re.compile(
    r"\b(?:cadets|soldiers|troops|fighters|civilians|people|prisoners|hostages|men|women|children|officers|pilots?|"
    r"journalists?|workers|residents|villagers|Christians|Assyrians|Yazidis|Kurds|Shi'ites|Shiites|Sunnis|Alawites|"
    r"Turkmen|tribesmen|families|members|sons|daughters|brothers|sisters|husbands|wives|relatives|nephews|"
    rf"cousins|{_PEOPLE_BY_TRADE})\s+"
    r"(?P<aux>(?:were|was|had\s+been|have\s+been)\s+)?$"
    # "many of them shot after they were captured": people (a town is not "they")
    r"|\b(?:they|he|she|we)\s+(?P<aux2>(?:were|was|had\s+been|have\s+been)\s+)$",
    re.I,
)
SUPPORT_BEFORE = re.compile(
    r"\b(?:backed|supported|aided|covered|helped|assisted)\s+by\s+(?:[\w.\-]+\s+){0,3}$|\bunder\s+(?:the\s+)?cover\s+of\s+(?:[\w.\-]+\s+){0,3}$|"
    r"\bwith\s+(?:the\s+)?(?:help|support)\s+of\s+(?:[\w.\-]+\s+){0,3}$|\bprompted\s+(?:the\s+)?(?:first\s+)?(?:[\w.\-]+\s+){0,2}$",
    re.I,
)
# (a count in words is as exact as one in digits: "more than fourteen thousand strikes"; "hundreds" is not)
_WORD_COUNT = r"[a-z\-]+\s+(?:hundred|thousand)"
AGGREGATE_AFTER = re.compile(r"\s+(?:(?:more\s+than|over|some|about|nearly|almost|at\s+least)\s+)?(?:\d{1,3}(?:,\d{3})+|"
                             rf"\d{{3,}}|{_WORD_COUNT}|hundreds|thousands)\s+(?:of\s+)?(?:air\s*[\s\-]?)?(?:strikes|sorties|raids|missions)",
                             re.I)
UNIDENTIFIED = "Unidentified armed group"
# "... rebel fighters and civilians left the city": the side that leaves the ground is the one that lost it
_LEFT_AFTER = re.compile(r"(?:\s+and\s+[\w\-]+)?(?:\s+there)?\s+(?:had\s+|have\s+)?(?:left|withdrew|pulled\s+(?:out|back)|fled|"
                         r"retreated|abandoned|were\s+evacuated|surrendered|agreed\s+to\s+(?:leave|withdraw|surrender|"
                         r"hand\s+over|lay\s+down|be\s+evacuated))\b", re.I)
SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[\w\-]+\s+){0,3}$", re.I)
# (", who seized it in 2014" may retell the same act; "in an area that had been cleared of militants in the
# autumn": what the place was, no party to this act)
_RELATIVE_CLAUSE = re.compile(r",\s+where\s|\b(?:area|district|region|stretch|neighbou?rhood|part|zone)\s+(?:that|which)\s+"
                              r"(?:had|has)\s+(?:long\s+|already\s+)?been\s+(?:cleared|retaken|recaptured|freed|liberated|"
                              r"held|controlled|seized)\b")
# a relative clause set off by commas, which tells an act of its own with a date of its own ("The town, which Kurdish
# forces took in November 2015, was shelled on Sunday"); the subject's 'who' ("Abu Omar, who led ...")
_WHO_WHICH = re.compile(r",\s+(?:who|which|(?:re)?(?:captured|seized|taken|overrun|liberated|freed)\s+(?:back\s+)?(?:by|from)"
                        r"|(?:first\s+)?(?:re)?(?:captured|seized|taken|overrun|liberated|freed)\s+(?:in|on)\s+(?=(?-i:[A-Z1-9])))\s")
# "the US-led coalition, which said its aircraft had killed ...", "The coalition said it had carried out 14 strikes":
# the speaker telling of its own act
_WHICH_SAID_OWN = re.compile(r"(?:,\s+(?:which|who))?\s+(?:also\s+|later\s+)?(?:said|says|announced|claimed|reported|added)\s+"
                             r"(?:that\s+)?(?:(?:its|their)\s+(?:[\w\-]+\s+)?(?:aircraft|warplanes|jets|planes|drones|forces|"
                             r"troops|fighters|artillery)\b|(?:it|they)\s+(?:had|has|have)\s+(?:carried\s+out|conducted|"
                             r"launched|struck|hit|bombed|shelled|killed|destroyed)\b)")
_WHICH_SAID = re.compile(r",\s+(?:which|who)\s+(?:also\s+|later\s+)?(?:said|says|announced|claimed|reported|added)\b")
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:its|their)\s+$", re.I)
# a pack phrase that opens with the possessive itself: "its army", "its air force"
_OWN_PHRASE = re.compile(r"(?:its|their)\s", re.I)
# a speaker just before a force it does not own by name: "its army said warplanes struck ..."
_SAID_JUST_BEFORE = re.compile(r"\s+(?:said|says|announced|reported)\s+(?:that\s+)?(?:its\s+|their\s+)?$")
_HANDS_AFTER = re.compile(r"['’]s?\s+(?:hands|control|grip|forces|troops|army|regime|government)\b")
# "Since Aug. 8, US forces have conducted 68 air strikes": a count since a date, a total
_SINCE = re.compile(r"\bsince\b", re.I)
SINCE_COUNT = re.compile(r"\b(?:have|has)\s+(?:[\w\-]+\s+){0,2}?(?:conducted|carried\s+out|launched|"
                         r"flown|mounted|staged|made|dropped|fired)\s+(?:(?:more\s+than|over|some|about|nearly|almost|"
                         r"at\s+least)\s+)?[\d,]+\s+(?:[\w\-]+\s+)?$", re.I)
_SORTIE_TALLY = re.compile(r"\b(?:flew|flown|performed|carried\s+out|conducted|made|completed)\s+(?:more\s+than\s+|over\s+|"
                           r"some\s+|about\s+|nearly\s+)?\d[\d,]*\s+(?:combat\s+)?sorties\b.{0,80}?\b(?:hit|hitting|struck|"
                           r"striking|destroyed|destroying|engaged|engaging)\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|"
                           r"nearly\s+)?\d[\d,]*\s+(?:[\w\-]+\s+){0,2}?(?:targets|facilities|objects|sites|positions)\b", re.I)
AGGREGATE_BEFORE = re.compile(rf"\b(?:\d{{1,3}}(?:,\d{{3}})+|\d{{3,}}|{_WORD_COUNT}|hundreds|thousands)\s+(?:of\s+)?(?:[\w\-]+\s+)?$",
                              re.I)
TARGET_WORDS = re.compile(
    r"\b(?:militant|jihadist|insurgent|enemy|rebel)s?\b|\bthem\b|\btheir\b|\bthe\s+group(?:'s)?\b|\bpositions\b|"
    r"\btargets\b|\bconvoy\b|\bhideouts?\b|\b(?:offensive|assault|push|campaign|operation)\b",
    re.I,
)
PATIENT_BEFORE = re.compile(r"\b(?:from|against|on|at|targeting|with)\s+(?:the\s+)?$", re.I)
SUBJECT_AFTER = re.compile(
    r"\s+(?:[\w\-]+\s+){0,2}?(?:took|captured|seized|recaptured|retook|launched|attacked|struck|killed|said|"
    r"has|have|had|were|was|began|advanced|pushed|stormed|overran)\b",
    re.I,
)
HELD_BY = re.compile(r"\b(Islamic\s+State|(?i:rebel|IS|ISIS|ISIL|jihadist|militant|government|regime|Kurdish|Nusra|army|opposition|"
                     r"insurgent)|[A-Z][A-Za-z]+)-(?i:held|controlled|run)\b")  # (and "Israeli-held", "SDF-held")
HELD_WORDS = {"rebel": "rebels", "jihadist": "the jihadists", "militant": "the militants",
              "government": "government forces", "regime": "regime forces", "kurdish": "Kurdish forces",
              "army": "the army", "opposition": "rebels", "insurgent": "the insurgents"}
# Cheap pre-filter: a sentence with no mention and none of these words cannot hold an event.
TRIGGER_HINT = re.compile(r"kill|bomb|strike|attack|shell|seiz|captur|took|fell|clash|fight|protest|destroy|blew|"
                          r"execut|abduct|arrest|withdr|ceasefire|truce|deal|agreement|rocket|missile|mortar|artiller|"
                          r"grenade|explosi|blast|chlorine|sarin|kidnap|hostage|"
                          r"\b(?:storm|overr|retook|retake|entered|drone|dropped|behead|massacr|raid|ambush|besieg)", re.I)
# (on an ASCII sentence: one of its words in the sentence folded as gates read it, the regex's answer from one scan
# for the words as literals instead of its forty words tried at every position; see nlp.prefilter.literal_alternatives)
_HINT_WORDS = prefilter.literal_alternatives(TRIGGER_HINT)
_HINT_WORDS_RX = re.compile(prefilter.trie_regex(sorted(_HINT_WORDS))) if _HINT_WORDS is not None else None


def _trigger_hint(text: str) -> bool:
    if _HINT_WORDS_RX is not None and text.isascii():
        return _HINT_WORDS_RX.search(fold_for_gate(text)) is not None
    return TRIGGER_HINT.search(text) is not None


# (a gas or oil plant is ground held, taken like a town: "captured the Conoco gas plant from IS")
BUILDING_OBJECT = re.compile(r"\s*(?:a|an|the|several|two|three|\d+)?\s*(?:[\w\-'’]+\s+){0,2}?(?:buildings?|compound|"
                             r"headquarters|police\s+stations?|prison|hotel|checkpoints?|offices?|hospital|mosque|"
                             r"positions|outposts?|posts|"
                             r"church|school|barracks|power\s+(?:plant|station)|pumping\s+station|(?<!gas\s)(?<!oil\s)plant|factory|nightclub|restaurant|"
                             r"caf[eé]|concert\s+hall)\b", re.I)
CIVILIAN_VENUE = re.compile(rf"\b{_CIVILIAN_PLACE}\b", re.I)
# a civilian's car or home a bomb was set on or hit
# between a passive killing and its agent: "by", or the place and day told first ("were shot dead in Qalb Lawza, in
# Idlib province, on Wednesday by Nusra Front fighters"), no new clause between
_VICTIM_BY_GAP = re.compile(r"(?:\s+(?:in|at|near|on|outside|inside|along|early|late|last|overnight)\b(?:(?!\b(?:which|who|"
                            r"that|and|when|after|as|while|but|where|before)\b)[^.;]){0,90}?)?,?\s+by\s+"
                            r"(?:(?:an?|the|some|several|unidentified|unknown|masked|armed)\s+)*(?:(?:interrogators|guards|members|"
                            r"officers|agents|men|fighters|militants|gunmen|soldiers)\s+(?:at|of|from|with)\s+(?:an?\s+|the\s+)?)?",
                            re.I)  # ("by interrogators at an Air Force Intelligence branch")
# the state as a party to a deal, told only as "the government"
_GOVERNMENT_PARTY = re.compile(r"\b(?:with|and|between)\s+the\s+government\b(?!\s+of\b|\s+forces\b)", re.I)
# the next sentence opening with a side falling back: " The Islamic State fighters retreated south towards ..."
_RETREATED_NEXT = re.compile(r"\s*(?:The\s+|Its\s+|Their\s+)?(?:[\w\-]+\s+){1,4}?(?:retreated|withdrew|fled|pulled\s+(?:back|out)|"
                             r"fell\s+back)\b")
# a side's going, told after an entry
_WENT_AFTER = re.compile(r"\b(?:pulled\s+(?:back|out)|withdrew|retreated|abandoned|fled|fell\s+back)\b", re.I)
# a sentence that opens with a group's members as its subject: "Members of Shiite militias looted shops"
_MEMBERS_OPEN = re.compile(r"\s*(?:[\w\-]+\s+){0,2}?members\s+of\s+(?:the\s+)?", re.I)
# people taken and then killed in the same clause: "were seized and executed by", "dragged five men from their homes
# in the village of Kafr Nan on Monday and shot them"
_THEN_KILLED = re.compile(r"(?:[^.;,]{0,80}?\s)?and\s+(?:then\s+|later\s+|summarily\s+)?(?:executed|killed|shot|beheaded|"
                          r"massacred|murdered)\b(?:\s+(?:them|him|her|dead|all))?", re.I)
# the people named as some of an attack's dead: "Two nurses and a patient ... were among the seven dead"
_AMONG_THE_DEAD = re.compile(r"\b(?:were|was)\s+among\s+the\s+(?:[\w\-]+\s+)?(?:dead|killed|victims)\b", re.I)
# aircraft told by the side they fly for: "A drone flying for the US-led coalition"
_FLYING_FOR = re.compile(r"\b(?:drones?|jets?|aircraft|planes?|warplanes?|helicopters?|bombers?)\s+(?:(?:flying|operating|"
                         r"working)\s+(?:for|on\s+behalf\s+of)|(?:flown|operated|launched|controlled)\s+by)\s+(?:the\s+)?",
                         re.I)  # (and "a commercial drone flown by Islamic State militants")
# people among whom someone hid or was found, no party to what was done to him
_HIDING_AMONG = re.compile(r"\b(?:hiding|hidden|living|posing|sheltering|found)\s+(?:[\w\-]+\s+)?among\s+(?:the\s+)?$", re.I)
# a time clause that opens a sentence, up to its comma: "Hours after the Kurds moved in, "
_OPENING_WHEN = re.compile(r"\s*(?:(?:Hours|Days|Minutes|Weeks|Shortly|Soon|Moments|Just|Only)\s+)?(?:after|before|as|when|while|once)"
                           r"\s+[^,.;]{3,80}?,\s", re.I)
# a site of "theirs" right after a strike's verb: "struck one of their checkpoints"
_THEIR_SITE = re.compile(r"\s+(?:(?:struck|hit|targeted|exploded\s+(?:at|near)|went\s+off\s+(?:at|near))\s+)?"
                         r"(?:one\s+of\s+|two\s+of\s+|several\s+of\s+)?their\s+(?:[\w\-]+\s+)?(?:checkpoints?|positions?|posts?|"
                         r"bases?|convoys?|patrols?|vehicles?|outposts?|barracks|headquarters|lines)\b", re.I)
# a trigger that is itself a passive with its agent: "were hit by Turkish artillery"
_PASSIVE_BY_IN = re.compile(r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:[\w\-]+\s+){1,2}?by\s", re.I)
# the side an act made way for, after it: "letting fighters of the Syrian Democratic Forces push into the district"
_LETTING_BEFORE = re.compile(r"\b(?:letting|allowing|enabling|helping|to\s+help|to\s+allow|to\s+let)\s+(?:[\w\-]+\s+){0,3}?$",
                             re.I)
# a side named as a deal's broker: "Russia and Turkey brokered an agreement", "Moscow, which mediated the truce"
_BROKERED_AFTER = re.compile(r"(?:\s+and\s+[\w\-]+)?(?:,?\s+which)?\s+(?:has\s+|had\s+|have\s+)?(?:jointly\s+)?(?:brokered|mediated|"
                             r"sponsored|guaranteed|helped\s+broker|negotiated)\b", re.I)
_CIVILIAN_OWNER = re.compile(r"\b(?:car|home|house|shop|office|vehicle)\s+of\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?(?:judge|"
                             r"lawyer|doctor|journalist|teacher|cleric|imam|priest|activist|businessman|merchant|trader)\b",
                             re.I)
# people's homes ("set fire to dozens of homes", "houses belonging to Kurdish families were looted")
_HOMES = re.compile(r"\b(?:homes|houses|farmhouses|(?:family|private)\s+home|home\s+of|house\s+of)\b", re.I)
# a place told as hit, in the passive ("was directly hit by", "was struck from the air")
_PASSIVE_HIT = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[\w\-]+ly\s+)?(?:hit|struck|destroyed|"
                          r"bombed|shelled|targeted|damaged)\b", re.I)
SHOT_CIVILIANS = re.compile(r"\b(?:shooting|shot|killing|killed|gunning\s+down|massacring|taking)\s+(?:dead\s+)?(?:[\w\-]+\s+){0,3}?"
                            r"(?:staff|guests|tourists|worshippers|diners|customers|patients|pupils|students|visitors|"
                            r"civilians|shoppers|hostages|people|residents|spectators|employees|workers|labourers|"
                            r"laborers)\b", re.I)
# a works whose staff are civilians: "stormed a power station under construction, killing 12 workers"
_WORKPLACE = re.compile(r"\b(?:power\s+(?:plant|station)|plant|factory|pumping\s+station)\b", re.I)
# the last of a side's holdings in a place: what falls with them is the place
_LAST_HOLD_IN = re.compile(r"\s*the\s+(?:last|final|remaining)\s+(?:[\w\-'’]+\s+){0,2}?(?:positions|posts|outposts|"
                           r"checkpoints|strongholds?|bases?)\s+(?:in|inside|of)\s+(?:the\s+)?(?:city|town|village|"
                           r"(?-i:[A-Z]))", re.I)
ROAD_OBJECT = re.compile(
    r"\s*(?:a\s+|the\s+|an?\s+)?(?:(?:key|main|strategic|vital|\d+-km|long)\s+)?(?:(?:stretch|section|part|segment)\s+of\s+)?"
    r"(?:the\s+)?(?:(?:key|main|strategic|vital)\s+)?(?:(?-i:[A-Z][\w\-']+)\s+)?(?:road|highway|motorway|Highway\s+\d+|M\d+\b|"
    r"route|supply\s+(?:line|route))\b",
    re.I,
)
_DEATH_HINT = re.compile(r"\b(?:killed|dead|died|slain|lost\s+their\s+lives|death\s+toll)\b", re.I)
def _death_hint(text: str) -> bool:
    """Whether a sentence may count dead (substring checks first: most sentences say nothing of the kind)."""
    return ("kill" in text or "Kill" in text or "dead" in text or "Dead" in text or "died" in text or "slain" in text
            or "lives" in text
            or "toll" in text) and (_DEATH_HINT.search(text) is not None or ANOTHER_TOLL.search(text) is not None)


_AFTERMATH = re.compile(r"\b(?:in|during)\s+the\s+(?:[\w\-]+(?:['’]s)?\s+){0,3}?(?:(?P<battle>fighting|battle|clashes|offensive|"
                        r"operation|assault|push|siege|advance)|attacks?|blasts?|bombings?|explosions?|strikes?|raids?|"
                        r"shelling)\b|\b(?:the|this)\s+(?:[\w\-]+\s+)?(?:attacks?|blasts?|bombings?|explosions?|strikes?|"
                        r"raids?|shelling)\s+(?:had\s+|has\s+)?(?:killed|left)\b", re.I)
ATTACK_TYPES = {"Explosions/Remote violence", "Violence against civilians"}
# "Islamic State claimed the attack", "... claimed responsibility for both bombings", "the attack was claimed by X"
RESPONSIBILITY = re.compile(
    r"\bclaim(?:ed|s)\s+(?:responsibility\s+for\s+)?(?:the|both|these|those|that|this|the\s+twin)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:attacks?|bombings?|blasts?|explosions?|assault|massacre|killings?|strikes?|raids?)\b|"
    r"\bclaimed\s+(?:it|responsibility)\b(?!\s+(?:was|had|would|is))|"  # "...; Islamic State claimed it."
    # "Islamic State said it carried out the bombing"
    r"\b(?P<said>said|says)\s+(?:(?:in|on|through)\s+(?:an?\s+|its\s+)?(?:[\w\-]+\s+){0,2}?(?:statement|message|post|"
    r"video|channel|agency|media|website|account)\s+)?(?:that\s+)?(?:(?:it|the\s+group|(?:one\s+of\s+|two\s+of\s+)?(?:its|the\s+group['’]s)\s+"
    r"(?:fighters|militants|members|soldiers))\s+(?:had\s+)?(?:carried\s+out|was\s+behind|"
    r"were\s+behind|staged|conducted)\s+(?:the|both|these|those|that|this|the\s+twin)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:attacks?|bombings?|blasts?|explosions?|assault|massacre|killings?|raids?)\b|"
    # "Islamic State said its fighters had carried them out", "an attack Islamic State later said it had carried out",
    # "Islamic State said one of its fighters had been at the wheel"
    r"(?:it|(?:one\s+of\s+|two\s+of\s+)?(?:its|their|the\s+group['’]s)\s+(?:fighters|militants|members|soldiers|men|"
    r"[\"“‘']?martyrdom[\s\-]seekers[\"”’']?))\s+(?:had\s+)?"
    r"(?:carried\s+(?:it|them)\s+out|carried\s+out(?=\s*[,.;]|\s*$)|been\s+at\s+the\s+wheel|(?:was|were)\s+behind\s+"
    r"(?:it|them)|targeted\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:gathering|meeting|checkpoint|convoy|patrol)\b)|"
    # "Islamic State said a 'martyrdom seeker' had detonated his explosive belt among the crowd"
    r"(?:an?|its|one\s+of\s+its)\s+(?:[\w\-'‘’\"“”]+\s+){1,3}?(?:had\s+)?(?:detonated\s+(?:his|her|an?|the)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:belt|vest|car|vehicle|truck|bomb)|blew\s+(?:himself|herself)\s+up))|"
    r"\b(?:was|were)\s+(?:later\s+)?(?P<by>claimed\s+by)\b|\b(?P<blamed>blamed)\s+(?:the\s+(?:[\w\-]+\s+){0,2}?on\s+)?|"
    # "Turkish officials said they suspected Islamic State"
    r"\b(?:they|officials|police|investigators|authorities)\s+(?:\w+\s+)?(?P<suspected>suspected|suspect|blamed|blame)\s+"
    r"(?=(?:the\s+)?[A-Z])|"
    # "Turkish officials said the attackers were Islamic State militants"
    r"\bthe\s+(?:three\s+|two\s+)?(?:attackers?|bombers?|gunm[ae]n|assailants?|perpetrators?)\s+(?:were|was)\s+"
    r"(?:(?:all\s+)?(?:members\s+of|linked\s+to|from)\s+)?(?P<identified>)(?=(?:the\s+)?[A-Z])",
    re.I)
# Military and tribal ranks before a name: "Brigadier General Ali Hussein" is Ali Hussein, a brigadier general.
RANK = (r"(?:(?:Brigadier|Major|Lieutenant|Staff|Air\s+Vice)\s+)?(?:General|Colonel|Brigadier|Major|Captain|"
        r"Lieutenant|Commander|Admiral|Sheikh)")
# A side, then one of its officers to whom the event happened: "Iraqi army General Bahjat Taymes was wounded"
RANKED_VICTIM_AFTER = re.compile(
    rf"\s+(?-i:{RANK})\s+(?:[A-Z][\w'\-]+\s+){{1,4}}(?:,[^,.;]{{1,80}},\s+|,\s+)?(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:\w+ly\s+)?(?:killed|wounded|injured|captured|executed|assassinated|abducted|kidnapped)\b", re.I)
# between a named person and a capture trigger: "X was captured", "X, a senior commander, was captured"
RANKED_TAKEN_BEFORE = re.compile(rf"(?-i:{RANK})\s+[A-Z][\w'\-]+(?:\s+[\w'\-]+){{0,3}}\s*(?:,[^,.;]{{1,80}},|,)?\s+"
                                 r"(?:who\s+)?(?:(?:was|had\s+been|has\s+been)\s+(?:[\w\-]+ly\s+)?)?$")
# "Father Elias Hanna, a priest from al-Qahtaniyah, was seized": a person named, then what he does, taken
_OCCUPATION_TAKEN_BEFORE = re.compile(
    r"\b[A-Z][\w'’\-]+(?:\s+[\w'’\-]+){0,3}\s*,\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:priest|journalist|doctor|teacher|"
    r"engineer|activist|lawyer|judge|cleric|imam|nun|monk|aid\s+worker|businessman|trader|merchant|student|farmer|"
    r"photographer|reporter|nurse|pharmacist|mukhtar|bishop|pastor|surgeon|professor|lecturer|driver|shepherd)\b"
    r"[^,.;]{0,60},\s+(?:who\s+)?(?:(?:was|had\s+been|has\s+been)\s+(?:[\w\-]+ly\s+)?)?$")
# "The group's oil minister, Abu Sayyaf al-Iraqi, was captured": a person named after his post, taken
POSITION_TAKEN_BEFORE = re.compile(r"\b(?:minister|chief|commander|leader|emir|official|spokesman|governor|deputy|head|"
                                   r"executioner|financier)\s*,\s+[A-Z][\w'\-]+(?:\s+[\w'\-]+){0,3}\s*,\s+(?:who\s+)?"
                                   r"(?:(?:was|had\s+been|has\s+been)\s+(?:[\w\-]+ly\s+)?)?$")
PERSON_TAKEN = re.compile(r"(?:\s*,[^,.;]{1,80},|\s*,)?\s+(?:was|were|had\s+been|has\s+been|is|being)\s+"
                          r"(?:[\w\-]+ly\s+)?", re.I)
# ... or with the auxiliary inside the trigger: "X was captured by Iraqi forces"
PERSON_TAKEN_PASSIVE = re.compile(r"(?:\s*,[^,.;]{1,80},|\s*,)?\s+", re.I)
_AUX = re.compile(r"(?:was|were|had\s+been|has\s+been)\s", re.I)
# ... or a ranked person right after an active verb: "captured Brigadier General Ali Hussein", or people by their
# role: "shot down a warplane and captured its pilot", "captured two soldiers"
PERSON_OBJECT = re.compile(rf"\s+(?:(?:the|a|an|its|their|senior|top|police|army|military|Iraqi|Syrian|Kurdish)\s+)*"
                           rf"(?-i:{RANK})\s+[A-Z]|\s+(?:away\s+)?(?:(?:at\s+least|about|some|around|more\s+than|nearly|up\s+to|"
                           r"as\s+many\s+as)\s+)?(?:its|their|his|the|an?|two|three|four|five|six|seven|eight|nine|ten|"
                           r"eleven|twelve|\d[\d,]*|several|dozens\s+of|scores\s+of|hundreds\s+of)\s+(?:[\w\-]+\s+){0,3}?"
                           r"(?:pilots?|soldiers|officers?|commanders?|"
                           r"crew(?:men)?|policemen|journalists?|aid\s+workers?|officials?|leaders?|emirs?|operatives?|"
                           r"suspects?|militants|fighters|members|man|woman|men|women|gunm[ae]n|bombers?|attackers?|"
                           r"assailants?|fugitives?|ringleaders?|civilians|villagers|residents|Christians|Yazidis|"
                           r"Assyrians|Kurds|children|people|hunters|falconers|shepherds|farmers|workers|labou?rers|"
                           rf"hostages|families|girls|boys|{_PEOPLE_BY_TRADE})\b", re.I)
# a site named after a man ("the Sheikh Suleiman base", "the General Hospital"): the rest of its name, then its kind
_NAMED_SITE_AFTER = re.compile(r"[\w\-'’]*(?:\s+(?-i:[A-Z])[\w\-'’]*){0,3}\s+(?:base|airbase|air\s+base|barracks|camp|"
                               r"academy|college|school|hospital|airport|mosque|shrine|village|town|district|dam|"
                               r"bridge|hill|checkpoint|crossing)\b", re.I)
# ("have captured the Uzbek man", "seized at least 90 Assyrian Christians")
REASON_BEFORE = re.compile(r"\b(?:retaliation|revenge|reprisal|response|punishment)\s+(?:for|to|against)\s+"
                           r"(?:[\w.\-]+\s+){0,4}$", re.I)
SPEAKS_AFTER = re.compile(r"(?:['’]s\s+(?:[\w\-]+\s+){0,3}?)?\s*(?:said|says|claimed|claims|announced|denied|denies|"
                          r"accused|warned|told|reported|insisted|stated)\b", re.I)
NOT_AN_ATTACK_BEFORE = re.compile(
    r"\b(?:clear(?:ed|ing)?|defus(?:ed|ing)|dismantl(?:ed|ing)|remov(?:ed|ing)|plant(?:ed|ing)|lay(?:ing)?|laid|found|"
    # "troops destroyed three car bombs before they ..." (not "the hospital was destroyed in a bombing raid")
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?:destroy(?:ed|ing)|intercept(?:ed|ing)|disabl(?:ed|ing))(?!\s+(?:in|by)\b)|"
    # "displayed rows of captured car bombs", "an exhibit of spent mortar casings", "a documentary about the barrel bombs"
    r"display(?:ed|ing)|exhibit(?:ed|ing)?|showed|spent|unexploded|dud|(?:documentary|film|book|exhibition)\s+about|"
    # "learning to defuse IEDs" (not a bare "defuse" or "remove": a holdout lost a real bomb to them, number-only)
    r"(?:learn(?:ing|ed|s)?|taught|trained|training)\s+(?:how\s+)?to\s+(?:defuse|clear|remove|detect|spot)|"
    r"seiz(?:ed|ing)|against|dodg(?:ed|ing)|wearing|wore|carrying|prepar(?:ed|ing)|stockpil(?:ed|ing)|"
    r"document(?:ed|ing|s)?|film(?:ed|ing|s)?|photograph(?:ed|ing|s)?)\s+"
    r"(?:[\w\-]+\s+(?:and\s+)?){0,3}$", re.I)
REFERENCE_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:the|this|that|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s)\s+"
                              r"(?:[\w\-]+\s+)?$", re.I)
REFERENCE_AFTER = re.compile(r"\s+(?:came|comes|was\s+the|is\s+the|follows|followed|was\s+one|is\s+one|recalled|recall|"
                             r"echoed|echo|mirrored|resembled)\b", re.I)
# "It was the deadliest bombing in the capital this year": a judgement of the attack just reported
# thousands of munitions or sorties counted: a tally over a campaign
_MUNITIONS_TALLY = re.compile(r"\b\d{1,3}(?:,\d{3})+\s+(?:[\w\-]+\s+)?(?:rounds|shells|rockets|strikes|air\s*strikes|sorties|"
                              r"missions|bombs|missiles|munitions)\b", re.I)
# an attack named as the cause of something, not told as an act: "because of the air strikes", "fear of shelling"
_CAUSE_BEFORE = re.compile(r"\b(?:victims\s+of|survivors?\s+of|because\s+of|despite|in\s+spite\s+of|fears?\s+of|threat\s+of|risk\s+of|"
                           r"danger\s+of|due\s+to|fled|fleeing|flee|escaped|escaping)\s+(?:the\s+)?(?:constant\s+|daily\s+|"
                           r"relentless\s+|intense\s+|heavy\s+|incessant\s+|frequent\s+)?$", re.I)
REFERENCE_IT_WAS = re.compile(r"(?:^|[.!?]\s+)(?:it|this|that)\s+(?:was|is|marked|became)\s+(?:the\s+|a\s+|an\s+)?"
                              r"(?:[\w\-]+\s+){0,3}$", re.I)
CONSEQUENCE_OF_ATTACK = re.compile(r"(?:^|[.!?]\s+)(?:the|that|this)\s+(?:blast|explosion|bombing|attack|(?:air\s*)?strike|"
                                   r"bomb|shelling|fire|raid)s?\s+(?:also\s+)?$", re.I)
# (and one told with its auxiliary, anywhere before the act: "the council said the bombardment had set ... on fire")
_WEAPON_SUBJECT_BEFORE = re.compile(r"\b(?:bombardment|strikes?|airstrikes?|shelling|shells|raids?|missiles?|rockets?|blasts?|"
                                    r"explosions?|barrel\s+bombs)\s+(?:had\s+|has\s+|have\s+|also\s+)?$", re.I)
BLAMED_FOR_BEFORE = re.compile(r"\b(?:blamed|blames|blaming|accused|accuses|held)\s+(?:[\w\-]+\s+){0,3}?(?:for|of)\s+"
                               r"(?:(?:the|this|that|these|those)\s+(?:[\w\-]+\s+)?)?$", re.I)
# a strike against taxes or prices: a stoppage, not an air strike
_LABOUR_STRIKE = re.compile(r"(?:an?\s+|the\s+)?(?:general\s+|one-day\s+)?strikes?\s+(?:against|over|on)\s+(?:the\s+)?(?:new\s+|"
                            r"higher\s+|unpaid\s+)?(?:tax|taxes|prices|wages|salaries|pay|fees|cuts|corruption)\b", re.I)
# what an operation destroyed, told as the object of "destroyed" ("destroying their positions"), and told as its
# subject in the passive ("nine buildings used as headquarters were destroyed"): no property destruction
_MILITARY_MATERIEL_AFTER = re.compile(r"\s+(?:their|its|the|his|an?|two|three|four|five|several|\d+)\s+(?:[\w\-]+\s+){0,2}?"
                                      r"(?:positions|fortifications|weapons|equipment|ammunition|depots?|headquarters|"
                                      r"bunkers|hideouts|launchers|emplacements|vehicles?\s+(?:equipped|mounted|fitted)\s+"
                                      r"with|drones|unmanned\s+aerial\s+vehicles|UAVs)\b", re.I)
_MILITARY_TARGETS_WERE = re.compile(r"\b(?:positions|targets|headquarters|depots|shelters|command\s+(?:centres|centers|"
                                    r"posts)|bunkers|hideouts|caves|tunnels|emplacements|launchers|vehicles|tanks)\b"
                                    r"(?:\s+[\w\-]+){0,4}?\s+(?:were|was|had\s+been|have\s+been)\s+(?:[\w\-]+ly\s+)?$",
                                    re.I)
MILITARY_OBJECT = re.compile(r"\s+(?:an?|the|its|their|two|three|four|five|several|\d+)\s+(?:[\w\-]+\s+){0,2}?(?:tanks?|"
                             r"armou?red\s+vehicles?|Humvees?|military\s+vehicles?|artillery\s+pieces?|gun\s+positions?|"
                             r"rocket\s+launchers?|helicopters?|warplanes?)\b", re.I)
CROWD_SUBJECT = re.compile(r"\b(?:followers|supporters|protesters|demonstrators|crowds?|mobs?|rioters|thousands\s+of\s+"
                           r"people|hundreds\s+of\s+people)\b", re.I)
DEAL_ENDED_BEFORE = re.compile(r"\b(?:ending|ended|end|broke|breaking|broken|violat(?:ed|ing|es)|shatter(?:ed|ing)|"
                               r"collapse\s+of|breach(?:ed|ing)?(?:\s+of)?|violations?\s+of|end\s+of|an\s+end\s+to)\s+(?:a|an|the|its|their)\s+"
                               r"(?:[\w\-]+\s+){0,3}$", re.I)
# a deal talked of, proposed or offered, not made: "talks on a ceasefire", "a Kurdish proposal to extend the truce",
# "a similar truce offered to fighters in Rastan"
_DEAL_SOUGHT_BEFORE = re.compile(r"\b(?:talks|negotiations|proposals?|offers?|plans?|bids?|calls?|demands?|efforts?|hopes?|"
                                 r"push)\s+(?:[\w\-]+\s+){0,2}?(?:on|for|to\s+(?:extend|reach|agree|secure|broker|revive|"
                                 r"restore|negotiate))\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?$", re.I)
_DEAL_OFFERED_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:offered|proposed)\s+(?:to|by)\b", re.I)
_TOLD_AFTER = re.compile(r"\s*,?\s+(?:in\s+which|during\s+which|when)\s", re.I)
# an event named as what people remember it by: "veterans of the battle for Kobani", "victims of the Karrada bombing"
_REMEMBERED_BEFORE = re.compile(r"\b(?:veterans|survivors|victims|anniversary|memory|memorial|commemoration|museum|"
                                r"film|book|documentary|song|monument)\s+(?:of|to|about|for)\s+the\s+(?:[\w\-'’]+\s+){0,3}$",
                                re.I)
_SUSPICION_OF = re.compile(r"\b(?:suspicion|suspected|accused|charged|convicted)\s+(?:of|with)\s+(?:(?:a|an|the|running|planning|"
                           r"plotting|organi[sz]ing|carrying\s+out|involvement\s+in|taking\s+part\s+in|being\s+behind)"
                           r"\s+){0,3}$", re.I)
# a running toll over months: "Since June, about 1,500 civilians have been killed or wounded by mines"
_TOLL_SINCE = re.compile(r"\b[Ss]ince\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|"
                         r"September|October|November|December|20\d\d|the\s+(?:start|beginning)\s+of)\b[^.;]{0,80}?"
                         r"\b(?:have|has)\s+been\s+(?:killed|wounded|injured|maimed)\b")
_KIND_OF_ATTACK_BEFORE = re.compile(r"\b(?:tactics|methods|means|weapons)(?:\s+[\w\-]+)?,?\s+(?:such\s+as|including|like)\s+"
                                    r"(?:[\w\-]+\s+){0,3}?(?:(?:and|or)\s+)?(?:[\w\-]+\s+){0,2}$", re.I)
_GERUND_TAKING = re.compile(r"(?:re)?(?:taking|capturing|seizing)\b", re.I)
_PLANNED_BEFORE = re.compile(r"\b(?:would|will|plans?\s+to|planned\s+to|intends?\s+to|aims?\s+to|vowed\s+to|"
                             r"threatened\s+to)\b", re.I)
# between two acts of a kind, the earlier one told as what dates the later: "... after they had driven the jihadists
# out", "... since rebels had seized"
_EARLIER_ACT_BETWEEN = re.compile(r"(?:\b(?:after|before|since)\b[^.;]{0,60}?\bhad\s+(?:[\w\-]+\s+){0,2}|"
                                  r"\b(?:after|since|when)\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){1,4})$", re.I)
# ("..., more than three years after the jihadists captured the town": a subject and its verb after "after")
# a relative clause that opens just before a second act of a kind: "a town that had fallen to the jihadists", "the
# militants who overran it" (not the act's own campaign: "ending an offensive that drove the militants out")
_RELATIVE_BEFORE_ACT = re.compile(r"(?<!offensive\s)(?<!operation\s)(?<!campaign\s)(?<!assault\s)(?<!advance\s)(?<!battle\s)"
                                  r"\b(?:that|which|who)\s+(?:had\s+)?$")
# a place described, then the side that took it and the act: "Tal Afar, a mainly Turkmen city the militants captured",
# "a town that the jihadists had overrun"
_PLACE_THE_SIDE = (r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:city|town|village|base|district|airport|dam|refinery)\s+"
                   r"(?:that\s+|which\s+)?the\s+(?:[\w\-]+\s+){1,2}?(?:had\s+)?")
_PLACE_THE_SIDE_BEFORE_ACT = re.compile(_PLACE_THE_SIDE + "$", re.I)  # (just before the act's verb)
_PLACE_THE_SIDE_TOOK = re.compile(_PLACE_THE_SIDE + r"(?:captured|seized|took|overran|stormed|taken|overrun)\b", re.I)
# "the group" just before the act it did: "when fighters of the group seized it", "after the group had overrun"
_THE_GROUP_DID = re.compile(r"\b(?:after|when|since|before|as|once|that|which|where)\s+(?:(?:fighters|members|militants|"
                            r"gunmen)\s+of\s+)?the\s+group\s+(?:had\s+|first\s+)?$", re.I)
# one's own men taken elsewhere: "took their fighters over to HTS", "took his men with him"
_OWN_MEN_OVER = re.compile(r"\s*(?:their|its|his)\s+(?:own\s+)?(?:[\w\-]+\s+)?(?:fighters|men|forces|units|troops|"
                           r"brigades?|followers)\s+(?:over\s+)?(?:to|with|into|out\s+of)\b", re.I)
# a deal's parties named by their envoys: "Rebel negotiators and ...", "Iraqi and Peshmerga commanders", "government
# negotiators"
_PARTY_ENVOYS = re.compile(r"\b(iraqi|syrian|russian|turkish|american|iranian|lebanese|rebel|opposition|government|regime)"
                           r"(?:\s+(?:military|army|security|tribal|senior|local))?\s+(?:negotiators|officers|officials|"
                           r"commanders|delegates|delegations?|representatives|envoys|leaders|mediators)\b|"
                           r"\b(iraqi|syrian|russian|turkish|american|iranian|lebanese)(?=\s+and\s+(?:[\w\-]+\s+)?"
                           r"(?:negotiators|officers|officials|commanders|delegates|delegations?|representatives|envoys|"
                           r"leaders)\b)", re.I)
DEAL_FAILED_AFTER = re.compile(r"(?:\s+(?:has|had|have|was|is)|\s+[\w\-]+){0,2}?\s+(?:collapsed|broke\s+down|broken\s+down|ended|"
                               r"expired|faltered|crumbled|unravell?ed|violated|hanging)\b", re.I)
_THE_GROUP_SAID = re.compile(r"\s*(?:Later,?\s+|Hours\s+later,?\s+)?the\s+(?:(?:jihadist\s+|militant\s+)?group|militants|jihadists|"
                             r"organi[sz]ation)\s+"
                             r"(?:later\s+|also\s+)?(?:said|says|claimed|announced|stated)\b", re.I)
_GROUP_CLAIMED = re.compile(r"\bthe\s+(?:same\s+)?(?:group|militants|jihadists|organi[sz]ation)\s+(?:also\s+|later\s+|has\s+|had\s+)?"
                            r"claimed\b", re.I)
CLAIMED_AFTER = re.compile(r"\s+(?:has\s+|had\s+|later\s+)?claimed\s+(?:responsibility|the\s+(?:attack|bombing|killing))", re.I)
AFTER_THE_EVENT = re.compile(r"\b(?:after|before|since|following|hours\s+after|days\s+after)\s+(?:the|this|that|these|"
                             r"those)\s+(?:[\w\-]+\s+)?$", re.I)
TOLD_ATTACK_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:[\w\-]+\s+)?(?:strikes?|attacks?|blasts?|bombings?|explosions?|"
                                r"raids?|shelling|missiles?)\s+(?:had\s+|has\s+)?$", re.I)
REFERENCE_TOLL = re.compile(r"\s+(?:had\s+|has\s+|have\s+)?(?:mostly\s+|mainly\s+|only\s+)?(?:killed|left|wounded|injured|caused|"
                            r"destroyed|damaged|hit|struck|targeted)\b", re.I)
# "The missiles, launched from two destroyers, hit the airfield, destroying aircraft": the weapons of an attack
# just reported, and what they did
WEAPONS_SUBJECT = re.compile(r"(?:the|these|those)\s+(?:[\w\-]+\s+)?(?:missiles|rockets|shells|bombs|strikes|air\s*strikes|"
                             r"raids|blasts|explosions|bombings)\b", re.I)
# "Russia has said the strike was an error": what someone says of an attack already reported
REFERENCE_SAID = re.compile(r"\b(?:said|says|added|admitted|acknowledged|insisted|denied|confirmed)\s+(?:that\s+)?"
                            r"(?:(?:the|this|that)\s+(?:[\w\-]+\s+)?)?$", re.I)
REFERENCE_JUDGED = re.compile(r"\s+(?:was|had\s+been|is|were)\s+(?:an?\s+)?(?:error|mistake|accident|accidental|"
                              r"unintentional|deliberate|intentional|carried\s+out|launched|conducted|aimed|meant|"
                              r"targeted|justified|legitimate|illegal)\b", re.I)
# "Sixty-eight Turkish soldiers have been killed since Ankara launched ...", "estimated that at least 1,300 civilians
# were killed in coalition strikes during the battle": a total over a period, a claim (see claims.py), not an event
# "since Monday", "since dawn": the days of one fight, not a period's total
_NOT_RECENT = (r"(?!\s+(?:(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|dawn|early|the\s+weekend|"
               r"(?:the\s+)?morning))")
TOTAL_TOLL = re.compile(r"\b(?:have|has|had)\s+been\s+killed\b[^.;]{0,40}?\bsince\b" + _NOT_RECENT + r"|\b(?:estimated?|estimates)\s+"
                        r"(?:that\s+)?[^.;]{0,80}?\bkilled\b[^.;]{0,60}?\b(?:during|over|throughout)\s+the\s+"
                        r"(?:[\w\-]+\s+)?(?:battle|war|campaign|offensive|siege|fighting|operation|conflict)\b|"
                        # "The battle for Mosul, which began in October, killed thousands of civilians"
                        r"(?:^|[.!?]\s+)the\s+(?:[\w\-]+\s+)?(?:battle|war|siege|offensive|campaign|conflict|fighting)\b"
                        r"[^.;]{0,80}?\b(?:has\s+|had\s+)?killed\b|"
                        # "In 2015 alone, Russian strikes killed more than 2,000 civilians": a year's tally
                        r"\b(?:in|during)\s+(?:(?:19|20)\d\d|the\s+(?:first|second|last|past)\s+(?:[\w\-]+\s+){0,2}?"
                        r"(?:year|months|half|quarter)(?:\s+of\s+(?:19|20)\d\d)?)\s+alone\b[^.;]{0,80}?\bkilled\b|"
                        # "Russian strikes killed more than 2,000 civilians in 2015": a year's tally of many attacks
                        r"\b(?:strikes|airstrikes|raids|bombardments|bombings|attacks)\s+(?:have\s+|had\s+)?killed\s+"
                        r"(?:(?:more\s+than|over|nearly|almost|some|about|around|at\s+least)\s+)?\d{1,3},\d{3}\b"
                        r"[^.;]{0,60}?\b(?:in|during)\s+(?:(?:19|20)\d\d|(?:last|this)\s+year)\b|"
                        # "hundreds of fighters had been killed in the month-long battle"
                        r"\b(?:have|has|had)\s+killed\b[^.;]{0,80}?\b(?:this\s+year|so\s+far|to\s+date|since\b" + _NOT_RECENT + r")|"
                        r"\bkilled\s+(?:in|during|over)\s+the\s+(?:[\w\-]+-(?:long|day|week|month|year)|(?:weeks|months|years)-long|"
                        r"long|protracted)\s+(?:battle|war|siege|offensive|campaign|fighting)\b", re.I)
EARLIER_EVENT_BEFORE = re.compile(r"\b(?:a\s+day|a\s+week|\w+\s+(?:days|weeks|hours))\s+after\s+(?:an?\s+|the\s+)?"
                                  r"(?:[\w\-]+\s+)?$", re.I)
HABITUAL = re.compile(r"\b(?:every|each)\s+(?:single\s+)?(?:day|night|week|month|morning|evening|time|"
                      r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b(?:almost|nearly)\s+(?:daily|every\s+day)\b|"
                      r"\b(?:fall|falls|hit|hits|strike|strikes)\s+daily\b|"  # ("Barrel bombs fall almost daily")
                      # "IS fighters typically open an assault with a suicide car bomb": what they do, no act told
                      r"\b(?:typically|usually|routinely|generally|normally|habitually|tend\s+to)\b", re.I)
NO_CASUALTIES = re.compile(r"\bno\s+(?:casualties|deaths|fatalities|one\s+was\s+(?:killed|hurt|injured))\b|"
                           r"\bwithout\s+(?:causing\s+)?(?:casualties|injuries)\b|\bnobody\s+was\s+(?:killed|hurt)\b", re.I)
# "withdrew from the town to protect civilians": whom an act was for, not a party to it
_PURPOSE = r"\b(?:to|in\s+order\s+to)\s+(?:protect|spare|save|evacuate|shield|safeguard|blind|confuse|hide\s+from)\s+(?:the\s+)?"
PURPOSE_BEFORE = re.compile(_PURPOSE + r"(?:[\w\-]+\s+)?$", re.I)
PURPOSE_FOR_PEOPLE = re.compile(_PURPOSE + r"(?:[\w\-]+\s+)?(?:civilians|residents|people|lives|population)\b", re.I)
SAID_ON_BEFORE = re.compile(r"\b(?:said|says|announced|reported|told\s+\w+|confirmed|stated|claimed)\s+$", re.I)
ANTERIOR = re.compile(r"\bhad\s+(?:earlier|previously|already|once)\b", re.I)
OWNER_BEFORE = re.compile(r"\b(?:(?:leader|commander|head|chief|founder|emir|member|spokesman|official|governor)s?\s+"
                          r"(?:of|for)\s+(?:the\s+)?|(?:killed|captured|targeted|wounded|ambushed|assassinated)\s+"
                          r"(?:the\s+|a\s+)?(?:senior\s+|top\s+)?)$", re.I)
# "killed at least 12 civilians", "killing dozens of its fighters": the object of a verb of harm, counted or not, is
# whom the event happened to (the side that acted comes before the verb)
_QUANTITY = (r"(?:[\d,.]+|a|an|the|its|their|his|of|at|least|more|than|some|about|around|nearly|almost|over|up|to|as|"
             r"many|estimated|dozens|scores|hundreds|thousands|several|numerous|dozen|handful|number|"
             r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundred|thousand)")
HARMED_BEFORE = re.compile(r"\b(?:kill(?:ed|ing|s)|shot\s+dead|wound(?:ed|ing|s)|injur(?:ed|ing|es)|execut(?:ed|ing|es)|"
                           r"behead(?:ed|ing|s)|massacr(?:ed|ing|es)|abduct(?:ed|ing|s)|kidnapp(?:ed|ing)|"
                           rf"kidnaps)\s+(?:(?:{_QUANTITY}\s+){{0,5}}|(?:{_QUANTITY}\s+){{1,5}}(?:members|fighters|men|soldiers|"
                           rf"troops|officers|leaders|commanders)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){{0,2}})$", re.I)
# "to condemn the bombing", "mourned the victims of the attack": what people react to is an event told elsewhere
CONDEMNED_BEFORE = re.compile(r"\b(?:condemn|denounc|decr[iy]|mourn|protest(?:ed|ing|s)?\s+against|commemorat|"
                              r"remember)\w*\s+(?:the\s+victims\s+of\s+)?(?:the|this|that|these|those|last\s+\w+['’]s|"
                              r"\w+['’]s)\s+(?:[\w\-]+\s+){0,2}$", re.I)
_DATELINE_DASH = re.compile(r"\s[-\u2013\u2014]\s")
# a dateline in capitals, with its country: "QAA, Lebanon - "
_ANY_DATELINE = re.compile(r"\s*[A-Z][A-Z'’\-]+(?:[ /][A-Z][A-Z'’\-]+)*(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?\s[-\u2013\u2014]\s")
# a press release's dateline, in any case, dated: "Gaziantep/Geneva, 28 April 2016 - ", "GENEVA, April 28, 2016 -"
_DATED_DATELINE = re.compile(
    r"[ \t]*[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?(?:[ \t]*/[ \t]*[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?)*,[ \t]*"
    r"(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2},?)[ \t]+(?:19|20)\d\d[ \t]*[-\u2013\u2014]\s")
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|"
                             r"south-eastern|south-western)\s+)?")
# "the group", "its fighters": an armed group or militia that the story has named
NONSTATE_ANAPHOR = re.compile(r"\b(?:the\s+(?:group|militants|jihadists|insurgents|organi[sz]ation)|(?:its|their)\s+"
                              r"(?:fighters|militants|jihadists|gunmen|insurgents|militiamen))\b", re.I)
# "a checkpoint manned by Kurdish fighters": who holds the place hit, not who hit it
HOLDER_BY = re.compile(r"\b(?:manned|held|controlled|run|guarded|occupied|staffed|defended|besieged|surrounded|"
                       r"used|frequented|owned|patrolled|ruled|populated|inhabited)\s+by\s+(?:[\w\-]+\s+){0,2}$",
                       re.I)
# "X was killed", "X, the group's spokesman, was killed": X is the one the event happened to
PASSIVE_AFTER = re.compile(r"(?:\s*,[^,.;]{1,80},|\s*,)?\s+(?:[\w\-]+\s+){0,2}?(?:being|was|were|had\s+been|has\s+been|is)"
                           r"\s+(?:\w+ed|shot|slain|hit|struck|taken|beaten|blown\s+up)\b", re.I)
ATTRIBUTED_BEFORE = re.compile(
    r"\b(?:blamed\s+on|claimed\s+by|attributed\s+to|carried\s+out\s+by|perpetrated\s+by|planted\s+by|laid\s+by|"
    r"(?:fired|launched|dropped|lobbed|operated|flown|piloted|conducted)\s+by|"
    r"(?<=,\s)blaming|responsibility\s+"
    r"(?:for\s+\w+\s+)?(?:to|on))\s+(?:the\s+)?(?:(?:armed|rival|allied|hardline|foreign)\s+)?$",
    re.I,
)
# "as Erdogan blamed Islamic State for the attack", "in an attack Tahrir al-Sham also claimed": the perpetrator named
# after the attack it is told of (the actor between the two halves)
_ATTACK_NOUN = r"(?:attacks?|bombings?|blasts?|explosions?|massacre|killings?|strikes?|assault)"
# people held, charged or tried over an attack told right after: "held eleven people on Monday over the bombing of"
_HELD_OVER_BEFORE = re.compile(r"\b(?:held|arrested|detained|charged|jailed|sentenced|questioned|convicted|tried)\b[^.;]{0,60}?"
                               r"\b(?:over|for|in\s+connection\s+with)\s+(?:the|a|last\s+\w+['’]s)\s+(?:[\w\-]+\s+){0,3}?$", re.I)
# who blames an attack on a side without being an authority that investigates it: "the opposition blamed government
# jets", "a raid that local activists blamed on Russian aircraft", "Residents blamed Hezbollah fighters" (an
# attribution, no claim: docs/coding.md; officials, a president or the police naming the bomber still do)
_PARTISAN_BLAME = (r"\b(?:activists?|opposition|residents|rebels?|monitor|monitoring\s+(?:group|network)|observatory|locals|"
                   r"witnesses|medics|relatives|survivors|villagers|campaigners)\s+(?:(?:have|has|had|also|later|quickly)\s+)*"
                   r"(?:blamed|blaming|blame|blames)")
_PARTISAN_BLAMER = re.compile(_PARTISAN_BLAME + r"\b[^.;]*$", re.I)  # (anywhere before the claim's words)
_PARTISAN_BLAMED = re.compile(_PARTISAN_BLAME + r"\s+(?:it\s+|them\s+)?(?:on\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,2}$",
                              re.I)  # (just before the side blamed)
BLAMED_BEFORE = re.compile(r"\b(?:blamed|blames|blaming|accused|accuses|accusing)\s+(?:the\s+)?$", re.I)
BLAMED_FOR_AFTER = re.compile(rf"(?:['’]s?)?\s+(?:militants\s+|fighters\s+)?(?:for|of)\s+(?:carrying\s+out\s+)?(?:the|this|that|"
                              rf"both|these|those|its|their)\s+(?:[\w\-]+\s+){{0,2}}?{_ATTACK_NOUN}\b", re.I)
CLAIMING_BEFORE = re.compile(rf"(?:\b(?:an?|the|in)\s+|,\s+){_ATTACK_NOUN}\s+(?:that\s+|which\s+)?(?:the\s+)?$", re.I)
# "an attack the group also claimed": a claim by the group the story is about, in a clause on the attack told
_GROUP_CLAIMED_IT = re.compile(rf"\b(?:an?|the|in)\s+{_ATTACK_NOUN}\s+(?:that\s+|which\s+)?the\s+(?:same\s+)?(?:group|militants|"
                               r"jihadists)\s+(?:also\s+|later\s+|has\s+|had\s+|quickly\s+)?claimed\b", re.I)
CLAIMED_IT_AFTER = re.compile(r"\s+(?:also\s+|later\s+|has\s+|had\s+|quickly\s+)?claimed\b", re.I)
# between two towns listed as places of one act: "Raqqa and Deir ez-Zor", "Mayadin and the nearby al-Omar oilfield"
LISTED_GAP = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:the\s+)?(?:(?:nearby|neighbouring|neighboring|adjacent)\s+)?"
                        r"(?:(?:town|city|village|district)\s+of\s+)?", re.I)
BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns?|cities|city)\s+(?:of\s+)?)?$", re.I)
# a capital standing for its government: "rebels backed by Ankara", "Washington's allies", "Moscow insists it ..."
CAPITAL_AS_STATE_BEFORE = re.compile(r"\b(?:backed|supported|armed|funded|sponsored|trained|favou?red|allied|aligned|loyal|"
                                     r"close|friendly)\s+(?:by|to|with)\s+$", re.I)
CAPITAL_AS_STATE_AFTER = re.compile(r"(?:['’]s\s+(?:[\w\-]+\s+)?(?:allies|ally|proxies|backing|support|envoy|position|"
                                    r"policy|decision|government|officials|military|forces|troops|warplanes|jets|role|"
                                    r"intervention|involvement|campaign|strategy|efforts?|relations|operations?|war)\b|"
                                    r"\s+(?:insists|insisted|says|said|denies|denied|accuses|accused|claims|claimed|warned|"
                                    r"warns|wants|blamed|blames|has\s+said|has\s+denied)\b)", re.I)
# "a suicide bomber linked to Islamic State killed four": the side of the attacker the trigger names
LINKED_TO = re.compile(r"\w*\s*(?:,\s*)?(?:who\s+was\s+|(?:is|was)\s+)?(?:believed\s+to\s+be\s+|said\s+to\s+be\s+)?(?:linked|tied|"
                       r"loyal|affiliated|belonging|allied|connected)\s+(?:to|with)\s+(?:the\s+)?", re.I)
RELATIVE_WORDS = re.compile(r"\b(?:later|after|afterwards|earlier|before|following|next\s+day)\b", re.I)
CONSEQUENCE_BEFORE = re.compile(r"\b(?:prompted|triggered|drew|provoked|led\s+to)\s+(?:the\s+)?(?:first\s+)?(?:[\w\-]+\s+)?$",
                                re.I)
NON_LETHAL = {"abduction", "arrests", "agreement", "base", "group_change", "group_activity", "withdrawal", "destruction",
              "protest", "protest_intervention"}
# "Russian jets": the second of two coordinated strikers is an air force
_AIRCRAFT_AT = re.compile(r"[\w\-]+(?:\s+[\w\-]+)?\s+(?:war)?(?:planes|jets|aircraft|helicopters|gunships|bombers|drones)\b",
                          re.I)
COORD = re.compile(r"(?:['’]s)?(?:\s+(?:fighters|militants|forces|troops|units|gunmen|militiamen|men))?"  # "Nusra Front fighters and"
                   r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?(?:(?:allied|its|their|local|other|pro-government|mostly|mainly|largely|"
                   r"predominantly)\s+)?(?:(?:Shi'ite|Shiite|Shia|Sunni|Kurdish|Arab|tribal|Turkmen|Christian|Yazidi)\s+)?"
                   # "Turkish-backed rebels and the Kurdish-led Syrian Democratic Forces"
                   r"(?:[\w\-]+-(?:led|backed|dominated|allied|linked)\s+)?"
                   r"(?:allies,?\s+)?"
                   # "Syrian rebel brigades and fighters of the al-Qaeda-linked Nusra Front"
                   r"(?:(?:fighters|militants|members|units|forces|brigades|gunmen|militiamen)\s+(?:of|from)\s+(?:the\s+)?"
                   r"(?:[\w\-]+-(?:linked|backed|affiliated|allied|led)\s+)?)?", re.I)
# "Fighters from Islamic State and the Nusra Front overran ...": a side named after its fighters, not an object
FIGHTERS_OF = re.compile(r"\b(?:fighters|militants|members|forces|units|troops|gunmen|brigades|jihadists|militiamen|"
                         r"men)\s+(?:from|of)\s+(?:the\s+)?$", re.I)
CAPTURE_NEAR = re.compile(r"captured|arrested|detained|taken\s+prisoner", re.I)
# "Adnani, its chief spokesman, had been killed", "X died", "killed X", "the death of X", "targeting X"
FATE_AFTER = re.compile(
    r"^(?:,[^,]{0,90},|,(?=\s+(?:was|had|has|is)\s))?\s*(?:(?:was|had|has|is|were|have)\s+(?:been\s+)?(?:reportedly\s+|"
    r"confirmed\s+|believed\s+to\s+have\s+been\s+|seriously\s+|critically\s+|lightly\s+)?)?"
    r"(?P<fate>killed|died|slain|assassinated|captured|arrested|detained|taken\s+prisoner|wounded|injured)\b",
    re.I,
)
RANK_NAME = re.compile(
    rf"\b(?-i:(?P<rank>{RANK}))\s+(?P<name>(?:(?:Abu|Umm)\s+)?[A-Z][a-z'\-]+(?:\s+(?:(?:al|el|bin|ibn|Abu)[\s\-])?"
    r"[A-Z][a-z'\-]+){1,3})"
)
WOUNDED = re.compile(r"wounded|injured", re.I)
# A title in apposition right before a name, ending at the name: "the Islamic State governor of Kirkuk, "
_TITLE = (r"[\"“]?(?P<pos>(?:deputy\s+|military\s+|oil\s+|war\s+)?(?:leader|commander|chief|emir|governor|spokesman|official|"
          r"wali|minister))[\"”]?(?:\s+(?:of|for)\s+[\w\-' ]{1,30}?)?(?:,\s+|\s+(?:known\s+as\s+|named\s+|"
          r"called\s+)?)$")  # (matched right before a name: "an Islamic State commander known as Abu Hajar")
FATE_BEFORE = re.compile(
    r"\b(?P<fate>killed|killing|death\s+of|assassinated|targeting|targeted|eliminated|beheaded|executed|shot\s+dead|"
    r"captured|arrested|detained)"
    r"\s+(?:(?:the\s+)?[\w\-']+\s+){0,4}?$|"
    # ... or a title in apposition before the name: "killed the Islamic State governor of Kirkuk, Abu Hamza al-Kurdi"
    rf"\b(?P<fate2>killed|assassinated|captured|arrested)\s+(?:the\s+|a\s+)?(?:[\w\-']+\s+){{0,6}}?{_TITLE}",
    re.I,
)
PRE_TITLE = re.compile(_TITLE, re.I)
WOUND_NEAR = re.compile(r"\b(wounded|injured)\b", re.I)


@dataclass(slots=True)
class Trigger:
    """A compiled trigger pattern from the language's pattern file."""

    id: str
    regex: re.Pattern[str]
    category: str
    event_type: str
    sub_event_type: str | None
    frame: str
    territory: bool = False
    priority: int = 1
    nominal: bool = False  # a noun ("the fall of", "the bombing"): counts only with a date of its own
    clauses: tuple[frozenset[str], ...] = ()  # every match holds a literal of each clause; see nlp.prefilter
    regex_ascii: re.Pattern[str] | None = None  # the same matches on an ASCII text, cheaper (prefilter.ascii_twin)
    index: int = 0  # its place in Patterns.triggers (and in Patterns.trigger_index)


@dataclass(slots=True)
class Patterns:
    """The triggers and cue lists of one language."""

    triggers: list[Trigger]
    irrealis_before: Gate
    irrealis_anywhere: Gate
    hedges: Gate
    taxonomy: dict[str, list[str]] = field(default_factory=dict)
    cues: dict[str, Gate] = field(default_factory=dict)  # what the confidence model reads (extract.scoring)
    role_cues: dict[str, re.Pattern[str]] = field(default_factory=dict)  # what the role re-ranker reads (extract.roles)
    language: str = "en"
    # all triggers' literal clauses (live_triggers), and each trigger's alternatives with clauses of their own (which
    # of a sentence's candidates a clause can hold: clause_triggers)
    trigger_index: AlternativesIndex = field(default_factory=lambda: AlternativesIndex(()))

    def live_triggers(self, folded: str) -> list[Trigger]:
        """The triggers that can match somewhere in a text (``folded`` by ``fold_for_gate``): a sentence's
        candidates, so each clause scans only those."""
        triggers = self.triggers
        return [triggers[i] for i in self.trigger_index.live(folded)]

    def sentence_triggers(self, folded: str, live: list[Trigger]) -> list[Trigger]:
        """Those of a sentence's candidate triggers ``live`` that can match in it (``folded`` by ``fold_for_gate``),
        by the literals of each one's alternatives, as :meth:`clause_triggers` reads a clause. A clause's words are
        words of its sentence (clauses are cut at spaces), so its literals are the sentence's: a trigger that cannot
        match in the sentence cannot in any of its clauses, and a sentence with none has no clause to read."""
        alternatives = self.trigger_index
        hit = alternatives.hits(folded)  # (the sentence's, kept from live_triggers)
        return [t for t in live if alternatives.could_match(t.index, hit)]

    def clause_triggers(self, text: str, live: list[Trigger]) -> list[Trigger]:
        """Those of a sentence's candidate triggers ``live`` that can match in ``text`` (a clause of it), by the
        literals of each one's alternatives ("was ... hit ... by", not "was" alone): sound, the others cannot."""
        alternatives = self.trigger_index
        hit = alternatives.hits(fold_for_gate(text))
        return [t for t in live if alternatives.could_match(t.index, hit)]


def _words(items: list[str]) -> Gate:
    return Gate(re.compile(r"\b(?:" + "|".join(f"(?:{w})" for w in items) + r")\b", re.I))


@functools.lru_cache(maxsize=4)
def load_patterns(language: str = "en") -> Patterns:
    """Load a language's trigger patterns and the taxonomy from package data."""
    root = resources.files("frontwatch.extract") / "patterns"
    doc = yaml.safe_load((root / f"{language}.yaml").read_text(encoding="utf-8"))
    taxonomy = yaml.safe_load((root / "taxonomy.yaml").read_text(encoding="utf-8"))
    triggers: list[Trigger] = []
    for t in doc["triggers"]:
        sub = t.get("sub_event_type")
        if t["event_type"] not in taxonomy or (sub is not None and sub not in taxonomy[t["event_type"]]):
            raise ValueError(f"pattern {t['id']}: {t['event_type']} / {sub} is not in the ACLED taxonomy")
        triggers.append(Trigger(
            id=t["id"], regex=re.compile(r"\b(?:" + t["regex"] + r")", re.I), category=t["category"],
            event_type=t["event_type"], sub_event_type=sub, frame=t.get("frame", "active"),
            territory=bool(t.get("territory")), priority=int(t.get("priority", 1)), nominal=bool(t.get("nominal")),
        ))
        triggers[-1].clauses = required_clauses(triggers[-1].regex)
        triggers[-1].regex_ascii = ascii_twin(triggers[-1].regex)
        triggers[-1].index = len(triggers) - 1
    irr = doc["irrealis"]
    return Patterns(
        triggers=triggers,
        irrealis_before=_words(irr["before_trigger"]),
        irrealis_anywhere=_words(irr["anywhere"]),
        hedges=_words(doc["hedges"]),
        taxonomy=taxonomy,
        cues={name: _words(items) for name, items in doc.get("confidence_cues", {}).items()},
        role_cues={name: re.compile(rx, re.I) for name, rx in doc.get("role_cues", {}).items()},
        language=language,
        trigger_index=AlternativesIndex([alternative_clauses(t.regex) for t in triggers], [t.clauses for t in triggers]),
    )


# "The assault began before dawn with two suicide car bombs at the gates of the base": how the event just told
# began, so its acts are between the same sides, and a toll told next is still the toll of that event
_HOW_IT_BEGAN = re.compile(r"(?:The|That|This|Their|Its)\s+(?:[\w\-]+\s+)?(?:assault|attack|offensive|push|raid|operation)"
                           r"\s+(?:had\s+)?(?:began|begun|started|opened|was\s+launched|kicked\s+off)\b|"
                           # "The jihadists opened the attack with suicide car bombs"
                           r"(?:[\w\-]+\s+){1,5}?(?:opened|began|started|launched)\s+(?:the|its|their)\s+"
                           r"(?:[\w\-]+\s+)?(?:assault|attack|offensive|push)\s+with\b")
_SERIES_OBJECT = re.compile(r"\s+(?:a|an|the)\s+(?:[\w\-]+\s+)?(?:string|series|chain|succession|raft)\s+of\b")
# (or a mine named just before its setter: "killed by a landmine the jihadists had left behind")
_THAT_BEFORE = re.compile(r"\b(?:that|which|(?:land)?mines?|bombs?|devices?|IEDs?|explosives)\s+(?:the\s+)?(?:[\w\-]+\s+)?$")
_PLANTED_AFTER = re.compile(r"\s+(?:had\s+|have\s+|has\s+)?(?:[\w\-]+ly\s+)?(?:planted|laid|placed|rigged|hidden|left|sown|"
                            r"buried)\b")
_HOLD_SUBJECT = re.compile(r"\b(?:hold|control|grip|presence|occupation)\s+(?:of|on|over)\s+[^,;]{1,50}?"
                           r"(?:had\s+|has\s+|have\s+)?(?:effectively\s+|also\s+)?$", re.I)
_NEWLY_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|this|these|those)\s+(?:newly|recently|freshly|just)[\s\-]+$",
                           re.I)
_TALKS_BETWEEN = re.compile(r"\b(?:talks|negotiations|mediation|a\s+deal|an\s+agreement|an\s+accord)\s+between\b", re.I)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|its)\s+(?:[\w\-]+\s+)?$", re.I)
_BATTLE_FOR = re.compile(r"\b(?:battle|fight|fighting|offensive|assault|push)\s+(?:for|on|to\s+(?:take|retake|capture))\s+"
                         r"(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?(?:(?:a[lnrsdt]h?-|el-)?(?-i:[A-Z])|"
                         # "the four days of fighting for the dam": the place the story's capture took
                         r"(?P<site>(?:dam|base|air\s*base|airport|crossing|town|city|village|oilfield|refinery)\b))", re.I)
_THEIR_POSITIONS = re.compile(r"\s+(?:their|its)\s+(?:[\w\-]+\s+)?(?:positions|fighters|forces|bases?|troops|lines|"
                              r"defences|defenses|convoys?|headquarters)\b", re.I)
_SPEAKER_IN = re.compile(r"\b(?:according\s+to|told|said|says)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:spokesm[ae]n|"
                         r"officials?|sources?|officers?|commanders?|ministry|correspondents?|journalists?|reporters?)"
                         r"\s+(?:(?:based\s+)?in|from)\s+$|\b(?:spokesm[ae]n|officials?|sources?|correspondents?)\s+"
                         r"(?:based\s+)?in\s+$", re.I)
_RETAKE = re.compile(r"re(?:took|take[ns]?|taking|captur\w*|gain\w*)|won\s+back|wrest\w*\s+back", re.I)
_PEOPLE = (r"(?:soldiers?|troops|fighters?|men|pilots?|prisoners?|militants?|servicem[ae]n|cadets?|recruits?|conscripts?|policem[ae]n|"
           rf"officers|hostages|women|girls|boys|children|civilians|villagers|residents|workers|people|Yazidis|Christians|"
           rf"{_PEOPLE_BY_TRADE})")
# people named, then up to a dozen words before the verb that took them ("soldiers ... were captured")
_PEOPLE_THEN = rf"\b{_PEOPLE}\b(?:\s+[\w\-']+){{0,12}}?\s+"
PEOPLE_TAKEN_BEFORE = re.compile(_PEOPLE_THEN + r"(?:were|was|had\s+been|have\s+been)\s+(?:[\w\-]+ly\s+)?$", re.I)
# people just before the verb that took them: "lorry drivers seized by ...", and "men it had seized"
_PEOPLE_JUST_BEFORE = re.compile(rf"\b{_PEOPLE}\s+$", re.I)
_PEOPLE_THEY_HAD = re.compile(rf"\b{_PEOPLE}\s+(?:it|they|he|she|the\s+(?:group|militants|jihadists))\s+had\s+$", re.I)
# a siege a capture ended, and who held it ("ending a rebel siege", "breaking the three-year siege by the jihadists")
_SIEGE_ENDED = re.compile(r",\s+(?:ending|breaking|lifting)\s+(?:an?\s+|the\s+)?(?:[\w\-'’]+\s+){0,4}?([\w\-'’]+)\s+siege\b"
                          r"(?:\s+(?:[\w\-]+\s+){0,3}?by\s+(?:the\s+)?(?:[\w\-'’]+\s+){0,3}[\w\-'’]+)?", re.I)
# the verb that took people just named is no clause's own verb when the clause's own follows ("women and girls captured
# in Sinjar were put up for sale": people taken, not Sinjar)
_TAKEN_THEN_OWN_VERB = re.compile(r"\s+(?:in|at|near|from|during|on|last|earlier|since|after)\b[^.;:,]{0,80}?\s"
                                  r"(?:were|was|are|is|have\s+been|had\s+been|has\s+been)\s", re.I)
# people taken who are no side's fighters
_CIVILIANS_TAKEN = re.compile(r"\b(?:hostages|civilians|villagers|residents|women|children|girls?|boys?|families|"
                              r"Yazidis|Christians|journalists?|aid\s+workers|workers|drivers|hunters|falconers|"
                              r"doctors|nurses|teachers|students|tourists|pilgrims|priests|nuns|engineers|"
                              r"contractors|employees|staff)\b(?:\s+[\w\-']+){0,8}?\s+$", re.I)
# a woman or a man taken, by pronoun: "had seized her from her village"
_PRONOUN_TAKEN = re.compile(r"\s+(?:her|him)\s+(?:from|in|at|near|on|and|as|during|while|outside)\b", re.I)
PEOPLE_NOUN_AFTER = re.compile(rf"\s+(?:[\w\-]+\s+)?{_PEOPLE}\b", re.I)
_PEOPLE_TAKEN_VERB = re.compile(r"\b(?:seiz|captur|taken|took|snatch|grabb)", re.I)
_TOLL_OF_THE = re.compile(r"\btoll\s+(?:from|of|in)\s+(?:the|this|that|these|those)\s+(?:[\w\-]+\s+)?$", re.I)
# "was taken by masked men": no state's forces make an arrest so
_TAKEN_BY_MEN = re.compile(r"\s*(?:[\w\-]+\s+)?(?:men|gunmen|assailants|kidnappers|abductors)\b", re.I)
# ("Two soldiers were captured by ...": the passive trigger holds the "were" itself)
_PEOPLE_SUBJECT = re.compile(_PEOPLE_THEN + "$", re.I)
_OF_THE_BEFORE = re.compile(r"\b(?:of|the|its|their|his|her|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
                            r"several|dozens\s+of|scores\s+of|hundreds\s+of)\s+$", re.I)  # ("shot dead 20 captured soldiers")
# whom a shooting killed, when they are fighters: "shot dead 20 captured government soldiers" (prisoners: an attack)
_COMBATANTS_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,5}?(?:soldiers|troops|fighters|militants|policemen|officers?|guards|"
                               r"commanders?|Peshmerga|members|jihadists|rebels|insurgents|gunmen|pilots?|crew\w*|general|colonel|"
                               r"brigadier|major|captain|lieutenant|emir)\b", re.I)
# what a capture verb takes that is no ground: "captured the headlines", "seized the initiative"
_NOT_GROUND_AFTER = re.compile(r"\s+(?:[\w\-'’]+\s+){0,4}?(?:headlines|markets?|titles?|imagination|attention|hearts?|"
                               r"moment|mood|spotlight|championship|trophy|cup|medal|award|prize|votes?|share|footage|"
                               r"images?|video|photos?|pictures?|initiative|opportunity|momentum|limelight|"
                               # ("stormed a gathering of the Rafida at a restaurant": people attacked, no ground)
                               r"gathering|wedding|funeral|party|ceremony|crowd)\b", re.I)
# what is recovered that is no ground: "recovered it intact", "recovered the bodies of ...", "the wreckage"
_THING_RECOVERED = re.compile(r"\s+(?:(?:it|them)\s+(?:intact|undamaged|unharmed|whole)\b|(?:the\s+|their\s+|his\s+|her\s+)?"
                              r"(?:[\w\-]+\s+)?(?:bod(?:y|ies)|corpses?|remains|wreck\w*|drones?|weapons?|arms|"
                              r"documents|black\s+box|flight\s+recorders?|cash|money|ammunition)\b)", re.I)
# "satellite images ... taken between September and February": a picture taken, not ground
_PICTURES_BEFORE = re.compile(r"\b(?:images?|photos?|photographs?|pictures?|footage|videos?|samples?|readings?)\s+"
                              r"(?:[\w\-]+\s+){0,8}?$", re.I)
# "marched against the arrests", "protests over the detentions": the act spoken of, told before, not told here
_PROTESTED_BEFORE = re.compile(r"\b(?:against|over|protesting|condemning|denouncing|demanding\s+an\s+end\s+to)\s+"
                               r"(?:the|these|those|recent|last\s+\w+['’]s)\s+(?:[\w\-]+\s+)?$", re.I)
# an attack told by its noun ("the bombing", "Friday's car bomb attack"), as a claim names it
_CLAIMED_ATTACK = re.compile(rf"(?:(?:suicide|car|truck|bus|minibus|roadside)\s+)?(?:{_ATTACK_NOUN}|shelling|ambush)\b", re.I)
# "The group's Amaq agency claimed the bombing on Friday": the attack told before, claimed, not a second one
_CLAIMED_THE_BEFORE = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:responsibility\s+for\s+|credit\s+for\s+)?(?:the|Friday's|"
                                 r"Thursday's|Wednesday's|Tuesday's|Monday's|Sunday's|Saturday's|yesterday's|"
                                 r"today's)\s+(?:[\w\-]+\s+)?$", re.I)
_UNKNOWN_AIRCRAFT = re.compile(r"\b(?:unidentified|unknown|unmarked|unnamed)\s+(?:[\w\-]+\s+)?(?:warplanes|jets|aircraft|"
                               r"planes|drones|helicopters|bombers)\b", re.I)
# an attack beaten back, with its attacker named in it: "repelled a pre-dawn assault by Islamic State fighters",
# "beat back an Islamic State attack", "repulsed yet another IS assault"
_REPELLED = re.compile(r"(?:repelled|repulsed|fended\s+off|beat\s+back|fought\s+off|thwarted|foiled)\b", re.I)
_ATTACK_BY_AFTER = re.compile(r"\s+(?:an?|the|another|yet\s+another|their|its)\s+(?:[\w\-'’]+\s+){0,4}?(?:attacks?|assaults?|"
                              r"offensive|advance|push|raid|incursion|infiltration)\b", re.I)
_HELD_BEFORE_VICTIMS = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?(?:captured|detained|surrendered|unarmed|imprisoned|"
                                  r"prisoners?\s+of|kidnapped|abducted)\b", re.I)
_PROPERTY_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|its)\s+(?:[\w\-]+\s+)?(?:house|home|property|car|"
                              r"vehicle|farm|shop|land|flat|apartment)s?\s+(?:was\s+|were\s+|had\s+been\s+)?$", re.I)
_ARMY_SITE = re.compile(r"\b(?:army|regime)\s+(?:[\w\-]+\s+)?(?:bases?|airports?|air\s+bases?|airbases?|barracks|"
                        r"garrisons?|positions|posts|checkpoints|camps?)\b|\b(?:Brigade|Division|Regiment)\s+\d+")
_SITE_ANAPHOR = re.compile(r"\b(?:the|that|this)\s+(dam|air\s*base|base|airport|crossing|oilfield|oil\s*field|gas\s*field|"
                           r"field|refinery)\b", re.I)
_SITE_CODES = {"dam": {"DAM"}, "airbase": {"AIRB", "AIRP", "MILB"}, "base": {"AIRB", "MILB", "INSM"},
               "airport": {"AIRB", "AIRP"}, "crossing": {"BCRS"}, "oilfield": {"OILF", "GASF"},
               "gasfield": {"GASF", "OILF"}, "field": {"OILF", "GASF"}, "refinery": {"RFNY"}}
_SITE_FEATURES = set().union(*_SITE_CODES.values())
_FOUNDED_BEFORE = re.compile(r"\b(?:formed|founded|established|created|set\s+up|built|completed|born|appointed|elected|"
                             r"inaugurated)\s+(?:in\s+|on\s+)?$", re.I)
# a settlement named by its kind, which the gazetteer may lack ("captured the village of Hardatnin"): an event there
# is not the one told at the story's last town, even when it takes that town's point for want of its own
_KIND_OF_NAMED = re.compile(r"\b(?:town|city|village|hamlet|district|neighbou?rhood|suburb)\s+of\s+"
                            r"((?:(?:al|el|ad|ar|as|at|an|ash|az)-)?[A-Z][\w\-'’]+)")
# "Bombings claimed by Islamic State killed ...": the noun of an attack as the subject of what it did
_NOUN_SUBJECT_ACTS = re.compile(r"(?:\s+(?:claimed|carried\s+out|blamed)\s+(?:on|by)\s+[\w\s\-'’]{2,40}?|,\s+which|"
                                r"\s+(?:in|at|near|across|outside)\s+(?:[\w\-'’]+\s+){0,10}?[\w\-'’]+)?\s+"
                                r"(?:killed|struck|hit|tore|ripped|rocked|wounded|targeted)\b")
_PLACE_ANAPHOR = re.compile(r"\b(?:the|that|this)\s+(?:[\w\-]+\s+){0,2}?(?:town|city|village|area|enclave|base|capital|"
                            r"region)\b(?!\s+of\s+(?:al-|el-)?[A-Z])|\bthere\b|\bnear\s+the\s+city|"
                            r"\bthe\s+same\s+(?:hills|mountains|valley|plain)\b", re.I)
_NAMED_QUARTER = re.compile(r"\b(?:al-|el-)?[A-Z][\w\-']+(?:\s+(?:al-)?[A-Z][\w\-']+){0,2}\s+(?:neighbou?rhood|district|quarter)\b")
_QUARTER_AFTER = re.compile(r"\s+(?:neighbou?rhood|district|quarter)\b", re.I)
_QUARTER_END = re.compile(r"\s(?:neighbou?rhood|district|quarter)$", re.I)
_SAME_NOUN = re.compile(r"\bthe\s+same\s+(shrine|mosque|church|hospital|market|camp|prison|bridge|square|base|airport|"
                        r"crossing|checkpoint|refinery|dam)\b", re.I)
_PLURAL_CLAIMED = re.compile(r"\b(?:attacks|bombings|blasts|explosions)\s+(?:were\s+)?claimed\s+by\b", re.I)
_HELD_BY_NOBODY = re.compile(r"\s(?:were|was)\s+(?:also\s+)?held\s+$")
_ONE_CAPITAL = re.compile(r"\b([A-Z][a-z]+)$")
_CAPITAL_AND_PARTY = re.compile(r"\b([A-Z][a-z]+)\s+and\s+(?:the\s+)?(?:[A-Z][\w\-'’]*\s+){0,4}[A-Z][\w\-'’]*(?:\s+(?:have|had))?$")
_TWO_CAPITALS = re.compile(r"\b([A-Z][a-z]+)\s+and\s+([A-Z][a-z]+)(?:\s+(?:have|had))?$")
_CAPITAL_VERBS = [*((f" {v}", _ONE_CAPITAL) for v in ("shelled", "bombed", "pounded", "struck", "hit", "launched",
                                                       "fired", "attacked")),
                  *((f" {v}", _TWO_CAPITALS) for v in ("agreed", "signed", "reached", "brokered", "sealed")),
                  # "Baghdad and the Kurdistan Regional Government struck a deal": a capital beside a party it dealt with
                  *((f" {v}", _CAPITAL_AND_PARTY) for v in ("agreed", "signed", "reached", "struck a deal", "sealed"))]
_CAPITAL_FORCES = re.compile(r"\b([A-Z][a-z]+)['’]s\s+(?:own\s+|main\s+|regular\s+|elite\s+|special\s+)?(?:forces|troops|"
                             r"army|soldiers|warplanes|jets|aircraft|air\s+force|artillery|tanks|drones|military|howitzers|"
                             r"guns|gunners|bombers|helicopters)\b")

_NO_CLAIM_BEFORE = re.compile(r"\b(?:no\s+(?:group|one|faction|organi[sz]ation|side)|nobody|none)\s+(?:has|had|have)?\s*"
                              r"(?:yet\s+)?$|\b(?:has|have|had|did)\s+not\s+(?:yet\s+)?$|\bnot\s+yet\s+$|\bnever\s+$", re.I)
_CLAIMS_AFTER = re.compile(r"\s+(?:later\s+|quickly\s+|swiftly\s+)?claimed\s+(?:it|responsibility|the)\b")
_POSSESSIVE_AGENT = re.compile(r"['’]s?\s+(?:[\w\-]+\s+)?")
_POSSESSIVE_FORCES = re.compile(r"['’]s\s+(?:own\s+)?(?:fighters|forces|troops|men|militants|jihadists|warplanes|jets|"
                                r"aircraft|artillery|gunmen|soldiers|militiamen|units)\b(?!\s+(?:were|was|had\s+been|have\s+"
                                r"been|who\s+were)\b)")
_NOUN_TRIGGER = re.compile(r"(?:re)?(?:capture|seizure|takeover|liberation|conquest)(?:\s+of)?|"
                           # "the rebels' assault on government positions in Hama began on Monday"
                           r"(?:assault|offensive|push|campaign|attack)\s+(?:on|against|into)\s+[^,.]{0,60}?\s+began", re.I)
# the object of a nominal trigger up to its date: words and places, no verb, clause or punctuation
_OBJECT_PHRASE = re.compile(r"(?:\s+(?!(?:was|were|is|are|had|has|have|which|that|who|and|but|came|comes|would|will|could|"
                            r"might|may|should|must|to|begin|began|start|started|be|been)\b)[\w\-'’]+){1,7}\s+")
# where the rounds came from, named for its holder: "Mortar shells fired from the rebel-held eastern suburbs"
_FIRED_FROM_HELD = re.compile(r"\b(?:fired|launched|lobbed)\s+(?:[\w\-]+\s+){0,2}?from\s+(?:the\s+|an?\s+)?(?:(?!Islamic\s)[\w\-]+\s+)?"
                              r"(?=(?:Islamic\s+State|[\w\-]+)-(?:held|controlled|run)\b)", re.I)
# ... or named for the side whose positions they are: "Shells fired from army positions around Harasta"
_FIRED_FROM_SIDE = re.compile(r"\b(?:fired|launched|lobbed)\s+(?:[\w\-]+\s+){0,2}?from\s+(?:the\s+)?(army|regime|government|"
                              r"rebel|opposition|jihadist|militant|insurgent|Kurdish)\s+(?:positions|posts|bases|lines|"
                              r"areas|territory|side)\b", re.I)
_SIDE_SITE = re.compile(r"\b(?:(?:an?|the|their|its)\s+)?(Kurdish|army|government|regime|rebel|police|Peshmerga|Turkish|Iraqi|"
                        r"Syrian|Russian|Hezbollah|jihadist|militia|opposition)\s+(?:border\s+posts?|checkpoints?|positions?|posts?|bases?|"
                        r"convoys?|patrols?|outposts?|headquarters|barracks|strongholds?|lines|defen[cs]es)\b", re.I)
# places named for the side that holds them, right after a strike's or a fight's verb: "shelled Kurdish villages west
# of Kobani" (held by the Kurds; not "Turkish villages", which are where people live)
_SIDE_PLACES = re.compile(r"\s+(?:the\s+)?(?:[\w\-]+\s+)?(Kurdish|rebel|opposition|jihadist)\s+(?:villages|towns|districts|"
                          r"neighbou?rhoods|areas|enclave|pocket)\b", re.I)
_NATION_CAPITAL = re.compile(r"\bthe\s+(Syrian|Iraqi|Turkish|Lebanese|Jordanian|Iranian|Russian|Israeli)\s+capital\b")
_COUNTRY_NAMES = {"Syria": "SY", "Iraq": "IQ", "Turkey": "TR", "Lebanon": "LB", "Israel": "IL", "Russia": "RU",
                  "Iran": "IR", "Jordan": "JO", "America": "US"}
_NATION_CODES = {"syrian": "SY", "iraqi": "IQ", "turkish": "TR", "lebanese": "LB", "israeli": "IL", "russian": "RU",
                 "iranian": "IR", "jordanian": "JO", "american": "US", "us": "US", "u.s.": "US"}
_NATIONS = r"Syrian|Iraqi|Turkish|Lebanese|Israeli|Russian|Iranian|Jordanian|American|US|U\.S\."  # (see _NATION_CODES)
# a span a fight lasted, told after its verb and object ("had fought the jihadists for weeks")
_OBJECT_FOR_A_SPAN = re.compile(r"\s+(?:[\w\-'’]+\s+){0,4}?for\s+(?:(?:several|many|two|three|four|five|six)\s+)?(?:days|weeks|months|"
                                r"years)\b", re.I)
# an entry told against little resistance: the ground taken ("entered Sinjar on Friday, meeting little resistance")
_LITTLE_RESISTANCE = re.compile(r"\b(?:meeting|met|encountering|encountered|facing|faced)\s+(?:little|no|only\s+light|"
                                r"light|scant)\s+resistance\b", re.I)
# a capture told by the years a side held the place ("had held the town since August last year"): background, from
# which later sentences are not dated
_HELD_SINCE_AT = re.compile(r"(?:had|have|has)\s+(?:held|controlled|occupied|ruled|run)\b", re.I)
_NATION_BEFORE = re.compile(rf"\b({_NATIONS})\s+$")
# a nation's gear or post hit earlier in the sentence: whose the "soldiers" it killed were ("A roadside bomb struck a
# Turkish armoured vehicle ..., killing two soldiers")
_NATION_GEAR = re.compile(rf"\b({_NATIONS})\s+(?:[\w\-]+\s+)?(?:vehicles?|tanks?|convoys?|patrols?|checkpoints?|"
                          r"outposts?|observation\s+posts?|military\s+posts?|armou?red\s+(?:vehicles?|cars?|personnel\s+carriers?))\b")
# a side named as the subject of an attack verb ("DAESH terrorists attacked ...")
_ACTED_AFTER = re.compile(r"(?:\s+(?:terrorists|fighters|militants|forces|troops|units))?\s+(?:attacked|struck|hit|targeted|"
                          r"assaulted|stormed|rammed)\b", re.I)
# an attack told with the bombs it was made with: the bombing's event is the attack
_WITH_WEAPONS_AFTER = re.compile(r"[^.;]{0,80}?\bwith\s+(?:an?\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:[\w\-]+\s+){0,2}?"
                                 r"(?:suicide\s+(?:car\s+|truck\s+)?bombs?|car\s+bombs?|truck\s+bombs?|suicide\s+bombers|"
                                 r"suicide\s+vehicles)\b", re.I)
# the weapon a clause's subject used ("attacked the checkpoint with two suicide car bombs")
_WITH_WEAPON_BEFORE = re.compile(r"\bwith\s+(?:an?\s+|two\s+|three\s+|four\s+|several\s+|\d+\s+)?(?:[\w\-]+\s+){0,2}$", re.I)
# whom a vehicle hit carried: "struck a minibus carrying port workers"
_CARRYING_WHOM = re.compile(r"\b(?:vehicle|minibus|bus|car|van|truck|taxi|pickup|coach)\s+carrying\s+"
                            r"(?P<who>(?:[\w\-'’]+\s+){0,5}?[\w\-]+)(?=[,.;]|\s+(?:on|near|in|at|to|from|outside)\b)", re.I)
_ARMED_ABOARD = re.compile(r"\b(?:soldiers|troops|fighters|militants|militiamen|police(?:men)?|officers|guards|recruits|"
                           r"members|personnel|commanders|gunmen|ammunition|weapons)\b", re.I)

# the agent's "by" just before it: "..., early in the government's offensive, by Iraqi troops"
_BY_AT_END = re.compile(r",\s+by\s+(?:the\s+)?$")
# between a side and the force it owns: "the Kurdish-led administration's security police"
_OWNED_FORCE_GAP = re.compile(r"['’]s\s+(?:[a-z][\w\-]*\s+){0,2}")
# a side named by its aircraft: "Russian jets", "coalition warplanes"
_AIRCRAFT_MENTION = re.compile(r"\b(?:jets?|warplanes?|aircraft|planes?|bombers?|helicopters?|drones?|air\s+force)\b", re.I)
# fire from a side's positions: "mortar fire from Islamic State positions", "rounds fired from the group's positions"
_FIRE_FROM_BEFORE = re.compile(r"\b(?:fire|rounds|shells|rockets|mortars|barrages?|fired|launched|lobbed)\s+(?:[\w\-]+\s+){0,2}?"
                               r"from\s+(?:the\s+)?$", re.I)
_FIRE_FROM_THE_GROUP = re.compile(r"\b(?:fire|rounds|shells|rockets|mortars|fired|launched)\s+(?:[\w\-]+\s+){0,2}?from\s+the\s+"
                                  r"(?:group|militants|jihadists|insurgents)['’]s?\s+(?:positions|posts|lines|trenches)\b", re.I)
_POSITIONS_AFTER = re.compile(r"(?:['’]s?)?\s+(?:[\w\-]+\s+)?(?:positions|posts|bases|lines|trenches|side|territory)\b", re.I)
# a header line's label: "SUBJECT: ...", "Re: ...", "TAGS: ..."
_HEADER_LABEL = re.compile(r"\s*(?:SUBJECT|Subject|SUBJ|RE|Re|TAGS|Tags|REF|Ref|FROM|From|TO|To|CC)\s*:\s")
# acts in general: "in every battle of our units", "each attack"
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+(?:[\w\-]+\s+)?$", re.I)
_IN_EVERY_AFTER = re.compile(r"\s+in\s+(?:every|each|all\s+(?:the|our|their|its))\s+(?:[\w\-]+\s+)?(?:battles?|fights?|attacks?|"
                             r"operations?|offensives?|campaigns?)\b", re.I)
# places a participle describes: "the liberated districts of the left bank", "the occupied areas"
_STATE_OF_PLACES_AFTER = re.compile(r"\s+(?:[\w\-]+\s+)?(?:areas?|districts?|neighbou?rhoods?|towns?|villages?|cities|city|"
                                    r"territor(?:y|ies)|parts?|regions?|lands?|zones?|quarters?)\b", re.I)
# what an aircraft "struck" by accident: "struck power lines", "hit the ground"
_STRUCK_NO_TARGET_AFTER = re.compile(r"\s+(?:(?:power|electricity|high-voltage)\s+(?:lines|cables|pylons?)|the\s+ground|"
                                     r"a\s+(?:mountain|mountainside|hillside|pylon|tree)|terrain)\b", re.I)
# who the dead were: "two of them suicide bombers", "among them three suicide bombers"
_OF_THEM_BEFORE = re.compile(r"\b(?:of|among)\s+them\s+(?:[\w\-]+\s+)?$", re.I)
# a share of all such acts: "most of the capital's car bombings", "many of the strikes"
_SHARE_OF_ALL_BEFORE = re.compile(r"\b(?:most|many|all|some|none|each|half)\s+of\s+(?:the|its|their|these|those)\s+"
                                  r"(?:[\w\-]+['’]s?\s+)?(?:[\w\-]+\s+)?$", re.I)
# a participle after a comma, whose subject is the sentence's: "..., blowing up the bridge as they left"
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+[a-z]", re.I)
# a weapon stopped, told by its pronoun ("destroyed it short of the trenches"): the bomb the sentence named before
_STOPPED_IT = re.compile(r"(?:destroyed|stopped|disabled|blew\s+up|hit)\s+it\b", re.I)
# a title calling the article a side's statement ("YPJ General Command statement: ...")
_STATEMENT_WORD = re.compile(r"\b(?:statement|communiqu[eé]|press\s+release|declaration)\b", re.I)
# a statement's signature line: the side's name and its office ("YPJ General Command", "Media Office of ...")
_SIGNATURE_LINE = re.compile(r"(?:(?:the\s+)?(?:general\s+)?(?:command|media\s+office|press\s+office)\s+of\s+(?:the\s+)?)?"
                             r"(?P<name>[^\W\d][\w'’\- ]{1,40}?)(?:\s+(?:general\s+command|command|media\s+office|"
                             r"press\s+office|media\s+centre))?", re.I)
# a state's forces speaking of "our units" ("..., the Turkish General Staff said")
_OWN_SPEAKER = re.compile(rf"\b({_NATIONS})\s+(?i:general\s+staff|military|army|armed\s+forces|defen[cs]e\s+ministry|"
                          r"ministry\s+of\s+defen[cs]e|joint\s+operations\s+command)\b")
_NATION_SPEAKER = re.compile(rf"\b({_NATIONS})\s+"
                             r"(?:(?:defen[cs]e\s+|foreign\s+)?(?:officials|government|ministry|authorities|military|"
                             r"president|prime\s+minister|general\s+staff|commanders?|spokesman))\b")
_COUNTED_ON = re.compile(r"\b(?:(?:a|one|two|three|four|five|six|\d)\s+(?:days?|weeks?)\s+(?:later|earlier)|the\s+(?:next|following)\s+"
                         r"(?:day|morning|evening|night)|the\s+day\s+(?:after|before)|(?:earlier|later)\s+that\s+(?:day|morning|"
                         r"afternoon|evening|night)|that\s+(?:same\s+)?(?:morning|afternoon|evening)|the\s+same\s+day)\b", re.I)
_TALLY_INSIDE = re.compile(rf"\b(?:\d{{1,3}}(?:,\d{{3}})+|\d{{3,}}|{_WORD_COUNT})\s+(?:air\s*)?(?:strikes|sorties|raids|missions)\b")
_DATE_HINT = re.compile(r"day\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z.]*\s+\d|\b(?:19|20)\d\d\b")
# (also a second participle sharing the auxiliary: "were seized and executed by")
_PASSIVE_AUX_BEFORE = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ed\s+and\s+(?:then\s+)?)?$",
                                 re.I)
_OPENING_BACKED = re.compile(r"\s*(?:Backed|Supported|Aided|Helped|Assisted|Covered)\s+by\b")
_NEGATED_MAIN = re.compile(r"(?:had|has|have|did)\s+not\b|never\b", re.I)
# right before a trigger (read for every trigger match, so compiled here rather than where they are used): an aim
# ("a campaign to retake"), a state ("have been encircled for months", "have besieged ... since"), a tally ("most of
# the suicide bombings"), a source ("according to the"); and right after an actor, a possessive ("Assad's")
_TO_BEFORE = re.compile(r"\bto\s+$")
_BEEN_BEFORE = re.compile(r"\b(?:have|has|had)\s+been\s+$", re.I)
_PERFECT_BEFORE = re.compile(r"\b(?:have|has)\s+(?:been\s+)?$", re.I)
_SHARE_OF_BEFORE = re.compile(r"\b(?:most|many|much|all|some)\s+of\s+(?:the|its|their)\s+(?:[\w\-]+\s+)?$", re.I)
_ACCORDING_TO_BEFORE = re.compile(r"according\s+to\s+(?:the\s+)?$", re.I)
_POSSESSIVE_AFTER = re.compile(r"'s?\s")
# before an actor, a preposition: it is no sentence's opener ("fighting against the army")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|from|against|with|by|on|at|to)\s+(?:the\s+)?$", re.I)
_WHEN_CLAUSE = re.compile(r"\b(?:when|as|until|before)\s", re.I)
_GERUND = re.compile(r"\w+ing\b")
_TOWNS_OF = re.compile(r"\b(?:towns|villages|cities)\s+of\s+$")
# ... or told as such after the list: "pounded Hamouriyeh and Saqba, two towns in the Ghouta"
_KIND_OF_IN_GAP = re.compile(r"(?:town|village|city)\s+of\s+$", re.I)
_TOWNS_AFTER = re.compile(r",\s+(?:two|three|four|both|the\s+two)\s+(?:[\w\-]+\s+)?(?:towns|villages|cities)\b", re.I)
# places listed by their kind after an act: "the villages of Tob Zawa, Shaqouli and Bazwaya"
_PLACE_NAME = r"(?:(?:al|el|ad|ar|as|at|an|ash|az|Al|El)-)?[A-Z][\w'’\-]+(?:\s+(?:(?:al|el|ad|ar|as|at|an|ash|az)-)?[A-Z][\w'’\-]+){0,2}"
_NAMED_LIST = re.compile(rf"\b(?:villages|towns|hamlets|districts|neighbou?rhoods|suburbs)\s+of\s+(?P<names>{_PLACE_NAME}"
                         rf"(?:\s*,\s*{_PLACE_NAME})*,?\s+and\s+{_PLACE_NAME})")
# the literals every match of _NAMED_LIST holds (nlp.prefilter.Gate, read off the pattern): a clause without them has
# no list, so its window is not scanned
_NAMED_LIST_GATE = prefilter.Gate(_NAMED_LIST)
_LIST_ITEM = re.compile(_PLACE_NAME)
_BOTH_OBJECT = re.compile(r"\b[a-z]+ed\s+(?:both|the\s+two\s+(?:towns|villages|cities|districts|areas))\b(?!\s+(?:sides|of)\b)")
_ROAD_TO_BEFORE = re.compile(r"\b(?:road|highway|route|motorway)\s+(?:to|towards|from)\s+(?:the\s+)?(?:city\s+of\s+)?$", re.I)
_ENCLAVE_OF = re.compile(r"\s*(?:against|on|into|in)\s+the\s+(Kurdish|rebel|government|regime|jihadist)\s+"
                         r"(?:enclave|stronghold|bastion|town|city|district|areas?|positions)\b", re.I)
_SAME_FORCES = re.compile(r"\bthe\s+same\s+(?:forces|troops|fighters|units|alliance|militias?|coalition|columns)\b",
                          re.I)
_TARGETED_BEFORE = re.compile(r"\b(?:positions|bases?|headquarters|checkpoints?|fighters|members|convoys?|offices|"
                              r"(?:home\s+)?(?:village|town)|stronghold|bastion)\s+"
                              r"(?:of|held\s+by|belonging\s+to)\s+(?:the\s+)?(?:rival\s+)?(?:[\w\-]+-backed\s+)?$|\b(?:against|on)\s+(?:the\s+)?rival\s+$|"
                              # "mistakenly fired on Popular Mobilization fighters": an ally hit by mistake
                              r"\b(?:mistakenly|accidentally|wrongly|erroneously)\s+(?:fired\s+(?:on|at)|struck|bombed|hit|"
                              r"shelled|targeted)\s+(?:the\s+)?(?:(?:positions|convoy|base)\s+of\s+(?:the\s+)?)?$",
                              re.I)
# an air arm named as the subject of an act: "The Russian Aerospace Forces killed ...", "Russian jets destroyed ..."
_AIR_ARM_NOUNS = r"Aerospace\s+Forces|air\s+forces?|warplanes|jets|aircraft|bombers|helicopters"
_AIR_ARM = re.compile(rf"\b(?:{_AIR_ARM_NOUNS}|drones)\s+(?:[\w\-]+\s+){{0,2}}?(?:killed|shot\s+dead)$", re.I)
_AIR_ARM_BEFORE = re.compile(rf"\b(?:{_AIR_ARM_NOUNS}|drones?|air\s*strikes|airstrikes|air\s+raids)\s+(?:[\w\-]+\s+){{0,2}}?$",
                             re.I)
# a raid told with the aircraft that flew it: "a raid on Thursday that activists blamed on Russian aircraft"
_RAID_BY_AIR = re.compile(rf"[^.;]{{0,70}}?\b(?:by|on|from|of)\s+(?:the\s+)?(?:[\w\-]+\s+){{0,2}}?(?:{_AIR_ARM_NOUNS}|drones?|planes)\b",
                          re.I)
# a time clause opening a sentence: "Hours after parliament voted ..., ", "Days before the talks opened, "
_LEADING_TIME_CLAUSE = re.compile(r"\s*(?:(?:hours|days|weeks|minutes|moments|shortly|soon|just|a\s+day|a\s+week|two\s+days)\s+)?"
                                  r"(?:after|before)\s", re.I)
# aircraft told with their owner: "Long-range bombers of the Russian air force", "Jets from the coalition"
_AIRCRAFT_OF = re.compile(r"(?:[\w\-]+\s+){0,2}?(?:warplanes|jets|aircraft|bombers|planes|helicopters|drones)\s+"
                          r"(?:of|from|belonging\s+to)\s+(?:the\s+)?", re.I)
_DESTROYED_BY_BEFORE = re.compile(r"\b(?:destroyed|demolished|levell?ed|razed|flattened|reduced\s+to\s+rubble)\s+"
                                  r"(?:(?:on\s+\w+day|overnight)\s+)?by\s+(?:a\s+series\s+of\s+|massive\s+|huge\s+|several\s+)?$", re.I)
_EXACT_COUNT = re.compile(r"\d|\b(?:hundred|thousand)\b", re.I)  # (a count, not "hundreds of strikes")
_SUSPECTED_OF = re.compile(r"(?:suspected|convicted)\s+of|(?:on|under)\s+suspicion\s+of|charged\s+with", re.I)
_AMONG_THEM = re.compile(r"\s+(?:among\s+them|included|too)\s*,", re.I)
_GUNMEN_OF_GAP = re.compile(r"\s+(?:from|of|belonging\s+to|loyal\s+to|linked\s+to)\s+(?:the\s+)?", re.I)
_LOYALIST_TARGET = re.compile(r"\s+(?:on\s+|at\s+)?(?:the\s+)?(?:[\w\-]+\s+)?(?:loyalist|pro-government|pro-regime|regime-loyal)\s+"
                              r"(?:villages?|towns?|districts?|areas?|neighbou?rhoods?|quarters?|suburbs?)\b", re.I)
_OPPOSED_BEFORE = re.compile(r"\b(?:from|against|with)\s+(?:the\s+)?$", re.I)
_YET_TO_BE = re.compile(r"(?:\s+[\w\-]+){0,3}?\s+(?:had|have|has|were|are|was|is|remain(?:ed|s)?)\s+(?:still\s+)?(?:yet\s+)?to\s+"
                        r"be\s+(?:exhumed|found|excavated|opened|identified|located|cleared)\b", re.I)
_BROKERED_THE_DEAL = re.compile(r"(?:mediated|brokered|sponsored|guaranteed|facilitated)\s+(?:the|this|that)\s+(?:deal|agreement|"
                                r"truce|ceasefire|accord)\b", re.I)
# a time told between a passive verb and its agent: "was destroyed on Thursday by French jets", "pounded overnight by"
_TIME_BEFORE_BY = r"(?:\s+(?:on\s+\w+day|overnight|yesterday|last\s+night|early\s+on\s+\w+day|late\s+on\s+\w+day))?"
_BY_AIR_ARM_AFTER = re.compile(rf"{_TIME_BEFORE_BY}\s+by\s+(?:the\s+)?(?:[\w\-]+\s+){{0,3}}?(?:{_AIR_ARM_NOUNS}|drones?|air\s*strikes|airstrikes)\b",
                               re.I)
_ARMED_VICTIMS = re.compile(r"\b(?:soldiers?|troops|fighters?|policem[ae]n|police|officers?|Peshmerga|militants?|rebels?|"
                            r"jihadists?|guards?|commanders?|members|militiam[ae]n|recruits|conscripts)\s+(?:[\w\-]+\s+){0,8}?$",
                            re.I)
_AIR_BOMB_BEFORE = re.compile(r"(?:bunker[\s\-]busters?|cluster|incendiary|barrel|vacuum|thermobaric|phosphorus|parachute|"
                              r"guided|aerial|air-dropped)\s+$", re.I)
_PEOPLE_DRIVEN = re.compile(r"\b(?:families|residents|civilians|villagers|people|inhabitants|households)\b", re.I)
_MET_WITH = re.compile(r"\b(?:meeting|met|facing|faced|encountering|encountered|slowed\s+by|hampered\s+by|"
                       r"held\s+up\s+by)\s+(?:[\w\-]+\s+){0,4}?(?:and\s+)?$", re.I)
_NAMED_PERSON_AFTER = re.compile(r"\s+(?:(?:Abu|Sheikh|General|Colonel|Commander)\s+)?(?:(?:al-)?[A-Z][\w'’\-]+\s*){1,3},\s+"
                                 r"(?:an?|the|its|his|their)\s+(?:[\w\-]+\s+){0,3}?(?:emir|commander|leader|official|"
                                 r"chief|deputy|governor|spokesman|minister|aide|member|fighter|militant)\b")
_STATE_SAID = re.compile(r"\s+(?:(?:later|also|had|has)\s+)?(?:said|says|announced|claimed|reported|stated)\b")
_ANGRY_CROWD = re.compile(r"\b(?:(?:angry|enraged|furious)\s+(?:residents|crowds?|villagers|youths|mobs?)|protesters|"
                          r"demonstrators|rioters|mobs?|crowds\s+of\s+(?:[\w\-]+\s+)?(?:protesters|demonstrators|youths)|"
                          r"residents\s+of\s+(?-i:[A-Z])[\w\-']+)\b", re.I)
_RIOT_ACT = re.compile(r"\b(?:set\s+fire\s+to|set\s+(?:[\w\-]+\s+){0,3}?(?:on\s+fire|ablaze)|torched|smashed|hurled|"
                       r"threw\s+(?:stones|rocks|petrol\s+bombs|molotov)|stoned|clashed\s+with|tore\s+down|ransacked|"
                       r"burned|burnt)\b", re.I)
_REFUGEES_HIT = re.compile(r"\b(?:refugees?|migrants|displaced|Syrians|minority|Christians|Kurds|Arabs|families)\b",
                           re.I)
_OFFICIALS_IN = re.compile(r"\b(?:ministry|ministries|ambassador|embassy|envoy|officials?|government|spokesm[ae]n|"
                           r"diplomats?|negotiators|talks|leadership|authorities|parliament|command)\s+(?:[\w\-]+\s+)?"
                           r"(?:in|from)\s+$", re.I)
_CAPITAL_SAID = re.compile(rf"\b([A-Z][a-z]+)(?={_STATE_SAID.pattern})")
_BY_CROWD = re.compile(r"\s+(?:with\s+(?:[\w\-]+\s+){1,3})?by\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:residents|"
                       r"protesters|demonstrators|crowds?|mobs?|youths|villagers|mourners|supporters)\b", re.I)
_BY_BEFORE = re.compile(r"\b(?:by|under)\s+(?:(?:heavy|intense|sustained|sporadic|accurate|renewed)\s+)?$", re.I)
_FIRE_FROM = re.compile(r"\s*(?:(?:and\s+(?:[\w\-]+\s+)?)?(?:fire|rounds|shells|barrages?)\s+)?(?:from|by)\s+(?:the\s+)?")
# "seized Saraqib from Ahrar al-Sham", "attacked Ahrar al-Sham positions": an ally named as the loser or the target
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:rival\s+)?$", re.I)
_CLASHED_WITH_BEFORE = re.compile(r"\b(?:clash(?:ed|es|ing)?|fought|fighting|battled)\s+(?:[\w\-]+\s+)?(?:with|against)\s+"
                                  r"(?:the\s+)?(?:rival\s+|allied\s+)?$", re.I)
_TARGET_AFTER = re.compile(r"['’]?s?\s+(?:positions|bases?|headquarters|checkpoints?|offices|strongholds?)\b", re.I)
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_SPAN_AFTER_CLAUSE = re.compile(r"(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:hours?|days?|weeks?|months?)\s+"
                                r"(?:after|before)\s", re.I)
_TIME_POSSESSIVE = re.compile(r"\b(?:(?:this|last)\s+(?:week|month|year)|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|"
                              r"Saturday|Sunday)['’]s\s+(?:[\w\-]+\s+)?$", re.I)
# "entered the town after the YPG agreed to hand it over": ground given up by agreement
_AGREED_TO_LEAVE_AFTER = re.compile(r"\b(?:after|when|as)\s+(?:[\w\-']+\s+){1,5}?agreed\s+to\s+(?:leave|withdraw|pull\s+out|"
                                    r"evacuate|hand\s+(?:it|them|(?:the\s+)?[\w\-]+)\s+over|hand\s+over(?!\s+(?:their|its|the)\s+(?:[\w\-]+\s+)?"
                                    r"(?:weapons|arms))|surrender)\b", re.I)  # (weapons handed over end a battle)
# "pulled out of the district, leaving it to Kurdish fighters", "leaving the enclave in Hezbollah's hands"
_LEFT_TO = re.compile(r"\bleaving\s+(?:it|them|(?:the\s+)?(?:[\w\-'’]+\s+){1,8}?)(?:to|in\s+the\s+hands\s+of|in)\s+",
                      re.I)
# "... withdrew from Jarablus, and Turkish-backed rebels moved in": who took the ground given up
_MOVED_IN = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:moved\s+in(?:to)?|entered|took\s+(?:over|(?:full\s+)?control)|"
                       r"(?:raised|raising|hoisted|hoisting)\s+(?:the|their|its)\s+(?:[\w\-]+\s+)?flags?)\b", re.I)
_VACATED_AFTER = re.compile(
    r"\b(?:when|after|as|once|following|(?:hours|days|shortly|soon|just)\s+after|after\s+which)\s+(?:[\w\-'’]+\s+){1,8}?"
    r"(?:abandoned|fled|vacated|withdrew|pulled\s+(?:back|out)|left|quit|melted\s+away|slipped\s+away|"
    r"(?:were|was)\s+(?:bused|bussed|driven|evacuated|taken)\s+(?:out|away|north|to)|boarded\s+buses)\b|"
    r"\b(?:following|after)\s+the\s+(?:[\w\-]+\s+)?(?:withdrawal|exit|departure|evacuation|pull-?out|pullback)\s+of\b|"
    r"\bhaving\s+(?:[\w\-]+\s+)?(?:fled|withdrawn|pulled\s+out|left|slipped\s+away|melted\s+away)\b|"
    r"\b(?:had\s+)?vacated\b|\bvacuum\s+left\s+by\b", re.I)
# the other side's going told before the entry: "Buses carrying the last rebels pulled out of Daraya ..., and soldiers
# moved in", "hundreds of rebels left the pocket under a deal, after which the army raised the flag"
_LEFT_BEFORE = re.compile(r"\b(?:pulled\s+(?:back|out)|withdrew|left|quit|abandoned|vacated|boarded\s+buses|(?:were|was)\s+"
                          r"(?:bused|bussed|evacuated)\s+out|carried\s+(?:[\w\-,]+\s+){0,6}?out\s+of)\b[^.;]{0,120}?(?:,\s+and|;|\band\b|\bafter\s+which\b)\s+", re.I)
# between "entered" and the town it took: "entered the village of Ain al-Fija", "was entered by"
_ENTERED_OBJECT = re.compile(r"\s+(?:the\s+(?:[\w\-]+\s+)?(?:town|village)\s+of\s+)?(?:al-|el-)?", re.I)
# an entry that is a fight or a foothold, not the town taken
_FOOTHOLD = re.compile(r"\b(?:briefly|outskirts|edges?|parts?\s+of|first\s+time\s+since|foothold|fighting|clashes|battl(?:ed|ing)|"
                       r"street\s+by\s+street|house\s+by\s+house|resistance|sniper)", re.I)
# a fight told beside an entry: the other side was driven out, not gone ("pushed into the city ... and controlled all of
# it after the troops pulled out", "in the hands of the jihadists after four days of fighting, as soldiers fled")
_FOUGHT_IN = re.compile(r"\b(?:days?|weeks?|hours?|months?)\s+of\s+(?:heavy\s+|fierce\s+|street\s+|intense\s+)?(?:fighting|"
                        r"clashes|battles?|combat)\b|\bpushed\s+into\b|\bstormed\b|\boverran\b|\bfought\b|\bfled\b|"
                        r"\badvanc(?:ed|ing)\s+on\b|\bswept\s+(?:in|into|through)\b|\bsiege\b|"
                        r"\b(?:little|light|fierce|stiff|heavy|some)\s+resistance\b|\bshed\s+their\s+uniforms\b|"
                        r"\bunder\s+(?:heavy\s+)?(?:(?:shell|artillery|mortar|rocket|sniper)\s*fire|fire|shelling|"
                        r"bombardment|attack)\b", re.I)
# a side's going told by the verb at a trigger: "withdrew from", "abandoned their positions in", "pulled out of"
_LEFT_AT = re.compile(r"withdr|pulled\s+out|abandoned|retreated|fell\s+back|left\b", re.I)
# an entry that is no assault on its own
_SOFT_ENTRY = re.compile(r"(?:moved|walked|rolled|drove|marched)\s+in(?:to)?\b|deployed\b|took\s+up\s+positions|"
                         r"took\s+over\b|(?:had\s+)?taken\s+over\b|took\s+(?:full\s+)?control|imposed\s+(?:their\s+|its\s+)?"
                         r"(?:full\s+)?control|(?:is|was|are|were)\s+(?:now\s+)?in\s+(?:full|complete|total)\s+control|"
                         r"(?:raised|hoisted|planted)\s+(?:the\s+|their\s+|its\s+)?(?:[\w\-]+\s+){0,2}?flags?\b|"
                         r"(?:is|was|are|were)\s+(?:now\s+)?(?:entirely\s+|fully\s+)?in\s+the\s+hands\s+of", re.I)
_IN_CONNECTION_WITH = re.compile(r"\b(?:in\s+connection\s+with|over|for|suspected\s+of|accused\s+of|charged\s+(?:with|over)|"
                                 r"linked\s+to|involvement\s+in|investigation\s+into|inquiry\s+into)\s+(?:the|last\s+\w+['’]s|"
                                 r"Tuesday['’]s|this\s+\w+['’]s)\s+(?:[\w\-]+\s+){0,2}$", re.I)
# ground counted by its area ("taken more than 2,000 square km"): a claim of the territory an actor holds
_AREA_TAKEN = re.compile(r"\s*(?:(?:around|about|some|more\s+than|over|nearly|almost|at\s+least|roughly|an\s+estimated)\s+)?"
                         r"[\d,.]+\s*(?:square\s+(?:km|kilometres|kilometers|miles)|sq\.?\s*km|km2|km²|hectares)", re.I)
_COUNTED_PLACES = re.compile(r"\s*(?:(?:around|about|some|more\s+than|over|nearly|almost|at\s+least|dozens\s+of|"
                             r"scores\s+of|hundreds\s+of)\s+)?(?:\d[\d,]*\s+|[a-z]+\s+)?(?:villages|towns|hamlets|"
                             r"settlements)\b", re.I)
# "The Russian raids came four days after ...": a sentence dated from an event it names, told before
_REFERRED_EVENT = re.compile(r"(?:The|This|That|These|Those)\s+(?:(?P<adj>[A-Z][\w\-]+|coalition|government|regime)\s+)?"
                             r"(?:[\w\-]+\s+)?(?P<noun>raids?|air\s*strikes?|strikes?|bombings?|blasts?|attacks?|assault|"
                             r"offensive|shelling)\s+(?:came|comes|followed|follows|happened|took\s+place|began)\s")
# "Four days after Suruc, ...", "Two weeks after the attack in Kirkuk, ...": dated from the event told at that place
_AFTER_PLACE = re.compile(r"(?:[\w\-]+\s+){1,2}(?:days?|weeks?|hours?)\s+(?:after|before)\s+(?:the\s+(?:[\w\-]+\s+)?"
                          r"(?:attack|bombing|blast|massacre|fall|capture|battle|strike)\s+(?:in|on|at|of)\s+)?"
                          r"(?P<place>(?-i:[A-Z][\w'\-]+)(?:\s+(?-i:[A-Z][\w'\-]+)){0,2})\s*,", re.I)
# "the explosions appeared to have been set off by two suicide bombers": how the attack just told was made
SUICIDE_REVEAL = re.compile(r"\b(?:the|these|those|both)\s+(?:two\s+|twin\s+)?(?:explosions?|blasts?|bombings?|attacks?)\b"
                            r"[^.;]{0,60}?\b(?:set\s+off|carried\s+out|detonated|caused|triggered)\s+by\s+"
                            r"(?:[\w\-]+\s+){0,2}?suicide\s+bombers?\b|"
                            # "Islamic State said one of its fighters had been at the wheel": of the truck bomb told
                            r"\b(?:had\s+been|was)\s+at\s+the\s+wheel\b", re.I)
_REFERRED_KINDS: dict[str, tuple[str, ...]] = {
    "raid": ("Air/drone strike", "Battles"), "airstrike": ("Air/drone strike",), "air strike": ("Air/drone strike",),
    "strike": ("Air/drone strike", "Shelling/artillery/missile attack"),
    "bombing": ("Remote explosive/landmine/IED", "Suicide bomb", "Air/drone strike"),
    "blast": ("Remote explosive/landmine/IED", "Suicide bomb"), "attack": ("Explosions/Remote violence",
                                                                         "Violence against civilians", "Battles"),
    "assault": ("Battles",), "offensive": ("Battles",), "shelling": ("Shelling/artillery/missile attack",),
}


# "warplanes from the United States, Saudi Arabia and the United Arab Emirates": whose they are, and more states
# ("police from Turkey", "a police station of the Kurdish Asayish": the place of a force is its own)
_FROM_OF = re.compile(r"\s+(?:(?:station|stations|headquarters)\s+)?(?:from|of)\s+(?:the\s+)?", re.I)
_MORE_STATES = re.compile(r",\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3}(?:,\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})*"
                          r",?\s+and\s+(?:the\s+)?[A-Z]")

# The patterns above that cost most (read per sentence, per trigger or over the whole text) run as their ASCII twins
# on an ASCII text (nlp.prefilter.Twinned: the same matches, far cheaper); the rest are read too seldom to repay the
# extra call. (Not _ENCLAVE_OF: a match's ``re`` is compared with it.)
for _name in """PEOPLE_BEFORE RANK_NAME
_FOUNDED_BEFORE _PLACE_ANAPHOR _CAPITAL_FORCES CIVILIAN_WORDS _DATE_HINT TOTAL_TOLL OWNER_BEFORE
CIVILIAN_TARGET HARMED_BEFORE PERSON_NAME _SIDE_SITE FATE_NAME_AFTER _NAMED_QUARTER HOLDER_BY SPEAKER_AFTER
SINCE_CLAUSE ANOTHER_TOLL HELD_BY _SPEAKER_IN ATTRIBUTED_BEFORE CONSEQUENCE_BEFORE _SITE_ANAPHOR _SAME_NOUN MILITANT_WORDS
_TIME_POSSESSIVE _BOTH_OBJECT PURPOSE_BEFORE ANTERIOR _BESIEGERS CLAIMING_BEFORE BLAMED_FOR_BEFORE _DEATH_HINT
CONDEMNED_BEFORE BLAMED_BEFORE NO_CASUALTIES _CAPITAL_SAID NOT_AN_ATTACK_BEFORE REFERENCE_IT_WAS NONSTATE_ANAPHOR
_KIND_OF_NAMED _AFTERMATH NO_FIGHT_AFTER _ROAD_TO_BEFORE AGGREGATE_BEFORE""".split():
    globals()[_name] = prefilter.Twinned(globals()[_name])
# ... and these, searched in a sentence or a clause for words most have none of, run behind a gate (nlp.prefilter.Gate:
# the regex runs, as its ASCII twin on an ASCII text, only where the words it needs are there; the same matches)
for _name in """DAY_MONTH_NO_YEAR HERITAGE_WORDS SUICIDE_REVEAL RESPONSIBILITY OIL_WORDS SIEGE_WORDS ROUTE_WORDS BORDER_WORDS
_PLURAL_CLAIMED _FOUGHT_IN _TOLL_SINCE _MUNITIONS_TALLY _AFTER_PLACE _HOW_IT_BEGAN""".split():
    globals()[_name] = prefilter.Gate(globals()[_name])


# a gate in front of DAY_MONTH_NO_YEAR: every match holds a digit and a month's name or abbreviation as written,
# capitalised (the pattern is case-sensitive; its literal gate, on the lower-cased text, lets "may" and "market" by)
_MONTH_HEADS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DIGIT = prefilter.Twinned(re.compile(r"\d"))


def _day_month_no_year(text: str) -> re.Match[str] | None:
    """``DAY_MONTH_NO_YEAR.search(text)``, without the scan on a text that lacks a digit or a capitalised month."""
    if _DIGIT.search(text) is None or not any(map(text.__contains__, _MONTH_HEADS)):
        return None
    return DAY_MONTH_NO_YEAR.search(text)


def _event_span(e: Event) -> DateSpan:
    """An event's dates as a span later relative dates count from (``e.date`` must be set)."""
    assert e.date is not None
    return DateSpan(e.date, e.date_end or e.date, e.date_precision or "day")


class _LazyDates:
    """A sentence's resolved dates, computed on first use (with the anchor given now) and kept."""

    __slots__ = ("_after", "_anchor", "_published", "_sent", "_value")

    def __init__(self, sent: Sentence, published: dt.date, anchor: DateSpan | None, after: int = 0) -> None:
        self._sent, self._published, self._anchor = sent, published, anchor
        self._after = after  # dates before this offset are the dateline's: when the report was filed
        self._value: list[DateSpan] | None = None

    @property
    def text(self) -> str:
        return self._sent.text

    def get(self) -> list[DateSpan]:
        if self._value is None:
            self._value = find_dates(self._sent.text, self._published, offset=self._sent.start, anchor=self._anchor)
            if self._after > self._sent.start:  # "Gaziantep/Geneva, 28 April 2016 - ... hit late on Wednesday"
                self._value = [d for d in self._value if not d.span or d.span[0] >= self._after]
        return self._value


@dataclass(slots=True)
class _Context:
    """Article-wide state while walking its sentences."""

    article: Article
    theatre: Theatre
    published: dt.date
    places: list[Mention]
    actors: list[Mention]
    last_date: DateSpan | None = None
    last_place: Mention | None = None
    last_area: Mention | None = None  # the last district or region an event took place in
    all_actors: list[Mention] = field(default_factory=list)  # the article's actor mentions (``actors``: the sentence's)
    salience: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)  # actor mentions in the whole article
    named: dict[str, int] = field(default_factory=dict)  # of those, the ones that name it ("Nusra", not "militants")
    persons: list[Mention] = field(default_factory=list)  # the pack's persons named in the current sentence
    killed_persons: set[str] = field(default_factory=set)
    last_actor_by_category: dict[str, str] = field(default_factory=dict)
    captured_persons: set[str] = field(default_factory=set)
    fatalities: dict[int, list[Fatalities]] = field(default_factory=dict)  # sentence start -> its death counts
    # per event built (by its id): its trigger's offset, and whether its toll is its named dead's count
    trigger_at: dict[str, int] = field(default_factory=dict)
    named_toll: set[str] = field(default_factory=set)
    toll_at: dict[str, int] = field(default_factory=dict)  # where the count an event's toll came from begins
    claims: list[tuple[str, dt.date, dt.date]] = field(default_factory=list)  # who claimed attacks of which dates
    reported_dead: set[tuple[str, str]] = field(default_factory=set)  # (person, event type) of the dead reported
    dateline: Mention | None = None  # the town of the dateline ("TRIPOLI, Lebanon - ..."), if the gazetteer has it
    dateline_end: int = 0  # where the dateline ends ("SURUC, Turkey - ": its country is no party either)
    last_capture: Event | None = None  # the last territory change reported
    last_fighter: str | None = None  # actor1 of the last battle built ("the same forces" in a later sentence)
    last_sides: tuple[str, str] | None = None  # both sides of the last battle built that named two
    sites: list[Mention] = field(default_factory=list)  # dams, bases, crossings ... events took place at
    prev_groups: list[str] = field(default_factory=list)  # the armed groups the last sentence named
    prev_subject: str | None = None  # the actor the last sentence naming one opened with ("they" in the next)
    n_agreements: int = 0  # agreements reported so far ("the truce" after one refers back to it)
    n_attacks: int = 0  # attacks reported so far ("The army said the strike killed six people" tells of one)
    last_town: Mention | None = None  # the last town named before this sentence, event or not ("towards Hawija")
    all_places: list[Mention] = field(default_factory=list)  # the article's place mentions
    guessed: set[str] = field(default_factory=set)  # events (ids) whose actor2 is the story's enemy, guessed
    guessed_enemy: str | None = None  # (the guess of the event being built)
    at_site: set[str] = field(default_factory=set)  # events (ids) placed at a site, not a town: a hill, a base ...
    # the dates of the sentences since ``last_date`` was set that had no trigger, so were never read
    unread: list[_LazyDates] = field(default_factory=list)
    author: str | None | bool = False  # the group whose statement the article is ("our units"); False: not looked for


TERRITORY_SUBS = {"Government regains territory", "Non-state actor overtakes territory"}
# Trigger categories that absorb others found in the same clause (one attack is one event).
SUBSUMES: list[tuple[str, tuple[str, ...]]] = [
    ("suicide", ("ied", "massacre", "destruction", "shelling")),
    ("airstrike", ("ied", "massacre", "destruction", "shelling")),
    ("clash", ("massacre",)),  # "clashes ... killed at least 30 people": the fighting's dead, not a massacre
    ("chemical", ("airstrike", "shelling", "massacre")),
    ("shelling", ("ied", "massacre", "destruction")),
    ("ied", ("massacre", "destruction")),
    ("protest_force", ("protest", "protest_intervention", "massacre", "riot")),
    ("protest_intervention", ("protest",)),
    ("mob", ("riot", "massacre", "clash")),
    ("riot", ("protest",)),  # "stormed parliament, protesting against ...": one riot
    ("capture", ("clash", "withdrawal")),
]


def _same_report(a: Event, b: Event, slack_days: int | None = None) -> bool:
    """Whether two events of one article are one event told twice: same kind, same place, overlapping dates (a
    change of control a day apart, too: "retook Sinjar on Friday ... declared the town liberated"; ``slack_days``
    overrides that day)."""
    if a.sub_event_type != b.sub_event_type or a.location != b.location:
        return False
    if a.sub_event_type in TERRITORY_SUBS and a.actor1 and b.actor2 and a.actor1 == b.actor2:
        return False  # "fell to the rebels in April, but the militants recaptured it days later": two changes
    if a.date is None or b.date is None:
        return True
    if slack_days is None:
        # (a day's slack between two days told, not for a span: "in late October" is not "on Saturday", Nov. 1)
        slack_days = 1 if a.sub_event_type in TERRITORY_SUBS and all(
            e.date_end is None or (e.date_end - e.date).days <= 2 for e in (a, b)) else 0
    slack = dt.timedelta(days=slack_days)
    return not (a.date > (b.date_end or b.date) + slack or b.date > (a.date_end or a.date) + slack)


_CAP_WORD = re.compile(r"[A-Z][\w\-'’]+")


def _named_in(ev: Event, text: str) -> bool:
    """Whether ``text`` names the place of ``ev``, in any spelling ("Zumar" for the gazetteer's "Zummar")."""
    if not ev.location:
        return False
    place = skeleton(ev.location)
    words = _CAP_WORD.findall(text)
    return any(skeleton(w) == place for w in words) or any(skeleton(f"{a} {b}") == place for a, b in pairwise(words))


def _elsewhere_province(area: Place, town: Place) -> bool:
    """Whether ``area`` is a province that ``town`` lies outside of (another first-level division, far off)."""
    return area.feature_code == "ADM1" and bool(area.admin1) and bool(town.admin1) and area.admin1 != town.admin1 and (
        haversine_km(area.latitude, area.longitude, town.latitude, town.longitude) > 150)


def _capital_as_state(p: Mention, text: str) -> bool:
    """Whether a capital (or a country) stands for its government ("rebels backed by Ankara", "Washington's allies",
    "a rebel unit armed by America"), not a place."""
    if p.value.feature_code == "PCLI":
        return bool(CAPITAL_AS_STATE_BEFORE.search(text, max(0, p.start - 30), p.start))
    return p.value.feature_code == "PPLC" and bool(
        CAPITAL_AS_STATE_BEFORE.search(text, max(0, p.start - 30), p.start) or CAPITAL_AS_STATE_AFTER.match(text, p.end))


def _near(a: Event, b: Event, km: float) -> bool:
    """Whether two events are at one place, or at points less than ``km`` apart."""
    if a.location == b.location:
        return True
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return False
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) < km


def _one_act_each(evs: list[Event], text: str) -> list[Event]:
    """A sentence's events where one of them tells part of another: the one told, not the part."""
    # "rebels attacked the airport, but were repelled by troops": one fight told from both sides
    # (at one place, or at a site and the town it is named by: "attacked the Thaala military airport west of the
    # city of Suwayda, but were repelled")
    evs = [e for i, e in enumerate(evs) if not (e.sub_event_type == "Armed clash" and any(
        o.sub_event_type == "Armed clash" and (o.actor1, o.actor2) == (e.actor2, e.actor1)
        and _near(o, e, 25) and o.date == e.date for o in evs[:i]))]
    # "fired 59 Tomahawk missiles at the Shayrat air base, destroying aircraft": what the strike destroyed
    evs = [e for e in evs if not (e.sub_event_type == "Looting/property destruction" and any(
        o.event_type == "Explosions/Remote violence" and o.location == e.location and o.date == e.date for o in evs))]
    if len(evs) > 1 and any(e.sub_event_type == "Attack" for e in evs):
        if re.search(r"\bkilled\s+(?:[\w\-]+\s+){0,3}?(?:as|when|while)\s", text):
            # "hundreds of people were killed as Assad's army stormed the town": the killing is the event
            evs = [e for e in evs if e.sub_event_type not in TERRITORY_SUBS]
        # "cadets ... were seized on Thursday ... and were shot over the following two days": the killing
        evs = [e for e in evs if not (e.sub_event_type == "Arrests" and e.actor1 is None)]
    # "Protesters stormed the Green Zone": one riot, not a peaceful protest beside it
    if any(e.event_type == "Riots" for e in evs):
        evs = [e for e in evs if not (e.event_type == "Protests" and any(
            o.event_type == "Riots" and o.location == e.location and o.date == e.date for o in evs))]
    arrests = next((e for e in evs if e.sub_event_type == "Arrests"), None)
    if arrests is not None and _RAIDED_AND_DETAINED.search(text):
        # "troops raided makeshift camps for Syrian refugees ... and detained 103 people": the raid made the arrests
        raid = next((e for e in evs if e.sub_event_type == "Armed clash" and e.actor2 in (None, "Civilians")), None)
        if raid is not None:
            arrests.actor1 = arrests.actor1 or raid.actor1
            evs = [e for e in evs if e is not raid]
    if len(evs) > 1 and _HOW_IT_BEGAN.match(text):
        # "The assault began on Sunday when a suicide bomber drove ...": the act it began with is the event
        evs = [e for e in evs if e.sub_event_type != "Armed clash"] or evs
    return evs


def _accounts_range(accounts: Sequence[Fatalities]) -> tuple[int, int | None] | None:
    """(low, high) of several accounts of one toll: from the lowest account to the highest, where a count with no
    upper bound ("at least 23") tops out at its own figure; None when no account has a lower bound. An account that
    gives only a ceiling ("no more than 40 had died") counts by its figure: "as many as 300 ..., while ... no more
    than 40" runs from 40 to 300."""
    lows = [x.best if x.low == 1 and x.high == x.best and (x.best or 0) > 1 else x.low
            for x in accounts if x.low is not None]
    if not lows:
        return None
    tops = [n for x in accounts for n in (x.high, x.best) if n is not None]
    if tops and max(tops) > min(lows):
        return min(lows), max(tops)
    highs = [x.high for x in accounts]
    return min(lows), None if None in highs else max(h for h in highs if h is not None)


def _share_opponent(evs: list[Event]) -> None:
    """"The group breached the refinery's walls with suicide truck bombs and seized several units": an attack with
    no target named, beside a capture by the same side, struck the side the capture was taken from."""
    for e in evs:
        if e.actor1 and e.actor2 is None and e.event_type in ("Explosions/Remote violence", "Battles"):
            e.actor2 = next((o.actor2 for o in evs if o is not e and o.actor1 == e.actor1 and o.actor2
                             and o.actor2 != "Civilians" and o.event_type == "Battles"), None)


def _one_report_each(evs: list[Event]) -> list[Event]:
    """A sentence's events, where two of one kind on the same dates, one without a place, tell one event between
    them ("An air strike in Idlib province on Sunday killed X, and the Pentagon said US aircraft had hit a meeting
    he was attending"): the first takes what the other adds (its actors, its toll, its people)."""
    out: list[Event] = []
    for ev in evs:
        twin = next((o for o in out if o.sub_event_type == ev.sub_event_type and o.date == ev.date
                     and o.date_end == ev.date_end and (o.location is None or ev.location is None
                                                        or o.location == ev.location)
                     and (o.actor1 is None or ev.actor1 is None or o.actor1 == ev.actor1)
                     and (o.actor2 is None or ev.actor2 is None or o.actor2 == ev.actor2)
                     # (not the answer of the side hit: "rockets ... landed on the Israeli-held side ..., and Israeli
                     # artillery shelled the village in response")
                     and not (ev.actor1 is not None and ev.actor1 == o.actor2)
                     and not (o.actor1 is not None and o.actor1 == ev.actor2)), None)
        if twin is None:
            out.append(ev)
            continue
        if twin.location is None and ev.location is not None:
            for f in ("location", "country", "latitude", "longitude", "geo_precision"):
                setattr(twin, f, getattr(ev, f))
        twin.actor1 = twin.actor1 or ev.actor1
        twin.actor2 = twin.actor2 or ev.actor2
        if twin.fatalities_low is None and twin.fatalities_best is None:
            twin.fatalities_low, twin.fatalities_best, twin.fatalities_high = (
                ev.fatalities_low, ev.fatalities_best, ev.fatalities_high)
        twin.persons = twin.persons + [p for p in ev.persons if p not in twin.persons]
        twin.assoc_actors = twin.assoc_actors + [a for a in ev.assoc_actors if a not in twin.assoc_actors
                                                 and a not in (twin.actor1, twin.actor2)]
        twin.tags = twin.tags + [t for t in ev.tags if t not in twin.tags]
        twin.confidence = max(twin.confidence, ev.confidence)
    return out


def _one_transfer_each(evs: list[Event]) -> list[Event]:
    """"Rebels entered Afrin after YPG fighters pulled out of the town": the entry and the going are one transfer,
    told from the side that took the ground (the going's event names the leaver as its actor1); and one riot a
    place in a sentence."""
    subs = "Non-violent transfer of territory"
    taken = {(e.location, e.actor2) for e in evs if e.sub_event_type == subs and e.actor1 and e.actor2}
    evs = [e for e in evs if not (e.sub_event_type == subs and e.actor2 is None and (e.location, e.actor1) in taken)]
    # ... and once only when both sides' acts are told: "took over Kirkuk after the Peshmerga withdrew" (the more
    # certain reading, which names the taker first)
    evs = [e for e in evs if not (e.sub_event_type == subs and e.actor1 and e.actor2 and any(
        o is not e and o.sub_event_type == subs and o.location == e.location and (o.actor1, o.actor2) == (
            e.actor2, e.actor1) and (o.confidence, -evs.index(o)) > (e.confidence, -evs.index(e)) for o in evs))]
    # ... and a crowd that "stormed the Green Zone and broke into parliament" rioted once
    riots = sorted((e for e in evs if e.sub_event_type == "Violent demonstration"), key=lambda e: e.actor1 is None)
    return [e for e in evs if e not in riots[1:] or not any(_near(e, r, 10.0) for r in riots[:riots.index(e)])]


# (behind a gate: the words it needs are in few sentences; see nlp.prefilter.Gate)
_HIT_BACK = prefilter.Gate(re.compile(r"\bcounter-?attack|\bhit\s+back\b|\bstruck\s+back\b|\banswered\s+with\b|"
                                      r"\bretaliat", re.I))


def _capture_of(ev: Event, seen: dict[tuple[str, str | None], list[Event]],
                allies_of: Callable[[str], set[str]] | None = None) -> Event | None:
    """The capture reported earlier in the article whose fighting ``ev`` (an armed clash) is: same place,
    overlapping dates, no side that the capture does not name (or, with ``allies_of``, an ally of its taker:
    "columns of Hashd al-Shaabi fighters entered the city alongside the army")."""
    if ev.sub_event_type != "Armed clash" or not ev.location:
        return None
    sides = {a for a in (ev.actor1, ev.actor2) if a}
    hit_back = _HIT_BACK.search(ev.evidence) is not None
    for sub in sorted(TERRITORY_SUBS):
        for old in seen.get((sub, ev.location), []):
            named = {old.actor1, old.actor2, *old.assoc_actors}
            if allies_of is not None and old.actor1:
                named |= allies_of(old.actor1)
            if _same_report(replace(ev, sub_event_type=sub), old, 0) and sides <= named and not (
                    hit_back and ev.actor1 and ev.actor1 == old.actor2):
                # ("The militants answered with a counter-attack on the Panorama roundabout": the loser's own act)
                return old
    return None


def _clause_end(text: str, start: int, dates: Sequence[DateSpan]) -> int:
    """Where a clause opened at ``start`` ends: its next comma, semicolon or full stop that is not inside a date
    ("which Kurdish forces took on November 13, 2015, was ...")."""
    for m in re.finditer(r"[,;.](?:\s|$)", text[start:start + 240]):
        at = start + m.start()
        if not any(d.span and d.span[0] <= at < d.span[1] for d in dates):
            return at
    return start + 240


def _relative_clause_at(text: str, tpos: int, dates: Sequence[DateSpan]) -> tuple[int, int] | None:
    """The span of the ", who/which ..." clause that the trigger at ``tpos`` sits in, if any."""
    begin = max(text.rfind(".", 0, tpos), tpos - 160, 0)
    found = None
    for m in _WHO_WHICH.finditer(text, begin, tpos + 40):  # (the clause may open with the trigger: ", seized by")
        if m.start() < tpos:
            found = m
    if found is None or re.search(r"[;.]", text[found.end():tpos]):
        return None
    end = _clause_end(text, found.end(), dates)
    return (found.start(), end) if end > tpos else None


def _closed_relative_clauses(text: str, tpos: int, dates: Sequence[DateSpan],
                             begin: int | None = None) -> list[tuple[int, int]]:
    """The ", who/which ..., " clauses closed before ``tpos`` in its sentence (which starts at ``begin``)."""
    if begin is None:
        begin = max(text.rfind(".", 0, tpos), tpos - 240, 0)
    out = []
    for m in _WHO_WHICH.finditer(text, begin, tpos):
        end = _clause_end(text, m.end(), dates)
        if end < tpos and text[end] == ",":
            out.append((m.start(), end))
    return out


def _event_id(article_id: str, span: tuple[int, int], sub: str, trig_start: int) -> str:
    key = f"{article_id}\x00{span[0]}\x00{span[1]}\x00{sub}\x00{trig_start}"
    return "e" + hashlib.sha1(key.encode()).hexdigest()[:15]


def _count_of(at: int, trigger: int, triggers: Sequence[int]) -> bool:
    """Whether a death count at offset ``at`` belongs to the trigger at ``trigger``: no other of the clause's
    ``triggers`` stands between them.

    >>> _count_of(40, 10, [10, 25]), _count_of(40, 25, [10, 25]), _count_of(5, 10, [10, 25])
    (False, True, True)
    """
    if at >= trigger:
        return not any(trigger < t <= at for t in triggers)
    return not any(at < t < trigger for t in triggers)


_REASON = re.compile(r"\b(?:in\s+)?(?:retaliation|revenge|reprisal|response)\s+(?:for|to)\b|\bto\s+avenge\b", re.I)


def _reason_start(sent: Sentence, tpos: int) -> int | None:
    """Where the reason given for the event at ``tpos`` begins ("... in retaliation for a poison gas attack that
    killed scores of civilians"), when the sentence gives one after it: what lies there is another event's."""
    if "etaliat" not in sent.text and "espons" not in sent.text and "eveng" not in sent.text \
            and "eprisal" not in sent.text and "aveng" not in sent.text:
        return None
    m = _REASON.search(sent.text, max(0, tpos - sent.start))
    return sent.start + m.start() if m else None


def _is_dateline(p: Mention, text: str) -> bool:
    """Whether a place mention is an article's dateline ("BAGHDAD - ", "TRIPOLI, Lebanon - ", "RAQQA, Syria (AP) -"),
    or a paragraph's in a round-up of briefs."""
    if (p.start < 40 or text[p.start - 1] == "\n") and text[p.start:p.end].isupper() and re.match(
            r"(?:/[A-Z][A-Z\s]+)*\s*(?:,\s*[A-Z][a-z]+)?\s*[-\u2013\u2014(]", text[p.end:p.end + 40]) is not None:
        return True
    if p.start > 80 or text[p.start - 1:p.start] not in ("", "\n", "/", " ", "\t"):
        return False
    line = text.rfind("\n", 0, p.start) + 1
    m = _DATED_DATELINE.match(text, line)
    return m is not None and p.end < m.end()  # "Gaziantep/Geneva, 28 April 2016 - ": a release's, in any case


def _dateline_end(p: Mention, text: str) -> int:
    """Where the text after a dateline begins: after its dash ("ALEPPO, Syria - "), else after the place."""
    dash = _DATELINE_DASH.search(text, p.end, p.end + 60)
    return dash.end() if dash else p.end


def _nearest_before(trigger: int, at: int) -> tuple[int, int]:
    """Sort key of a trigger for a word at ``at``: those before it first, nearest first; then those after it."""
    return (0, at - trigger) if trigger <= at else (1, trigger - at)


def _in(m: Mention, s: int, e: int) -> bool:
    return m.start >= s and m.end <= e


# What lies between a place and a landmark that locates it: "Deir Hafer east of Aleppo", "Hit, 50 km (30 miles)
# west of Ramadi", "Bartella, just outside Mosul".
LOCATED_BY = re.compile(
    r"\s*,?\s*(?:(?:about|some|around|roughly|just|nearly|almost)\s+)?(?:\d[\d.,]*\s*(?:-\s*)?(?:km|kilometres?|"
    r"kilometers?|miles?)\s*(?:\([^)]{1,25}\)\s*)?)?(?:to\s+the\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west|"
    r"outside|near|from)(?:\s+of)?\s+(?:the\s+)?(?:(?:city|town|provincial\s+capital)\s+of\s+)?$", re.I)


def _landmarks(places: list[Mention], text: str) -> set[int]:
    """Starts of the ``places`` that only locate the place named just before them ("Deir Hafer east of Aleppo":
    Aleppo), so an event there is not placed at the landmark. A province is not located by a town ("Anbar
    province, near Qaim": the town is the finer place)."""
    out: set[int] = set()
    for q, p in pairwise(places):
        if (p.start - q.end <= 60 and (q.value.geo_precision or 1) <= (p.value.geo_precision or 1)
                and LOCATED_BY.fullmatch(text, q.end, p.start)):
            out.add(p.start)
    return out


# "the Kurdish-led alliance that holds Manbij ... The alliance itself took Manbij last August": a bare head noun that
# an actor named earlier was called by
_HEAD_ANAPHOR = re.compile(r"\b[Tt]he\s+(alliance|militia|movement|faction|Front)\b(?!\s+(?:of|for|between|against|with|line)\b)"
                           r"(?!['’]s\s+(?:first|own)\b)")


def _head_anaphors(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with "the alliance", "the militia", "the Front" added as the latest earlier actor called so ("the
    Kurdish-led alliance", "the SDF, an Arab-Kurdish alliance", "the Southern Front")."""
    if "he alliance" not in text and "he militia" not in text and "he movement" not in text and (
            "he faction" not in text) and "he Front" not in text:
        return mentions
    actors = [m for m in mentions if m.kind == "actor"]
    added: list[Mention] = []
    replaced: set[int] = set()
    for hit in _HEAD_ANAPHOR.finditer(text):
        inside = [m for m in mentions if m.start <= hit.start() < m.end]
        if inside and not (len(inside) == 1 and inside[0].value is None and inside[0].end == hit.end()):
            continue  # (an anaphor the pack reads by the story gives way to an actor called so)
        noun = hit.group(1)
        called = re.compile(rf"[\w\-]*\s*{noun}\b", re.I)
        for m in reversed(actors):
            if m.end > hit.start():
                continue
            after = text[m.end:m.end + 60]
            if m.value and (m.text.lower().endswith(noun) or called.match(m.text.split()[-1]) or re.match(
                    rf"(?:,\s+(?:an?|the)\s+(?:[\w\-]+\s+){{0,3}}|\s+){noun}\b", after)):
                added.append(Mention(inside[0].text if inside else hit.group(0), inside[0].start if inside else hit.start(),
                                     hit.end(), "actor", m.value, 0.8))
                replaced.update(id(x) for x in inside)
                break
    if not added:
        return mentions
    return sorted([*(m for m in mentions if id(m) not in replaced), *added], key=lambda m: m.start)



# a country's possessive before a force noun, with at most one word between: "Tajikistan's special police"
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:[\w\-]+\s+)?")
#: How many times a story must name a foreign army for a bare "the army" or "troops" in a theatre country whose own
#: army it never names to be that foreign one (the story is about its campaign there).
_STORY_ABOUT_COUNT = 3
#: ... or how close before (characters, about two sentences) it must have been named.
_AWAY_WINDOW = 300


def _by_name(m: Mention) -> bool:
    """Whether an actor mention names its actor (a pack alias: "Daesh", "Nusra", "ISIS") rather than describes it
    ("the militants", "Militants"); the actor finder scores aliases 1.0 and descriptions lower."""
    return m.score >= 1.0 or not m.text[1:].islower()

class Extractor:
    """Extract events from articles of one theatre.

    >>> from frontwatch.theatre import load_theatre
    >>> ex = Extractor(load_theatre("syria-iraq"))
    """

    def __init__(self, theatre: Theatre, language: str = "en"):
        from ..geo import get_geoparser

        self.theatre = theatre
        self.patterns = load_patterns(language)
        self.actors: ActorResolver = get_actor_resolver(theatre.name)
        self.geo = get_geoparser(theatre.name)
        self.actor_info = {a.name: a for a in theatre.actors}
        # "Ankara's forces", "Moscow's warplanes": a capital's forces are its state's (capitals from the gazetteer)
        country_actor = self.actors.country_actor
        self._national_capitals = self.geo.gz.national_capitals()
        self._capital_of: dict[str, Place | None] = {}  # country code -> its capital ("the Iraqi capital")
        self._capital_forces = {name: country_actor[c] for name, c in self._national_capitals.items()
                                if c in country_actor}
        # ... and so are a country's ("Iraq's elite forces", "Turkey's army")
        self._capital_forces.update({name: country_actor[c] for name, c in _COUNTRY_NAMES.items() if c in country_actor})
        self._anaphoric = {" ".join(p.casefold().split()) for p in theatre.anaphoric}
        self.armed_groups = frozenset(a.name for a in theatre.actors if a.kind == "armed group")
        # The actor that "the militants" / "the jihadists" denote in this theatre (if the pack says).
        self.militant_actor = next((m.value for m in self.actors.find("the militants the jihadists")
                                    if m.kind == "actor" and m.value), None)
        # the armed groups the pack's story-resolved phrases for militants ("the jihadists") may stand for (not
        # those of "the alliance")
        self._jihadist_groups = [n for n in theatre.anaphoric.get("the jihadists", []) if n in self.actor_info]
        self._anaphoric_groups = list(dict.fromkeys(
            n for refs in theatre.anaphoric.values() if self.militant_actor is None or self.militant_actor in refs
            for n in refs if n in self.actor_info and self.actor_info[n].kind == "armed group"))

    # -- public ----------------------------------------------------------------------------------------------
    def extract(self, article: Article) -> list[Event]:
        """Events of one article, each with its own evidence sentence, span, date, place and confidence."""
        self.last_actor_mentions: list[Mention] = []
        self.last_sentences: list[Sentence] = []
        if not article.text.strip() or article.published is None:
            return []
        actor_mentions = self.actors.find(article.text)
        actor_mentions = self._capital_forces_in(article.text, actor_mentions)
        actor_mentions = _head_anaphors(article.text, actor_mentions)
        self.last_actor_mentions = actor_mentions  # reused for claims by extract_article
        covered = bytearray(len(article.text) + 1)
        for m in actor_mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        places = [p for p in self.geo.parse(article.text) if p.value is not None and not covered[p.start]]
        # "Moscow said an air strike near the city had killed ...", "the defence ministry in Moscow", "officials from
        # Baghdad": a capital speaking, or where officials sit, is no place of the event
        places = [p for p in places if not (p.value.feature_code == "PPLC" and (
            _STATE_SAID.match(article.text, p.end) or _OFFICIALS_IN.search(article.text, max(0, p.start - 40), p.start)))]
        # "in Syria's Idlib province": the place is the province; the country only says where it lies
        places = [p for i, p in enumerate(places) if not (
            p.value.feature_code == "PCLI" and i + 1 < len(places)
            and _POSSESSIVE_GAP.fullmatch(article.text, p.end, places[i + 1].start))]
        all_actors = [m for m in actor_mentions if m.kind == "actor"]
        all_persons = [m for m in actor_mentions if m.kind == "person"]
        ctx = _Context(article, self.theatre, article.published, [], [])
        ctx.all_actors = all_actors
        ctx.all_places = places
        ctx.dateline = next((p for p in places[:1] if _is_dateline(p, article.text) and p.value.geo_precision == 1),
                            None)
        if ctx.dateline is not None:
            ctx.dateline_end = _dateline_end(ctx.dateline, article.text)
        elif (line := _ANY_DATELINE.match(article.text) or _DATED_DATELINE.match(article.text)) is not None:
            ctx.dateline_end = line.end()  # "QAA, Lebanon - ": a town the gazetteer lacks, its country no party
        for am in all_actors:
            if am.value:
                ctx.counts[am.value] = ctx.counts.get(am.value, 0) + 1
                if _by_name(am):
                    ctx.named[am.value] = ctx.named.get(am.value, 0) + 1
        if self.militant_actor in ctx.counts and not ctx.named.get(self.militant_actor) and (other := [
                n for n in self._anaphoric_groups if ctx.named.get(n)]):
            # "the militants" of a story that names only the Nusra Front are its fighters (see _resolve_actor)
            top = max(other, key=lambda n: ctx.named[n])
            ctx.counts[top] = ctx.counts.get(top, 0) + ctx.counts.pop(self.militant_actor)
        named = dict(ctx.counts)
        for am in all_actors:  # "the jihadists": the one of its groups the article names most, else the pack's first
            if not am.value and self._by_story(am):
                top = max(am.candidates, key=lambda c: named.get(c, 0))
                ctx.counts[top] = ctx.counts.get(top, 0) + 1
        self._scan_person_fates(article.text, all_persons, ctx)
        # Mentions are looked up per sentence (bisect on start offsets) so long articles stay linear.
        starts = {"p": [m.start for m in places], "a": [m.start for m in all_actors], "s": [m.start for m in all_persons]}
        events: list[Event] = []
        seen_by_place: dict[tuple[str, str | None], list[Event]] = {}
        last_attacks: list[Event] = []  # attacks of the last sentence with events (a claim of responsibility may follow)
        last_battles: list[Event] = []  # every event of that sentence (its death toll may follow)
        last_attacks_at: int | None = None  # that sentence's index
        dead_told_at = -2  # the last sentence since then that told only of the dead
        self.last_sentences = split_sentences(article.text)  # reused for claims by extract_article
        for k, sent in enumerate(self.last_sentences):
            before = bisect_left(starts["p"], sent.start)
            if sent.start and article.text[sent.start - 1] == "\n" and before < len(places) and (
                    (brief := places[before]).start == sent.start and brief.value is not None
                    and brief.value.geo_precision == 1 and _is_dateline(brief, article.text)):
                # "ALEPPO, Syria - ..." opening a paragraph of a round-up of briefs: a new item, from a new place
                ctx.dateline, ctx.last_place = brief, None
                ctx.dateline_end = _dateline_end(brief, article.text)
            ctx.places = places[before:bisect_left(starts["p"], sent.end)]
            ctx.actors = all_actors[bisect_left(starts["a"], sent.start):bisect_left(starts["a"], sent.end)]
            persons = all_persons[bisect_left(starts["s"], sent.start):bisect_left(starts["s"], sent.end)]
            ctx.persons = persons
            if not ctx.places and not ctx.actors and not persons and not _trigger_hint(sent.text):
                if last_attacks_at is not None and _death_hint(sent.text):
                    dead_told_at = self._toll_told(sent, k, last_attacks_at, dead_told_at, last_battles, events)
                if _DATE_HINT.search(sent.text):
                    # "The Observatory reported these incidents on Monday. In Idlib, warplanes struck ...": its date
                    # is the story's for an event that gives none
                    ctx.unread = [*ctx.unread[-2:], _LazyDates(sent, ctx.published, ctx.last_date)]
                continue
            sent_events: list[Event] = []
            # the sentence's dates are resolved only if a clause has a trigger (most have none), but against
            # the anchor the sentence starts with, as an eager call would
            folded = fold_for_gate(sent.text)
            live = self.patterns.live_triggers(folded)
            if live and ctx.unread and _day_month_no_year(sent.text) and not YEAR_IN.search(sent.text):
                # "The ordeal began on Aug. 3, 2014, when ... On Aug. 15 the jihadists surrounded Kocho": a day
                # without a year goes on from the last date told with one, even in a sentence with no event
                told = [d for lazy in ctx.unread for d in lazy.get() if YEAR_IN.search(d.text) and d.precision == "day"
                        and d.start <= ctx.published and not d.text.lower().startswith("since")]
                if told:
                    ctx.last_date, ctx.unread = told[-1], []
            if live and ctx.unread and ctx.last_date is None and _COUNTED_ON.search(sent.text):
                # "On Monday, rebels advanced to within 2 km of al-Bab. Two days later, a Turkish air strike ...": a
                # span counted from the date told just before, in a sentence with no event
                told = [d for lazy in ctx.unread[-1:] for d in lazy.get() if d.start <= ctx.published
                        and not d.text.lower().startswith("since")]
                if told:
                    ctx.last_date, ctx.unread = told[-1], []
            referred = _REFERRED_EVENT.match(sent.text) if live else None
            by_place = _AFTER_PLACE.match(sent.text, folded) if live and referred is None else None
            if by_place is not None:
                # "Four days after Suruc, Turkish warplanes began bombing ...": counted from the event told at Suruc
                told = next((e for e in reversed(events) if e.date and e.location
                             and by_place.group("place") in e.evidence), None)
                if told is not None:
                    ctx.last_date = _event_span(told)
            if referred is not None:
                # "The Russian raids came four days after ...": counted from the raids told before, not from the
                # last date the story gave
                kinds = _REFERRED_KINDS.get(" ".join(referred.group("noun").lower().split()).rstrip("s"), ())
                told = next((e for e in reversed(events) if e.date and (e.sub_event_type in kinds or e.event_type in kinds)
                             # ("the Russian raids": raids by Russian forces)
                             and not (referred.group("adj") and referred.group("adj").lower() not in
                                      (e.actor1 or "").lower())),
                            None)
                if told is not None:
                    ctx.last_date = _event_span(told)
            sent_dates = _LazyDates(sent, ctx.published, ctx.last_date, ctx.dateline_end)
            anchor = ctx.last_date
            # no candidate trigger that can match in the sentence: no clause has an event (see sentence_triggers)
            in_sentence = self.patterns.sentence_triggers(folded, live) if live else live
            if in_sentence and (_QUESTION.search(sent.text) or _WIRE_NOTE.match(sent.text)):
                # "Q: Are air strikes putting civilians at risk?": a question reports nothing; nor does a wire
                # story's note on what its update added, "(Updates toll, adds Islamic State claim, arrests)"
                in_sentence = []
            if in_sentence:  # (read by the events' place picking only: set before each sentence whose clauses are read)
                # (not a capital standing for its government: "Washington's regional allies")
                ctx.last_town = next((p for p in reversed(places[max(0, before - 8):before]) if p.value is not None
                                      and p.value.geo_precision == 1 and p is not ctx.dateline
                                      and not (p.value.feature_code == "PPLC" and CAPITAL_AS_STATE_AFTER.match(
                                          article.text, p.end))), None)
            for clause in split_clauses(sent) if in_sentence else ():
                sent_events += self._clause_events(sent, clause, ctx, persons, sent_dates, in_sentence)
            if ctx.last_date is anchor:  # its dates are read only if a later event has none ("... on Tuesday")
                ctx.unread = [*ctx.unread[-2:], sent_dates]
            if len(sent_events) > 1:
                self._share_persons(sent, sent_events, ctx, sent_dates.get())
                self._share_tolls(sent_events, ctx)
                _share_opponent(sent_events)
                sent_events = _one_transfer_each(_one_report_each(sent_events))
            if sent_events and _FOUGHT_IN.search(sent.text):
                sent_events = self._left_under_fire(sent_events, sent, ctx)
            if len(sent_events) > 1:
                sent_events = _one_act_each(sent_events, sent.text)
            if len(sent_events) > 1 and (setting := _SETTING_CLAUSE.match(sent.text)):
                # "As the rebels fought each other, government helicopters dropped barrel bombs on Kafranbel": the
                # fighting is the scene of the event told, no event of its own
                sent_events = [e for e in sent_events if not (e.sub_event_type == "Armed clash" and ctx.trigger_at.get(
                    e.id, sent.end) < sent.start + setting.end())]
            if sent_events:  # (the filters below read the sentence's events: none, nothing to filter)
                # A territory change in a sentence absorbs the fighting for the same place.
                # (on the same dates: "entered Mosul on Tuesday, the first time since IS seized the city in 2014" is a fight)
                taken = [e for e in sent_events if e.sub_event_type in TERRITORY_SUBS]
                kept = []
                for e in sent_events:
                    t = next((t for t in taken if e.sub_event_type == "Armed clash" and t.location == e.location and (
                        _same_report(replace(e, sub_event_type=t.sub_event_type), t) or _same_report(replace(
                            e, sub_event_type=t.sub_event_type, actor1=e.actor2, actor2=e.actor1), t))), None)
                    if t is None:
                        kept.append(e)
                    elif t.fatalities_low is None and t.fatalities_best is None:
                        # ("captured al-Bab after clashes in which 14 Turkish soldiers died": the capture's dead)
                        t.fatalities_low, t.fatalities_best, t.fatalities_high = (
                            e.fatalities_low, e.fatalities_best, e.fatalities_high)
                sent_events = kept
                # A raid that made arrests is the arrests: "Turkish police raided an Islamic State safe house ... and
                # detained four suspects"
                if any(e.sub_event_type == "Arrests" for e in sent_events):
                    sent_events = [e for e in sent_events if not (e.sub_event_type == "Armed clash" and re.match(
                        r"raid", ctx.article.text[ctx.trigger_at.get(e.id, sent.start):], re.I) and any(
                            a.sub_event_type == "Arrests" and a.actor1 == e.actor1 for a in sent_events))]
                # ... and the deal it followed: "took full control of Qaboun ..., after the last rebels there agreed to
                # hand over their weapons": how the place changed hands, no agreement of its own
                if any(e.sub_event_type in TERRITORY_SUBS or e.sub_event_type == "Non-violent transfer of territory"
                       for e in sent_events):
                    sent_events = [e for e in sent_events if not (e.sub_event_type == "Agreement" and re.search(
                        r"\bafter\s+(?:[\w\-']+\s+){0,8}$", ctx.article.text[sent.start:ctx.trigger_at.get(e.id, sent.start)]))]
                # A bomber stopped before he could blow himself up is the weapon's use disrupted, by whoever shot
                # him: "Security forces shot dead the third attacker, who wore an explosive vest, before he could
                # detonate it" (one event, not a clash as well)
                if (stopped := next((e for e in sent_events if e.sub_event_type == "Disrupted weapons use"
                                     and e.actor1 is None), None)) is not None and (shooter := next(
                        (e for e in sent_events if e.sub_event_type == "Armed clash" and e.actor1
                         and e.location == stopped.location), None)) is not None:
                    stopped.actor1, stopped.actor2 = shooter.actor1, stopped.actor2 or shooter.actor2
                    sent_events = [e for e in sent_events if e is not shooter]
                # ... and a bomb stopped "it" in the same sentence is that bomb's use disrupted: "A car packed with
                # explosives was driven at our lines ..., but our comrades destroyed it short of the trenches"
                text = ctx.article.text
                if any(e.sub_event_type == "Disrupted weapons use" and _STOPPED_IT.match(
                        text, ctx.trigger_at.get(e.id, sent.start)) for e in sent_events):
                    stop_at = min(ctx.trigger_at.get(e.id, sent.start) for e in sent_events
                                  if e.sub_event_type == "Disrupted weapons use")
                    sent_events = [e for e in sent_events if not (
                        e.sub_event_type in ("Remote explosive/landmine/IED", "Suicide bomb")
                        and ctx.trigger_at.get(e.id, stop_at) < stop_at)]
                takers = {e.actor1 for e in sent_events if e.sub_event_type in TERRITORY_SUBS}
                if takers:
                    sent_events = [e for e in sent_events if not (
                        e.sub_event_type == "Non-violent transfer of territory" and e.actor1 not in takers)]
            n_before = len(events)
            retold: list[Event] = []  # attacks reported before that this sentence tells again
            for ev in sent_events:
                capture = _capture_of(replace(ev, actor2=None) if ev.id in ctx.guessed else ev, seen_by_place,
                                      self.theatre.allies_of)
                if capture is not None:
                    # "... retook the base. The army said its troops had killed dozens of jihadists in the final
                    # push": the fighting of the capture already reported, whose death toll it gives
                    if capture.fatalities_low is None and capture.fatalities_best is None:
                        capture.fatalities_low, capture.fatalities_best, capture.fatalities_high = (
                            ev.fatalities_low, ev.fatalities_best, ev.fatalities_high)
                    continue
                # "Hezbollah later said Badreddine had been killed by artillery fire": another account of a death
                # the story already reported, whose only toll is that person, is no second event
                dead = {(p.name, ev.event_type) for p in ev.persons if p.role == "killed"}
                if dead and dead <= ctx.reported_dead and ev.id in ctx.named_toll:
                    continue  # (the same kind of event: a beheading told after a strike on the beheader is not)
                # An article reports each event once: a later mention of the same kind of event at the same
                # place on overlapping dates is the same event ("the fall of Ramadi" after its report).
                if ev.sub_event_type == "Suicide bomb" and ev.location:
                    # "a wave of bombings struck Jableh and Tartus ... In Jableh, two suicide bombers ...": the
                    # bombing told first was this one
                    plain = seen_by_place.get(("Remote explosive/landmine/IED", ev.location), [])
                    first = next((o for o in plain if _same_report(replace(ev, sub_event_type=o.sub_event_type), o)
                                  and (ev.actor1 is None or o.actor1 in (None, ev.actor1))), None)
                    if first is not None:
                        first.sub_event_type = ev.sub_event_type
                        first.actor1 = first.actor1 or ev.actor1
                        first.actor2 = first.actor2 or ev.actor2
                        first.persons = first.persons + [p for p in ev.persons if p not in first.persons]
                        if first.fatalities_low is None and first.fatalities_best is None:
                            first.fatalities_low, first.fatalities_best, first.fatalities_high = (
                                ev.fatalities_low, ev.fatalities_best, ev.fatalities_high)
                        plain.remove(first)
                        seen_by_place.setdefault((first.sub_event_type, first.location), []).append(first)
                        retold.append(first)
                        continue
                vague = next((o for o in events if ev.geo_precision in (1, 2) and o.geo_precision == 3
                              and o.country == ev.country and o.sub_event_type == ev.sub_event_type
                              and o.actor1 is not None and o.actor1 == ev.actor1 and o.actor2 in (None, ev.actor2)
                              and o.evidence_span != ev.evidence_span
                              and _same_report(replace(ev, location=o.location), o)), None)
                if vague is not None:
                    # "Turkish warplanes bombed Kurdish militant camps in northern Iraq ... The jets had hit shelters
                    # ... in the Qandil mountains": the strike told first, now placed
                    seen_by_place.get((vague.sub_event_type, vague.location), []).remove(vague)
                    for f in ("location", "country", "latitude", "longitude", "geo_precision"):
                        setattr(vague, f, getattr(ev, f))
                    seen_by_place.setdefault((vague.sub_event_type, vague.location), []).append(vague)
                    continue
                if ev.sub_event_type in TERRITORY_SUBS and ev.actor1 and ev.evidence_span and any(
                        o.actor1 == ev.actor1 and o.evidence_span and 0 <= ev.evidence_span[0] - o.evidence_span[1] <= 2
                        and _same_report(replace(ev, sub_event_type=o.sub_event_type), o)
                        for o in seen_by_place.get(("Non-violent transfer of territory", ev.location), [])):
                    # "took control of Kirkuk after the Peshmerga withdrew. Troops raised the flag ...": the next
                    # sentence tells the transfer's details
                    continue
                same = seen_by_place.setdefault((ev.sub_event_type, ev.location), [])
                # (two strikers named in one sentence are two acts: "Regime warplanes and Russian jets pounded ...";
                # so is "a second helicopter dropped ..." after the first)
                at = ctx.trigger_at.get(ev.id, 0)
                own = _KIND_OF_NAMED.search(sent.text) if same and ev.location else None
                own_name = own.group(1) if own and not _named_in(ev, own.group(0)) else None
                told = None if _ANOTHER_ACT.search(sent.text, max(0, at - sent.start - 30), at - sent.start) or (
                    _ORDINAL_ATTACK.match(sent.text)) else next(
                    (old for old in same if _same_report(ev, old) and not (
                        old.evidence_span == ev.evidence_span and ev.actor1 and (
                            (old.actor1 and old.actor1 != ev.actor1) or ev.actor1 == old.actor2))
                     # ("Three Turkish soldiers were killed in an air strike near al-Bab ... Turkish F-16s hit Daesh
                     # positions around al-Bab": the side hit first strikes back, a second act)
                     and not (ev.event_type == "Explosions/Remote violence" and ev.actor1 and ev.actor1 == old.actor2
                              and old.actor1 != ev.actor1)
                     and not (own_name and own_name not in old.evidence)),
                    None)
                if told is None and ev.sub_event_type in TERRITORY_SUBS and ev.actor1:
                    # "The YPG raised their flag over Mishtanour hill, which overlooks the town": a site by the town
                    # taken with it is the town's capture told again
                    told = next((old for old in events if old.sub_event_type == ev.sub_event_type
                                 and old.actor1 == ev.actor1 and (ev.id in ctx.at_site) != (old.id in ctx.at_site)
                                 and _near(old, ev, 5) and _same_report(replace(ev, location=old.location), old, 0)),
                                None)  # (on the same day: "seized the complex in the Dawasa district on Tuesday ...
                    # pushed out of Wadi Hajar on Monday" are two advances a kilometre apart)
                if told is not None and _PRECISION_RANK.get(ev.date_precision or "", 9) < _PRECISION_RANK.get(
                        told.date_precision or "", 9) and told.actor1 in (None, ev.actor1):
                    # "a month after the jihadists stormed its districts ... launched its assault on June 25": the
                    # second telling dates the event more precisely
                    told.date, told.date_end, told.date_precision = ev.date, ev.date_end, ev.date_precision
                    told.actor2 = ev.actor2 or told.actor2
                if told is not None and told.id in ctx.guessed and ev.id not in ctx.guessed and ev.actor2 and (
                        told.actor1 == ev.actor1 and told.actor2 != ev.actor2 and told.evidence_span == ev.evidence_span
                        and ev.sub_event_type in TERRITORY_SUBS and ev.actor2 not in self.theatre.allies_of(ev.actor1)):
                    # "Islamic State has held Raqqa since January 2014, when it drove the other rebel factions out of
                    # the city": the side the telling names over the one guessed from the story
                    told.actor2 = ev.actor2
                    ctx.guessed.discard(told.id)
                if told is not None and told.event_type in ATTACK_TYPES:
                    retold.append(told)
                if told is None:
                    same.append(ev)
                    events.append(ev)
                    ctx.reported_dead |= dead
                    ctx.n_attacks += ev.event_type in ATTACK_TYPES
                    ctx.n_agreements += ev.sub_event_type == "Agreement"
                    if ev.sub_event_type in TERRITORY_SUBS:
                        ctx.last_capture = ev
            accepted = events[n_before:]
            if accepted and last_battles and not _HOW_IT_BEGAN.match(sent.text):
                # "IS fighters overran an army camp at Saqlawiya on Sunday ... Suicide bombers drove Humvees packed
                # with explosives into the camp's defences": a suicide attack nobody is named for, at the place and
                # on the day of the assault told just before, is the assaulting side's
                told = next((e for e in last_battles if e.event_type == "Battles" and e.actor1 and e.actor2), None)
                for e in accepted if told is not None else ():
                    if e.sub_event_type == "Suicide bomb" and e.actor1 is None and e.location == told.location and (
                            e.date == told.date) and e.actor2 in (None, "Unidentified armed group"):
                        e.actor1, e.actor2 = told.actor1, told.actor2
            if accepted and last_battles and _HOW_IT_BEGAN.match(sent.text):
                told = next((e for e in reversed(last_battles) if e.event_type == "Battles"), None)
                for e in accepted if told is not None and told.actor2 else ():
                    # (its actor may be one of the attackers: "claimed by Tahrir al-Sham" in a rebel assault)
                    if e.actor2 is None and told.actor2 != e.actor1 and (e.actor1 in (None, told.actor1) or (
                            told.actor1 in self.actor_info and e.actor1 in self.theatre.allies_of(told.actor1))):
                        e.actor1, e.actor2 = e.actor1 or told.actor1, told.actor2
                accepted = [*last_battles, *accepted]
            if accepted and (anon := [e for e in accepted if e.event_type in ATTACK_TYPES and e.actor1 in (
                    None, UNIDENTIFIED)]) and (claim := RESPONSIBILITY.search(sent.text)) is not None and (
                    sent.start + claim.start() > max(ctx.trigger_at.get(e.id, 0) for e in anon)):
                # "An explosion ripped through a market ..., killing 64 people; Islamic State claimed it"
                self._claimed_by(sent, ctx, anon)
            if accepted:
                last_attacks = [e for e in accepted if e.event_type in ATTACK_TYPES]
                if _PLURAL_CLAIMED.search(sent.text):
                    # "Bombings claimed by Islamic State killed scores ... in Sayyida Zeinab ... and in Homs": the
                    # attacks told in detail further on are theirs too
                    ctx.claims += [(e.actor1, e.date, e.date_end or e.date) for e in last_attacks if e.actor1 and e.date]
                for e in last_attacks:
                    claimed = next((n for n, start, end in ctx.claims if e.actor1 is None and e.date is not None
                                    and start - _ONE_DAY <= e.date <= end + _ONE_DAY), None)
                    if claimed is not None:
                        # "Bombings struck Jableh and Tartus ... Islamic State claimed the attacks ... In Jableh,
                        # four suicide bombers blew themselves up": the attacks the claim was for, told again
                        e.actor1 = claimed
                        e.actor2 = None if e.actor2 == claimed else e.actor2
                last_battles = accepted
                last_attacks_at = k
            else:  # no event of its own (none found, or only repeats of events already reported)
                # (a claim of responsibility needs its pattern's own words: the gate reads them off the pattern)
                if (last_attacks or ctx.n_attacks == 0) and RESPONSIBILITY.could_match(folded):
                    self._claimed_by(sent, ctx, last_attacks, events)
                if last_attacks_at is not None and _death_hint(sent.text):
                    dead_told_at = self._toll_told(sent, k, last_attacks_at, dead_told_at, last_battles, events)
                if last_attacks and SUICIDE_REVEAL.search(sent.text):
                    for e in last_attacks:  # ... so the attack just told was a suicide bombing
                        if e.sub_event_type == "Remote explosive/landmine/IED":
                            e.sub_event_type = "Suicide bomb"
                if retold:
                    # "... killed scores in Sayyida Zeinab. In Sayyida Zeinab a car bomb exploded ... State television
                    # put the toll there at 83": the toll after a retelling is the retold attack's
                    last_attacks = last_battles = retold
                    last_attacks_at = k
            self._update_salience(sent, ctx)
        for e in events:
            # gunmen nobody names stand for no side: the conventions leave such an actor empty ("An attack nobody
            # claims has no actor1"); the placeholder served only until a claim or a named group took its place
            e.actor1 = None if e.actor1 == UNIDENTIFIED else e.actor1
            e.actor2 = None if e.actor2 == UNIDENTIFIED else e.actor2
        return events

    def _state_of_country(self, p: Mention) -> str | None:
        """The state force of a country named as a place ("Turkey said ...", "Turkey said its troops ...")."""
        return self.actors.country_actor.get(p.value.country) if (
            p.value.geo_precision == 3 and p.value.feature == "A") else None

    def _capital_mention(self, m: re.Match[str]) -> Mention | None:
        """The national capital that "the Iraqi capital" names, as a place mention (None if the gazetteer lacks it)."""
        code = _NATION_CODES[m.group(1).lower()]
        if code not in self._capital_of:  # (looked up once per country, on first use)
            self._capital_of[code] = next((place for name, country in self._national_capitals.items() if country == code
                                           for place, _exact in self.geo.gz.lookup(name)
                                           if place.feature_code == "PPLC" and place.country == code), None)
        place = self._capital_of[code]
        return Mention(m.group(0), m.start(), m.end(), "place", place, 1.0) if place is not None else None

    def _capital_forces_in(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with "Ankara's forces", "Moscow's warplanes" added as the capital's state's forces (a capital
        standing for its government is no place, and no actor the resolver knows)."""
        added = [Mention(m.group(0), m.start(), m.end(), "actor", self._capital_forces[m.group(1)])
                 for m in _CAPITAL_FORCES.finditer(text) if m.group(1) in self._capital_forces
                 ] if "'s " in text or "’s " in text else []
        # "Damascus shelled rebel-held Harasta": a capital that strikes is its state's forces; "Washington and Moscow
        # agreed on ...": two governments that make a deal (the verb is found first, by substring search: few
        # texts have one after a capital)
        for verb, before in _CAPITAL_VERBS:
            at = text.find(verb)
            while at != -1:
                if (m := before.search(text, max(0, at - 60), at)) is not None:
                    added += [Mention(m.group(k), m.start(k), m.end(k), "actor", self._capital_forces[m.group(k)])
                              for k in range(1, (m.lastindex or 0) + 1) if m.group(k) in self._capital_forces]
                at = text.find(verb, at + 1)
        added.sort(key=lambda m: m.start)
        if not added:
            return mentions
        # (the bare noun inside it, "warplanes", gives way: it would be guessed from the story)
        kept = [m for m in mentions if not any(a.start <= m.start and m.end <= a.end for a in added)]
        added = [a for a in added if not any(m.start < a.end and a.start < m.end for m in kept)]
        return sorted([*kept, *added], key=lambda m: m.start)

    def _holder(self, held: re.Match[str], country: str | None, ctx: _Context) -> str | None:
        """The actor a "rebel-held" / "government-held" phrase names, resolved in the event's country."""
        word = held.group(1)
        # ("Israeli-held": a country's adjective stands for its forces)
        for phrase in (HELD_WORDS.get(word.lower(), word), f"{word} forces"):
            found = self.actors.find(phrase)
            name = next((n for n in (self._resolve_actor(m, country, ctx) for m in found if m.kind == "actor") if n),
                        None)
            if name:
                return name
        return None

    def _toll_told(self, sent: Sentence, k: int, event_at: int, dead_told_at: int, last: list[Event],
                   story: Sequence[Event]) -> int:
        """Read sentence ``k`` (no event of its own, a word of death) as a toll of the events of sentence
        ``event_at`` (see _aftermath), and return the index of the last sentence since then that only told where
        or how they died: the count may come in the sentence after it ("Most of the dead were in Talbiseh ... The
        Observatory said 27 civilians had been killed")."""
        next_one = k - event_at == 1 or k - 1 == dead_told_at
        self._aftermath(sent, next_one, last, story)
        return k if next_one and not find_fatalities(sent.text) else dead_told_at

    @staticmethod
    def _aftermath(sent: Sentence, next_one: bool, last: list[Event], story: Sequence[Event] = ()) -> None:
        """A sentence with no event of its own that counts the dead of the last sentence's event ("at least 45
        militants were killed in the two-day operation", "dozens of fighters died in the fighting"): the toll of
        that event when it has none. It must name the fighting or the attack, or come right after the event's
        sentence; every count it gives adds up (45 militants and three soldiers: 48)."""
        if ANOTHER_TOLL.search(sent.text) and not TOTAL_TOLL.search(sent.text):
            # "A Syrian security source gave a much lower toll of 115 dead": another account of the dead of the last
            # event with a toll, so its range runs from the lowest account to the highest
            told = next((e for e in reversed(last) if e.fatalities_low is not None), None)
            counts = [n for f in find_fatalities(sent.text, sent.start) for n in (f.low, f.high) if n is not None]
            if told is not None and told.fatalities_low is not None and counts:
                tops = [n for n in (told.fatalities_high, told.fatalities_best, told.fatalities_low, *counts)
                        if n is not None]
                told.fatalities_low = min(told.fatalities_low, *counts)
                told.fatalities_high = max(tops)
                return
        if next_one and not TOTAL_TOLL.search(sent.text) and not _AFTERMATH.search(sent.text) and (vague := [
                e for e in last if e.fatalities_high is None and e.fatalities_low is not None
                and _VAGUE_TOLL.search(e.evidence)]):
            # "... killed scores of people ... SANA said about 300 people had been killed": the first count, told
            # right after a vague one, is the toll (a second account then makes it a range)
            exact = [f for f in find_fatalities(sent.text, sent.start) if f.low is not None and f.low == f.high]
            if len(vague) == 1 and len(exact) == 1 and exact[0].low > vague[0].fatalities_low:
                vague[0].fatalities_low = vague[0].fatalities_best = vague[0].fatalities_high = exact[0].low
                return
            # ("State television put the toll there at 83, while the Observatory counted 120 dead": two accounts)
            if len(vague) == 1 and len(exact) > 1 and DISPUTED_TOLL.search(sent.text) and all(
                    f.low > vague[0].fatalities_low for f in exact) and (span := _accounts_range(exact)) is not None:
                vague[0].fatalities_low, vague[0].fatalities_best, vague[0].fatalities_high = (
                    span[0], exact[0].best, span[1])
                return
        ref = _AFTERMATH.search(sent.text)
        if not (ref or next_one) or TOTAL_TOLL.search(sent.text):
            return  # (a toll since a date, or estimated over a battle, is a total: a claim)
        wanted = {"Battles"} if ref is None else ({"Battles"} if ref.group("battle") else ATTACK_TYPES)
        low_text = sent.text.lower()
        # right after an attack's sentence, a count at the attack's place is its toll ("... were killed in the
        # town of Talbiseh")
        fits = [e for e in reversed(last) if e.event_type in wanted or (
            ref is None and e.event_type in ATTACK_TYPES and e.location and e.location.lower() in low_text) or (
            # ("... pounding rebel-held towns north of Homs. Most of the dead were in Talbiseh ... The Observatory said
            # 27 civilians had been killed": the civilian dead of the one attack told)
            ref is None and len(last) == 1 and e.event_type in ATTACK_TYPES and (
                _CIVILIANS_KILLED.search(sent.text) or _AMONG_THE_DEAD.search(sent.text)))]
        # ("40 militants had been killed in the battle for Jalawla": of two towns taken, the one it names; "the
        # battle for al-Shaddadi" is the one that took it, even told two sentences before)
        battle_for = ref is not None and ref.group("battle") and _BATTLE_FOR.search(sent.text)
        target = next((e for e in reversed(story) if battle_for and e.sub_event_type in TERRITORY_SUBS
                       and e.fatalities_low is None and e.fatalities_best is None
                       and (_named_in(e, sent.text) or (battle_for.group("site") and not any(
                           o.sub_event_type in TERRITORY_SUBS for o in story[story.index(e) + 1:])))),
                      None) or next((e for e in fits if _named_in(e, sent.text)), None) or next(iter(fits), None) or (
            # ("Coalition aircraft carried out 31 strikes ... Kurdish commanders said 58 militants and two Peshmerga
            # had died in the fighting": the fighting told before the strikes, that day)
            next((e for e in reversed(story) if ref is not None and ref.group("battle") and e.sub_event_type in TERRITORY_SUBS
                  and e.fatalities_low is None and e.fatalities_best is None and e.date is not None
                  and any(o.date == e.date for o in last)), None))
        if target is None:
            return
        found = [f for f in find_fatalities(sent.text, sent.start) if f.best is not None]
        if not found:
            return
        if target.fatalities_low is not None and ref is not None and len(found) == 1 and found[0].best > (
                target.fatalities_high or target.fatalities_best or target.fatalities_low) and _ANOTHER_ACCOUNT.search(
                sent.text) and not _MORE_DEAD.search(sent.text):
            # "killing at least eight ... The Observatory said 14 fighters had died in the attacks": a second account
            # of the same dead, so the range runs up to it
            target.fatalities_high = found[0].best
            return
        if target.fatalities_low is not None or target.fatalities_best is not None:
            return
        if target.event_type == "Explosions/Remote violence" and (_CIVILIANS_KILLED.search(found[0].text) or (
                (among := _AMONG_THE_DEAD.search(sent.text)) and CIVILIAN_WORDS.search(sent.text, 0, among.start()))) and (
                target.actor2 is None or _HELD_NAMED.search(target.evidence)):
            target.actor2 = "Civilians"  # "pounding rebel-held towns ... 27 civilians had been killed": whom it hit
            # (or "Two nurses and a patient ... were among the seven dead")
        if len(found) > 1 and DISPUTED_TOLL.search(sent.text):
            # "... said 40 militants had been killed, while a Kurdish commander put the figure at 57": two accounts
            # (the range runs to the highest account: "at least 100 ..., while the SDF said it had killed 145")
            if (span := _accounts_range(found)) is not None:
                target.fatalities_low, target.fatalities_best, target.fatalities_high = span[0], found[0].best, span[1]
                return
        low = sum(f.low or 0 for f in found)
        best = sum(f.best or 0 for f in found)
        high = sum(f.high for f in found if f.high is not None) if all(f.high is not None for f in found) else None
        target.fatalities_low, target.fatalities_best, target.fatalities_high = low, best, high

    def _claimed_by(self, sent: Sentence, ctx: _Context, attacks: list[Event], told: Sequence[Event] = ()) -> None:
        """"Islamic State claimed the attack": the perpetrator of the attacks of the last sentence that had
        events, where they had none (and, for a claim of several attacks, of those told again further on), and of
        the story's other attacks at the same place on the same days (``told``: "Gunmen stormed the hotel ... The
        attack began when a car bomb exploded ... The group said its fighters had carried out the raid")."""
        m = RESPONSIBILITY.search(sent.text)
        if m is None or _NO_CLAIM_BEFORE.search(sent.text, max(0, m.start() - 40), m.start()):
            return  # ("no group has claimed the attack": nobody did)
        if (m.group("blamed") or m.group("suspected")) and _PARTISAN_BLAMER.search(sent.text, max(0, m.start() - 40),
                                                                                   m.end()):
            return  # ("the opposition blamed government jets": an attribution, no claim)
        text = ctx.article.text
        at = sent.start + m.start()
        # (who says it did the attack claims it: "Islamic State said it carried out the bombing")
        claimants = [a for a in ctx.actors if a.start < at and (m.group("said") or not self._is_speaker(a, text))]
        if m.group("by") or m.group("blamed") or m.group("suspected") or m.group("identified") is not None:
            claimants = [a for a in ctx.actors if a.start >= sent.start + m.end()][:1]
        name = self._resolve_actor(claimants[-1], None, ctx) if claimants else None
        if name is None and not claimants and _THE_GROUP_SAID.match(sent.text):
            # "The group said in a statement that one of its fighters had carried out the bombing": the armed group
            # the story is about
            name = self._salient(ctx, exclude=set()) or self.militant_actor
        if not name or name == "Civilians":
            return
        named_at = [p for p in ctx.places if p.value is not None and at <= p.start <= sent.start + m.end() + 20]
        if named_at and (there := [e for e in told if e.event_type in ATTACK_TYPES and any(
                e.location == p.value.name or p.text in e.evidence for p in named_at)]):
            attacks = there  # "... said one of its fighters had carried out the Karrada attack": that one
        dated = [e for e in attacks if e.date is not None]
        # the attacks it claims may be told again in detail further on (and when the claim comes first, they are
        # those of the week before the report); not for "claimed the attack" ("Hours later, a suicide bomber ...;
        # there was no claim for the later blasts")
        span = ((min(e.date for e in dated if e.date), max(e.date_end or e.date for e in dated if e.date))
                if dated else None if attacks else (ctx.published - dt.timedelta(days=7), ctx.published))
        if span is not None and re.search(r"\b(?:attacks|bombings|blasts|explosions|killings|both|twin|these|those)\b",
                                          m.group(0), re.I):
            ctx.claims.append((name, *span))
        same_story = [e for e in told if e not in attacks and e.event_type in ATTACK_TYPES and e.date and any(
            a.location == e.location and a.country == e.country and a.date and abs((a.date - e.date).days) <= 1
            for a in attacks)]
        for e in [*attacks, *same_story]:
            if e.actor1 is None or e.actor1 == UNIDENTIFIED:  # (a gunman nobody named, until someone claimed him)
                e.actor1 = name
                e.actor2 = None if e.actor2 == name else e.actor2
                if e.country and e.country not in self.theatre.countries and name in self.actor_info and (
                        self.actor_info[name].country != e.country) and "foreign_attack" not in e.tags:
                    e.tags = [*e.tags, "foreign_attack"]  # ("... at Istanbul's airport; officials blamed Islamic State")

    # -- internals -------------------------------------------------------------------------------------------
    def _scan_person_fates(self, text: str, persons: list[Mention], ctx: _Context) -> None:
        for m in persons:
            info: PersonInfo = m.value
            after = text[m.end: m.end + 160].split(".")[0]
            before = text[max(0, m.start - 60): m.start].split(".")[-1]
            fate = FATE_AFTER.match(after) or FATE_BEFORE.search(before)
            if fate:
                kind = (fate.group("fate") or fate.groupdict().get("fate2") or "").lower()
                if CAPTURE_NEAR.fullmatch(kind):  # killed/died/targeted all count as killed
                    ctx.captured_persons.add(info.name)
                elif not WOUNDED.fullmatch(kind):  # the wounded are found per event (WOUND_NEAR)
                    ctx.killed_persons.add(info.name)

    def _update_salience(self, sent: Sentence, ctx: _Context) -> None:
        ctx.salience = {k: v * 0.7 for k, v in ctx.salience.items()}
        if not ctx.actors:
            ctx.prev_groups = []  # (a sentence naming no actor: no opener, no group, nothing to count)
            return
        text = ctx.article.text
        opener = next((m for m in ctx.actors if _in(m, sent.start, sent.end) and not self._is_speaker(m, text)
                       and not _PREPOSITION_BEFORE.search(text[max(sent.start, m.start - 14):m.start])), None)
        if opener is not None:
            name = self._resolve_actor(opener, None, ctx)
            if name and name != "Civilians":
                ctx.prev_subject = name
        ctx.prev_groups = list(dict.fromkeys(
            n for m in ctx.actors if _in(m, sent.start, sent.end) and m.value
            and (n := str(m.value)) in self.actor_info and self.actor_info[n].kind == "armed group"))
        country = next((p.value.country for p in ctx.places if p.value is not None and p is not ctx.dateline), None)
        for m in ctx.actors:
            if not _in(m, sent.start, sent.end):
                continue
            if m.value:
                name = self._resolve_actor(m, None, ctx) if m.value == UNIDENTIFIED else m.value  # ("the gunmen")
            elif self._by_story(m):
                name = self._resolve_actor(m, None, ctx)  # "the jihadists": the group the story is about
            elif m.candidates and country:
                # "Kurdish security forces repelled the attack on Kirkuk": read by where the sentence happens
                name = self._resolve_actor(m, country, ctx)
            else:
                continue
            if name:
                ctx.salience[name] = ctx.salience.get(name, 0.0) + 1.0

    def _owner_named_after(self, m: Mention, country: str | None, ctx: _Context) -> str | None:
        """"Warplanes from the United States": the side named after "from"/"of"; with other states listed after it
        ("from the United States, Saudi Arabia and the United Arab Emirates"), its coalition; a force the pack
        reads by the country ("a police station of the Kurdish Asayish") read so."""
        text = ctx.article.text
        gap = _FROM_OF.match(text, m.end)
        if gap is None:
            return None
        named = next((a for a in ctx.actors if a.start == gap.end() and (a.value or a.candidates)), None)
        if named is None:
            return None
        name = str(named.value) if named.value else self._resolve_actor(named, country, ctx)
        if name is None:
            return None
        info = self.actor_info.get(name)
        if info is not None and info.coalition and _MORE_STATES.match(text, named.end):
            return info.coalition
        return name

    def _owner_before(self, m: Mention, country: str | None, ctx: _Context) -> str | None:
        """"The Turkish military said its warplanes struck ...": a force a possessive pronoun owns is the owner's,
        the side named last before it in the sentence (not guessed from the place)."""
        text = ctx.article.text
        if (said := _SAID_JUST_BEFORE.search(text, max(0, m.start - 30), m.start)) is not None and m.candidates:
            # "its army said warplanes struck ...": a state's force speaking of aircraft it does not name, its own
            speaker = next((a for a in reversed(ctx.actors) if a.end <= said.start() and a.end >= said.start() - 2
                            and a is not m), None)
            name = self._resolve_actor(speaker, country, ctx) if speaker is not None else None
            if name in m.candidates or (name in self.actor_info and self.actor_info[name].kind in (
                    "state force", "foreign force", "coalition")):
                return name
        if not _POSSESSIVE_PRONOUN.search(text, max(0, m.start - 7), m.start) and not _OWN_PHRASE.match(m.text):
            return None  # (the pronoun may open the pack's phrase itself: "its army")
        start = max(0, m.start - 300)
        stop = [b.end() for b in re.finditer(r"[.!?]\s", text[start:m.start])]
        start += stop[-1] if stop else 0
        owners: list[tuple[int, str]] = []
        for a in ctx.actors:
            if start <= a.start and a.end <= m.start - 4 and a is not m and (
                    name := self._resolve_actor(a, country, ctx)) and name != "Civilians":
                owners.append((a.start, name))
        # ("Turkey said its troops ...", "Turkish officials said their ...": a state speaking of its own)
        for p in ctx.places:
            if start <= p.start < m.start and (name := self._state_of_country(p)):
                owners.append((p.start, name))
        for nat in _NATION_SPEAKER.finditer(text, start, m.start):
            if name := self.actors.country_actor.get(_NATION_CODES[nat.group(1).lower()]):
                owners.append((nat.start(), name))
        return max(owners)[1] if owners else None

    def _by_story(self, m: Mention) -> bool:
        """Whether ``m`` is one of the pack's ``anaphoric`` phrases ("the jihadists"), resolved by the story."""
        return not m.value and bool(m.candidates) and " ".join(m.text.casefold().split()) in self._anaphoric

    def _flier_before(self, sent: Sentence, clause: Sentence, country: str | None, ctx: _Context) -> str | None:
        """The side whose aircraft the sentence named before this clause ("Russian jets ..., when a strike ..."), if
        any: the last such state, foreign force or coalition."""
        fliers = [n for a in ctx.actors if sent.start <= a.start < clause.start and _AIRCRAFT_MENTION.search(a.text)
                  and (n := self._resolve_actor(a, country, ctx)) in self.actor_info
                  and self.actor_info[n].kind in ("state force", "foreign force", "coalition")]
        return fliers[-1] if fliers else None

    def _author(self, ctx: _Context) -> str | None:
        """The armed side whose own statement the article is: named in a title calling it a statement ("YPJ General
        Command statement: ...") or alone on a signature line at its end ("YPJ General Command"), else None."""
        if ctx.author is False:
            ctx.author = None
            title = ctx.article.title or ""
            heads = [title[:w.start()] for w in _STATEMENT_WORD.finditer(title)][:1]
            tail = ctx.article.text.rstrip()[-200:].splitlines()[-3:]
            # (a signature is the name alone, with its office: not a closing sentence that names a side)
            heads += [sig.group("name") for line in tail if len(line) <= 60
                      and (sig := _SIGNATURE_LINE.fullmatch(line.strip())) and len(found := self.actors.find(
                          sig.group("name"))) == 1 and found[0].end - found[0].start == len(sig.group("name"))]
            for head in heads:
                found = [m.value for m in self.actors.find(head) if m.value and m.value in self.actor_info
                         and self.actor_info[m.value].kind != "civilians"]
                if len(set(found)) == 1:
                    ctx.author = found[0]
                    break
        return ctx.author if isinstance(ctx.author, str) else None

    def _resolve_actor(self, m: Mention, country: str | None, ctx: _Context) -> str | None:
        if m.value == UNIDENTIFIED and ctx.article.text[max(0, m.start - 4):m.start].lower() == "the " and not re.search(
                r"(?:gunman|attacker|assailant|bomber|shooter)$", m.text, re.I):  # (one man is no group's force)
            # "the gunmen" in a story about a named group: that group, already named (ACLED's unidentified armed
            # group is for gunmen nobody names)
            named = [n for n, w in ctx.salience.items() if w > 0.3 and n != UNIDENTIFIED and n in self.actor_info
                     and self.actor_info[n].kind == "armed group"]
            if named:  # (of several, the one the story is about: the most salient)
                return max(named, key=lambda n: (ctx.salience[n], ctx.counts.get(n, 0)))
        if m.value == self.militant_actor and not _by_name(m) and not ctx.named.get(m.value):
            # "the militants" in a story that names the Nusra Front and never Islamic State: the group it names
            other = [n for n in self._anaphoric_groups if ctx.named.get(n)]
            if other:
                return max(other, key=lambda n: ctx.named[n])
        if m.value:
            return m.value
        cands: list[str] = list(m.candidates)
        owner = self._owner_before(m, country, ctx)
        if owner is not None:
            return owner
        owner = self._owner_named_after(m, country, ctx)
        if owner is not None:
            return owner
        text = ctx.article.text
        if ("'s " in text[max(0, m.start - 24):m.start] or "’s " in text[max(0, m.start - 24):m.start]) and (
                holder := next((a for a in ctx.all_actors if m.start - 24 <= a.end < m.start and a.value
                                and a.value != "Civilians" and _OWNED_FORCE_GAP.fullmatch(text, a.end, m.start)),
                               None)):
            # "The Kurdish-led administration's security police detained ...": the force the named side owns
            return str(holder.value)
        if ("'s " in text[max(0, m.start - 24):m.start] or "’s " in text[max(0, m.start - 24):m.start]) and (
                state := next((p for p in ctx.places if p.end < m.start and p.value is not None
                               and p.value.feature_code == "PCLI" and _POSSESSIVE_GAP.fullmatch(text, p.end, m.start)),
                              None)) and state.value.country not in self.theatre.countries:
            # "a former commander of Tajikistan's special police": a state abroad's force, the pack's actor for it or
            # none (not the force of the country the event is in)
            return self.actors.country_actor.get(state.value.country)
        if m.text[:4].lower() == "our " and (author := self._author(ctx)) is not None:
            # "our units launched ..." in a statement the YPJ's General Command signs: its own fighters
            return author
        if m.text[:4].lower() == "our " and (speaker := _OWN_SPEAKER.search(
                ctx.article.text, m.end, ctx.article.text.find(".", m.end) + 1 or len(ctx.article.text))):
            # "attacked our units around al-Bab ..., the Turkish General Staff said": the speaker's own forces
            own = [c for c in cands if self.actor_info[c].country == _NATION_CODES[speaker.group(1).lower()]]
            if len(own) == 1:
                return own[0]
        if (adj := _NATION_BEFORE.search(ctx.article.text, max(0, m.start - 14), m.start)) is not None:
            # "Syrian army artillery": the nation named just before it decides (not the country of the place)
            own = [c for c in cands if self.actor_info[c].country == _NATION_CODES[adj.group(1).lower()]]
            if len(own) == 1:
                return own[0]
        sent_start = ctx.article.text.rfind(". ", 0, m.start) + 1
        if (gear := list(_NATION_GEAR.finditer(ctx.article.text, max(sent_start, m.start - 160), m.start))):
            own = [c for c in cands if self.actor_info[c].country == _NATION_CODES[gear[-1].group(1).lower()]]
            if len(own) == 1:
                return own[0]
        by_story = self._by_story(m)
        if by_story:
            # "attacked positions of Hayat Tahrir al-Sham, accusing the jihadists of ...": the one just named
            text = ctx.article.text
            before = [a for a in ctx.actors if a.end <= m.start and a.value in cands
                      and not re.search(r"[.!?]\s", text[a.end:m.start])]
            if before:
                return str(before[-1].value)
        # (a phrase the pack resolves by the story, "the jihadists", is not read by the country: the one the
        # story is about, else the pack's first)
        if country and not by_story:
            local = [c for c in cands if self.actor_info[c].country == country]
            if len(local) == 1:
                # "the army said" in a story about Turkey's campaign in Syria, where Syria's army is never named:
                # the army the story is about
                # (but not the other theatre state's: "government aircraft" bombing Douma after a Ramadi item)
                away = [c for c in cands if c not in local and ctx.salience.get(c, 0.0) > 0.5
                        and self.actor_info[c].country not in self.theatre.countries]
                # (a story about it, that names it often or just before: not "troops" in Mosul in a story about Iraq's
                # paramilitaries that told of Turkish jets twice, some sentences back)
                if len(away) == 1 and not ctx.salience.get(local[0]) and not ctx.counts.get(local[0]) and (
                        ctx.counts.get(away[0], 0) >= _STORY_ABOUT_COUNT or any(
                            a.value == away[0] for a in ctx.all_actors if m.start - _AWAY_WINDOW <= a.start < m.start)):
                    return away[0]
                return local[0]
            if not local and country not in self.theatre.countries and all(self.actor_info[c].country for c in cands):
                return None  # "soldiers" in Lebanon: that country's army, which the pack does not name
        if len(cands) > 1:
            # "The jihadists had taken the town from the Nusra Front": not the side they took it from
            text = ctx.article.text
            sent_end = text.find(". ", m.end)
            opposed = {a.value for a in ctx.actors if m.end < a.start < (sent_end if sent_end >= 0 else len(text))
                       and a.value in cands and _OPPOSED_BEFORE.search(text, max(m.end, a.start - 14), a.start)}
            cands = [c for c in cands if c not in opposed] or cands
        best = max(cands, key=lambda c: ctx.salience.get(c, 0.0), default=None)
        if best is not None and ctx.salience.get(best, 0.0) > 0:
            return best
        # ("Syrian insurgents" opening a story about the Nusra Front: the one of them the story names)
        named = max(cands, key=lambda c: ctx.named.get(c, 0), default=None)
        if cands and cands[0] == self.militant_actor and named is not None and ctx.named.get(named, 0) > 0:
            return named
        return cands[0] if cands else None

    def _enemies(self, name: str | None) -> list[str]:
        """The pack's ``enemies`` of ``name``: the only sides it fights, else none (a coalition's member keeps its own
        wars: US cruise missiles hit a Syrian air base)."""
        info = self.actor_info.get(name) if name else None
        return list(info.enemies) if info is not None else []

    def _unnamed_group(self, ctx: _Context) -> str | None:
        """Whom "the group" or "the militants" denote in a story that names no armed group at all: the pack's
        militant actor (in Syria and Iraq, 2014-2017, Islamic State), as readers of such a story take it."""
        if any(self.actor_info[n].kind == "armed group" for n in ctx.counts if n in self.actor_info and n != UNIDENTIFIED):
            return None
        return self.militant_actor

    def _salient(self, ctx: _Context, exclude: set[str], kinds: tuple[str, ...] = ("armed group",),
                 prefer_country: str | None = None, only: set[str] | None = None,
                 stand_in: bool = True, where: str | None = None) -> str | None:
        """The most salient actor so far (decayed mention counts; the whole article's counts break ties and, with
        ``stand_in``, stand in at the story's start), optionally preferring the state force of ``prefer_country``."""
        def ok(name: str) -> bool:  # (gunmen nobody names stand for no one beyond their own sentence)
            info = self.actor_info.get(name)
            return (name not in exclude and name != UNIDENTIFIED and info is not None and info.kind in kinds
                    and (only is None or name in only)
                    # (a state's own forces act at home: Lebanon's army stands in for no one in Libya)
                    and not (where and info.kind == "state force" and info.country and info.country != where))

        ranked = [n for n, _ in sorted(ctx.salience.items(), key=lambda kv: (-kv[1], -ctx.counts.get(kv[0], 0)))
                  if ok(n)]
        if not ranked and stand_in:
            ranked = [n for n, _ in sorted(ctx.counts.items(), key=lambda kv: -kv[1]) if ok(n)]
        if prefer_country:
            # A state's forces fight on its own soil: drop other states' armies, add this one's if unseen.
            ranked = [n for n in ranked if self.actor_info[n].kind != "state force"
                      or self.actor_info[n].country == prefer_country]
            # ... and the other theatre country's own armed groups are no guess here: "When the militants overran
            # Mosul in June 2014" in a story about Syria's Nusra Front was not against the Nusra Front
            if prefer_country in self.theatre.countries:
                ranked = [n for n in ranked if self.actor_info[n].kind not in ("armed group", "militia")
                          or self.actor_info[n].country in (None, prefer_country)
                          or self.actor_info[n].country not in self.theatre.countries]
            own = self.actors.country_actor.get(prefer_country)
            if own and own not in ranked and ok(own) and self.actor_info[own].kind == "state force" and (
                    ctx.counts.get(own, 0) > 0 or prefilter.search_twinned(r"\b(?:government|regime|army|troops|soldiers)\b",
                                                            ctx.article.text, re.I)):
                ranked.append(own)  # last resort only, and only when the story speaks of that state's forces
            top = ctx.salience.get(ranked[0], 0.0) if ranked else 0.0
            for n in ranked[:3]:
                a = self.actor_info[n]
                if a.kind == "state force" and a.country == prefer_country and top > 0 and (
                        ctx.salience.get(n, 0.0) > 0 or ctx.counts.get(n, 0) > 0):
                    return n
        if not ranked:
            return None
        return ranked[0]

    @staticmethod
    def _is_speaker(a: Mention, text: str) -> bool:
        head = text[max(0, a.start - 30):a.start]
        return bool(SPEAKER_AFTER.match(text[a.end:a.end + 60])
                    or _ACCORDING_TO_BEFORE.search(head))

    def _clause_events(self, sent: Sentence, clause: Sentence, ctx: _Context,
                       persons: list[Mention], lazy_dates: _LazyDates, live: list[Trigger]) -> list[Event]:
        text = clause.text
        asc = text.isascii()  # the sentence's candidate triggers only (on an ASCII text, each one's ASCII twin)
        raw = [(t, m) for t in self.patterns.clause_triggers(text, live)
               for m in ((t.regex_ascii or t.regex) if asc else t.regex).finditer(text)]
        if not raw or self.patterns.irrealis_anywhere.search(text):
            return []
        if clause.start == sent.start and clause.end == sent.end:
            dates = list(lazy_dates.get())  # a one-clause sentence: its dates are already resolved
        else:
            # a relative date counts from the date told before it in the same sentence ("moved into the city on June
            # 12, 2014, after ... the offensive that had captured Mosul two days earlier")
            told = [d for d in lazy_dates.get() if d.span and d.span[1] <= clause.start and d.start <= ctx.published
                    and not d.text.lower().startswith("since")]
            dates = find_dates(text, ctx.published, offset=clause.start, anchor=told[-1] if told else ctx.last_date,
                               continues=clause.start > sent.start, near=bool(told))
        if clause.start < ctx.dateline_end:
            dates = [d for d in dates if not d.span or d.span[0] >= ctx.dateline_end]  # the dateline's: when filed
        # "Four days later" with no earlier date to count from lands after publication: unknown, not future.
        dates = [d for d in dates if not (d.start > ctx.published and RELATIVE_WORDS.search(d.text))]
        if dates and all(d.start > ctx.published for d in dates):
            return []  # future
        matches = [(t, m) for t, m in raw if self._reportable(t, m, text, dates, clause.start, sent.text,
                                                              ctx.n_attacks > 0)]
        if not matches:
            return []
        # "seized Deir Sonbol ... on Saturday, driving his fighters out of the hills": a gerund after the capture told
        # says what it did, no capture of its own (but "swept through the towns, driving Nusra out of Mayadin" is one)
        matches = [(t, m) for t, m in matches if not (
            t.frame == "drive_out" and _GERUND.match(m.group(0)) and text[:m.start()].rstrip().endswith(",") and any(
                t2.category == "capture" and m2.start() < m.start() and not _GERUND.match(m2.group(0))
                for t2, m2 in matches))]
        # Keep one trigger per category: highest priority, then earliest.
        best: dict[str, tuple[Trigger, re.Match[str]]] = {}
        for t, m in sorted(matches, key=lambda tm: (-tm[0].priority, tm[1].start())):
            best.setdefault(t.category, (t, m))
        # One attack is one event: the more specific trigger of a clause absorbs the generic ones.
        for winner, losers in SUBSUMES:
            # (a winner told in a "since ..." clause is an earlier event: "entered Mosul, the first time since IS
            # seized the city in 2014")
            # (but what follows it in that clause is the same earlier event: "the deadliest since a truck bomb
            # killed more than 300 people in Karrada")
            if winner in best:
                since = SINCE_CLAUSE.search(text, max(0, best[winner][1].start() - 40), best[winner][1].start())
                for loser in losers:
                    # ... "a day after a roadside bomb killed three soldiers": an earlier event of its own
                    if loser in best and (since is None or best[loser][1].start() > best[winner][1].start()) and \
                            not EARLIER_EVENT_BEFORE.search(text[max(0, best[loser][1].start() - 30):
                                                                 best[loser][1].start()]):
                        best.pop(loser)
        # "captured al-Qaim on Nov. 3 and on Friday retook Rawa": a second verb of the same kind, joined on, is a
        # second change of control (at its own place and date)
        # (and so is a second striker's: "Russian jets bombed Palmyra and Syrian warplanes hit Homs")
        chosen = list(best.values())
        for cat in ("capture", "airstrike", "shelling"):
            if cat in best:
                first = best[cat][1]
                # "Government troops, who lost the airport to rebels in 2015, regained it last month": an act told
                # in a clause set off by commas and one told outside it are two
                told = _relative_clause_at(ctx.article.text, clause.start + first.start(), dates)
                other = next((tm for tm in sorted(matches, key=lambda tm: tm[1].start()) if tm[0].category == cat
                              and (tm[1].start() >= first.end() or tm[1].end() <= first.start())
                              and not getattr(tm[0], "nominal", False) and ((told != (
                                  inner := _relative_clause_at(ctx.article.text, clause.start + tm[1].start(), dates))
                                  and (told is None or inner is None))
                                  # "retook Palmyra on Sunday, ... nine months after they had driven the jihadists
                                  # out": an act and the earlier one that dates it are two
                                  or _EARLIER_ACT_BETWEEN.search(text, min(first.end(), tm[1].end()),
                                                                 max(first.start(), tm[1].start()))
                                  # "captured al-Hol on Friday, a town that had fallen to the jihadists in 2014",
                                  # "declared the town liberated from the militants who overran it"
                                  or _RELATIVE_BEFORE_ACT.search(text[max(0, (later := max(
                                      first, tm[1], key=lambda x: x.start())).start() - 30):later.start()])
                                  # "..., a mainly Turkmen city (that) the militants captured in June 2014"
                                  or _PLACE_THE_SIDE_BEFORE_ACT.search(text[max(0, later.start() - 60):later.start()]))), None)
                if other is not None:
                    chosen.append(other)
                    continue
                # (the earliest, longest reading: "and was retaken by the army" is the passive one)
                chosen += sorted([(t, m) for t, m in matches if t.category == cat and m.start() > first.end()
                                  and not getattr(t, "nominal", False) and (cat == "capture" or _PAST_VERB.search(m.group(0)))
                                  and _AND_THEN.search(text, first.end(), m.start())],
                                 key=lambda tm: (tm[1].start(), -len(tm[1].group(0))))[:1]
        out: list[Event] = []
        # (an act that kills no one does not take a count from the attack told before it: "explosions ripped
        # through a crowd gathering for a peace rally, killing at least 86 people")
        starts = [clause.start + m.start() for t, m in chosen if t.category not in NON_LETHAL]
        for trig, m in chosen:
            ev = self._build(sent, clause, trig, m, dates, lazy_dates.get(), ctx, persons, starts)
            if ev is not None:
                ctx.trigger_at[ev.id] = clause.start + m.start()
                out.append(ev)
                if trig.category not in NON_LETHAL or trig.category == "protest":  # (protests in towns listed, too)
                    for other in self._listed_places(ev, clause, ctx):
                        ctx.trigger_at[other.id] = ctx.trigger_at[ev.id]
                        out.append(other)
                for other in self._joint_strikers(ev, clause, ctx):
                    ctx.trigger_at[other.id] = ctx.trigger_at[ev.id]
                    out.append(other)
        if out:
            first = out[0]
            at = ctx.trigger_at[first.id]
            if first.date is not None and not SINCE_CLAUSE.search(ctx.article.text, max(0, at - 40), at) and not (
                    _SPAN_AFTER_CLAUSE.match(clause.text)) and not (  # ("..., a month after the jihadists stormed ...")
                    _HELD_SINCE_AT.match(ctx.article.text, at) and ", when" not in sent.text):
                # ("The jihadists had held the town since August last year": a state, no act to count from; but "had
                # held Tikrit since June 2014, when they swept south. Shortly afterwards ...")
                # (an event told in a "since ..." clause is background: later sentences are not dated from it)
                ctx.last_date = _event_span(first)
                ctx.unread = []
        elif dates:
            # ("trapped since 2015": a span up to now, which no later sentence's event takes as its date)
            anchor = next((d for d in dates if not d.text.lower().startswith("since")), None)
            if anchor is not None:
                ctx.last_date, ctx.unread = anchor, []
        return out

    def _joint_strikers(self, ev: Event, clause: Sentence, ctx: _Context) -> list[Event]:
        """"Regime warplanes and Russian jets pounded ...": an air raid by two air forces is one event per air
        force, as ACLED codes it (the death count, which the text does not share out, stays with the first)."""
        if ev.sub_event_type != "Air/drone strike" or ev.actor1 is None:
            return []
        text, at = ctx.article.text, ctx.trigger_at[ev.id]
        subj = [a for a in ctx.actors if clause.start <= a.start < clause.end]
        for first, second in pairwise(subj):
            if not (first.start <= at and COORD.fullmatch(text, first.end, second.start)
                    and _AIRCRAFT_AT.match(text, second.start, clause.end)
                    and self._resolve_actor(first, ev.country, ctx) == ev.actor1):
                continue
            other = self._resolve_actor(second, ev.country, ctx)
            if other and other not in (ev.actor1, ev.actor2):
                ev.assoc_actors = [a for a in ev.assoc_actors if a != other]
                return [replace(ev, id=_event_id(ev.article_id, ev.evidence_span or (0, 0), ev.sub_event_type,
                                                 second.start),
                                actor1=other, fatalities_low=None, fatalities_best=None, fatalities_high=None,
                                persons=[], tags=[t for t in ev.tags if t != "leader_killed"])]
        return []

    @staticmethod
    def _listed_places(ev: Event, clause: Sentence, ctx: _Context) -> list[Event]:
        """The same act at the other towns listed with its place: "struck targets in Raqqa and Deir ez-Zor",
        "bombing the towns of Talbiseh and Rastan", "drove Nusra out of Mayadin and the nearby al-Omar oilfield" are
        one event per place, as ACLED codes them (the death count, which the text does not share out, stays with the
        first)."""
        text, at = ctx.article.text, ctx.trigger_at[ev.id]
        # ("... Fuaa and Kefraya, two Shiite villages ..., and its fighters pounded both": the two told before)
        both = _BOTH_OBJECT.search(text, clause.start, clause.end) is not None
        places = [p for p in ctx.places if (both or _in(p, clause.start, clause.end)) and p.value is not None]
        first = next((k for k, p in enumerate(places) if p.value.name == ev.location and p.value.geo_precision <= 2
                      and (both or p.start >= at)), None)
        if first is not None and BETWEEN_BEFORE.search(text, max(0, places[first].start - 12), places[first].start):
            return []  # ("the road between Raqqa and Mosul": one road)
        out = [] if first is None else Extractor._located_list(ev, places, first, text, both)
        # "liberated the villages of Tob Zawa, Shaqouli and Bazwaya": the villages the gazetteer lacks are places
        # too, named but not located (no point is guessed for them)
        seen = {ev.location, *(e.location for e in out)}
        # (the window lies in the clause, so a match in it holds the gate's literals in the clause's folded text)
        listed = _NAMED_LIST.search(text, at, clause.end) if (
            at < clause.start or _NAMED_LIST_GATE.could_match(fold_for_gate(clause.text))) else None
        if listed is not None and (ev.location is None or ev.location in listed.group("names")):
            for name in _LIST_ITEM.finditer(text, listed.start("names"), listed.end("names")):
                known = next((p for p in ctx.places if p.start <= name.start() < p.end), None)
                if known is not None and first is None and ev.location is not None and known.value is not None and (
                        known.value.geo_precision <= 2 and known.value.name not in seen):
                    # "liberated the villages of Tob Zawa, Shaqouli and Bazwaya": a known village after unknown ones
                    # is one more place of the list (the act's own place was one the gazetteer lacks)
                    seen.add(known.value.name)
                    out.append(Extractor._same_act_at(ev, known))
                    continue
                if name.group(0) in seen or known is not None:
                    continue
                seen.add(name.group(0))
                if ev.location is None:  # (the act's own place, when none of the list is known)
                    ev.location = name.group(0)
                    continue
                out.append(replace(ev, id=_event_id(ev.article_id, ev.evidence_span or (0, 0), ev.sub_event_type,
                                                    name.start()),
                                   location=name.group(0), latitude=None, longitude=None, geo_precision=None,
                                   fatalities_low=None, fatalities_best=None, fatalities_high=None,
                                   persons=[], tags=[t for t in ev.tags if t != "leader_killed"]))
        return out

    @staticmethod
    def _located_list(ev: Event, places: list[Mention], first: int, text: str, both: bool) -> list[Event]:
        """The events at the gazetteer's places listed after the act's own (``places[first]``; ``both``: the two
        places told before, "pounded both")."""
        run: list[Mention] = []
        gaps: list[str] = []
        prev = places[first]
        for p in places[first + 1:]:
            gap = LISTED_GAP.fullmatch(text, prev.end, p.start)
            if not gap or p.value.geo_precision > 2 or p.value.feature_code == "OFFSET":
                break  # ("in Dibis, 40 km north-west of Kirkuk": where Dibis is)
            run.append(p)
            gaps.append(gap.group(0))
            prev = p
        while gaps and "and" not in gaps[-1]:
            run.pop()  # "in Karrada, Baghdad": an address, not a list (a list ends "... and Y")
            gaps.pop()
        out: list[Event] = []
        seen = {ev.location}
        first_p = places[first].value
        towns = both or _TOWNS_OF.search(text, max(0, places[first].start - 20), places[first].start) is not None or (
            bool(run) and _TOWNS_AFTER.match(text, run[-1].end) is not None)
        for p, gap in zip(run, gaps, strict=True):
            # (a site by the town, "the town of Tabqa and the adjacent Euphrates dam", is the same place)
            # (two towns told as such are two places however close: "the Shiite towns of Nubl and Zahraa", 3 km apart)
            # (but districts of one city are one place: "the government-held districts of Midan and Sulaimaniya")
            # (and one named as a village or town in the list: "Tal Rifaat and the village of Ain Daqna")
            towns_p = towns or _KIND_OF_IN_GAP.search(gap) is not None
            if p.value.name not in seen and ((towns_p and p.value.feature == "P" == first_p.feature and not (
                    p.value.feature_code == "PPLX" == first_p.feature_code)) or haversine_km(
                    first_p.latitude, first_p.longitude, p.value.latitude, p.value.longitude) > 5):
                seen.add(p.value.name)
                out.append(Extractor._same_act_at(ev, p))
        return out

    @staticmethod
    def _entered_town(m: re.Match[str], tend: int, sent: Sentence, ctx: _Context) -> bool:
        """Whether ``m`` ("... entered") enters a town or village named right after it (a gazetteer place that is
        neither a provincial capital nor a city's quarter), with no fight or foothold told in the sentence."""
        if not re.search(r"\bentered$", m.group(0), re.I) or _FOOTHOLD.search(sent.text):
            return False
        text = ctx.article.text
        if _AUX.match(m.group(0)):  # "Rutba, a desert town on the highway to Jordan, was entered by Iraqi troops"
            first = next((p for p in ctx.places if p.start >= sent.start), None)
            return first is not None and first.start < tend and first.value is not None and (
                first.value.feature_code == "PPL")
        return any(p.value is not None and p.value.feature_code == "PPL" and _ENTERED_OBJECT.fullmatch(text, tend, p.start)
                   for p in ctx.places if tend < p.start <= tend + 30)

    @staticmethod
    def _same_act_at(ev: Event, p: Mention) -> Event:
        """``ev`` again at the gazetteer's place ``p`` (a town listed with its own): no toll, people or leader tag of
        its own (the text does not share them out)."""
        return replace(ev, id=_event_id(ev.article_id, ev.evidence_span or (0, 0), ev.sub_event_type, p.start),
                       location=p.value.name, country=p.value.country, latitude=p.value.latitude,
                       longitude=p.value.longitude, geo_precision=p.value.geo_precision,
                       fatalities_low=None, fatalities_best=None, fatalities_high=None,
                       persons=[], tags=[t for t in ev.tags if t != "leader_killed"])

    def _build(self, sent: Sentence, clause: Sentence, trig: Trigger, m: re.Match[str], dates: list[DateSpan],
               sent_dates: list[DateSpan], ctx: _Context, persons: list[Mention],
               triggers: Sequence[int] = ()) -> Event | None:
        """One event from a trigger match ``m`` of ``clause``; ``triggers`` are the start offsets of the clause's
        chosen triggers (this one among them), which share out its death counts."""
        cs, ce = clause.start, clause.end
        tpos = cs + m.start()
        tend = cs + m.end()
        passive = bool(_AUX.match(m.group(0)))
        taken = [pm for pm in persons if _in(pm, sent.start, sent.end) and pm.end <= tpos
                 and (PERSON_TAKEN_PASSIVE if passive else PERSON_TAKEN).fullmatch(ctx.article.text[pm.end:tpos])
                 ] if trig.territory else []
        # (not after "fell to": what follows is the taker, "Ramadi fell to the militants")
        obj_at = tend - 1 if ctx.article.text[tend - 1:tend].isspace() else tend  # (a trigger may end in a space)
        # (nor after "cleared Ramadi of": "the last militants" were driven out, not taken)
        named = trig.territory and not passive and trig.frame != "passive" and not m.group(0).endswith("of ") and (
            PERSON_OBJECT.match(ctx.article.text[obj_at:obj_at + 90]) or _PRONOUN_TAKEN.match(ctx.article.text, obj_at))
        if named and any(tend <= p.start <= obj_at + named.end() - 1 and p.value is not None and p.value.geo_precision == 1
                         and not any(a.start <= p.start < a.end for a in ctx.actors) for p in ctx.places) and (
                re.match(r"\s+(?:Sheikh|Sheik|Shaykh)\b", ctx.article.text[tend:tend + 10])):
            named = None  # "recaptured Sheikh Miskin": a town named after a sheikh, not a man taken
        if named and _NAMED_SITE_AFTER.match(ctx.article.text, obj_at + named.end() - 1):
            named = None  # "took the Sheikh Suleiman base from Hazm": a site named after a man, not the man taken
        # "Lieutenant Muath al-Kasaesbeh, who was captured after his F-16 crashed": an officer taken, not a town
        taken_ranked = trig.territory and (RANKED_TAKEN_BEFORE.search(ctx.article.text, max(cs, tpos - 120), tpos)
                                           or POSITION_TAKEN_BEFORE.search(ctx.article.text, max(cs, tpos - 160), tpos)
                                           # "hundreds of cadets and recruits ... were seized on Thursday"
                                           or (_PEOPLE_TAKEN_VERB.search(m.group(0))
                                               and (PEOPLE_TAKEN_BEFORE if not passive else _PEOPLE_SUBJECT).search(
                                               ctx.article.text, max(cs, tpos - 120), tpos))
                                           # "Father Elias Hanna, a priest from al-Qahtaniyah, was seized by
                                           # gunmen": a man the text says what he does, not a town
                                           or _OCCUPATION_TAKEN_BEFORE.search(ctx.article.text, max(cs, tpos - 160), tpos)
                                           # "They had been seized by Jabhat al-Nusra fighters" (people: a town
                                           # is not "they")
                                           or (passive and _PEOPLE_TAKEN_VERB.search(m.group(0)) and re.match(
                                               r"\s*(?:They|He|She)\s+$", ctx.article.text[sent.start:tpos]))
                                           # "Thirty-one Turkish lorry drivers seized by Islamic State militants",
                                           # "16 soldiers ..., men it had seized in Arsal"
                                           or (_PEOPLE_TAKEN_VERB.search(m.group(0)) and not passive
                                               and (_PEOPLE_JUST_BEFORE.search(ctx.article.text, max(cs, tpos - 60), tpos)
                                                    and re.match(r"\s*by\b", ctx.article.text[tend:tend + 5])
                                                    or _PEOPLE_THEY_HAD.search(ctx.article.text, max(cs, tpos - 60),
                                                                               tpos))))
        if trig.territory and _PEOPLE_TAKEN_VERB.search(m.group(0)) and not passive and _PEOPLE_JUST_BEFORE.search(
                ctx.article.text, max(cs, tpos - 60), tpos) and _TAKEN_THEN_OWN_VERB.match(ctx.article.text, tend, ce):
            return None  # "women captured in Sinjar were put up for sale": the clause's act is its own verb's
        if trig.territory and _OF_THE_BEFORE.search(ctx.article.text, max(cs, tpos - 8), tpos) and \
                PEOPLE_NOUN_AFTER.match(ctx.article.text, tend):
            return None  # "the mass execution of captured soldiers": what the soldiers were, not an act told
        who = subject = None
        if (taken or named or taken_ranked) and re.search(r"\b(?:recover|rescu|freed|liberat)", m.group(0), re.I):
            return None  # "The navigator was recovered by special forces": a person brought back, no one taken
        if (taken or named or taken_ranked or trig.category == "abduction") and _THEN_KILLED.match(ctx.article.text, tend, ce):
            return None  # "cadets were seized and executed by Islamic State", "dragged five men from their homes and
            # shot them": the killing is the act told (its own trigger), not a taking
        if taken or named or taken_ranked:
            # "Abu Omar al-Shishani, a senior commander, was captured near Mosul", "militants captured Brigadier
            # General Ali Hussein": a person taken, not a town. By a state's forces an arrest, else an abduction.
            subject = next((a for a in ctx.actors if cs <= a.start < tpos), None) if named else None
            if subject is not None and (group := next((a for a in ctx.actors if subject.end < a.start < tpos), None)) and (
                    _GUNMEN_OF_GAP.fullmatch(ctx.article.text, subject.end, group.start)):
                subject = group  # "Masked gunmen from Hayat Tahrir al-Sham seized two media activists": the group's men
            by_agent = not passive and re.match(r"\s*by\b", ctx.article.text[tend:tend + 5]) is not None
            if subject is None and not passive and not by_agent and _PEOPLE_THEY_HAD.search(
                    ctx.article.text, max(cs, tpos - 60), tpos):
                # "freed 16 Lebanese soldiers ..., men it had seized in Arsal": the side that holds them took them
                subject = next((a for a in ctx.actors if sent.start <= a.start < tpos), None)
            if by_agent and subject is None:
                # "lorry drivers seized by Islamic State militants": the side named after the verb took them
                subject = next((a for a in ctx.actors if tend <= a.start < ce), None)
            if passive and subject is None and (CIVILIAN_WORDS.search(ctx.article.text, max(cs, tpos - 120), tpos)
                                                or re.match(r"\s*(?:They|He|She)\s+$", ctx.article.text[sent.start:tpos])):
                # "Two aid workers were seized by Islamic State militants": civilians taken by the side named after
                # the verb (an enemy official taken by the Kurds stays their arrest)
                subject = next((a for a in ctx.actors if tend <= a.start < ce), None)
            who = self._resolve_actor(subject, None, ctx) if subject is not None else None
            kind = "abduction" if (who in self.actor_info and self.actor_info[who].kind not in (
                "state force", "foreign force", "coalition")) or (passive and subject is None and _TAKEN_BY_MEN.match(
                    ctx.article.text, tend)) else "arrests"  # (a state's forces abroad arrest too)
            trig = next((t for t in self.patterns.triggers if t.category == kind), None)  # type: ignore[assignment]
            if trig is None:
                return None
            ctx.captured_persons.update(pm.value.name for pm in taken)
        confidence = 0.55
        # "seized a stretch of Highway 47, the road linking Raqqa and Mosul": fighting over a road, which cuts it;
        # the towns named describe the road, not where the event happened.
        road_object = trig.territory and ROAD_OBJECT.match(ctx.article.text[tend:tend + 80])
        # "stormed government buildings", "stormed a police station": a raid on a building, not a town taken
        building = trig.territory and BUILDING_OBJECT.match(ctx.article.text[tend:tend + 60])
        if building and _LAST_HOLD_IN.match(ctx.article.text, tend):
            building = None  # "overran the last army positions in the city": the city taken, not a post raided
        # -- place (see _pick_place), then actors (see _pick_actors)
        place_m, pconf = self._pick_place(sent, clause, trig, tpos, tend, ctx, skip_after=bool(road_object))
        if (place_m is None or place_m.value.geo_precision == 3) and (
                cap := _NATION_CAPITAL.search(ctx.article.text, cs, ce)) is not None and (
                capital := self._capital_mention(cap)) is not None:
            # "A car bomb exploded in the Iraqi capital": that country's capital
            place_m, pconf = capital, 0.0
        confidence += pconf
        place: Place | None = place_m.value if place_m else None
        if trig.category == "agreement" and ctx.n_agreements and _DEFINITE_BEFORE.search(
                ctx.article.text, max(cs, tpos - 30), tpos) and not _TALKS_BETWEEN.search(sent.text):
            return None  # "The truce also covers two villages", "hours before the truce was agreed": the one told
        if trig.category == "shelling" and re.search(r"\battack\w*\s+(?:[\w\-]+\s+){0,8}?with\s+(?:[\w\-]+\s+){0,4}$",
                                                     ctx.article.text[cs:tpos], re.I):
            return None  # "attacked the post with rifles and mortars": the weapons of the attack told, no shelling
        if trig.territory and _PROPERTY_BEFORE.search(ctx.article.text, max(cs, tpos - 40), tpos):
            return None  # "a dispute over a house seized by a local commander": property taken, not ground
        if trig.territory and _NEWLY_BEFORE.search(ctx.article.text, max(cs, tpos - 30), tpos):
            return None  # "the newly taken area would be run by ...": what the area is, the capture told elsewhere
        if re.match(r"cut", m.group(0), re.I) and _HOLD_SUBJECT.search(ctx.article.text, max(cs, tpos - 80), tpos):
            return None  # "Their hold on the area had cut the main road": what a state of control did, no act
        if trig.territory and (counted := _COUNTED_PLACES.match(ctx.article.text, tend, ce)) and (ONGOING_SINCE.match(
                ctx.article.text, counted.end(), ce) or _SINCE_OPENING.match(sent.text)):
            # "have retaken around 20 villages east of Mosul since the start of the offensive", "Since January, the
            # army has liberated more than 150 towns and villages": a total
            return None
        if trig.territory and _AREA_TAKEN.match(ctx.article.text, tend, ce):
            return None  # "has since taken more than 2,000 square km from the group": an area, a claim not an act
        if trig.territory and (place is None or place.geo_precision == 3) and _SERIES_OBJECT.match(
                ctx.article.text, tend):
            return None  # "has seized a string of army positions in the east of the country this summer": a summary
        country = place.country if place else None
        if country is None and (cap := next((a for a in ctx.actors if sent.start <= a.start < sent.end
                                             and self._capital_forces.get(a.text) == a.value), None)) and (
                info := self.actor_info.get(cap.value)) is not None:
            country = info.country  # "Baghdad and the Kurdistan Regional Government struck a deal": in Iraq
        if place_m is not None and place.geo_precision == 2:
            ctx.last_area = place_m
        if place_m is not None and place.geo_precision == 1:
            ctx.last_place = place_m
            if place.feature_code in _SITE_FEATURES:
                ctx.sites.append(place_m)
        ctx.guessed_enemy = None
        actor1, actor2, resolved, aconf = self._pick_actors(sent, clause, trig, tpos, tend, country, ctx, persons,
                                                            sent_dates)
        if trig.category in ("suicide", "ied", "shelling", "chemical") and _WITH_WEAPON_BEFORE.search(
                ctx.article.text, max(sent.start, tpos - 40), tpos) and (subject := next(
                    (n for a in ctx.actors if sent.start <= a.start < tpos and _ACTED_AFTER.match(ctx.article.text, a.end)
                     and (n := self._resolve_actor(a, country, ctx))), None)) not in (None, actor1, "Civilians"):
            # "DAESH terrorists attacked our units around al-Bab with vehicle-borne suicide bombs": the bombs were the
            # subject's, and the side named between them was hit
            actor1, actor2 = subject, (actor1 if actor1 != subject else actor2)
        if trig.category == "airstrike" and (flying := _FLYING_FOR.search(ctx.article.text, sent.start, tend)) and (
                owner := next((n for a in ctx.actors if flying.start() <= a.start < flying.end() + 40
                               and (n := self._resolve_actor(a, country, ctx)) and n != "Civilians"), None)):
            # "A drone flying for the US-led coalition hit a pickup truck": the side it flew for
            actor1, actor2 = owner, (None if actor2 == owner else actor2)
        if actor1 is None and trig.category in ("massacre", "abduction"):
            # "hundreds of people were killed as Assad's army stormed the town": the side storming it killed them
            # (and "ninety Assyrian Christians were abducted when the jihadists raided villages": took them)
            agent = next((n for a in ctx.actors if tend <= a.start < sent.end
                          and re.search(r"\b(?:as|when|while)\s+(?:the\s+)?$", ctx.article.text[max(tend, a.start - 10):a.start])
                          and re.match(r"\s+(?:[\w\-]+\s+)?(?:stormed|attacked|shelled|bombed|overran|entered|raided|swept|"
                                       r"advanced|took|captured|seized)\b", ctx.article.text[a.end:a.end + 30])
                          and (n := self._resolve_actor(a, country, ctx)) and n != "Civilians"), None)
            if agent is not None:
                actor1, actor2 = agent, (None if actor2 == agent else actor2)
        same_forces = _SAME_FORCES.search(ctx.article.text, max(cs, tpos - 60), tpos)
        if ctx.last_fighter and same_forces and actor1 != ctx.last_fighter:
            # "On Monday the same forces pushed north and retook Suleiman Bek": those of the last fight told
            actor1, actor2 = ctx.last_fighter, (None if actor2 == ctx.last_fighter else actor2)
        if (trig.territory or trig.category == "clash") and country and actor2 not in {n for _a, n in resolved} and _ARMY_SITE.search(
                ctx.article.text, tend, min(sent.end, tend + 120)):
            # "captured the Brigade 52 base ..., one of the largest army bases in the south": the army lost it
            own = self.actors.country_actor.get(country)
            if own and own != actor1 and self.actor_info.get(own) and self.actor_info[own].kind == "state force" and (
                    actor1 not in self.actor_info or own not in self.theatre.allies_of(actor1)):
                actor2 = own
        if trig.category == "ied" and re.match(r"bomb(?:ing|ed)\b", m.group(0), re.I) and re.search(
                r"(?:,|\band|\bthen|\balso)\s+$", ctx.article.text[max(cs, tpos - 6):tpos]) and actor1 in self.actor_info and \
                self.actor_info[actor1].kind in ("coalition", "foreign force"):
            # "Washington and its Arab allies extended the air campaign to Syria, bombing Raqqa": from the air
            trig = next((t for t in self.patterns.triggers if t.category == "airstrike"), trig)
        if trig.category == "arrests" and country and _HELD_BY_NOBODY.search(m.group(0)) and (
                own := self.actors.country_actor.get(country)) and self.actor_info.get(own) and (
                self.actor_info[own].kind in ("state force", "foreign force")):
            # "three Russian nationals ... were held in Antalya": held by that state's police, as ACLED codes it
            actor1 = own
        if trig.category == "capture" and (man := _NAMED_MAN_AFTER.match(ctx.article.text, tend)) and not any(
                p.start <= man.start("name") < p.end or man.start("name") <= p.start < man.end("name")
                for p in (*ctx.places, *ctx.actors)):  # (no place's name, nor a side's: "free of Islamic State, a ...")
            # "American special forces captured Sleiman Daoud al-Afari, who headed the group's chemical weapons
            # effort": a man taken, not ground (held by a state: an arrest; by an armed group: below, an abduction)
            trig = next((t for t in self.patterns.triggers if t.category == "arrests"), trig)
        if trig.category == "arrests" and not taken_ranked and (actor1 in self._anaphoric_groups or (
                actor1 in self.actor_info and not self.actor_info[actor1].authority and (
                    self.actor_info[actor1].kind == "armed group" or (
                        self.actor_info[actor1].kind == "militia" and _HELD_OUT_OF_SIGHT.search(
                            ctx.article.text, tend, min(len(ctx.article.text), sent.end + 200)))))):
            # "the militants detained the Fijians", "Ahrar al-Sham fighters detained a local council member": an armed
            # group that governs no ground holding people abducts them (ACLED; the pack marks those that govern); a
            # militia does when those it held were beaten or vanished ("Kataib Hezbollah fighters detained several
            # hundred men ... and held them in a compound, where they were beaten")
            trig = next((t for t in self.patterns.triggers if t.category == "abduction"), trig)
        told = ctx.last_capture
        no_subject = not any(sent.start <= a.start < tpos for a in ctx.actors)  # (no side named before the act)
        if trig.id == "capture_noun" and told is not None and told.actor1 and re.match(
                r"(?:seizure|capture|recapture|liberation|takeover)\b", m.group(0), re.I) and not re.search(
                r"\bby\b", m.group(0)) and no_subject:
            # "The advance builds on the seizure in July of the Qayyarah West air base": the seizure by the side
            # whose advance the story tells (no one else named with it)
            actor1, actor2 = told.actor1, (told.actor2 if told.actor2 != told.actor1 else None)
        if trig.territory and told is not None and told.actor2 and actor1 in (None, told.actor1) and not same_forces and _RETAKE.match(
                m.group(0)) and no_subject and not re.search(
                r"\b(?:they|it|we|he)\b|\b(?:was|were|been|being)\s+(?:[\w\-]+ly\s+)?$", ctx.article.text[sent.start:tpos], re.I):
            # "Reinforcements sent from the capital retook the occupied districts": whoever is not named, it is
            # the side that lost them taking them back
            actor1, actor2 = told.actor2, told.actor1
        confidence += aconf
        if trig.category == "protest" and "Civilians" in self.actor_info:
            # protesters are civilians, and a protest has no target side (ACLED: "Protesters (country)")
            actor1, actor2 = "Civilians", None
        venue = CIVILIAN_TARGET.search(ctx.article.text, tpos, min(sent.end, tend + 80)) if trig.category in (
            "airstrike", "shelling", "ied", "suicide") and "Civilians" in self.actor_info else None
        if venue is not None and not any(tend <= a.start < venue.start() and n == actor2 for a, n in resolved):
            # "air strikes on a crowded market in the rebel-held town of Douma", "dropped incendiary bombs on the
            # last functioning hospital": the people in it were hit, not the side that holds the town
            actor2 = "Civilians"
        elif actor2 is None and trig.category in ("ied", "suicide", "airstrike", "shelling") and (
                "Civilians" in self.actor_info) and _CIVILIAN_OWNER.search(ctx.article.text, sent.start, sent.end):
            actor2 = "Civilians"  # "A magnetic bomb stuck to the car of a judge exploded": the judge's, a civilian's
        elif actor2 is None and trig.category in ("airstrike", "shelling") and "Civilians" in self.actor_info and (
                told_venue := CIVILIAN_VENUE.search(ctx.article.text, sent.start, tpos)) and _PASSIVE_HIT.search(
                ctx.article.text, told_venue.end(), tend):
            # "Al-Quds hospital ... was destroyed ... when it was directly hit by at least one air strike", "the civil
            # defence centre in Atarib was struck from the air": the place the sentence is about was hit, and its people
            actor2 = "Civilians"
        if actor2 is None and trig.category == "destruction" and "Civilians" in self.actor_info and _HOMES.search(
                ctx.article.text, clause.start, min(clause.end, tend + 100)):
            # "militiamen set fire to dozens of homes", "Kurdish houses were looted and torched": people's homes
            # destroyed or looted are an attack on civilians' property (ACLED: Civilians are actor2)
            actor2 = "Civilians"
        if trig.territory and actor2 not in {n for _a, n in resolved}:
            # "hundreds of rebel fighters retreated into the hills after Syrian troops captured Yabroud": the side
            # the sentence says fell back lost the place (over the story's most salient enemy)
            fled = next((n for a in ctx.actors if sent.start <= a.start < sent.end and not _in(a, cs, ce)
                         and RETREATED_AFTER.match(ctx.article.text, a.end)
                         and (n := self._resolve_actor(a, country, ctx)) and n not in (actor1, "Civilians")), None)
            if fled is not None:
                actor2 = fled
        if actor1 in self.actor_info and _THEIR_POSITIONS.match(ctx.article.text, tend) and actor2 not in {
                n for a, n in resolved if a.start >= tend}:
            # "Kurdish-led fighters seized the base from rebels, and Turkish artillery shelled their positions":
            # the subject of the sentence's earlier clause
            earlier = [n for a in ctx.actors if sent.start <= a.start < cs
                       and not re.search(r"\b(?:from|against|with|by)\s+(?:the\s+)?$", ctx.article.text[max(sent.start, a.start - 12):a.start])
                       and (n := self._resolve_actor(a, country, ctx)) and n not in ("Civilians", actor1)
                       and n not in self.theatre.allies_of(actor1)]
            if earlier:
                actor2 = earlier[0]
            elif cs == sent.start and ctx.prev_subject and ctx.prev_subject != actor1 and (
                    ctx.prev_subject not in self.theatre.allies_of(actor1)):
                actor2 = ctx.prev_subject  # "Kurdish-led fighters seized Menagh. Turkish artillery shelled their positions"
        if taken:
            sides = {pm.value.affiliation for pm in taken}
            if passive and actor2 is not None and actor2 not in sides:
                actor1, actor2 = actor2, actor1  # "X was captured by Iraqi forces": the captor after "by"
            if actor1 is not None and actor1 in sides:
                actor1, actor2 = None, actor2 or actor1  # "a senior IS commander ... was captured": IS lost him
            if actor2 is None or actor2 == actor1:
                actor2 = next(iter(sides - {actor1, None}), None)
        if taken_ranked and not taken and (passive or re.search(r"\b(?:was|were|had\s+been|has\s+been)\s+(?:[\w\-]+ly\s+)?$",
                                                               ctx.article.text[max(cs, tpos - 30):tpos])) and re.search(
                r"\bby\b", ctx.article.text[tpos:tend + 4]):
            actor1, actor2 = actor2, actor1  # "The group's oil minister, X, was captured by Kurdish forces"
        if named and who is not None and subject is not None and (
                told_as := next((n for a, n in resolved if a.start == subject.start), who)) != who:
            # "Kurdish forces captured two militants near Sinjar": the captors as the place's country names them (the
            # Peshmerga in Iraq), and their kind decides again between an arrest and an abduction
            who = told_as
            kind = "abduction" if who in self.actor_info and self.actor_info[who].kind not in (
                "state force", "foreign force", "coalition") else "arrests"
            trig = next((t for t in self.patterns.triggers if t.category == kind), trig)
        if (named or taken_ranked) and who is not None and actor1 != who:
            # "rebels shot down a government warplane and captured its pilot": the subject took, the other side lost
            others = [n for a, n in resolved if n not in (who, "Civilians") and a is not subject]
            actor1, actor2 = who, others[0] if others else (actor1 if actor1 != who else None)
        # -- victims / civilians
        after_text = clause.text[m.end(): m.end() + 80]
        fat = ctx.fatalities.get(sent.start)
        if fat is None:  # a sentence's death counts, read once for all its events
            fat = ctx.fatalities[sent.start] = find_fatalities(sent.text, sent.start)
        reason = _reason_start(sent, tpos)
        if reason is not None:  # "... in retaliation for a gas attack that killed scores": that attack's dead
            fat = [f for f in fat if not (f.span and f.span[0] >= reason)]
        # A count in the clause belongs to the trigger nearest before it ("seized Tikrit in June 2014 and executed
        # up to 1,700 cadets": the executions' count, not the capture's); no count of its own clause: the sentence's.
        in_clause = [f for f in fat if f.span and cs <= f.span[0] < ce]
        clause_fat = [f for f in in_clause if _count_of(f.span[0], tpos, triggers)] if in_clause else fat
        # ("Abu Omar, who led the assault on Tabqa in 2014, was killed on Tuesday": his death is not the assault's)
        inner = _relative_clause_at(ctx.article.text, tpos, sent_dates)
        if inner is not None:
            clause_fat = [f for f in clause_fat if f.span and inner[0] <= f.span[0] < inner[1]]
        if actor2 is None and trig.category == "abduction" and named and "Civilians" in self.actor_info and not re.search(
                r"\b(?:pilots?|soldiers|officers?|commanders?|crew\w*|policemen|militants|fighters|gunm[ae]n|bombers?|"
                r"attackers?|assailants?|emirs?|operatives?|suspects?|members|leaders?|officials?|fugitives?|"
                r"ringleaders?)\b", named.group(0), re.I):
            actor2 = "Civilians"  # "seized 26 Qatari falconers": the people taken
        if actor2 is None and trig.category == "abduction" and CIVILIAN_WORDS.search(m.group(0)):
            actor2 = "Civilians" if "Civilians" in self.actor_info else None  # "taking men, women and children"
        if actor2 is None and trig.category == "abduction" and taken_ranked and "Civilians" in self.actor_info and (
                _CIVILIANS_TAKEN.search(ctx.article.text, max(cs, tpos - 60), tpos)):
            actor2 = "Civilians"  # "Thirty-one Turkish lorry drivers seized by Islamic State militants": whom it took
        if actor2 is None and trig.frame == "victim" and "Civilians" in self.actor_info and _PASSIVE_AUX_BEFORE.search(
                ctx.article.text, max(cs, tpos - 25), tpos) and CIVILIAN_WORDS.search(ctx.article.text, cs, tpos) and not (
                RECRUITS.search(ctx.article.text, max(cs, tpos - 60), tpos)):
            actor2 = "Civilians"  # "Two Christian priests were kidnapped near Aleppo": the people it was done to
            # (not "cadets were seized and executed": the recruits of a state's forces, see below)
        if actor2 is None and trig.category not in ("protest", "agreement") and not trig.territory and not (
                trig.category == "arrests" and re.search(r"\bsuspected\b", ctx.article.text[tend:tend + 40], re.I)) and (
                trig.frame == "victim" or clause_fat) and CIVILIAN_WORDS.search(
            " ".join(f.text for f in clause_fat) + " " + PURPOSE_FOR_PEOPLE.sub("", after_text)
        ):  # ("withdrew from the town to protect civilians": they were not the ones it happened to)
            actor2 = "Civilians" if "Civilians" in self.actor_info else None
        if trig.category in ("airstrike", "shelling") and actor2 != "Civilians" and \
                "Civilians" in self.actor_info and (
                    _HURT_PEOPLE.search(ctx.article.text, tend, ce) if not clause_fat
                    else CIVILIAN_WORDS.search(" ".join(f.text for f in clause_fat))
                    # (a count that names no one in a town nobody is said to hold: its people; in "the rebel-held
                    # east", the holder)
                    or (all(_BARE_TOLL.fullmatch(f.text.strip(" ,.;")) for f in clause_fat) and not _HELD_NAMED.search(
                        ctx.article.text, max(sent.start, tpos - 30), min(ce, tend + 60)))) and not any(
                    n == actor2 for a, n in resolved if tend <= a.start < ce):
            # "dropped barrel bombs on nearby Kafranbel, killing at least five people", "dropped a similar device on
            # Qmenas, injuring about a dozen people": whom it hit, not a side guessed from the story (also the
            # people it killed or hurt in "government-held districts", as docs/coding.md codes them)
            actor2 = "Civilians"
        if actor2 is None and trig.category in ("ied", "suicide", "airstrike", "shelling") and (
                "Civilians" in self.actor_info) and (ride := _CARRYING_WHOM.search(
                    ctx.article.text, tend, min(ce, tend + 80))) and (
                CIVILIAN_WORDS.search(ride.group("who")) or "contractors" in ride.group("who")) and not (
                _ARMED_ABOARD.search(ride.group("who"))):
            # "a roadside bomb struck a minibus carrying port workers", "a vehicle carrying two of the Company's
            # contractors": the people aboard (not soldiers or fighters carried)
            actor2 = "Civilians"
        if actor2 is None and clause_fat and re.search(r"\b(?:more|others)\b", clause_fat[0].text) and \
                CIVILIAN_WORDS.search(ctx.article.text, sent.start, cs) and "Civilians" in self.actor_info:
            actor2 = "Civilians"  # "..., killing 17 people, and a car bomb in Jamia killed 13 more": more people
        if actor2 is None and trig.category == "massacre" and country and RECRUITS.search(sent.text):
            # "massacred hundreds of air force cadets near Tikrit": the recruits of that country's forces
            actor2 = self.actors.country_actor.get(country)
        if actor2 is None and trig.category == "massacre" and "Civilians" in self.actor_info and CIVILIAN_WORDS.search(
                sent.text):  # "have killed more than 200 members of the Albu Nimr tribe ..., in one of the worst massacres"
            actor2 = "Civilians"
        if trig.category == "massacre" and actor2 not in (None, "Civilians") and "Civilians" in self.actor_info and \
                re.search(r"\bcivilians\b", m.group(0), re.I):
            # "killed at least 116 civilians in al-Qaryatain during an occupation that ended when government forces
            # drove them out": whom the killing counts, not the side named later in the sentence
            actor2 = "Civilians"
        if trig.id == "died_in_blast" and not re.match(r"\s*by\s", ctx.article.text[tend:tend + 5]):
            # "A senior Hezbollah commander, Mustafa Badreddine, died in an explosion": whose man died is its target,
            # and no one is named for it
            dead = next((n for a, n in resolved if cs <= a.start < tpos and n), None)
            actor1, actor2 = None, dead or actor2
        if trig.id == "pocket_fell" and (owner := next((n for a, n in resolved if cs <= a.start < tend), None)):
            # "The last Islamic State pocket in Rutba fell on Thursday, when troops and tribal fighters cleared the
            # hospital compound": the pocket's side lost it; those who cleared it took it
            taker = next((n for a in ctx.actors if tend <= a.start < sent.end and (
                n := self._resolve_actor(a, country, ctx)) and n not in (owner, "Civilians")), None)
            actor1, actor2 = taker, owner
        # -- event type
        sub = trig.sub_event_type
        etype = trig.event_type
        if trig.territory:
            sub = self._territory_sub(actor1, country)
        if trig.id == "clash_kill" and _AIR_ARM.search(ctx.article.text, max(clause.start, tpos - 40), tend):
            # "The Russian Aerospace Forces killed more than 300 militants": killed from the air
            etype, sub = "Explosions/Remote violence", "Air/drone strike"
        if trig.category == "clash" and re.search(r"\braid(?:\s+on)?$", m.group(0), re.I) and _RAID_BY_AIR.match(
                ctx.article.text, tend, sent.end):
            # "after a raid on Thursday that opposition activists blamed on Russian aircraft": a raid from the air
            trig = next((t for t in self.patterns.triggers if t.category == "airstrike"), trig)
            etype, sub = "Explosions/Remote violence", "Air/drone strike"
        if trig.category == "destruction" and (_AIR_ARM_BEFORE.search(ctx.article.text, max(clause.start, tpos - 40), tpos)
                                               or _BY_AIR_ARM_AFTER.match(ctx.article.text, tend)):
            # "Russian aerospace forces destroyed a Jabhat al-Nusra weapons depot", "four DAESH targets were destroyed
            # by Turkish Air Force aircraft": destroyed from the air
            trig = next((t for t in self.patterns.triggers if t.category == "airstrike"), trig)
            etype, sub = "Explosions/Remote violence", "Air/drone strike"
        if road_object or (building and not re.match(r"raised", m.group(0), re.I)):
            sub = "Armed clash"  # (but "raised the flag over the governor's office" took the city)
        if building and (CIVILIAN_VENUE.search(building.group(0)) or _WORKPLACE.search(building.group(0))) and SHOT_CIVILIANS.search(
                ctx.article.text, tend, sent.end) and "Civilians" in self.actor_info:
            # "Gunmen stormed the Corinthia hotel, shooting staff and guests": an attack on the people inside
            etype, sub = "Violence against civilians", "Attack"
            actor2 = "Civilians"
        withdrew: re.Match[str] | None = None
        # an entry that is no assault ("entered", "moved into", "took over"): ground given up by the other side when
        # the sentence tells it left, or left by agreement; a capture verb ("seized", "overran") keeps its capture
        # unless no fight is told ("seized full control of Palmyra after government troops pulled out" is a capture)
        entered = re.search(r"\bentered$", m.group(0), re.I) or _SOFT_ENTRY.match(m.group(0))
        # the other side's going told beside an entry ("after Peshmerga forces pulled out", "when Iraqi army units
        # abandoned their positions"): a transfer with no fight told, a capture with one (read once, for both)
        left_told = entered and (_VACATED_AFTER.search(ctx.article.text, tend, sent.end) or _LEFT_BEFORE.search(
            ctx.article.text, sent.start, tpos))
        if (trig.territory and trig.category == "capture" or entered) and (
                NO_FIGHT_AFTER.search(ctx.article.text, sent.start if entered else tend, sent.end)
                # (a capture verb keeps its capture unless no fight is told: "took full control ... after the last
                # rebels agreed to hand over their weapons" ends a battle)
                or (entered and _AGREED_TO_LEAVE_AFTER.search(ctx.article.text, tend, sent.end))
                # "Most Peshmerga units pulled back without a fight, and by evening federal forces had taken over"
                or (withdrew := WITHDREW_WITHOUT_FIGHT.search(ctx.article.text, sent.start, tpos))
                # "The Peshmerga took control of Kirkuk in June 2014, when Iraqi army units abandoned their positions"
                or (left_told and not _FOUGHT_IN.search(sent.text))):
            etype, sub = "Strategic developments", "Non-violent transfer of territory"
            if withdrew and actor2 is None:  # ... and the side that pulled back is the one that lost it
                actor2 = next((n for a in ctx.actors if sent.start <= a.start < withdrew.start()
                               and (n := self._resolve_actor(a, country, ctx)) and n != actor1), None)
            if actor2 is None and (went := _WENT_AFTER.search(ctx.article.text, tend, sent.end)):
                # "rolled into Kirkuk ... after Peshmerga units ... pulled back from their positions without a fight":
                # the side told going, after the entry
                actor2 = next((n for a in reversed(ctx.actors) if tend <= a.start < went.start()
                               and (n := self._resolve_actor(a, country, ctx)) and n not in (actor1, "Civilians")), None)
        elif entered and actor1 in self.actor_info and (actor2 and left_told or _LITTLE_RESISTANCE.search(
                ctx.article.text, tend, sent.end)):
            # "entered Qaraqosh after Peshmerga forces pulled out under shellfire": ground left under fire is taken
            # (see _left_under_fire); "entered Sinjar on Friday, meeting little resistance": taken
            etype, sub = "Battles", self._territory_sub(actor1, country)
        elif entered and actor1 in self.actor_info and self._entered_town(m, tend, sent, ctx):
            # "Hezbollah fighters and Syrian soldiers entered the village of Ain al-Fija on Saturday": a town or
            # village entered on a day is taken (coders agree); a city or a district entered is a foothold, a fight
            etype, sub = "Battles", self._territory_sub(actor1, country)
        elif entered and actor1 in self.actor_info and (went := _RETREATED_NEXT.match(ctx.article.text, sent.end)) and (
                loser := next((n for a in ctx.all_actors if sent.end <= a.start < went.end()
                               and (n := self._resolve_actor(a, country, ctx)) and n not in (actor1, "Civilians")
                               and n not in self.theatre.allies_of(actor1)), None)) and actor2 in (None, loser):
            # "The SDF entered al-Shaddadi on Friday ... The Islamic State fighters retreated south": the next
            # sentence opens with the other side falling back, so the town was taken from it
            etype, sub, actor2 = "Battles", self._territory_sub(actor1, country), loser
        if trig.category == "withdrawal" and sub == "Non-violent transfer of territory":
            # the side that gets the ground is actor1 (as ACLED codes a transfer): "handed over the villages to
            # government troops", "withdrew from Jarablus, and Turkish-backed rebels moved in"
            if actor2 is None and re.search(r"\bhand", m.group(0), re.I):
                # (an ally handed the ground is still its taker: "Popular Mobilization units handed control of
                # al-Baaj to the Iraqi army")
                actor2 = next((n for a in ctx.actors if tend <= a.start < sent.end and re.search(
                    r"\bto\s+(?:the\s+)?$", ctx.article.text[max(tend, a.start - 8):a.start])
                    and (n := self._resolve_actor(a, country, ctx)) and n != actor1), None)
            if actor2 is not None and re.search(r"\bhand|\bceded", m.group(0), re.I) and not re.match(
                    r"(?:was|were|had\s+been)\s", m.group(0), re.I):
                actor1, actor2 = actor2, actor1
            elif re.match(r"(?:was|were|had\s+been)\s+ceded", m.group(0), re.I):
                # "The Bai Hassan oilfield was ceded to Iraqi units by Kurdish forces": to the one, by the other
                after = [(a, n) for a in ctx.actors if tend <= a.start < sent.end
                         and (n := self._resolve_actor(a, country, ctx))]
                by = next((n for a, n in after if re.search(r"\bby\s+(?:the\s+)?$", ctx.article.text[max(tend, a.start - 8):a.start])), None)
                actor1, actor2 = (after[0][1] if after else None), by
            elif (left_to := _LEFT_TO.search(ctx.article.text, tend, sent.end)) is not None and (
                    taker := next((n for a in ctx.actors if left_to.start() <= a.start <= left_to.end() + 40
                                   and (n := self._resolve_actor(a, country, ctx)) and n != actor1), None)):
                actor1, actor2 = taker, actor1  # "pulled out of Ghwayran, leaving it to Kurdish fighters"
            else:
                taker = next((n for a in ctx.actors if tend <= a.start < sent.end and _MOVED_IN.match(
                    ctx.article.text, a.end) and (n := self._resolve_actor(a, country, ctx)) and n != actor1), None)
                if taker is None and actor2 is None:
                    # "buses carrying rebel fighters left Darayya under an agreement with the government": the other
                    # party to the deal gets the ground
                    taker = next((n for a in ctx.actors if tend <= a.start < sent.end and _DEAL_WITH.search(
                        ctx.article.text, max(tend, a.start - 40), a.start) and (n := self._resolve_actor(a, country, ctx))
                        and n not in (actor1, "Civilians")), None)
                    if taker is None and _DEAL_WITH_STATE.search(ctx.article.text, tend, sent.end) and (
                            state := self.actors.country_actor.get(country or "")) and state != actor1:
                        taker = state  # "... under an agreement with the government"
                if taker is not None:
                    actor1, actor2 = taker, actor1
        if trig.category == "airstrike" and "chemical" in ctx.last_actor_by_category and _SIMILAR_DEVICE.search(
                clause.text):
            sub = "Chemical weapon"  # "A second helicopter dropped a similar device", after chlorine dropped from one
        if trig.category in ("shelling", "airstrike") and _GASSED.search(sent.text):
            # "dozens of Peshmerga have blisters and breathing difficulties after mortar rounds land on their trenches":
            # what the rounds did tells a chemical attack
            sub = "Chemical weapon"
        if trig.category == "destruction" and _WEAPON_OBJECT.match(ctx.article.text, tend):
            return None  # "destroyed three car bombs before they could reach army lines": weapons stopped (disrupted)
        if trig.category == "destruction" and _MILITARY_MATERIEL_AFTER.match(ctx.article.text, tend):
            # "destroying their positions and killing 14 of them", "destroyed their weapons and equipment": what an
            # operation hit, told beside it (no property destruction)
            return None
        if trig.category == "destruction" and _MILITARY_TARGETS_WERE.search(ctx.article.text, clause.start, tpos):
            # "nine buildings used as headquarters were destroyed", "shelters, ammunition depots and command centres
            # were destroyed": what a strike or an operation hit, told as its result (no property destruction)
            return None
        if trig.category == "destruction" and MILITARY_OBJECT.match(ctx.article.text, tend):
            # "destroyed a government tank with an anti-tank missile": fighting, not property destruction
            etype, sub = "Battles", "Armed clash"
        if trig.territory and CROWD_SUBJECT.search(ctx.article.text, clause.start, tpos) and not any(
                a.start < tpos and n != "Civilians" for a, n in resolved):
            # "Followers of the cleric stormed the Green Zone": a crowd breaking in is a riot, not a capture
            etype, sub, actor1, actor2 = "Riots", "Violent demonstration", "Civilians", None
        elif trig.category in ("destruction", "clash", "protest") and (
                crowd := _ANGRY_CROWD.search(ctx.article.text, clause.start, tend)) and _RIOT_ACT.search(
                ctx.article.text, crowd.end(), clause.end) and not any(
                # (a side named after the crowd is what it turned on: "demonstrators broke into a Nusra office")
                a.start < min(tpos, crowd.end()) and n != "Civilians" for a, n in resolved if a.start >= clause.start):
            # "Kurdish protesters set fire to buildings and clashed with police", "Residents smashed the windows of
            # shops owned by Syrian refugees": a crowd's violence is a riot, against the force it fought or, with
            # none, against the people it attacked (mob violence)
            forces = [n for a, n in resolved if a.start > crowd.end() and n != "Civilians"]
            if forces:
                etype, sub, actor1, actor2 = "Riots", "Violent demonstration", "Civilians", forces[0]
            elif _REFUGEES_HIT.search(ctx.article.text, crowd.end(), clause.end):
                etype, sub, actor1, actor2 = "Riots", "Mob violence", "Civilians", "Civilians"
            else:
                etype, sub, actor1, actor2 = "Riots", "Violent demonstration", "Civilians", None
        if trig.territory and trig.category == "capture" and _MATERIEL_AFTER.match(ctx.article.text, tend):
            return None  # "displayed rows of captured car bombs and suicide vests": arms taken, no ground
        people = PEOPLE_BEFORE.search(ctx.article.text[max(0, tpos - 40):tpos])
        if trig.territory and trig.category == "capture" and etype == "Battles" and (
                named := _NAMED_PERSON_AFTER.match(ctx.article.text, tend)) and not any(
                named.start() <= a.start <= named.start() + 2 for a in ctx.all_actors) and actor1 in self.actor_info and (
                # (not a side: "declared the town free of Islamic State, a commander said")
                self.actor_info[actor1].kind in ("state force", "foreign force")):
            # "The army said it had captured Abu Ahmed, an Islamic State emir, in a raid": a person taken, no ground
            etype, sub = "Strategic developments", "Arrests"
        if trig.category == "riot" and actor1 not in (None, "Civilians") and actor1 in self.actor_info and (
                self.actor_info[actor1].kind != "civilians"):
            return None  # "Shiite militiamen torched dozens of homes": an armed side destroying property, no riot
        if trig.category == "withdrawal" and actor1 in (None, "Civilians") and re.match(r"(?:were|was|had)\s", m.group(0)):
            return None  # "Civilians were evacuated out of the town": people moved, no side giving up ground
        if trig.territory and people and _COMBATANTS_DRIVEN_OUT.match(people.group(0) + m.group(0)):
            people = None  # "IS fighters were driven out of Dabiq by rebels": the men lost the town, not themselves
        if trig.territory and people and (people.group("aux") or people.group("aux2") or re.match(
                r"(?:were|was|had\s+been|have\s+been)\s", m.group(0)) or re.match(
                r"\s+(?:near|in|at|by|during|on|after|from|and)\b", ctx.article.text[tend:tend + 10])):
            return None  # "cadets captured near ...", "soldiers were captured": people, not a place
        if trig.category == "massacre" and re.match(r"shot\s+dead|gunned\s+down", m.group(0), re.I) and (
                "Civilians" in self.actor_info) and actor2 != "Civilians" and not _COMBATANTS_AFTER.match(
                ctx.article.text, tend, min(ce, tend + 80)):
            actor2 = "Civilians"  # "shot dead a television presenter": someone no side fights with
        held = trig.category == "massacre" and _HELD_BEFORE_VICTIMS.match(ctx.article.text, tend, min(ce, tend + 60))
        if trig.category == "massacre" and re.match(r"killed|shot|gunned", m.group(0), re.I) and actor2 != "Civilians" \
                and not CIVILIAN_WORDS.search(clause.text) and not held and not RECRUITS.search(m.group(0)):
            # ("shot dead 20 captured government soldiers": prisoners killed, an attack on them)
            return None  # "killed" without civilian victims is the fighting it belongs to, not a massacre
        # -- date: the clause's own, else the sentence's, else the story's last (with less confidence)
        date = self._pick_date(dates, tpos, ctx, tend, said=False,  # (the clause's: not when it was said)
                               after=max((t for t in triggers if t < tpos), default=None))
        if date is None:
            date = self._pick_date(sent_dates, tpos, ctx, tend)
            confidence -= 0.05
        if date is None:
            confidence -= 0.1
            # "Kurdish-led forces had earlier taken Manbij": before the story's events, on a date it does not give
            date = None if ANTERIOR.search(clause.text) else self._story_date(ctx)
        if date is not None and date.start > ctx.published:
            return None
        # -- fatalities (not for acts that kill no one themselves: an abduction, an arrest, a deal)
        f = clause_fat[0] if clause_fat and trig.category not in NON_LETHAL else None
        accounts = clause_fat if len(clause_fat) > 1 else fat  # (", while a commander claimed ...": a clause of its own)
        if f is not None and len(accounts) > 1 and DISPUTED_TOLL.search(sent.text):
            # "the Observatory said 101 people died there, while SANA put the toll at 53": the range of the accounts
            # (the range runs to the highest account: "at least 23 ..., while a commander claimed nearly 60")
            if (span := _accounts_range(accounts)) is not None:
                f = Fatalities(span[0], f.best, span[1], f.text, f.span)
        none_hurt = NO_CASUALTIES.search(sent.text) if f is None else None
        if none_hurt is not None and not (
                (sent.start + none_hurt.start() >= clause.end and TRIGGER_HINT.search(
                    ctx.article.text, clause.end, sent.start + none_hurt.start())) or (
                    sent.start + none_hurt.end() <= clause.start and any(
                        sent.start <= at < clause.start for at in ctx.trigger_at.values()))):
            # "no one was killed when a rocket hit ...": an event, no dead (not another clause's act: "two rockets
            # landed ... without causing casualties, and Israeli jets struck ..."; but "an airstrike hit a health
            # centre, putting it out of service; no casualties were reported" are this one's)
            f = Fatalities(0, 0, 0, "no casualties")
        # -- persons
        ev_persons: list[Person] = []
        for pm in persons:
            if not _in(pm, sent.start, sent.end):
                continue
            info: PersonInfo = pm.value
            if any(p.name == info.name for p in ev_persons):
                continue  # "Mohammed Emwazi, known as Jihadi John": one person, two names
            role = None
            if info.name in ctx.killed_persons:
                role = "killed"
            elif info.name in ctx.captured_persons:
                role = "captured"
            elif WOUND_NEAR.search(sent.text):
                role = "wounded"
            if role is None or (role == "killed" and trig.category in ("group_activity", "group_change")):
                continue  # ("named a new commander a day after its founder was killed": the killing's person)
            ev_persons.append(Person(info.name, role, info.affiliation, self._position(sent, pm) or info.position))
        ev_persons += self._unknown_persons(sent, ctx, {p.name for p in ev_persons}, actor2)
        if actor2 is None:
            # The side of a named victim is the target ("a drone strike killed Omar al-Shishani").
            sides = [p.affiliation for p in ev_persons if p.role in ("killed", "captured", "wounded") and p.affiliation
                     and p.affiliation != actor1 and (actor1 not in self.actor_info
                                                      or p.affiliation not in self.theatre.allies_of(actor1))]
            actor2 = sides[0] if sides else None
        if f is None and trig.category not in ("capture", "held", "arrests", "agreement", "protest", "group_change"):
            n_killed = sum(1 for p in ev_persons if p.role == "killed")
            if n_killed:
                f = Fatalities(n_killed, n_killed, n_killed, "named persons killed")
        tags: list[str] = []
        if self._leader_killed(ev_persons):
            tags.append("leader_killed")
        if HERITAGE_WORDS.search(sent.text) and trig.category == "destruction":
            tags.append("heritage_destroyed")
        if ROUTE_WORDS.search(sent.text) or road_object:
            tags.append("route_cut")
        if SIEGE_WORDS.search(clause.text):
            tags.append("siege")
        if trig.category == "withdrawal" or prefilter.search_twinned(r"\bwithdr[ae]w|retreat", clause.text, re.I):
            tags.append("withdrawal")
        border = BORDER_WORDS.search(sent.text)
        # a border town taken is a crossing lost; a bomb in a border town is not about the crossing
        if (border and (trig.territory or not border.group("town"))) or (place and place.feature_code in ("BCRS", "PSTB")):
            tags.append("border_crossing")
        if OIL_WORDS.search(clause.text) or (place and place.feature_code in ("OILF", "OILR", "GASF")):
            tags.append("oil_infrastructure")
        if (country and country not in self.theatre.countries and actor1 in self.actor_info
                and self.actor_info[actor1].country != country
                and trig.event_type in ("Explosions/Remote violence", "Violence against civilians")):
            tags.append("foreign_attack")  # an attack abroad by (or blamed on) a theatre actor
        if (date is not None and (ctx.published - date.end).days > 10) or (date is None and ANTERIOR.search(clause.text)):
            tags.append("background")
        if self.patterns.hedges.search(clause.text):
            confidence -= 0.1
        if dates:
            confidence += 0.1
        if actor2:
            confidence += 0.05
        a = ctx.article
        if actor2 is None and actor1 is not None and ctx.last_fighter not in (None, actor1) and etype in (
                "Battles", "Explosions/Remote violence") and _HIT_BACK.search(a.text[sent.start:tend]) is not None and (
                actor1 not in self.actor_info or ctx.last_fighter not in self.theatre.allies_of(actor1)):
            # "Troops entered Bartella ... The jihadists hit back with at least seven suicide car bombs": at the side
            # that had just attacked them
            actor2 = ctx.last_fighter
        if trig.category == "agreement" and actor1 is None and actor2 is None and ctx.last_sides is not None:
            # "A truce brokered by local clerics earlier this month collapsed": no party named, so the sides of the
            # fighting the story told last
            actor1, actor2 = ctx.last_sides
        if trig.category == "airstrike" and (place is None or place.feature_code == "PCLI") and _STRIKES_TALLIED.search(
                ctx.article.text, cs, ce):
            # "U.S. and coalition forces ... conducting 21 strikes against ISIL targets", "aircraft conducted five
            # strikes in Syria:": a release's tally of the strikes it lists, each told with its own place below (whose
            # side, named as the tally's subject, strikes in them)
            if actor1 and any(cs <= a.start < tpos and self._resolve_actor(a, country, ctx) == actor1 for a in ctx.actors):
                ctx.last_actor_by_category[trig.category] = actor1
            return None
        if actor1:
            ctx.last_actor_by_category[trig.category] = actor1
            if etype == "Battles":
                ctx.last_fighter = actor1
                if actor2:
                    ctx.last_sides = (actor1, actor2)
        if actor1 is None and trig.category == "group_activity" and (re.match(
                r"as\s+(?:its|their)\s|(?:said|announced|declared)\b", m.group(0), re.I) or re.match(
                r"(?:its|their)\s", a.text[tpos:tend].split(None, 1)[-1], re.I) or re.search(
                r"\b(?:(?:his|its|their)\s+(?:group|faction|movement|organi[sz]ation)|it|they)\s+(?:was|were|is|are|had)\s+$",
                a.text[max(sent.start, tpos - 40):tpos], re.I)):
            # "Jaish al-Islam named Essam al-Buwaydani, known as Abu Hammam, as its new leader", "Nour al-Din al-Zenki
            # announced that it was leaving HTS", "The Nusra Front's leader said his group was ending its links to
            # al-Qaeda": the group the sentence opens with, speaking of itself or through its leader
            actor1 = next((n for a in ctx.actors if sent.start <= a.start < tpos
                           and (n := self._resolve_actor(a, country, ctx)) and n != "Civilians"), None)
            actor2 = None if actor2 == actor1 else actor2
        if actor1 in self.actor_info and self.actor_info[actor1].kind in ("state force", "foreign force") and trig.category != "arrests" and (
                _HELD_OVER_BEFORE.search(a.text, max(sent.start, tpos - 90), tpos)):
            # "Police in Gaziantep held eleven people over the suicide bombing of a wedding party": the police
            # hold people over the attack; they did not carry it out
            actor1 = None
        if actor1 is None and actor2 is None and place is None:
            return None  # "His report documented killings, torture and rape": no one, nowhere, nothing to report
        if actor1 is not None and trig.event_type in ATTACK_TYPES and any(
                tend <= a.start < sent.end and _PARTISAN_BLAMED.search(ctx.article.text, max(sent.start, a.start - 70),
                                                                      a.start)
                and self._resolve_actor(a, country, ctx) == actor1 for a in ctx.actors) and not any(
                sent.start <= a.start < tpos and self._resolve_actor(a, country, ctx) == actor1 for a in ctx.actors):
            # "a raid that opposition activists blamed on Russian aircraft": an attribution, no claim (docs/coding.md)
            actor1 = None
        if actor1 is None and trig.category == "base":
            return None  # "The UN opened a new camp near Mosul": a base is an armed side's, or no event
        if actor1 in (None, "Civilians") and trig.category == "group_activity" and re.match(
                r"formed|founded|created|launched", m.group(0), re.I):
            return None  # "Residents have formed their own militia": no armed side named that changed
        if trig.id == "clash_kill" and re.match(r"killed\s+(?:(?:in|on|last)\s+\w+\s+)?(?:while\s+)?fighting", m.group(0), re.I):
            # "volunteers who were killed fighting in Kobani": those who fell were fighters, not civilians
            actor1, actor2 = (None if actor1 == "Civilians" else actor1), (None if actor2 == "Civilians" else actor2)
            foe = next((n for a_, n in resolved if tend <= a_.start <= tend + 4 and n not in (None, "Civilians")), None)
            fallen = next((n for a_ in reversed(ctx.actors) if sent.start <= a_.start < tpos
                           and (n := self._resolve_actor(a_, country, ctx)) not in (None, "Civilians", foe)), None)
            if foe is not None and fallen is not None:
                # "Samer Kurdi, a conscript, was killed in May fighting Islamic State": his side fought the one named
                actor1, actor2 = fallen, foe
        if sub in ("Attack", "Sexual violence") and actor2 is None and "Civilians" in self.actor_info:
            actor2 = "Civilians"  # violence against civilians is against civilians ("beheaded the antiquities chief")
        ev_id = _event_id(a.id, (sent.start, sent.end), sub or trig.event_type, tpos)
        if ctx.guessed_enemy is not None and actor2 == ctx.guessed_enemy:
            ctx.guessed.add(ev_id)
        ev = Event(
            id=ev_id,
            date=date.start if date else None,
            date_end=date.end if date else None,
            date_precision=date.precision if date else None,
            event_type=etype,
            sub_event_type=sub or "",
            actor1=actor1,
            actor2=actor2,
            assoc_actors=self._assoc(clause, resolved, actor1, actor2),
            persons=ev_persons,
            tags=tags,
            location=place.name if place else None,
            country=country,
            latitude=place.latitude if place else None,
            longitude=place.longitude if place else None,
            geo_precision=place.geo_precision if place else None,
            fatalities_low=f.low if f else None,
            fatalities_best=f.best if f else None,
            fatalities_high=f.high if f else None,
            article_id=a.id,
            source=a.source,
            url=a.url,
            published=a.published,
            evidence=sent.text,
            evidence_span=(sent.start, sent.end),
            confidence=round(max(0.05, min(0.95, confidence)), 2),
        )
        if f is not None and f.text == "named persons killed":
            ctx.named_toll.add(ev.id)
        elif f is not None and f.span:
            ctx.toll_at[ev.id] = f.span[0]
        if place is not None and place.feature != "P":
            ctx.at_site.add(ev.id)
        return ev

    def _leader_killed(self, persons: Sequence[Person]) -> bool:
        """Whether a leader, commander or official of a side is among the killed (the head of a museum, beheaded,
        is a civilian killed)."""
        return any(p.role == "killed" and p.position and LEADER_POSITIONS.search(p.position) and not (
            p.affiliation in self.actor_info and self.actor_info[p.affiliation].kind == "civilians") for p in persons)

    def _share_persons(self, sent: Sentence, events: list[Event], ctx: _Context,
                       dates: Sequence[DateSpan] = ()) -> None:
        """A person named once belongs to one of the sentence's events: the one whose trigger is nearest before
        the name (else nearest after). "IS blew up the Temple of Bel after it took the city, and beheaded Khaled
        al-Asaad": he was beheaded, not blown up or captured. Events that lose people lose the toll and the
        ``leader_killed`` tag those people gave them."""
        names = {p.name for e in events for p in e.persons}
        asides: list[tuple[int, int]] | None = None  # (the sentence's ", who ...," clauses, found once if needed)
        for name in names:
            having = [e for e in events if any(p.name == name for p in e.persons)]
            at = sent.text.find(name)
            if len(having) < 2 or at < 0:
                continue
            at += sent.start
            # "Abu Omar, who led the assault on Tabqa in 2014, was killed on Tuesday": what he did is not his fate
            if asides is None:
                asides = _closed_relative_clauses(ctx.article.text, sent.end, dates, sent.start)
            told = [(s, e) for s, e in asides if s == at + len(name)]
            candidates = having
            if told and (outside := [e for e in having if not told[0][0] <= ctx.trigger_at.get(e.id, sent.start)
                                     < told[0][1]]):
                candidates = outside
            keep = min(candidates, key=lambda e, at=at: _nearest_before(ctx.trigger_at.get(e.id, sent.start), at))
            for e in having:
                if e is keep:
                    continue
                e.persons = [p for p in e.persons if p.name != name]
                if e.id in ctx.named_toll:
                    n = sum(1 for p in e.persons if p.role == "killed")
                    e.fatalities_low = e.fatalities_best = e.fatalities_high = n or None
                    if not n:
                        ctx.named_toll.discard(e.id)
                if "leader_killed" in e.tags and not self._leader_killed(e.persons):
                    e.tags = [t for t in e.tags if t != "leader_killed"]

    @staticmethod
    def _share_tolls(events: list[Event], ctx: _Context) -> None:
        """A death count belongs to one event of the sentence: the one whose trigger is nearest before it (else
        nearest after). "1,700 cadets were executed by the jihadists after they captured a base": the executions'
        dead, not the capture's (a clause without a count of its own takes the sentence's)."""
        by_count: dict[int, list[Event]] = {}
        for e in events:
            if e.id in ctx.toll_at:
                by_count.setdefault(ctx.toll_at[e.id], []).append(e)
        for at, having in by_count.items():
            if len(having) < 2:
                continue
            keep = min(having, key=lambda e, at=at: _nearest_before(ctx.trigger_at.get(e.id, at), at))
            for e in having:
                if e is not keep:
                    e.fatalities_low = e.fatalities_best = e.fatalities_high = None
                    del ctx.toll_at[e.id]

    # -- argument selection ---------------------------------------------------------------------------------------
    def _pick_place(self, sent: Sentence, clause: Sentence, trig: Trigger, tpos: int, tend: int,
                    ctx: _Context, skip_after: bool = False) -> tuple[Mention | None, float]:
        """The event's place: the place of its own clause, by the trigger's frame; else the story's last town."""
        text = ctx.article.text

        def usable(p: Mention) -> bool:
            # A dateline ("BAGHDAD - ...") says where the reporter is; "towards X" where someone is heading.
            if _is_dateline(p, text):
                return False  # (also "WASHINGTON/BAGHDAD -")
            if "from" in text[max(0, p.start - 12):p.start] and re.search(
                    r"\b(?:flew|flown|came|arrived|crossed|returned|fled|travell?ed|deployed|took\s+off|taking\s+off|"
                    r"launched|flying)\s+(?:in\s+)?from\s+"
                    r"(?:the\s+)?$", text[max(0, p.start - 30):p.start], re.I):
                return False  # "the commandos flew in from Iraq": where they came from
            if _SPEAKER_IN.search(text, max(0, p.start - 70), p.start):
                return False  # "according to a military spokesman in Baghdad": where the speaker is
            if re.search(r"\b(?:sent|dispatched|rushed|brought)\s+(?:[\w\-]+\s+){0,4}?from\s+(?:the\s+)?$",
                         text[max(0, p.start - 50):p.start], re.I):
                return False  # "reinforcements sent up the highway from the capital": where they came from
            if re.search(r"\b(?:towards?|heading\s+(?:for|to)|advance\s+on|en\s+route\s+to)\s+(?:the\s+)?$",
                         text[max(0, p.start - 25):p.start], re.I):
                return False
            if re.search(r"\b(?:leave|left|leaving|bussed|bused|transferred|evacuated|deported)\s+(?:[\w\-'’]+\s+){0,5}?"
                         r"(?:for|to)\s+(?:the\s+)?$", text[max(0, p.start - 60):p.start], re.I) and any(
                    q.start < p.start and q.value is not None and q.value.geo_precision <= 2 for q in ctx.places):
                return False  # "rebels in Daraya agreed that the last fighters would leave for Idlib": where they go
            if re.search(r"\b(?:brokered|mediated|sponsored|negotiated|proposed)\s+by\s+(?:[\w\-]+\s+and\s+)?$",
                         text[max(0, p.start - 45):p.start], re.I):
                return False  # "a truce brokered by Washington and Moscow": capitals standing for their governments
            if re.search(r"\bin\s+(?:support|solidarity)\s+(?:of|with)\s+(?:the\s+)?(?:people\s+of\s+|besieged\s+)?$",
                         text[max(0, p.start - 40):p.start], re.I):
                return False  # "rallied in Qamishli in support of the Afrin resistance": for whom, not where
            if p.value.geo_precision == 3 and SPEAKS_AFTER.match(text, p.end):
                return False  # "Russia said ...", "Turkey's defence ministry said": who speaks, not where
            if _capital_as_state(p, text):
                return False  # "rebels backed by Ankara", "Washington's allies", "Moscow insists": a government
            return p.value.feature not in ("H",)  # a river is where, only when nothing else is

        def rank(p: Mention) -> int:
            return {1: 0, 2: 1}.get(p.value.geo_precision, 2)

        in_clause = [p for p in ctx.places if _in(p, clause.start, clause.end) and usable(p)]
        # "At Altun Kupri, a town on the road to Erbil, ...": where the road leads is not where it happened
        in_clause = [p for p in in_clause if not _ROAD_TO_BEFORE.search(text, max(0, p.start - 30), p.start)] or in_clause
        landmarks = _landmarks(in_clause, text)
        in_clause = [p for p in in_clause if p.start not in landmarks]
        inside = [p for p in in_clause if tpos <= p.start < tend]
        after = [] if skip_after else [p for p in in_clause if p.start >= tend]
        before = [p for p in in_clause if p.end <= tpos]
        if skip_after:
            in_clause = before
        if trig.frame == "passive" or re.match(r"\s*(?:it|them)\b", text[tend:tend + 6]):
            groups = [inside, list(reversed(before)), after]  # "Fallujah ... fell to X", "seized it"
        else:
            groups = [inside, after, list(reversed(before))]
        anaphor = _PLACE_ANAPHOR.search(clause.text)
        if anaphor is None and clause.start > sent.start and not any(
                p.value.geo_precision == 1 and p.value.feature != "H" for p in ctx.places):
            # "completed the encirclement of the city after cutting the last road": the clause goes on from the
            # sentence's, whose place it shares
            anaphor = _PLACE_ANAPHOR.search(text, sent.start, clause.start)
        # ("in the town of Khan al-Subul": a town named, which the gazetteer may lack, not one told before)
        for g in groups:
            fine = [p for p in g if p.value.geo_precision <= 2]
            if fine:
                best = min(fine, key=rank)
                if _QUARTER_AFTER.match(text, best.end) or _QUARTER_END.search(best.text):
                    # "In Homs, two car bombs struck ... the al-Zahraa neighbourhood", "the Hamdaniya district in
                    # western Aleppo": a quarter of the city named, not a namesake far away that the gazetteer has
                    city = next((p for p in ctx.places if p is not best and p.value.feature == "P" and usable(p) and _in(
                        p, sent.start, sent.end) and p.value.population >= 50_000 and haversine_km(
                        p.value.latitude, p.value.longitude, best.value.latitude, best.value.longitude) > 60), None)
                    if city is not None:
                        return city, 0.05
                return best, 0.1
        same = _SAME_NOUN.search(clause.text)
        if same is not None and not any(p.value.geo_precision <= 2 for g in groups for p in g):
            # "a car bomb ... near the same shrine": the place the story described by that noun ("Sayyida Zeinab, a
            # Shiite shrine town")
            told = [p for p in ctx.all_places if p.end < sent.start and p.value.geo_precision <= 2 and re.search(
                rf"\b{same.group(1)}", text[p.end:p.end + 50], re.I)]
            if told:
                return told[-1], 0.0
        site = _SITE_ANAPHOR.search(clause.text)
        if site is not None and not any(p.value.geo_precision <= 2 for g in groups for p in g):
            # "struck positions around the dam": the dam the story told of, not the last town it named
            codes = _SITE_CODES[site.group(1).lower().replace(" ", "")]
            told = next((p for p in reversed(ctx.sites) if p.value.feature_code in codes), None)
            if told is not None:
                return told, 0.0
        in_sent = [p for p in ctx.places if _in(p, sent.start, sent.end) and usable(p) and p.value.geo_precision <= 2
                   and not (skip_after and p.start >= tend)]
        if in_sent:
            return min(in_sent, key=rank), 0.0
        line = ctx.dateline
        if line is not None and "\n" not in text[line.end:sent.start] and (
                line.start > 0 or line.value.country in self.theatre.countries) and not any(
                p.start >= ctx.dateline_end for g in groups for p in g):
            # "ALEPPO, Syria - Rebel shelling of government-held districts killed 12 people": the item's place is
            # its dateline's when it names no other (a paragraph of a round-up, or a dateline in the theatre)
            return line, -0.05
        coarse = [p for g in groups for p in g]
        if trig.category == "agreement" and coarse:
            coarse = [p for p in coarse if p.value.country in self.theatre.countries] or coarse
            return min(coarse, key=lambda p: p.value.feature_code == "PCLI"), -0.05  # a truce "in western Syria"
        if anaphor and (named := [p for p in ctx.places if sent.start <= p.start < tpos and p.value.geo_precision == 1
                                  and p.value.feature == "P" and not _is_dateline(p, text)
                                  and not _capital_as_state(p, text)
                                  and re.match(r"(?:the|that|this)\s+(?:city|town)\b", anaphor.group(0), re.I)]):
            return named[-1], -0.05  # "launched an offensive towards Raqqa, capturing villages north of the city"
        if not coarse and _NAMED_QUARTER.search(clause.text):
            # "entered the Naimiya district at dawn", a quarter the gazetteer lacks: the city the story is about
            # (the one it names most, the last of equals), not the last village named
            cities = [p for p in ctx.all_places if p.end <= sent.start and p.value.feature == "P"
                      and p.value.geo_precision == 1 and p.value.population >= 100_000 and not _is_dateline(p, text)
                      and p.value.country in self.theatre.countries
                      and not _capital_as_state(p, text)]
            if cities:
                counts: dict[str, int] = {}
                for p in cities:
                    counts[p.value.name] = counts.get(p.value.name, 0) + 1
                top = max(counts.values())
                return next(p for p in reversed(cities) if counts[p.value.name] == top), -0.1
        if ctx.last_place is not None and (anaphor or not coarse or all(
                p.value.country == ctx.last_place.value.country for p in coarse)) and not (anaphor is None and any(
                _elsewhere_province(p.value, ctx.last_place.value) for p in coarse)):
            # (but not when the clause names another province: "Russian submarines fired cruise missiles at targets
            # in Deir ez-Zor province", after a story in Damascus)
            return ctx.last_place, -0.1
        if ctx.last_place is None and anaphor and ctx.last_area is not None:
            return ctx.last_area, -0.1  # "clashes around the village" after a capture "in the Jabal al-Zawiya hills"
        if ctx.last_place is None and anaphor and ctx.last_town is not None:
            return ctx.last_town, -0.1  # "pushed towards Hawija ... took villages south of the town": that town
        if ctx.last_place is None and ctx.dateline is not None and anaphor:
            # "TRIPOLI, Lebanon - Clashes ... in the northern Lebanese city": before any other town, "the city" is
            # the dateline's
            return ctx.dateline, -0.1
        if coarse:
            # a province or region before a country ("sorties in Syria ..., hitting targets in Raqqa province")
            return min(coarse, key=lambda p: p.value.feature_code == "PCLI"), -0.05
        return None, -0.15

    def _pick_actors(self, sent: Sentence, clause: Sentence, trig: Trigger, tpos: int, tend: int,
                     country: str | None, ctx: _Context, persons: list[Mention], dates: Sequence[DateSpan] = ()
                     ) -> tuple[str | None, str | None, list[tuple[Mention, str]], float]:
        """actor1 and actor2 by the trigger's frame, with speaker, backer and victim roles kept apart."""
        text = ctx.article.text
        if trig.frame == "active" and trig.territory and _PASSIVE_AUX_BEFORE.search(text, max(0, tpos - 16), tpos):
            trig = replace(trig, frame="passive")  # "... but was recaptured in December": the place was taken
        conf = 0.0
        resolved: list[tuple[Mention, str]] = []
        victims: set[int] = set()
        speakers: list[str] = []
        reason = _reason_start(sent, tpos)
        own_agent: str | None = None
        for p in ctx.places:
            # "Moscow said its aircraft had carried out 64 sorties", "Turkey said its jets ...": a state speaking
            if sent.start <= p.start < tpos and p.value is not None and _STATE_SAID.match(text, p.end) and (
                    name := self.actors.country_actor.get(p.value.country) if p.value.feature_code == "PPLC"
                    else self._state_of_country(p)):
                speakers.append(name)
        for cap in _CAPITAL_SAID.finditer(text, sent.start, tpos):
            if (name := self._capital_forces.get(cap.group(1))) and name not in speakers:
                speakers.append(name)  # ("Moscow said ...": a capital speaking for its state)
        owner: tuple[Mention, str] | None = None
        for a in ctx.actors:
            if not _in(a, sent.start, sent.end) or (reason is not None and a.start >= reason):
                continue  # (nor is anyone named in the reason given for it)
            name = self._resolve_actor(a, country, ctx)
            if a.value is None and owner is not None and (re.fullmatch(r"['’]s?\s+", text[owner[0].end:a.start]) or (
                    a.text.lower() in ("troops", "forces", "soldiers", "fighters") and re.fullmatch(
                        r"\s+(?:vehicles|tanks|armou?r|armou?red\s+vehicles|jets|aircraft|artillery|units)\s+and\s+",
                        text[owner[0].end:a.start]))):
                # "the alliance's warplanes", "the coalition's jets": the owner's aircraft; "Turkish army vehicles and
                # troops": the same side's
                name = owner[1]
            owner = (a, name) if name else None
            if not name:
                continue
            if a.start <= tpos and _WHICH_SAID_OWN.match(text, a.end, tend):  # (the trigger may start at the speaker)
                own_agent = name  # "the US-led coalition, which said its aircraft had killed ...": its own act
            if self._is_speaker(a, text):
                if a.start < tpos:
                    speakers.append(name)
                continue  # a source of the report, not a party to the event
            if not _in(a, clause.start, clause.end):
                continue
            if a.start > tend and _RELATIVE_CLAUSE.search(text, tend, a.start):
                continue  # "..., close to the Ain al-Asad air base, where US Marines are training Iraqi troops"
            if PURPOSE_BEFORE.search(text, max(sent.start, a.start - 40), a.start):
                continue  # "withdrew from the town to protect civilians": whom it was for, not a party
            if a.start > tend and ("among" in (window := text[max(tend, a.start - 30):a.start]) or "ing " in window or (
                    "to " in window)):
                if trig.category != "agreement" and _LETTING_BEFORE.search(window):
                    continue  # "opened two gaps in the wall, letting fighters of the SDF push in": whom it helped
                if _HIDING_AMONG.search(window):
                    continue  # "arrested 20 suspected militants hiding among displaced people": where they were
            if _ABSENT_AFTER.match(text, a.end):
                continue  # "towns where activists said Islamic State had no presence": a side not there
            if a.start > tend and _CLAIMS_AFTER.match(text, a.end):
                continue  # "..., and the PKK claimed responsibility": who claims it (see extract), not its target
            if trig.category in ("arrests", "massacre", "abduction") and _SUSPECTED_LINKS.search(
                    text, max(sent.start, a.start - 60), a.start):
                continue  # "detained 297 people suspected of links to Islamic State, the PKK and ...", "beheaded two
                # men they accused of spying for the Peshmerga": no party
            tail = text[a.end:a.end + 60]
            head = text[max(sent.start, a.start - 60):a.start]  # (not the sentence before: "... had killed 145.")
            if (_POSSESSIVE_AGENT.fullmatch(text, a.end, tpos) and _NOUN_TRIGGER.fullmatch(text, tpos, tend)) or (
                    a.end < tpos and _POSSESSIVE_FORCES.match(text, a.end)):
                pass  # "the army's recapture of Tadmur", "Islamic State's fighters captured ...": whose act it is
            elif VICTIM_AFTER.match(tail) or _POSSESSIVE_AFTER.match(tail) or (OWNER_BEFORE.search(head) and not (
                    a.start < tpos and _MEMBERS_OPEN.fullmatch(text, sent.start, a.start))) or (
                    RANKED_VICTIM_AFTER.match(text[a.end:a.end + 160])) or HARMED_BEFORE.search(head) or (
                    HOLDER_BY.search(head)):
                # "IS fighters were killed", "Islamic State's finance chief", "killed the Islamic State governor of
                # Kirkuk", "Zahran Alloush, the leader of Jaish al-Islam": a side that lost someone, not who acted
                victims.add(len(resolved))
            if resolved and resolved[-1][1] == UNIDENTIFIED and _GUNMEN_OF_GAP.fullmatch(text, resolved[-1][0].end, a.start):
                victims.discard(len(resolved) - 1)
                resolved.pop()  # "Masked gunmen from Hayat Tahrir al-Sham seized two activists": that group's gunmen
            resolved.append((a, name))
        backers = {i for i, (a, _n) in enumerate(resolved)
                   if prefilter.search_twinned(r"\b(?:backed|supported|aided|assisted|escorted|helped)\s+by\s+(?:[\w.\-]+\s+){0,2}$|"
                                r"\bunder\s+(?:the\s+)?cover\s+of\s+(?:[\w.\-]+\s+){0,2}$|"
                                r"\bwith\s+(?:[\w\-]+\s+){0,2}(?:support|cover|backing|help)\s+(?:from|of)\s+(?:the\s+)?$|"
                                r"(?<!clashed\s)(?<!clashes\s)(?<!fought\s)(?<!fighting\s)(?<!battled\s)(?<!battles\s)"
                                r"(?<!skirmished\s)\bwith\s+(?:(?!by\b)\w+\s+){0,2}$|\balongside\s+(?:\w+\s+){0,2}$",
                                text[max(sent.start, a.start - 30):a.start], re.I)}  # "clashed with X": X is the enemy
        backers |= {i for i, (a, _n) in enumerate(resolved) if a.start < tpos and i > 0 and re.search(
            r",\s+including\s+(?:(?:[\w\-]+\s+){1,2}(?:from|of)\s+)?(?:[\w\-]+['’]s\s+)?$",
            text[max(sent.start, a.start - 40):a.start], re.I) and a.start - resolved[i - 1][0].end < 80}
        # (only beside a side named just before it: "armed groups, including ISIL, took control of the city" names
        # the one side that did)
        # ("government troops and allied militias, including Lebanon's Hezbollah, captured ...": one of the allies)
        listed: set[int] = set()  # members of a list with an earlier participant ("troops, Peshmerga and ...")
        # ("Backed by US air strikes, the SDF captured ...": the phrase that opens the sentence ends at its comma)
        opening = _OPENING_BACKED.match(text, sent.start)
        for i in range(1, len(resolved)):
            gap = text[resolved[i - 1][0].end:resolved[i][0].start]
            if opening and "," in gap and resolved[i - 1][0].start < sent.start + opening.end() + 40 and (
                    re.fullmatch(r",\s+(?:the\s+)?", gap)):
                continue
            if COORD.fullmatch(gap):
                listed.add(i)
                if i - 1 in backers:
                    backers.add(i)
            elif i - 1 in backers and (BACKER_AND.fullmatch(gap) or re.fullmatch(r"['’]s\s+(?:[\w\-]+\s+){0,2}", gap)):
                backers.add(i)  # "fighting alongside Yazidi militiamen and guerrillas from Turkey's outlawed PKK"
        # "Jaish al-Islam, the dominant rebel faction in the town, responded by firing rockets": a description set
        # beside a name is that name's, no second subject
        apposed = {i for i in range(1, len(resolved)) if resolved[i][0].text[:1].islower()
                   and resolved[i - 1][0].text[:1].isupper() and _APPOSITION_GAP.fullmatch(
                       text, resolved[i - 1][0].end, resolved[i][0].start)}
        # ... and so is one set just before it: "the rebel faction Jaish al-Islam"
        apposed |= {i for i in range(len(resolved) - 1) if resolved[i][0].text[:1].islower()
                    and resolved[i + 1][0].text[:1].isupper() and text[resolved[i][0].end:resolved[i + 1][0].start] == " "}
        # "Syrian troops and allied militias, Hezbollah among them, took Albu Kamal": one of the allies, named aside
        apposed |= {i for i in range(1, len(resolved)) if _AMONG_THEM.match(text, resolved[i][0].end)}
        before = [i for i, (a, _n) in enumerate(resolved) if i not in backers and i not in victims and i not in apposed and (
            a.start < tpos or (a.start <= tpos + 1 and trig.frame not in ("drive_out", "passive")))]
        # "The jihadists seized the city from government forces in May and last month beheaded ...", "driving Nusra
        # out of Mayadin and seizing ...": the object of the first verb is not the subject of the second
        objects = [i for i in before if len(before) > 1 and re.search(
            r"\b(?:from|against|with|of|on|at|near|by|through|(?:dr[oi]v|push|forc|expell|oust|chas)\w*|raided|attack(?:ed|ing)?|"
            r"stormed|targeted|bombed|shelled)\s+(?:the\s+|an?\s+)?(?:\w+-\w+\s+)?$",
            text[max(sent.start, resolved[i][0].start - 28):resolved[i][0].start], re.I)
            and not FIGHTERS_OF.search(text, max(sent.start, resolved[i][0].start - 30), resolved[i][0].start)
            and (re.search(r"\band\s+(?:[\w\-]+\s+){0,3}$", text[resolved[i][0].end:tpos]) or (
                # "Rebels attacked the SDF south of Jarablus, seizing the village of Amarna": the participle's
                # subject is the sentence's
                re.search(r",\s+(?:(?:then|also|later|and)\s+)?$", text[resolved[i][0].end:tpos])
                and re.match(r"\w+ing\b", text[tpos:tend])) or (
                # "... continued to attack ISIL terrorists in Syria, conducting 21 strikes against ISIL targets"
                re.search(r",\s+(?!(?:adding|saying|noting|stating|claiming|according|reporting|citing)\b)\w+ing\s+"
                          r"(?:[\w\-]+\s+){0,2}$", text[resolved[i][0].end:tpos])))]
        before = [i for i in before if i not in objects] or before
        participle_object = resolved[objects[-1]][1] if objects and re.match(r"\w+ing\b", text[tpos:tend]) else None
        # "Government troops, who lost the airport to rebels in 2015, regained it": who is named inside a clause set
        # off by commas is not the subject of the verb after it (unless no one else is: "The offensive, which the
        # army launched on Monday, retook three villages")
        aside = _closed_relative_clauses(text, tpos, dates, sent.start) if before else []
        before = [i for i in before if not any(s < resolved[i][0].start < e for s, e in aside)] or before
        # "Hours after the Kurds moved in, a car bomb struck one of their checkpoints": who is named in a time clause
        # that opens the sentence is not the subject of the main clause after its comma
        # (but "As the last militants left the city, they took 2,000 civilians": a pronoun subject is theirs)
        if (opening_when := _OPENING_WHEN.match(text, sent.start)) and opening_when.end() <= tpos and not re.match(
                r"(?:they|it|he|she|the\s+(?:group|militants|jihadists|fighters))\b", text[opening_when.end():tpos], re.I):
            before = [i for i in before if resolved[i][0].start >= opening_when.end()]
        # (a mention that opens the trigger is its subject: "coalition strikes"; one inside it is not: "killed
        # more than 100 civilians")
        after = [i for i, (a, _n) in enumerate(resolved) if a.start >= tend and i not in backers and i not in listed
                 and i not in apposed
                 and not CONSEQUENCE_BEFORE.search(text[max(sent.start, a.start - 40):a.start])]  # "prompted US air strikes"
        inside = [i for i, (a, _n) in enumerate(resolved) if tpos <= a.start < tend]
        if trig.category == "airstrike" and not before and inside and _AIRCRAFT_OF.fullmatch(
                text, tpos, resolved[inside[0]][0].start):
            # "Long-range bombers of the Russian air force fired cruise missiles at ...": the aircraft's owner acted
            before, inside = [inside[0]], inside[1:]
        actor1 = actor2 = None
        gerund = bool(before) and re.match(r"\w+ing\b", text[tpos:tend]) and re.search(
            r"\b(?:before|after|while|since)\s+$", text[max(clause.start, tpos - 8):tpos])
        fire_from = bool(after) and (_BY_BEFORE.search(text, max(sent.start, tpos - 30), tpos) or re.search(
            r"\bby\s", text[tpos:tend])) and _FIRE_FROM.fullmatch(
            text, tend, resolved[after[0]][0].start)
        # ("Two civilians were shot dead by gunmen": the victims before, the killers after "by")
        victim_by = trig.frame == "victim" and bool(after) and _PASSIVE_AUX_BEFORE.search(
            text, max(sent.start, tpos - 25), tpos) is not None and _VICTIM_BY_GAP.fullmatch(
            text, tend, resolved[after[0]][0].start) is not None
        if trig.frame == "passive" or fire_from or victim_by:
            # ("The 9th Armoured Division was held up by mortar fire from the militants": fire from them, at it)
            # (not one past a comma or "which": "was engaged by one strike, which destroyed two ISIL vehicles")
            # (but past a comma to a "by": "was retaken on 10 March 2015, early in the offensive, by Iraqi troops")
            agents = [i for i in after if trig.frame != "passive" or not re.search(
                r",|\b(?:which|that)\b", gap := text[tend:resolved[i][0].start]) or (
                len(gap) < 120 and _BY_AT_END.search(gap) and not re.search(r"\b(?:which|that|who|and)\b|[;:]", gap))]
            # ("the town was retaken from Islamic State": the side it was taken from lost it, and took nothing)
            losers = [i for i in agents if trig.territory and _FROM_BEFORE.search(
                text, max(tend, resolved[i][0].start - 12), resolved[i][0].start)]
            agents = [i for i in agents if i not in losers]
            actor1 = resolved[agents[0]][1] if agents else None
            actor2 = resolved[before[-1]][1] if before else (resolved[losers[0]][1] if losers else None)
        elif gerund:
            # "Iraqi troops and Shiite paramilitaries fought Peshmerga units ... before taking the town": the
            # gerund's subject is the sentence's, and the side they fought is the other
            actor1 = resolved[before[0]][1]
            group = {before[0]} | {i for k, i in enumerate(before[1:], 1)
                                   if COORD.fullmatch(text[resolved[before[k - 1]][0].end:resolved[i][0].start])}
            others = [resolved[i][1] for i in before if i not in group and resolved[i][1] not in (actor1, "Civilians")]
            actor2 = others[0] if others else (resolved[after[0]][1] if after else None)
        else:
            if before:
                i = self._coordination_head(before, resolved, text)
                actor1 = resolved[i][1]
            # "attacked a Peshmerga checkpoint": the side named inside the act is its target
            hit = [i for i in inside if resolved[i][1] not in (actor1, "Civilians") and (
                actor1 not in self.actor_info or resolved[i][1] not in self.theatre.allies_of(actor1)
                or _TARGET_AFTER.match(text, resolved[i][0].end))]
            if trig.frame == "drive_out" and inside:
                actor2 = resolved[inside[0]][1]
            elif trig.category == "clash" and hit and re.match(r"attack", text[tpos:tend], re.I):
                actor2 = resolved[hit[0]][1]
            elif after:
                actor2 = resolved[after[0]][1]
            # (an ally's men seized or killed: they fell out, "Nusra's men seized 12 Hazm fighters")
            if actor1 and actor2 and actor1 in self.actor_info and actor2 in self.theatre.allies_of(actor1) and (
                    trig.category not in ("abduction", "arrests", "massacre")) and not (
                    trig.frame == "drive_out" and inside) and not (after and (_TARGETED_BEFORE.search(
                        text, max(tpos, resolved[after[0]][0].start - 45), resolved[after[0]][0].start) or (
                        trig.territory and _FROM_BEFORE.search(text, max(tpos, resolved[after[0]][0].start - 12),
                                                               resolved[after[0]][0].start)) or (
                        trig.category == "clash" and _CLASHED_WITH_BEFORE.search(
                            text, max(tpos, resolved[after[0]][0].start - 30), resolved[after[0]][0].start)) or (
                        _TARGET_AFTER.match(text, resolved[after[0]][0].end)))) and not any(
                        resolved[i][1] == actor2 and _TARGET_AFTER.match(text, resolved[i][0].end) for i in inside):
                # (but allies fall out: "Nusra routed the SRF from ...", "Jaish al-Islam attacked positions of HTS")
                actor2 = None  # "coalition warplanes ... the Pentagon": a partner, not the target
            if actor1 is None:
                # "The offensive began ... with troops, Kurdish Peshmerga and ...": the forces it began with.
                with_ = [i for i in range(len(resolved)) if resolved[i][0].start >= tend and i in backers
                         and not re.match(r"\s*(?:air\s+)?(?:support|backing|help|cover)", text[resolved[i][0].end:][:20])
                         and not re.search(r"\bby\s+(?:[\w.\-]+\s+){0,3}$", text[max(sent.start, resolved[i][0].start - 30):
                                                                               resolved[i][0].start])]  # ("helped by")
                if with_:
                    actor1 = resolved[with_[0]][1]
            if actor1 is None and after and resolved[after[0]][1] != "Civilians" and re.search(
                    r"\bby\s+(?:[\w\-]+\s+){0,2}$", text[tend:resolved[after[0]][0].start]) and not HOLDER_BY.search(
                    text[tend:resolved[after[0]][0].start]):
                actor1 = resolved[after[0]][1]  # "a suicide car bomb by Islamic State", "strikes by Russian jets"
                actor2 = resolved[after[1]][1] if len(after) > 1 else None
            if actor2 is None and victims:
                actor2 = resolved[min(victims)][1]
            if actor2 is None and inside and (trig.category == "clash" or trig.id == "cleared_by"):
                # "broke the Islamic State siege of Amerli", "repelled an IS attack": the side named in the act
                named = [resolved[i][1] for i in inside if resolved[i][1] not in (actor1, "Civilians")
                         and (actor1 not in self.actor_info or resolved[i][1] not in self.theatre.allies_of(actor1))]
                actor2 = named[0] if named else None
            if actor2 is None and actor1 in self.actor_info and (trig.category == "agreement" or re.match(
                    r"(?:(?:were|was)\s+)?(?:exchang|clash|fought|battled|skirmish|traded)", text[tpos:tend], re.I)):
                # "Iraqi troops and Peshmerga exchanged fire": two sides of one subject fought each other
                rivals = [n for i, (_a, n) in enumerate(resolved) if i in before and i in listed
                          and n != actor1 and n != "Civilians"]
                # (allies first fall out: "Ahrar al-Sham and Nusra fighters exchanged fire", no third side named)
                rivals = [n for n in rivals if n not in self.theatre.allies_of(actor1)] or rivals
                if rivals:
                    actor2 = rivals[0]
        if actor1 is None and re.search(r"\b(?:a\s+similar|another|a\s+second|a\s+further|the\s+same)\s+(?:[\w\-]+\s+)?$",
                                        text[max(sent.start, tpos - 40):tpos], re.I) or actor1 is None and re.match(
                r"(?:similar|another|second|further)\b", text[tpos:tend], re.I):  # (the word may open the match)
            # "a similar strike": the same hand ("a second helicopter", after chlorine dropped from one, too)
            actor1 = ctx.last_actor_by_category.get(trig.category) or (
                ctx.last_actor_by_category.get("chemical") if trig.category == "airstrike" else None)
        if actor1 is None and (getattr(trig, "nominal", False) or re.match(r"(?:an?|another|the)\s", text[tpos:tend], re.I)) \
                and (which := _IN_WHICH.match(text, tend)):
            # "a clash on Thursday in which jihadists firing from Syria killed a Turkish officer": its subject acts
            doers = [n for a, n in resolved if which.end() <= a.start < which.end() + 40 and n != "Civilians"]
            if doers:
                actor1 = doers[0]
                actor2 = actor2 if actor2 != actor1 else None
        if actor1 in (None, "Civilians") and _BESIEGERS.search(text, clause.start, min(clause.end, tend + 40)):
            # "The besiegers fired dozens of mortar rounds ...", "mines laid by the besieging forces": those the story
            # said held the siege ("encircled for months by an insurgent alliance led by Ahrar al-Sham")
            held = list(_SIEGE_BY.finditer(text, 0, sent.start))
            besieger = next((n for a in ctx.all_actors if held[-1].end() <= a.start < held[-1].end() + 80
                             and (n := self._resolve_actor(a, country, ctx)) and n != "Civilians"), None) if held else None
            if besieger is not None:
                actor1, actor2 = besieger, (actor2 if actor2 != besieger else None) or (
                    "Civilians" if actor1 == "Civilians" else None)
        if actor1 is None and trig.category == "airstrike" and (_BARE_AIRCRAFT.search(text, clause.start, tend)
                                                             or _COUNTED_STRIKES.match(text, tpos, tend)
                                                             or _COUNTED_STRIKES.match(text, tend)):
            # "the jets had hit shelters ...", "three F-16s took off ... and struck": aircraft no side is named for,
            # in a story that told whose struck before
            # (first the aircraft the sentence opened with: "Russian jets arrive in the book in February 2016, when a
            # strike on the market in Da'el killed nine people")
            actor1 = self._flier_before(sent, clause, country, ctx) or ctx.last_actor_by_category.get("airstrike") or next((
                n for am in reversed(ctx.all_actors) if am.end <= sent.start and _CONDUCTED_STRIKES.match(text, am.end)
                and (n := self._resolve_actor(am, country, ctx)) and n != "Civilians"), None)
            # (or the side a release's opening line says "conducted 17 strikes", a total that is no event itself)
        if actor1 is None and trig.territory and re.search(
                r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[\w\-]+ly\s+)?$",
                text[max(sent.start, tpos - 25):tpos], re.I):
            # "The government complex was retaken on Sunday", no agent named: the story's last captor (not the side
            # that lost it: "fell to the jihadists in May but was recaptured in December")
            last_captor = ctx.last_actor_by_category.get(trig.category)
            actor1 = last_captor if last_captor != actor2 else None
        if actor1 is None:
            # The subject of the main clause ("US-backed forces said ..., after they seized ..."), then a state
            # named as the speaker ("Russia said its frigates fired ..."), then the story's most salient actor.
            earlier_m = [(a, self._resolve_actor(a, country, ctx)) for a in ctx.actors
                         if sent.start <= a.start < clause.start]
            # "..., according to the US-led coalition, which said its aircraft had killed ...": the relative's antecedent
            which = [n for a, n in earlier_m if n and _WHICH_SAID.match(text, a.end)]
            earlier = which[-1:] or [n for _a, n in earlier_m if n]
            pronoun = re.search(r"\b(?:they|it(?!\s+(?:was|is|has\s+been|had\s+been|came|comes)\b)|its|their|we|our|others)\b",
                                text[clause.start:tpos], re.I)  # ("It was the latest in a string of attacks")
            cataphor = pronoun and after and re.match(r"(?:as|when|while|after|before|once)\s+(?:they|it)\b",
                                                      text[sent.start:tpos].split(",")[-1].strip(), re.I) and re.search(
                r",\s+$", text[tend:resolved[after[0]][0].start])
            if cataphor:
                # "As they swept through northern Iraq, the militants massacred ...": the main clause's subject
                actor1, actor2 = resolved[after[0]][1], None
            elif earlier and pronoun:
                actor1 = earlier[0]
            elif pronoun and not speakers and ctx.prev_subject and ctx.prev_subject != actor2 and re.match(
                    r"(?:[\w\-]+\s+){0,4}?(?:they|it|others)\s+(?:[\w\-]+ly\s+)?$", text[clause.start:tpos], re.I):
                # "The militants overran Tikrit ... Earlier this month they seized ...", "Some of the attackers blew
                # themselves up. Others stormed a power station"
                actor1 = ctx.prev_subject
            elif speakers and pronoun:
                actor1 = speakers[0]  # "The SDF said they had captured ...", "the coalition said its aircraft ..."
            elif trig.category == "airstrike" and (flier := self._flier_before(sent, clause, country, ctx)):
                actor1 = flier  # "Russian jets arrived in February 2016, when strikes on the market killed nine people"
            elif trig.category == "airstrike" and not speakers and (trailing := [
                    n for a in ctx.actors if tend <= a.start < sent.end and (n := self._resolve_actor(a, country, ctx))
                    and n in self.actor_info and self.actor_info[n].kind in ("foreign force", "coalition")
                    and re.match(r"\s*(?:(?:defen[cs]e\s+)?ministry|officials?|spokesman|military|command)?\s*(?:said|says)\b",
                                 text[a.end:a.end + 30])]):
                # "A drone strike killed a senior al-Qaeda leader in Idlib, the Pentagon said": a foreign air force
                # announcing a strike announces its own
                actor1 = trailing[0]
                conf -= 0.05
            elif speakers and trig.category == "airstrike" and self.actor_info[speakers[0]].kind in (
                    "state force", "foreign force", "coalition"):
                # "the Pentagon said a drone strike had killed ...": air forces announce their own strikes (the
                # United States' are the United States', as ACLED codes them, unless the text names the coalition)
                actor1 = speakers[0]
                conf -= 0.05
            if actor1 is None:
                subj = [pm.value.affiliation for pm in persons
                        if clause.start <= pm.start < tpos and pm.value.affiliation
                        and not PASSIVE_AFTER.match(text[pm.end:pm.end + 130])  # "X being burned": a victim
                        and not re.search(r"\b(?:whom|who|which)\s+$", text[max(0, pm.start - 8):pm.start])]  # a speaker
                if subj:
                    actor1 = subj[-1]  # "al-Baghdadi made his only known public appearance"
            if actor1 is None:
                for p in ctx.places:
                    if max(sent.start, ctx.dateline_end) <= p.start < tpos and p.value.geo_precision == 3 and (
                            p.value.feature == "A"):
                        cand = self.actors.country_actor.get(p.value.country)
                        if cand and p.value.country not in self.theatre.countries:
                            actor1 = cand
                            break
            # ("the group's spokesman" is whose spokesman, not who acted)
            anaphor = re.search(r"\b(?:they|it(?!\s+(?:was|is|has\s+been|had\s+been|came|comes)\b)|"
                                r"the\s+(?:group|militants|jihadists|organisation|organization|"
                                r"insurgents|troops|forces|army|raid|attack|assault)|(?:its|their)\s+(?:own\s+)?(?:fighters|"
                                r"militants|jihadists|gunmen|militiamen))\b(?!['’]s?\s(?!(?:own\s+)?(?:fighters|"
                                r"forces|militants|jihadists|gunmen|troops|men)\b))",  # (but "the group's fighters" act)
                                text[sent.start:tpos], re.I)
            if anaphor and trig.category == "agreement" and anaphor.group().lower().startswith(("its", "their")):
                anaphor = None  # "persuaded both forces to pull their fighters off the street": the parties, not a group
            if anaphor and trig.category in ("arrests", "abduction") and _SUSPECTED_LINKS.search(
                    text, max(sent.start, sent.start + anaphor.start() - 60), sent.start + anaphor.start()):
                anaphor = None  # "Forty-two people suspected of belonging to the group were arrested": whom they held
            if actor1 is None and trig.category not in ("arrests", "abduction") and _GERUND_CLAUSE.search(
                    text, max(sent.start, tpos - 10), tpos) and re.match(r"[a-z]+ing\b", text[tpos:tend]):
                # "reached the border on Friday, a source said, after pushing Islamic State out of a string of
                # outposts", "whom the jihadists shot after seizing the jail": an -ing verb after "after", "before",
                # "while" or "by" has the subject of the clause it hangs on (the first side named in it that no
                # preposition governs and that is no source; a relative clause's own, after "who", "whom", "which")
                rel = [r.end() for r in _RELATIVE_PRONOUN.finditer(text, sent.start, tpos)]
                near = [n for a in ctx.actors if (rel[-1] if rel else sent.start) <= a.start < tpos
                        and not self._is_speaker(a, text)
                        and not _GOVERNED_BEFORE.search(text, max(sent.start, a.start - 12), a.start)
                        and (n := self._resolve_actor(a, country, ctx)) and n not in ("Civilians", actor2)]
                if near:
                    actor1 = near[0]
            if actor1 is None and clause.start > sent.start and (((
                    shared := SHARED_SUBJECT.match(text, clause.start, tpos + 1)) and (
                    shared.end() >= tpos or shared.group(1).endswith("ed"))) or re.match(r"(?:its|their)\s", text[tpos:tpos + 6])):
                # "the jihadists surrounded Kocho, separated the men from the women, and shot hundreds of the men
                # dead": a verb with no subject of its own has the sentence's ("..., when its first strikes hit
                # Raqqa": so has "its")
                earlier = [n for a in ctx.actors if sent.start <= a.start < clause.start
                           and not self._is_speaker(a, text) and (n := self._resolve_actor(a, country, ctx))]
                if trig.frame == "passive" and trig.territory:
                    # "Ramadi fell to the jihadists in May but was recaptured in December": the place is the subject,
                    # and the side that took it before lost it
                    if actor2 is None:
                        actor2 = next((n for n in earlier if n != "Civilians"), None)
                    earlier = []
                actor1 = next((n for n in earlier if n != "Civilians" and n != actor2), None)
                if actor1 is not None and actor2 is None and trig.category in ("airstrike", "shelling", "clash"):
                    # (and its object: "has been bombing Islamic State in Syria since 2014, when its first strikes")
                    actor2 = next((n for n in earlier[earlier.index(actor1) + 1:] if n != actor1), None)
            if actor1 is None and (anaphor or trig.territory or trig.category == "clash"):
                # "... launched with heavy coalition air support": the side the backer supports.
                backed = [resolved[i][1] for i in backers] + [n for a_, n in resolved if re.match(
                    r"\s*(?:air\s+)?(?:support|backing|cover)", text[a_.end:a_.end + 20])]
                allowed = set().union(*(self.theatre.allies_of(b) - {b} for b in backed if b in self.actor_info))
                kinds = ("armed group", "state force", "militia", "foreign force", "coalition")
                if trig.category == "airstrike":
                    kinds = ("state force", "foreign force", "coalition")  # the sides that have aircraft
                elif NONSTATE_ANAPHOR.search(text, sent.start, tpos):
                    kinds = ("armed group", "militia")  # "the group", "its fighters": never a state's army
                # (abroad, only an actor the story has already named: "Lebanese troops clashed with gunmen in
                # Tripoli" is no theatre actor's fight because the article names one further on)
                recent = [n for n in ctx.prev_groups if n != actor2 and n not in backed]
                participle = anaphor and trig.category != "airstrike" and _PARTICIPLE_AFTER_COMMA.search(
                    text, max(sent.start, tpos - 3), tpos + 1) and re.match(r"[a-z]+ing\b", text[tpos:tend])
                said = next((n for a in ctx.actors if a.start == sent.start + anaphor.start()
                             and not self._is_speaker(a, text) and (n := self._resolve_actor(a, country, ctx))
                             and n not in ("Civilians", actor2) and n not in backed and (
                                 not allowed or n in allowed)), None) if participle and anaphor else None
                if said is not None:
                    # "The militants withdrew across the Tigris ..., blowing up the town's bridge as they left": the
                    # participle's subject is the sentence's, resolved as it was there (not the side last named)
                    actor1 = said
                elif kinds == ("armed group", "militia") and len(recent) == 1 and not allowed and re.search(
                        r"\bthe\s+group\b", text[sent.start:tpos], re.I):
                    actor1 = recent[0]  # "... bombed Islamic State positions in Sirte. Sirte, which the group seized"
                else:
                    actor1 = self._salient(ctx, exclude=({actor2} if actor2 else set()) | set(backed), kinds=kinds,
                                           only=allowed or None,
                                           stand_in=country is None or country in self.theatre.countries,
                                           where=country if country not in self.theatre.countries else None)
                if actor1 is None and kinds == ("armed group", "militia") and actor2 != self.militant_actor and (
                        _GROUP_AS_SUBJECT.search(text, clause.start, tpos)):
                    actor1 = self._unnamed_group(ctx)  # "Fighters of the group shot dead at least 163 civilians"
                conf -= 0.1
        # "an attack Erdogan blamed on Islamic State", "bombings claimed by the group": the named perpetrator.
        generic = prefilter.search_twinned(r"\b(?:blamed\s+on|claimed\s+by|carried\s+out\s+by)\s+the\s+(?:same\s+)?(?:group|militants|"
                            r"jihadists)\b", text[tend:sent.end], re.I)
        if trig.event_type in ATTACK_TYPES and actor1 in (None, UNIDENTIFIED) and _GROUP_CLAIMED_IT.search(text, tend, sent.end):
            # "killed more than 70 people, an attack the group also claimed": the armed group the story is about
            actor1 = self._salient(ctx, exclude=set()) or self.militant_actor
            if actor2 == actor1:
                actor2 = None
        elif generic and self.militant_actor:
            actor1 = self.militant_actor
            if actor2 == actor1:
                actor2 = None
        elif _GROUP_CLAIMED.search(text, sent.start, tpos) and (claimant := next((
                n for am in reversed(ctx.actors) if am.start < sent.start and CLAIMED_AFTER.match(text, am.end)
                and (n := self._resolve_actor(am, country, ctx)) and n != "Civilians"), None)):
            # "Islamic State claimed the attack ... The group claimed a similar attack last December, when ...": the
            # group that claimed before
            actor1, actor2 = claimant, (None if actor2 == claimant else actor2)
        if actor1 is None or actor1 == UNIDENTIFIED:
            # "A gunman killed 39 people at a nightclub, and Islamic State claimed responsibility"
            claimant = next((n for am in ctx.actors if tend <= am.start < sent.end and CLAIMED_AFTER.match(text, am.end)
                             and (n := self._resolve_actor(am, country, ctx)) and n != "Civilians"), None)
            if claimant is not None:
                actor1, actor2 = claimant, (None if actor2 == claimant else actor2)
        # (an attack told after an arrest names who attacked, not who arrested: "police detained a man suspected of
        # helping the gunman who killed 39 people, an attack Islamic State claimed")
        for am in ctx.actors if trig.category != "arrests" else ():
            if tend <= am.start < sent.end and (
                    ATTRIBUTED_BEFORE.search(text[max(tend, am.start - 40):am.start])
                    # the trigger ends in the agent's "by": "shells fired by armed opposition groups hit homes"
                    or (am.start - tend <= 10 and re.search(r"\sby$", text[tpos:tend], re.I)
                        and ATTRIBUTED_BEFORE.search(text[max(tpos, am.start - 40):am.start]))
                    or (BLAMED_BEFORE.search(text[max(tend, am.start - 30):am.start])
                        and BLAMED_FOR_AFTER.match(text, am.end))
                    or ((CLAIMING_BEFORE.search(text[max(tend, am.start - 40):am.start])
                         # "The car bomb, which Islamic State claimed, killed seven guards"
                         or re.fullmatch(r"\s*,\s+(?:which|that)\s+(?:the\s+)?", text[tend:am.start]))
                        and CLAIMED_IT_AFTER.match(text, am.end))
                    or (trig.event_type in ATTACK_TYPES and LINKED_TO.fullmatch(text, tend, am.start))):
                name = self._resolve_actor(am, country, ctx)
                if name and trig.category == "disrupted":
                    if name != actor1:
                        actor2 = name  # "shot down two drones launched by rebels": the weapon's side
                    break
                if name:
                    if actor2 == name:
                        actor2 = None
                    if actor1 not in (None, name, UNIDENTIFIED) and actor2 is None and re.search(
                            r"\b(?:planted|laid)\s+by\s+(?:the\s+)?$", text[max(tend, am.start - 20):am.start]) and \
                            actor1 in {n for a, n in resolved if a.start < tpos}:
                        actor2 = actor1  # "a US specialist died of wounds from a bomb planted by the militants"
                    actor1 = name
                    break
        if trig.event_type in ATTACK_TYPES and actor1 in (None, actor2):
            # "killed by roadside bombs that the retreating militants had planted": who planted them set them
            setter = next((n for am in ctx.actors if tend <= am.start < sent.end
                           and _THAT_BEFORE.search(text, max(tpos, am.start - 40), am.start)
                           and _PLANTED_AFTER.match(text, am.end) and (n := self._resolve_actor(am, country, ctx))
                           and n != "Civilians"), None)
            if setter is not None:
                hit = next((n for a, n in resolved if a.start < tpos and n != setter), None)
                actor1, actor2 = setter, hit if actor2 in (None, setter) else actor2
        if actor1 is None and trig.event_type in ATTACK_TYPES and (linked := LINKED_TO.match(text, tend)) and re.match(
                r"(?:group|organi[sz]ation|jihadists|militants)\b", text[linked.end():linked.end() + 14], re.I):
            # "a suicide bomber linked to the group killed four": the armed group the story is about
            actor1 = self._salient(ctx, exclude={actor2} if actor2 else set()) or self.militant_actor
        if trig.id == "cleared_by" and inside and actor1 in {resolved[i][1] for i in inside}:
            # "the settlements were cleared of DAESH terrorists", no one named after "by": the side cleared out lost
            # them, whoever took them
            actor1, actor2 = None, resolved[inside[0]][1]
        if actor2 is None and trig.category == "disrupted" and inside:
            # "Iraqi troops destroyed three Islamic State car bombs before ...": the side whose weapons were stopped
            actor2 = next((resolved[i][1] for i in inside if resolved[i][1] not in (actor1, "Civilians")), None)
        if actor2 is None and participle_object not in (None, actor1, "Civilians") and trig.territory:
            actor2 = participle_object  # "Rebels attacked positions of the SDF, seizing the village of Jat from them"
        if actor2 is not None and actor2 == actor1:
            actor2 = None
        if actor2 is None and trig.category in ("airstrike", "shelling", "clash"):
            # "shelling of government-held districts", "air strikes on the rebel-held east": the holder is hit
            # ("two rockets fired from Syria landed on the Israeli-held side of the plateau")
            # ("carried out dozens of strikes on rebel-held villages")
            hit = re.match(r"\s+(?:(?:[\w\-]+\s+){0,4}?(?:of|on|against|in|into)\s+|(?:[\w\-]+\s+){0,4}?(?:landed|fell|"
                           r"crashed|struck|hit)\s+(?:on|in|into)\s+)?(?:the\s+|a\s+)?(?:[\w\-]+\s+)?"
                           r"(?=[\w\-]+-(?:held|controlled|run)\b)", text[tend:tend + 70])
            target = HELD_BY.match(text, tend + hit.end()) if hit else None
            if target is None and trig.category == "clash":
                target = HELD_BY.search(text, tpos, tend)  # ("attacked the rebel-held town of Marea": in the act)
            if target is None and (pounding := _POUNDING_HELD.search(text, tend, clause.end)):
                # "carried out their first air strikes in Syria on Wednesday, pounding rebel-held towns"
                target = HELD_BY.match(text, pounding.end())
            holder = self._holder(target, country, ctx) if target else None
            if holder is None and country and _LOYALIST_TARGET.match(text, tend):
                holder = self.actors.country_actor.get(country)  # "shelled the loyalist villages of Fuaa and Kefraya"
            if holder and holder != actor1 and (actor1 not in self.actor_info or holder not in self.theatre.allies_of(actor1)):
                actor2 = holder
        if trig.category == "withdrawal" and (actor1 is None or re.match(r"(?:buses|convoys)\b", text[tpos:tend], re.I)) and (movers := [
                resolved[i][1] for i in inside if resolved[i][1] != "Civilians"]):
            actor1 = movers[0]  # "Buses carrying rebel fighters and civilians left ...": those who left
        if actor1 is None and trig.category == "shelling" and (src_m := next((
                a for a in ctx.actors if sent.start <= a.start < sent.end
                and _FIRE_FROM_BEFORE.search(text, max(sent.start, a.start - 40), a.start)
                and _POSITIONS_AFTER.match(text, a.end)), None)) is not None and (
                shooter := self._resolve_actor(src_m, country, ctx)) not in (None, "Civilians"):
            # "mortar fire from Islamic State positions in Sinjar town killed two Peshmerga", "fire from the group's
            # positions": the side whose positions they came from fired them
            actor1 = shooter
        elif actor1 is None and trig.category == "shelling" and _FIRE_FROM_THE_GROUP.search(text, sent.start, sent.end) and (
                shooter := self._salient(ctx, exclude={actor2} if actor2 else set(), kinds=("armed group",))):
            actor1 = shooter  # "mortar fire from the group's positions": the story's armed group
        if actor1 is not None and trig.category == "shelling" and actor2 == actor1:
            actor2 = next((n for a, n in resolved if a.start >= tend and n not in (actor1, "Civilians")), None)
        if actor1 is None and trig.category == "shelling" and (
                src := _FIRED_FROM_HELD.search(text, sent.start, sent.end)) and (
                src_held := HELD_BY.match(text, src.end())) and (holder := self._holder(src_held, country, ctx)):
            actor1 = holder  # "Mortar shells fired from the rebel-held eastern suburbs landed ...": who holds them fired
        if actor1 is None and trig.category == "shelling" and (
                src_side := _FIRED_FROM_SIDE.search(text, sent.start, sent.end)) and (
                holder := self._holder(src_side, country, ctx)):
            actor1 = holder  # "Shells fired from army positions around Harasta crashed into a market": the army's
        if actor2 is None and trig.territory and actor1 is not None and (
                site := _SIDE_SITE.search(text, clause.start, clause.end)) and (
                holder := self._holder(site, country, ctx)) and holder != actor1 and (
                actor1 not in self.actor_info or holder not in self.theatre.allies_of(actor1)):
            # "Abu al-Duhur air base, the last government position in Idlib province, fell to the Army of Conquest":
            # the side the place taken was a post of lost it
            actor2 = holder
        if actor2 is None and trig.category in ("suicide", "ied", "clash", "shelling", "airstrike") and (
                site := _SIDE_SITE.search(text, tpos, clause.end) or (
                    None if trig.category in ("suicide", "ied") else _SIDE_PLACES.match(text, tend))):
            # "blew himself up at a Kurdish checkpoint", "shelled army positions": the side the site is named for
            holder = self._holder(site, country, ctx)
            if holder and holder != actor1 and (actor1 not in self.actor_info
                                                or holder not in self.theatre.allies_of(actor1)):
                actor2 = holder
        if re.match(r"mass\s+graves?", text[tpos:tend], re.I) and re.search(
                r"\b(?:found|find|discovered|uncovered|unearthed|exhumed)\s+(?:[\w\-]+\s+){0,3}$", text[sent.start:tpos], re.I):
            actor1 = None  # "Iraqi troops found a mass grave": who found it is not who killed them
        if trig.category in ("clash", "agreement") and (between := re.match(
                r"[\w\-]+\s+(?:(?:erupted|broke\s+out|raged|flared|continued)\s+)?(?:[^,.;]{0,60}?\s)?between\s",
                text[tpos:tpos + 110], re.I) or (re.match(
                    r"[^.;]{0,60}?\s(?:reached|agreed|signed|brokered)\s+(?:[^,.;]{0,30}?\s)?between\s", text[tpos:tpos + 110], re.I)
                    if trig.category == "agreement" else None)):
            # "Clashes between Kurdish forces and Syrian government troops", "fighting raged on Monday on the outskirts
            # of Deir ez-Zor between ...", "a truce between Kurdish forces and government loyalists": the two sides,
            # in the text's order
            sides = list(dict.fromkeys(n for a, n in resolved if a.start >= tpos + between.end() and n != "Civilians"))
            # (the government is the story's country's: this sentence's place, else the last place told before it)
            if len(sides) == 1 and trig.category == "agreement" and (story_country := country or next((
                    p.value.country for p in reversed(ctx.places) if p.start < tpos and p.value is not None
                    and p.value.country in self.theatre.countries), None)) and (
                    gov := self.actors.country_actor.get(story_country)) not in (None, sides[0]) and (
                    # (from the word "between" itself, which ends the match: "between the government and ...")
                    gov_at := _GOVERNMENT_PARTY.search(text, tpos + between.end() - len("between ") - 1,
                                                       min(sent.end, tpos + between.end() + 60))):
                # "agreed between the rebels and the government", "between the government and the rebels": in order
                other_at = next(a.start for a, n in resolved if n == sides[0] and a.start >= tpos + between.end())
                sides.insert(0 if gov_at.start() < other_at else 1, gov)
            if len(sides) >= 2:
                actor1, actor2 = sides[0], sides[1]
        if trig.category == "agreement" and None in (actor1, actor2) and country and (
                gov := self.actors.country_actor.get(country)) and gov not in (actor1, actor2) and \
                _GOVERNMENT_PARTY.search(text, sent.start, sent.end):
            # "a swap agreed between the rebels and the government", "under a reconciliation agreement with the
            # government", "Rebels and the government reached a ceasefire": the state's side of it (the pack names
            # its forces)
            if actor1 is None:
                actor1, actor2 = (actor2, gov) if actor2 is not None else (gov, None)
            else:
                actor2 = gov
        if trig.category == "agreement" and inside:
            # "a deal that rebel factions reached with Russian officers": the parties named in the deal's own words
            parties = list(dict.fromkeys(resolved[i][1] for i in [*inside, *after] if resolved[i][1] != "Civilians"))
            if parties:
                actor1, actor2 = parties[0], (parties[1] if len(parties) > 1 else None)
        if trig.category == "agreement" and actor1 is None and actor2 is None:
            # "a truce took hold in Hasakah after a week of fighting in which Kurdish forces seized most of the city
            # from government troops": the sides of that fighting (not a broker: "a Russian-brokered truce")
            sides = list(dict.fromkeys(
                n for a in ctx.actors if sent.start <= a.start < sent.end and not self._is_speaker(a, text)
                and not re.match(r"-?(?:brokered|mediated|sponsored|backed)\b", text[a.end:a.end + 12], re.I)
                and not re.search(r"\b(?:brokered|mediated|sponsored)\s+by\s+(?:the\s+)?$|\b(?:exclud\w*|except|not\s+including|"
                                  r"but\s+not)\s+(?:the\s+)?(?:[\w\-]+\s+and\s+(?:the\s+)?)?$",
                                  text[max(sent.start, a.start - 40):a.start], re.I)
                and (n := self._resolve_actor(a, country, ctx)) and n != "Civilians"))
            if len(sides) >= 2:
                actor1, actor2 = sides[0], sides[1]
        if trig.category == "agreement" and actor1 is None and actor2 is None:
            # "The truce, agreed after Presidents Donald Trump and Vladimir Putin met ...": the leaders' states
            leaders = list(dict.fromkeys(pm.value.affiliation for pm in persons if sent.start <= pm.start < sent.end
                                         and pm.value.affiliation and pm.value.affiliation != "Civilians"))
            if len(leaders) >= 2:
                actor1, actor2 = leaders[0], leaders[1]
        if trig.category == "agreement" and actor1 and actor2 is None:
            # "The United States and Russia agreed a ceasefire": both are its parties
            joined = [resolved[i][1] for k, i in enumerate(before[1:], 1) if COORD.fullmatch(
                text, resolved[before[k - 1]][0].end, resolved[i][0].start) and resolved[i][1] not in (actor1, "Civilians")]
            # (countries named as such: "Turkey and Russia agreed a ceasefire")
            joined += [n for p in ctx.places if clause.start <= p.start < tpos and p.value.feature_code == "PCLI"
                       and (n := self.actors.country_actor.get(p.value.country)) and n != actor1
                       and re.search(r"\band\s+(?:the\s+)?$", text[max(clause.start, p.start - 10):p.start])]
            actor2 = joined[0] if joined else None
        brokered = trig.category == "agreement" and re.match(r"(?:brokered|mediated)\b", text[tpos:tend], re.I)
        if brokered:
            # "Russia and Turkey brokered an agreement for rebels ... to leave": the brokers are no party; those the
            # deal is for are
            after_parties = list(dict.fromkeys(n for a, n in resolved if a.start >= tend and n != "Civilians"))
            actor1, actor2 = (after_parties + [None, None])[:2]
        elif trig.category == "agreement" and re.match(r"(?:freed|released|swapped|exchanged)\b", text[tpos:tend], re.I) and (
                subj := next((n for a, n in reversed(resolved) if clause.start <= a.start < tpos and n != "Civilians"),
                             None)):
            # "Syrian rebels freed 19 government soldiers ... in exchange for 22 detainees": the side that freed them
            # and the side whose men they were
            other = next((n for a, n in resolved if a.start >= tpos and n not in (subj, "Civilians")), None)
            actor1, actor2 = subj, other
        if trig.category == "agreement" and not brokered and actor2 in (None, "Civilians"):
            # "Rebel negotiators and Russian military officers agreed ...", "Iraqi and Peshmerga commanders agreed",
            # "Jaish al-Islam and government negotiators swapped prisoners": the sides whose envoys made the deal
            found = [(a.start, n) for a, n in resolved if clause.start <= a.start < tpos and n != "Civilians"]
            for pm in _PARTY_ENVOYS.finditer(text, clause.start, tpos):
                if (n := self._envoys_side(pm, country)) is not None:
                    found.append((pm.start(), n))
            sides = list(dict.fromkeys(n for _, n in sorted(found)))
            if len(sides) >= 2 and " and " in text[min(st for st, _ in found):tpos]:
                actor1, actor2 = sides[0], sides[1]
        if trig.category == "agreement" and (talks := _TALKS_BETWEEN.search(text, sent.start, sent.end)):
            # "a ceasefire took hold ... after talks between Ahrar al-Sham and Iranian negotiators": its parties
            parties = list(dict.fromkeys(
                n for a in ctx.actors if talks.end() <= a.start < min(sent.end, talks.end() + 120)
                and (n := self._resolve_actor(a, country, ctx)) and n != "Civilians"))
            if parties:
                actor1, actor2 = parties[0], (parties[1] if len(parties) > 1 else None)
        if own_agent is not None and actor1 != own_agent:
            actor1, actor2 = own_agent, (None if actor2 == own_agent else actor2)
        if trig.territory and actor2 == "Civilians":
            actor2 = None  # civilians hold no ground: "overran the district and killed dozens of its residents"
        if actor2 is None and actor1:
            # "the second provincial capital to slip out of Assad's hands", "its first action against Assad's
            # forces": the other side by a person's
            for pm in persons:
                side = pm.value.affiliation
                if tend <= pm.start < sent.end and side and side != actor1 and _HANDS_AFTER.match(text, pm.end):
                    actor2 = side
                    break
        if actor2 is None and actor1 in self.actor_info:
            # Whoever they fought: an enemy named later in the sentence, a person's side ("at his convoy"),
            # else the story's most salient enemy.
            allies = self.theatre.allies_of(actor1) | {actor1}
            subject = [k for k, (a, n) in enumerate(resolved) if a.start < tpos and n == actor1][:1]
            while subject and subject[-1] + 1 < len(resolved) and resolved[subject[-1] + 1][0].start < tpos and \
                    COORD.fullmatch(text[resolved[subject[-1]][0].end:resolved[subject[-1] + 1][0].start]):
                subject.append(subject[-1] + 1)
            for k in subject[1:]:  # ("helped Kurdish Peshmerga and Iraqi special forces retake ...": both sides' allies)
                if resolved[k][1] in self.actor_info:
                    allies |= self.theatre.allies_of(resolved[k][1]) | {resolved[k][1]}
            for a, n in resolved:  # "US air strikes helped Kurdish Peshmerga and Iraqi special forces retake": the helped
                if n in self.actor_info and re.search(r"\b(?:help(?:ed|ing|s)?|back(?:ed|ing)|support(?:ed|ing)|"
                                                      r"assist(?:ed|ing))\s+(?:[\w\-]+\s+){0,4}?(?:and\s+)?(?:[\w\-]+\s+){0,3}?$",
                                                      text[max(sent.start, a.start - 60):a.start], re.I):
                    allies |= self.theatre.allies_of(n) | {n}
            later = [n for a, n in ((a, self._resolve_actor(a, country, ctx)) for a in ctx.actors
                                    if tend <= a.start < min(sent.end, tend + 90) and not self._is_speaker(a, text)
                                    and (a.end <= clause.end or PATIENT_BEFORE.search(text[max(sent.start, a.start - 25):a.start]))
                                    and not re.search(r"(?:,|\band|\bwith)\s+$", text[max(sent.start, a.start - 8):a.start])
                                    and not CONSEQUENCE_BEFORE.search(text[max(sent.start, a.start - 40):a.start])
                                    and not _ABSENT_AFTER.match(text, a.end)
                                    and not (trig.category == "arrests" and _SUSPECTED_LINKS.search(
                                        text, max(tend, a.start - 60), a.start))
                                    and not SUBJECT_AFTER.match(text[a.end:a.end + 40])
                                    # ("attacked the Ain al-Asad airbase, where US Marines are training Iraqi troops")
                                    and not _RELATIVE_CLAUSE.search(text, tend, a.start))
                     if n and n not in allies and n != "Civilians"]
            if not later and trig.territory:
                # "army units restored security to the Ghmam hills overlooking the road to Kinsibba after fierce
                # clashes with Jabhat al-Nusra terrorists": the side the sentence says they fought for it ("with" after
                # "clashes", not a partner)
                later = [n for a in ctx.actors if tend <= a.start < sent.end and _CLASHED_WITH_BEFORE.search(
                    text, max(tend, a.start - 40), a.start) and (n := self._resolve_actor(a, country, ctx))
                    and n not in allies and n not in ("Civilians", UNIDENTIFIED)][:1]
            held = HELD_BY.search(text[clause.start:min(sent.end, tpos + 200) if trig.territory else tpos]) or _ENCLAVE_OF.search(
                text, clause.start, min(sent.end, tend + 60))  # ("an offensive against the Kurdish enclave of Kobani")
            if held and (trig.territory or held.re is _ENCLAVE_OF):
                holder = self._holder(held, country, ctx)
                if holder and holder not in allies:
                    later.insert(0, holder)
            if trig.territory and not later and (ended := _SIEGE_ENDED.search(text, tend, sent.end)):
                # "broke through to Nubl and Zahraa ..., ending a rebel siege": the besiegers lost the ground
                later = [n for n in [*(self._resolve_actor(a, country, ctx) for a in ctx.actors
                                       if ended.start() <= a.start < ended.end()), self._holder(ended, country, ctx)]
                         if n and n not in allies and n not in ("Civilians", UNIDENTIFIED)][:1]
            pers = [pm.value.affiliation for pm in persons if sent.start <= pm.start < sent.end and pm.value.affiliation
                    and pm.value.affiliation not in allies]
            if actor2 is not None:
                pass  # the holder of the place hit
            elif trig.category in ("riot", "protest") and pers:
                actor2 = pers[0]
            elif later and trig.category not in ("massacre", "abduction", "sexual", "destruction", "riot", "airstrike"):
                actor2 = later[0]
            elif trig.territory and (rest := [n for n in (self._resolve_actor(a, country, ctx) for a in ctx.actors
                                                          if tend <= a.start < sent.end and _LEFT_AFTER.match(text, a.end))
                                              if n and n not in allies and n not in ("Civilians", UNIDENTIFIED)]):
                actor2 = rest[0]  # "retaken all of Aleppo after the last buses carrying rebel fighters left"
            elif (country is None or country in self.theatre.countries) and (
                    trig.territory or trig.category in ("airstrike", "shelling", "clash")):
                # (a fight names its enemy less often than a capture: "Government troops made gains in the Latakia
                # mountains" was against the story's enemy; the guess is marked, see _capture_of)
                # (abroad, e.g. Sirte in Libya, the story's Syrian sides are no guess for whom it was against)
                # "militants", "the group('s)": the story's armed group, unless actor1 is the one they denote
                # (not the words that name actor1 itself: "The insurgents took Idlib city")
                named = [(a.start, a.end) for a, n in resolved if n == actor1]
                # ("Islamist insurgents led by Jabhat al-Nusra seized ...": the words name actor1 too)
                named += [(mm.start(), mm.end()) for mm in MILITANT_WORDS.finditer(text, clause.start, tpos)
                          if any(_LED_BY.fullmatch(text, mm.end(), s_) for s_, _e in named if s_ > mm.end())]
                militants = actor1 != self.militant_actor and any(
                    not any(s_ <= mm.start() < e_ for s_, e_ in named)
                    for mm in MILITANT_WORDS.finditer(text, sent.start, sent.end))
                # a state's own forces retaking ground there took it from an armed group, not another of its forces
                own = actor1 in self.actor_info and self.actor_info[actor1].kind == "state force" and \
                    self.actor_info[actor1].country == country and trig.territory
                # a side that fights only some ("Coalition aircraft carried out dozens of strikes around Mosul"):
                # one of those, not the story's other sides
                foes = self._enemies(actor1)
                # ("where the jihadists are making a last stand": a group the pack says "the jihadists" denote, not
                # the Kurdish alliance the story named more often)
                jihadists = militants and actor1 not in self._jihadist_groups and any(
                    not any(s_ <= jm.start() < e_ for s_, e_ in named)
                    for jm in _JIHADIST_WORD.finditer(text, sent.start, sent.end)) and self._jihadist_groups
                only = set(foes) or (set(self._jihadist_groups) if jihadists else None)
                if militants and not only:
                    # "the group's fighters" in a story that called the jihadists so and the Kurdish-led alliance it
                    # told of more often only "the alliance": a group the story named, or called a group or militants
                    only = {n for a in ctx.all_actors if (_by_name(a) or MILITANT_WORDS.search(a.text))
                            and (n := self._resolve_actor(a, country, ctx)) and n not in allies} or None
                actor2 = self._salient(ctx, exclude=allies, prefer_country=None if own else country,
                                       kinds=("armed group",) if militants else ("armed group", "militia") if own
                                       else ("armed group", "state force", "militia"), only=only)
                if actor2 is None and jihadists and self.militant_actor not in allies:
                    actor2 = self.militant_actor
                if actor2 is None and militants:
                    actor2 = self._unnamed_group(ctx)  # "a command centre of the group near Mosul"
                ctx.guessed_enemy = actor2
                conf -= 0.05
        if actor1 is None and trig.category in ("protest", "riot", "mob") and "Civilians" in self.actor_info and \
                re.search(r"\b(?:people|residents|protesters|demonstrators|crowds?|mob|students|workers|villagers)\b",
                          text[sent.start:tend], re.I):
            actor1 = "Civilians"  # protesters and rioters are civilians unless the text names a group
        if trig.category in ("riot", "mob") and "Civilians" in self.actor_info and _BY_CROWD.match(text, tend):
            actor1, actor2 = "Civilians", None  # "was pelted with stones by angry residents": the crowd did it
        if trig.category == "protest":
            actor2 = None  # what a peaceful protest is against is no party to it (ACLED: no second actor)
        if trig.category == "group_activity" and not re.match(r"pledged|merged", text[tpos:tend], re.I):
            actor2 = None  # a group that changes is the one actor ("defected to IS", "dissolved into HTS, led by ...")
        if trig.category == "group_activity" and re.match(r"formed|founded|created|launched|announced", text[tpos:tend], re.I) and (
                new := next((n for a, n in resolved if tend <= a.start and _NEW_GROUP_NAMED.fullmatch(text, tend, a.start)
                             and n != "Civilians"), None)):
            # "Seven factions announced a joint operations room called Jaish al-Fatah", "announced a new alliance,
            # the Syrian Democratic Forces": the group that came into being is the one that changed
            actor1, actor2 = new, None
        if trig.category == "group_activity" and re.match(r"broke\s+away", text[tpos:tend], re.I):
            # "Several senior commanders broke away from Ahrar al-Sham": the group that split
            actor1 = next((n for a, n in resolved if tend <= a.start <= tend + 6), actor1)
        if trig.category in ("protest_force", "protest_intervention") and "Civilians" in self.actor_info:
            # ACLED codes a protest met with force by its protesters, the force second: "guards at a Jaish al-Islam
            # office opened fire on residents protesting ..."
            force = actor1 if actor1 != "Civilians" else (actor2 if actor2 != "Civilians" else None)
            actor1, actor2 = "Civilians", force
        if actor1 == "Civilians" and trig.category not in ("protest", "riot", "mob", "agreement", "protest_force",
                                                           "protest_intervention"):
            # ("missiles struck a children's hospital, killing 14": civilians are whom violence happens to)
            actor1, actor2 = None, actor2 or "Civilians"
        if trig.category == "airstrike" and _UNKNOWN_AIRCRAFT.search(text, sent.start, tend):
            actor1 = None  # "Unidentified warplanes struck Raqqa": no air force is named, none is guessed
        if trig.category == "clash" and actor1 and actor2 and _REPELLED.match(text, tpos) and (
                attack := _ATTACK_BY_AFTER.match(text, tend)) and any(
                n == actor2 and tend <= a.start < attack.end() + 50 and not re.search(r"[,;]|\b(?:on|near|at|in)\b",
                                                                                     text[attack.end():a.start])
                for a, n in resolved):
            # "Peshmerga forces repelled an assault by Islamic State fighters", "beat back an Islamic State attack":
            # the attacker named in the attack first (who began it; not "beat back an attack ..., killing militants")
            actor1, actor2 = actor2, actor1
        if trig.category == "agreement" and (actor1 is None) != (actor2 is None) and (one := actor1 or actor2) and (
                other := next((n for a, n in resolved if n not in (one, "Civilians") and not self._is_speaker(a, text)
                               and not re.match(r"-?(?:brokered|mediated|sponsored|backed)\b", text[a.end:a.end + 12], re.I)
                               and not _BROKERED_AFTER.match(text, a.end)
                               and (one not in self.actor_info or n not in self.theatre.allies_of(one))), None)):
            # "Kurdish YPG fighters took control of Hasakah after a week of clashes with government forces, who were
            # left with a small zone under a truce agreed the same day": the other side the sentence names
            actor1, actor2 = (one, other) if actor1 else (other, one)
        if actor2 is None and opening_when is not None and opening_when.end() <= tpos and trig.category in (
                "suicide", "ied", "shelling", "airstrike", "clash") and _THEIR_SITE.match(text, tend) and (
                named := [n for a, n in resolved if a.start < opening_when.end() and n not in (actor1, "Civilians")]):
            # "Hours after the Kurds moved in, a car bomb struck one of their checkpoints": theirs, named in the
            # time clause
            actor2 = named[-1]
        by_from = by_in.end() if (by_in := _PASSIVE_BY_IN.match(text, tpos, tend)) else (
            tend if trig.category in ("destruction", "airstrike", "shelling") and _PASSIVE_AUX_BEFORE.search(
                text, max(sent.start, tpos - 25), tpos) and re.match(rf"{_TIME_BEFORE_BY}\s+by\s", text[tend:tend + 30])
            else None)
        by_to = (tend + 2 if by_in else min(tend + 50, (text.find(",", tend, tend + 50) + 1 or tend + 51) - 1)
                 ) if by_from is not None else 0
        if by_from is not None and (agent := next((
                n for a, n in resolved if by_from <= a.start < by_to and n != "Civilians"), None)) and agent != actor1:
            # "57 DAESH targets ... were hit by Turkish artillery units", "targets were destroyed by Turkish Air Force
            # aircraft": a trigger read as active whose agent is named after "by" (in the match, or just after it)
            # acted, and the side named before it was hit
            actor1, actor2 = agent, (actor1 if actor1 not in (None, agent) else actor2)
        if trig.frame == "active" and getattr(self.actor_info.get(actor1 or ""), "kind", None) != "armed group" and (
                _THE_GROUP_DID.search(text, max(sent.start, tpos - 40), tpos)) and (group := (
                ctx.prev_groups[0] if len(ctx.prev_groups) == 1 else None) or self._salient(
                ctx, exclude=set(), kinds=("armed group",)) or self._unnamed_group(ctx)) and group != actor1:
            # "ending militant rule over the town that began when fighters of the group seized it", "after the group
            # seized the border town": the group is who did it (not the sentence's subject)
            actor1, actor2 = group, (actor1 if actor2 in (None, group) and actor1 != group else actor2)
        if actor1 is None and actor2 is None:
            conf -= 0.15
        elif actor1 and any(n == actor1 for _a, n in resolved):
            conf += 0.1
        return actor1, actor2, resolved, conf

    @staticmethod
    def _coordination_head(before: list[int], resolved: list[tuple[Mention, str]], text: str) -> int:
        """The first actor of a coordinated subject ("Turkish tanks and allied Syrian rebels" -> Turkish); but a
        coalition named with one of its members is the coalition ("U.S. and coalition military forces")."""
        i = before[-1]
        k = before.index(i)
        last = i
        while k > 0:
            prev = before[k - 1]
            gap = text[resolved[prev][0].end:resolved[i][0].start]
            if COORD.fullmatch(gap):
                i, k = prev, k - 1
            else:
                break
        if resolved[i][1] == "United States" and resolved[last][1] == "US-led coalition" and last != i:
            return last
        return i

    def _reportable(self, trig: Trigger, m: re.Match[str], text: str, dates: list[DateSpan], offset: int,
                    sentence: str = "", told: bool = False) -> bool:
        """Whether a trigger match reports an event that happened (not an aim, a support role, a total)."""
        if (irr := self.patterns.irrealis_before.search(text[: m.start()])) is not None and _LEADING_TIME_CLAUSE.match(
                text) and (comma := text.find(",", irr.end(), m.start())) >= 0:
            # "Hours after parliament voted to extend air strikes to Syria, British jets bombed the Omar oil field": the
            # vote is told in the time clause, the main clause after its comma is the act
            irr = self.patterns.irrealis_before.search(text[comma + 1: m.start()])
        if irr is not None and trig.category == "arrests" and _SUSPECTED_OF.fullmatch(irr.group(0)):
            irr = None  # "Forty-two people suspected of belonging to the group were arrested": whom they held
        if irr is not None and not ((_NEGATED_MAIN.match(irr.group(0)) or (
                # "repair crews could not reach the section until the security forces regained the district": a
                # past inability, and the act in the "until" clause happened
                re.fullmatch(r"could", irr.group(0), re.I) and re.match(r"\s+not\b", text[irr.end():])))
                and _WHEN_CLAUSE.search(text, irr.end(), m.start())):
            # (but "She had not slept for three nights when the barrel bombs began falling": the negation is the
            # main clause's, the act is in the "when" clause)
            return False
        head = text[max(0, m.start() - 40): m.start()]
        if trig.category == "agreement" and _BROKERED_THE_DEAL.match(m.group(0)):
            return False  # "Iran and Turkey mediated the deal": who brokered one told before, no second deal
        if trig.category == "suicide" and _OF_THEM_BEFORE.search(head) and re.fullmatch(
                r"suicide\s+(?:car\s+|truck\s+)?bombers?", m.group(0), re.I):
            return False  # "Eleven of the attackers, two of them suicide bombers, were killed": who the dead were
        if re.search(r"s$", m.group(0)) and _SHARE_OF_ALL_BEFORE.search(head):
            return False  # "most of the capital's car bombings this year have been claimed by ...": attacks in general
        if _EVERY_BEFORE.search(head) or _IN_EVERY_AFTER.match(text, m.end()):
            return False  # "she had fought in every battle of our units since Kobani": battles in general
        if trig.id == "air_pronoun" and not ((air := _AIRCRAFT_MENTION.search(sentence)) and (
                air.start() < sentence.find(m.group(0)))):
            return False  # "they pounded ..." is the aircraft's only after the sentence named aircraft
        if sentence and _HEADER_LABEL.match(sentence):
            return False  # a cable's or a memo's header ("SUBJECT: Sadrists storm parliament; ..."): the body tells it
        if sentence and len(sentence.split(None, 2)) <= 2 and not re.search(r"\d|[.!?]\W*$", sentence.strip()):
            return False  # a heading ("Kidnapping", "Air strikes") names a subject, tells no act ("Nine died." does)
        if trig.territory and _STATE_OF_PLACES_AFTER.match(text, m.end()) and re.search(
                r"\b(?:the|of|in|to|newly|recently|all|its|their)\s+$", head, re.I) and re.fullmatch(
                r"(?:liberated|captured|recaptured|occupied|seized|retaken|freed|held)", m.group(0), re.I):
            return False  # "to the citizens of the liberated districts of the left bank": what the districts are
        if trig.category == "airstrike" and _STRUCK_NO_TARGET_AFTER.match(text, m.end()):
            return False  # "The helicopter struck power lines while flying low": an accident, no strike
        if _YET_TO_BE.match(text, m.end()):
            return False  # "mass graves near Sinjar had yet to be exhumed": what is still to be done, no act found
        if trig.id == "ied_noun" and _DESTROYED_BY_BEFORE.search(head):
            return False  # "The temple was largely destroyed by explosions": a demolition, told by its verb
        if trig.territory and _OF_THE_BEFORE.search(head) and PEOPLE_NOUN_AFTER.match(text, m.end()):
            return False  # "the mass execution of captured soldiers", "shot dead 20 captured soldiers": what they were
        if trig.category != "arrests" and _SUSPICION_OF.search(head):
            return False  # "arrested 15 men on suspicion of running a kidnapping ring": what they are suspected of
        if trig.territory and _TERRITORY_THEY_TOOK.search(head):
            return False  # "have lost much of the territory they seized in 2014": what they hold, no capture told
        if trig.category == "abduction" and re.match(r"(?:abducted|kidnapped)\b", m.group(0), re.I) and re.search(
                r"\bthe\s+$", head) and _TAKEN_PEOPLE_AFTER.match(text, m.end()):
            return False  # "the release of the abducted men": people taken before, told again
        if trig.category == "arrests" and re.match(r"detained\b", m.group(0), re.I) and re.search(
                r"\b(?:a|an|the|two|three|several)\s+$", head, re.I):
            return False  # "throwing a detained man off a cliff": the man's state, no arrest told
        if trig.id == "soft_entry" and re.match(r"\s*(?:the\s+)?(?:[\w\-']+\s+){1,2}(?:province|governorate|region)\b",
                                                text[m.end():m.end() + 50], re.I):
            return False  # "Turkish troops moved into Idlib province and set up observation posts": a deployment
        if trig.territory and trig.category == "capture" and _MATERIEL_AFTER.match(text, m.end()):
            return False  # "seized two tanks and a store of ammunition ... during clashes": arms taken, no ground
        if trig.territory and _OWN_MEN_OVER.match(text, m.end()):
            return False  # "took their fighters over to Hayat Tahrir al-Sham": a defection, not people taken
        if trig.territory and _NOT_GROUND_AFTER.match(text, m.end()):
            return False  # "captured the headlines", "captured the market", "seized the initiative": no ground
        if trig.territory and re.match(r"recover", m.group(0), re.I) and _THING_RECOVERED.match(text, m.end()):
            return False  # "shot down a drone ... and recovered it intact", "recovered the bodies": no ground
        if trig.territory and re.match(r"taken\b", m.group(0), re.I) and _PICTURES_BEFORE.search(head):
            return False  # "satellite images of the valley taken between September and February": no ground
        if trig.category in ("arrests", "abduction") and _PROTESTED_BEFORE.search(head):
            return False  # "several thousand people marched against the arrests": the arrests told before
        if _CLAIMED_ATTACK.match(m.group(0)) and _CLAIMED_THE_BEFORE.search(head):
            return False  # "Amaq claimed the bombing on Friday": the bombing told before (see _claimed_by)
        if trig.category == "clash" and _HELD_BEFORE_VICTIMS.match(text, m.end()):
            return False  # "fighters shot dead 20 captured government soldiers": prisoners killed (the massacre's)
        if trig.frame == "drive_out" and _PEOPLE_DRIVEN.search(m.group(0)):
            return False  # "expelled Arab families from villages near Kirkuk": people driven out, no ground taken
        if trig.category == "clash" and re.match(r"(?:[\w\-]+\s+)?attack(?:ed|s)?\b", m.group(0), re.I) and (
                _WITH_WEAPONS_AFTER.match(text, m.end())):
            return False  # "attacked our units around al-Bab with vehicle-borne suicide bombs": the bombing tells it
        if trig.category == "airstrike" and _LABOUR_STRIKE.match(text, m.start()):
            return False  # "pulled down their shutters in a strike against new taxes": a labour strike
        if trig.category in ("airstrike", "shelling", "clash") and re.search(
                r"\b(?:lull|pause|halt|respite|break|let-up|letup)\s+(?:in|from|to)\s+(?:the\s+)?(?:[\w\-]+\s+)?$", head, re.I):
            return False  # "Taking advantage of a lull in air strikes, crowds came out": no strike told
        if trig.category == "protest" and m.group(0).lower() == "protest" and re.search(
                r"\b(?:walked|walking|walk|stormed|storming|pulled|pulling)\s+out\b[^.;]{0,80}\bin\s+$|\b(?:withdrew|resigned|"
                r"quit|boycotted|suspended)\b[^.;]{0,80}\bin\s+$", text[max(0, m.start() - 120):m.start()], re.I):
            # "Opposition delegates walked out of the signing ceremony in protest", "the Nusra Front pulled out in
            # protest at a Turkish-US plan": a walkout or a withdrawal, no protest
            return False
        if trig.category == "clash" and re.match(r"fought|battled", m.group(0), re.I) and re.search(
                r"\b(?:had|have|has)\s+$", head) and _OBJECT_FOR_A_SPAN.match(text, m.end()):
            return False  # "The tribe had fought the jihadists for weeks before ...": a span of fighting, no act dated
        if trig.id == "killed_by" and not _ARMED_VICTIMS.search(text[:m.start()]):
            return False  # (civilians "shot dead by gunmen" are the massacre trigger's)
        if m.group(0).lower().startswith("laid") and re.search(r"\b(?:before|after|until|since|when|once)\s+(?:[\w\-]+\s+){0,3}$",
                                                              head, re.I):
            return False  # "before the jihadists laid siege to it in the summer of 2014": a time told by a siege
        if trig.category == "ied" and _AIR_BOMB_BEFORE.search(head):
            return False  # "Bunker-buster bombs hit eastern Aleppo": bombs from the air (the air strike trigger's)
        if trig.category == "ied" and _MET_WITH.search(head):
            return False  # "entered the district, meeting sniper fire and booby traps": what the advance met
        if _TOLD_AFTER.match(text, m.end()) and re.fullmatch(r"(?:massacre|bombing|killings?|attack|ambush)",
                                                             m.group(0), re.I):
            return False  # "the Camp Speicher massacre, in which militants killed hundreds of cadets": told next
        if _REMEMBERED_BEFORE.search(head) and (getattr(trig, "nominal", False) or re.match(
                r"(?:massacre|bombing|killings?|siege|battle)\b", m.group(0), re.I)):
            return False  # "Veterans of the battle for Kobani held a reunion", "a memorial to the victims of the
            # Karrada bombing": an event remembered by name, told (if at all) where it is dated
        if getattr(trig, "nominal", False) and _IN_CONNECTION_WITH.search(head):
            return False  # "arrested 11 suspects in connection with the airport bombing": the bombing told elsewhere
        if _TIME_POSSESSIVE.search(head) and re.search(r"\b(?:which|where|whom)\b", text[max(0, m.start() - 80):m.start()]):
            return False  # "the air base from which this week's chemical attack was launched": an event told elsewhere
        if _TO_BEFORE.search(head) and trig.category not in ("massacre",) and not re.search(
                r"\b(?:went\s+on|go\s+on|goes\s+on|proceeded|managed|were\s+able|was\s+able)\s+to\s+$", head) and not (
                trig.category == "protest" and re.search(r"\b(?:came\s+out|gathered|assembled|marched|rallied|took\s+to\s+"
                                                         r"the\s+streets)\b[^.;]{0,80}$", text[max(0, m.start() - 120):m.start()])):
            # "a campaign to retake Mosul": an aim, not an event (but "went on to blow up": done; "crowds came out in
            # Saraqeb on Friday to chant the slogans": the protest they held)
            return False
        if ("every" in text or "each" in text or "Every" in text or "Each" in text or "daily" in text or "ally" in text
                or "tend" in text) and HABITUAL.search(text):
            return False  # "public executions every Friday": a way of life, not one event
        if trig.category == "clash" and "ince" in head and re.search(
                r"\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,2}$", head, re.I):
            return False  # "since the (Mosul) campaign against the group began": a time reference, not an event
        if trig.category == "clash" and "nd" in head and re.search(
                r"\b(?:ended|ending|end|halted|halting|halt|stopped|stopping|stop)\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,3}?$",
                head, re.I) and re.match(r"(?:fighting|clashes|battles?)\b", m.group(0), re.I):
            return False  # "a truce that ended days of fighting between the two groups": what the truce ended
        if trig.category == "clash" and _RAID_NOUN.match(m.group(0)) and _ARRESTED_BEFORE.search(text, 0, m.start()):
            return False  # "intelligence officers arrested Abu Ayman ... in a raid on a house": the arrest's raid
        if trig.id == "clash_kill" and _FIRED_BY_BEFORE.search(head):
            return False  # "Mortar rounds fired by Islamic State fighters killed three ...": the shelling killed them
        if trig.category in ("airstrike", "shelling", "ied", "suicide") and "fter" in head and _THE_ATTACK_NOUN.match(
                m.group(0)) and _OPENING_AFTER.search(head) and re.match(r"\s*,", text[m.end():m.end() + 3]):
            return False  # "Hours after the strike, Turkish F-16s hit ...": the act told before, as a time
        if trig.category == "group_activity" and "fter" in head and re.search(
                r"\bafter\s+(?:the\s+group|the\s+jihadists|the\s+militants|it|they)\s+$", head, re.I):
            return False  # "days after the group declared its so-called caliphate": a time told by it
        if trig.category == "clash" and "fter" in head and re.match(
                r"(?:offensive|push|assault|campaign|operations?)\b", m.group(0), re.I) and re.search(
                r"\bafter\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,2}$", head, re.I) and not re.match(
                r"\s+(?:in|on|last|this|early|late)\s", text[m.end():m.end() + 8]):
            # "fell to Iraqi forces on Thursday, two weeks after the offensive began": a time told by it (but "two
            # months after their assault on the city began in June" dates the assault too)
            return False
        if _BEEN_BEFORE.search(head) and _FOR_A_SPAN.match(text, m.end()):
            return False  # "two villages that have been encircled for months by an insurgent alliance": a state
        if _PERFECT_BEFORE.search(head) and ONGOING_SINCE.match(text, m.end()):
            return False  # "The jihadists have besieged parts of the city since early 2015": a state, not an event
        if ", which" in head and re.search(r"\b(?:the|these|those|both)\s+(?:[\w\-]+\s+)?(?:attacks?|bombings?|blasts?|"
                                           r"explosions?|strikes?)\s*,\s*which\s+(?:had\s+|have\s+)?$", head, re.I):
            return False  # "Islamic State claimed the attacks, which killed 31 people": the attacks told before
        if _SHARE_OF_BEFORE.search(head) and trig.category not in ("capture",) and not re.search(
                r"\b(?:attackers|assailants|gunmen|fighters|militants|bombers|men)\s+$", head, re.I):
            # (but "Some of the attackers blew themselves up": some of the people who did it)
            return False  # "IS has carried out most of the suicide bombings in the city since the summer": a tally
        if trig.category == "clash" and m.group(0)[:3].lower() == "cut" and re.search(
                r"\b(?:the|its|this|that)\s+(?:capture|recapture|seizure|fall|advance|offensive|takeover|victory)\s+"
                r"(?:of\s+[\w\-]+\s+)?(?:has\s+|had\s+|also\s+)?$", head, re.I):
            return False  # "officials said the capture cut Highway 47": what the capture told before did
        if trig.territory and m.group(0).lower() == "capture" and re.search(
                r"\b(?:that|this|the|its)\s+(?:[\w\-]+\s+)?$", head, re.I) and not re.match(r"\s+(?:of|by)\b",
                                                                                   text[m.end():]):
            # "months before that first capture", "officials said the capture cut Highway 47": the capture told
            # before, not another one (but "the capture of Sinjar" names what it took)
            return False
        if (" for " in head or " to " in head or "against" in head) and REASON_BEFORE.search(head):
            return False  # "in retaliation for French air strikes": the reason given for an event, reported elsewhere
        if trig.category == "airstrike" and SUPPORT_BEFORE.search(head):
            return False  # "backed by US-led air strikes": support of the ground event, not an event of its own
        if trig.category in ("airstrike", "shelling", "suicide", "ied") and NOT_AN_ATTACK_BEFORE.search(head) and not \
                re.match(r"(?:blew|detonated|self-detonat)", m.group(0), re.I):
            return False  # "after clearing roadside bombs", "fighting against snipers and suicide car bombs" (but "a
            # man wearing an explosive-laden jacket blew himself up" did it)
        if trig.category in ("ied", "suicide", "airstrike", "shelling", "chemical") and \
                REFERENCE_AFTER.match(text, m.end()) and (REFERENCE_BEFORE.search(head) or (
                    not head.strip() and re.match(r"(?:the|these|those)\s", m.group(0), re.I))):
            return False  # "The blast came a day after ...": the attack just reported, not another one
        if told and trig.category in ("ied", "suicide", "airstrike", "shelling", "attack") and \
                REFERENCE_TOLL.match(text, m.end()) and REFERENCE_SAID.search(head) and (re.search(
                    r"\b(?:the|this|that)\s+(?:[\w\-]+\s+)?$", head, re.I) or re.match(r"(?:the|this|that)\s", m.group(0),
                                                                                  re.I)):
            return False  # "The Syrian army said the strike killed six people": the toll of the attack reported
        if told and trig.category in ("ied", "suicide", "airstrike", "shelling", "attack", "chemical") and re.search(
                r"\b(?:ordered|authori[sz]ed|approved|defended|justified|condemned|denounced|called|described|hailed|"
                r"praised|criticised|criticized|welcomed)\s+(?:the\s+)?(?:[\w\-]+\s+)?$", head, re.I) and (
                re.search(r"\bthe\s+(?:[\w\-]+\s+)?$", head, re.I) or re.match(r"the\s", m.group(0), re.I)):
            return False  # "Trump said he had ordered the strike", "Russia called the strike an act of aggression"
        if told and trig.category == "massacre" and m.group(0)[:4].lower() == "kill" and TOLD_ATTACK_BEFORE.search(head):
            return False  # (the same sentence read by its verb)
        if trig.category in ("ied", "suicide", "airstrike", "shelling", "attack", "massacre") and \
                REFERENCE_JUDGED.match(text, m.end()) and REFERENCE_SAID.search(head) and (
                re.search(r"\b(?:the|this|that)\s+(?:[\w\-]+\s+)?$", head, re.I) or
                re.match(r"(?:the|this|that)\s", m.group(0), re.I)):  # "the strike": a definite one
            return False  # "Russia has said the strike was an error": of the attack just reported
        if trig.territory and re.fullmatch(r"(?:re)?captured|seized", m.group(0), re.I) and re.search(
                r"\b(?:a|an|the|its|their|his|her|two|three|several)\s+$", head, re.I):
            return False  # "a video showing a captured Jordanian pilot": a participle as adjective, not an act
        if trig.category == "destruction" and (CONSEQUENCE_OF_ATTACK.search(text, 0, m.start())
                                               or WEAPONS_SUBJECT.match(sentence) or _WEAPON_SUBJECT_BEFORE.search(head)):
            return False  # "The blast destroyed several buildings", "the council said the bombardment had set several
            # buildings on fire": what the attack just reported did
        if trig.category in ("ied", "suicide", "airstrike", "shelling", "attack", "massacre") and \
                REFERENCE_IT_WAS.search(text, 0, m.start()):
            return False  # "It was the deadliest bombing in the capital this year"
        if trig.category == "airstrike" and "sorties" in sentence and _SORTIE_TALLY.search(sentence):
            return False  # "performed 64 sorties and hit 212 terrorist targets in the provinces of ...": a day's tally
        if "killed" in text and TOTAL_TOLL.search(text):
            return False  # a death toll over a period: a claim
        if trig.category in ("airstrike", "shelling", "suicide", "ied") and (
                ((agg := AGGREGATE_BEFORE.search(head) or AGGREGATE_AFTER.match(text, m.end())) and not (
                    dates and all((d.end - d.start).days <= 7 for d in dates) and not _EXACT_COUNT.search(agg.group(0))))
                or (SINCE_COUNT.search(text, 0, m.start()) and _SINCE.search(sentence))
                or _TALLY_INSIDE.search(m.group(0))):
            return False  # "more than 10,000 air strikes since 2014", "aircraft had carried out more than 4,000
            # strikes", "flown 510 sorties ... over the past week": a tally, a claim (not "hundreds of strikes ... since
            # Monday": a few days' raids told as such)
        if trig.category in ("airstrike", "shelling", "suicide", "ied", "massacre") and _TOLL_SINCE.search(sentence):
            return False  # "Since June, about 1,500 civilians have been killed or wounded by mines": a running toll
        if "such" in sentence or "includ" in sentence or "like" in sentence:
            at = sentence.find(text)
            if at >= 0 and _KIND_OF_ATTACK_BEFORE.search(sentence, max(0, at + m.start() - 90), at + m.start()):
                return False  # "insurgent tactics, such as roadside bombs and suicide attacks": a kind, not an act
        if trig.territory and _GERUND_TAKING.match(m.group(0)) and re.search(r"\bafter\s+$", head) and (
                _PLANNED_BEFORE.search(sentence[:max(0, sentence.find(text))] if text in sentence else "")):
            return False  # "his troops would push on to Manbij after taking al-Bab": a plan's step
        if trig.category == "suicide" and (reveal := SUICIDE_REVEAL.search(text)) and reveal.end() >= m.start():
            return False  # "the explosions appeared to have been set off by two suicide bombers": how, not a new attack
        if trig.category == "agreement" and (DEAL_FAILED_AFTER.match(text, m.end()) or DEAL_ENDED_BEFORE.search(head)):
            return False  # "as a partial truce collapsed", "ending a ceasefire that had held": the end of a deal
        if trig.category == "agreement" and (_DEAL_SOUGHT_BEFORE.search(head) or _DEAL_OFFERED_AFTER.match(text, m.end())):
            return False  # "talks on a ceasefire for Madaya were postponed", "a truce offered to fighters in Rastan": no
            # deal made
        indefinite = re.match(r"an?\s", m.group(0)) or re.search(r"\ban?\s+$", head)
        if BLAMED_FOR_BEFORE.search(head) and (told or not indefinite):
            # "Turkey blamed Russia for the strike": who is said to have done an attack reported (but "Activists
            # blamed the government for a strike on a hospital ... that killed 27", first told, is the report)
            return False
        if CONDEMNED_BEFORE.search(head) and (told or not any(d.span and d.span[0] - offset >= m.end() for d in dates)):
            # "marched to condemn the bombing": the attack reported, not another one (but "condemned the air strike
            # on the al-Quds hospital on 27 April", first told and dated, is the report)
            return False
        if trig.nominal and AFTER_THE_EVENT.search(head) and (told or trig.category != "capture" or not any(
                d.span and d.span[0] - offset >= m.end() for d in dates)):
            # (but "after the fall of Jisr al-Shughur on Saturday", first told with its own date, is the report)
            return False  # "Hours after the bombing, the PKK said ...": a reference to the attack reported
        if trig.category in ("airstrike", "shelling", "ied", "suicide", "chemical", "capture", "clash") and re.search(
                r"\bwithout\s+(?:a\s+single|any|a)\s+(?:[\w\-]+\s+)?$|\b(?:years|months|weeks)\s+of\s+(?:[\w\-]+\s+)?$",
                head, re.I) and not any(d.span and d.span[0] - offset >= m.end() for d in dates):
            # "Monday passed without a single air strike on Douma", "four years of barrel bombs and sieges": none told
            return False
        if trig.category in ("airstrike", "shelling") and _MUNITIONS_TALLY.search(text):
            return False  # "fired more than 15,000 rounds into Syria over seven months": a tally, no one attack
        if trig.category in ("airstrike", "shelling", "ied", "suicide", "chemical") and _CAUSE_BEFORE.search(head) and \
                not re.match(r"\S*\s+(?:on|against|in|at|near|that|which|by)\b", text[m.end():]) and not any(
                    d.span and d.span[0] - offset >= m.end() and not SAID_ON_BEFORE.search(
                        text, max(0, d.span[0] - offset - 16), d.span[0] - offset) for d in dates):
            # "a vigil for the victims of the air strikes", "fled because of the strikes", "despite the air strikes":
            # attacks named as a cause, none told here (but "the victims of an air strike on a market on Monday")
            return False
        if trig.category == "clash" and re.search(r"\b(?:against|protest(?:ing|ed)?|oppos(?:e|ed|ing))\s+the\s+"
                                                   r"(?:renewed\s+|ongoing\s+)?$", head, re.I):
            return False  # "assembled to march against the renewed fighting between the army and the PKK"
        if re.search(r"\b(?:followed|follows|after)\s+the\s+first\s+(?:[\w\-]+\s+)?$", head, re.I):
            return False  # "The advance followed the first American air raids in the area": told as a reference
        if told and trig.nominal and _TOLL_OF_THE.search(head):
            return False  # "The death toll from the bombing rose to 54 on Monday": the attack already told, recounted
        if trig.nominal and re.match(r"\s+(?:[\w\-'’]+\s+){0,4}?(?:comes|came)\b", text[m.end():]):
            return False  # "The killing of Kuntar comes less than three months after ...": the event told before
        if trig.nominal and not self._own_date(dates, offset + m.start(), offset + m.end(), text, offset) and not (
                trig.category == "ied" and dates and _NOUN_SUBJECT_ACTS.match(text, m.end())):
            # "the fall of Ramadi", "the bombing": a reference to an event, not a report of it (but "Bombings claimed
            # by Islamic State killed scores of people on Sunday": the bombings are the subject of the report)
            return False
        return True

    @staticmethod
    def _story_date(ctx: _Context) -> DateSpan | None:
        """The date an event without one of its own takes: the story's last event date, or before any, the date
        of the latest sentence that gives one ("The army broke the siege on Tuesday" with no event read in it).
        (Not after one: "withdrew after losing villages the previous day" does not date the next sentence.)"""
        for lazy in reversed(ctx.unread):
            if ctx.last_date is not None and not _day_month_no_year(lazy.text):
                continue  # (after an event only a calendar day counts: no need to resolve this sentence's dates)
            found = [d for d in lazy.get() if not d.text.lower().startswith("since") and d.start <= ctx.published
                     # (after an event, only a calendar day: "In the early hours of October 16, troops advanced.
                     # ... by evening federal forces had taken over the governor's office")
                     and (ctx.last_date is None or (d.precision == "day" and _day_month_no_year(d.text)))]
            if found:
                ctx.last_date = found[0]
                break
        ctx.unread = []
        return ctx.last_date

    @staticmethod
    def _own_date(dates: list[DateSpan], tpos: int, tend: int, text: str = "", offset: int = 0) -> bool:
        """Whether a date expression sits right at a nominal trigger ("the seizure in July of", "in July, the ...",
        and at the end of its object: "the killing of five aid workers near Aleppo on Monday")."""
        return any(d.span and (0 <= d.span[0] - tend <= 25 or 0 <= tpos - d.span[1] <= 25
                               or tpos <= d.span[0] < tend  # ("the killing on January 14 of")
                               or (0 <= d.span[0] - tend <= 50 and text and _OBJECT_PHRASE.fullmatch(
                                   text, tend - offset, d.span[0] - offset))) for d in dates)

    def _pick_date(self, dates: list[DateSpan], tpos: int, ctx: _Context, tend: int | None = None,
                   said: bool = True, after: int | None = None) -> DateSpan | None:
        """The date of the event at ``tpos`` among ``dates``; with ``said=False`` never the date of a statement
        ("the Pentagon said on Monday that US aircraft had hit ...": the sentence may date the strike). A date
        between an earlier trigger at ``after`` and this one is that trigger's ("shelled Saraqeb on Monday and
        recaptured Jisr al-Shughur on Tuesday")."""
        past = [d for d in dates if d.start <= ctx.published]
        if not past:
            return None
        # The date expression nearest to the trigger, preferring one after it ("took X on Monday") and a precise
        # one over a vague one ("on Tuesday" over "three months after the start of the campaign").
        coarse = {"day": 0, "week": 30, "month": 60, "year": 90}
        tend = tpos if tend is None else tend
        # "less than three months after a suicide bomber killed 33 people in Suruc on July 20": the event's own day
        # wins over the span counted to it
        own_day = any(d.precision in ("day", "month") and d.span and 0 <= d.span[0] - tend <= 100
                      and not RELATIVE_WORDS.search(d.text) and not re.search(r"\bago\b", d.text)
                      and not _RELATIVE_CLAUSE.search(ctx.article.text, tend, d.span[0]) for d in past)

        pluperfect = re.search(r"\bhad\s+(?:been\s+)?$", ctx.article.text[max(0, tpos - 12):tpos]) is not None
        inner = _relative_clause_at(ctx.article.text, tpos, past)
        dated_inside = inner is not None and any(d.span and inner[0] <= d.span[0] < inner[1] for d in past)
        # ("The town, which Kurdish forces took in November 2015, was shelled": the shelling's date is not the
        # taking's; the clauses of that kind before the trigger)
        closed = _closed_relative_clauses(ctx.article.text, tpos, past)

        def cost(d: DateSpan) -> float:
            if not d.span:
                return 1000.0
            if dated_inside and not (inner[0] <= d.span[0] < inner[1]):  # type: ignore[index]
                return 1000.0  # "Abu Omar, who led the assault on Tabqa in August 2014, was killed on Tuesday"
            if any(s <= d.span[0] < e for s, e in closed):
                return 1000.0
            if d.text.lower().endswith((" after", " before")) and 0 <= tpos - d.span[1] <= 40:
                # "... on Monday, three years after the militants seized the city": the seizure's date (unless the
                # event's own month follows: "a year after a truck bombing killed 300 people there in July 2016")
                return 400.0 if own_day else 0.0
            if d.span[1] <= tpos and SAID_ON_BEFORE.search(ctx.article.text, max(0, d.span[0] - 16), d.span[0]) and \
                    re.match(r"\s*,?\s*that\b", ctx.article.text[d.span[1]:d.span[1] + 8]):
                return 500.0  # "said on Thursday that IS had used chemical weapons ... last week": when it was said
            if d.span[0] >= tend and d.text.lower().startswith("since") and re.search(
                    r",\s+(?:which|who|where)\s", ctx.article.text[tend:d.span[0]]):
                return 1000.0  # "retaken the town of Hit, which militants had held since 2014": the holding's span
            if _FOUNDED_BEFORE.search(ctx.article.text, max(0, d.span[0] - 40), d.span[0]):
                return 1000.0  # "The alliance, formed in October around the YPG, took al-Hawl last month": its founding
            if d.span[0] >= tend and SINCE_CLAUSE.search(ctx.article.text, max(0, tpos - 40), tpos):
                return d.span[0] - tend  # "for the first time since Islamic State seized the city in 2014": its date
            if d.span[0] >= tend and (_RELATIVE_CLAUSE.search(ctx.article.text, tend, d.span[0]) or _PLACE_THE_SIDE_TOOK.search(
                    ctx.article.text, tend, d.span[0])):
                # ("taken Tal Afar, a city the militants captured on 16 June 2014": that capture's date)
                return 1000.0  # "seized the museum, where the jihadists filmed themselves ... in 2015": that clause's
            if d.span[0] >= tend:
                gap = d.span[0] - tend  # after the trigger: "fell to X on Sunday"
                if any(o.span and (o.span[1] <= tpos and o.precision == "day" or tpos <= o.span[0] < d.span[0])
                       for o in past) and SAID_ON_BEFORE.search(ctx.article.text, max(0, d.span[0] - 16), d.span[0]) \
                        and "," in ctx.article.text[tend:d.span[0]]:
                    # "was destroyed late on Wednesday when it was hit ..., MSF said today", "moved its headquarters
                    # into the governor's building in January, residents said on Tuesday": when it was said
                    gap += 300
                if _DEFINING_CLAUSE.search(ctx.article.text, tpos, d.span[0]) and "," not in ctx.article.text[tend:d.span[0]]:
                    # "a vigil on Sunday for the victims of the air strikes that hit the market in August 2015": the
                    # clause that tells which strikes dates them
                    return gap - 100
            elif d.span[1] <= tpos:
                gap = tpos - d.span[1] + 5  # before it: "on Monday, X took ..."
                if re.match(r"\s*,?\s+when\s", ctx.article.text[d.span[1]:d.span[1] + 8]) and not re.search(
                        r"[.;]", ctx.article.text[d.span[1]:tpos]):
                    # "recalled the night in June 2015 when Islamic State fighters ... killed more than 200
                    # residents": the date the "when" clause is told at
                    gap -= 150
                if pluperfect and any(o.span and o.span[0] >= tend for o in past):
                    # "a girl who reached Dohuk on Sunday said fighters had seized her ... in August 2014": the act
                    # told in the pluperfect is dated by its own clause
                    gap += 200
                if after is not None and d.span[0] > after:
                    gap += 200  # (the earlier trigger's date)
                if _RELATIVE_WORD.search(ctx.article.text, d.span[1], tpos) or _FOR_THE_VICTIMS.search(
                        ctx.article.text, d.span[1], tpos):
                    # ("a memorial was unveiled on Thursday for the 48 people killed by a truck bomb ... in July 2016")
                    gap += 300  # "on Sunday in Amerli, the town whose residents were shelled ...": the outer clause's
            else:
                gap = 0  # inside the trigger span
            return gap + coarse.get(d.precision, 0)

        best = min(past, key=cost)
        if cost(best) >= 1000.0:
            return None
        return None if not said and cost(best) >= 500.0 else best

    def _left_under_fire(self, evs: list[Event], sent: Sentence, ctx: _Context) -> list[Event]:
        """Ground a side left while the other side fought its way in is taken, not handed over, as three coders of
        the same texts agreed: "Peshmerga forces withdrew from Sinjar as Islamic State fighters advanced on the
        town", "Iraqi soldiers shed their uniforms and abandoned their positions in Mosul, and Islamic State took
        control of the city", "overran the government compound in Ramadi, and soldiers withdrew from the city". One
        capture by the side that came in, from the side that left; the fighting told beside it is that capture."""
        text = ctx.article.text
        if NO_FIGHT_AFTER.search(sent.text) or not any(
                e.sub_event_type == "Non-violent transfer of territory" for e in evs):
            return evs
        out: list[Event] = []
        merged: list[Event] = []
        for e in evs:
            at = ctx.trigger_at.get(e.id)
            if e.sub_event_type != "Non-violent transfer of territory" or at is None or re.match(
                    r"hand|ceded|(?:was|were|had\s+been)\s+ceded", text[at:at + 20], re.I):
                out.append(e)  # (ground handed over is a transfer, whatever fighting came before)
                continue
            taker, leaver = e.actor1, e.actor2
            if _LEFT_AT.match(text, at):
                # told from the side that left: it is the actor named just before the verb
                left = next((n for a in reversed(ctx.actors) if sent.start <= a.start < at
                             and (n := self._resolve_actor(a, e.country, ctx))), None)
                if left is not None:
                    leaver = left
                    taker = next((n for n in (e.actor1, e.actor2) if n and n != left), None) or next(
                        (o.actor1 for o in evs if o is not e and o.event_type == "Battles" and o.actor1
                         and o.actor1 != left), None)
            if taker is None or leaver is None or taker == leaver:
                out.append(e)
                continue
            merged.append(replace(e, event_type="Battles", sub_event_type=self._territory_sub(taker, e.country),
                                  actor1=taker, actor2=leaver))
        for e in merged:
            # (the fighting or the entry told beside it is the same capture)
            out = [o for o in out if not (o.event_type == "Battles" and o.location == e.location
                                          and {o.actor1, o.actor2} <= {e.actor1, e.actor2, None})]
            if not any(o.sub_event_type == e.sub_event_type and o.location == e.location for o in out):
                out.append(e)
        return out

    def _envoys_side(self, m: re.Match[str], country: str | None) -> str | None:
        """The side whose envoys ``_PARTY_ENVOYS`` matched: a state's by its adjective, the rebels', or the
        government of the country the deal is made in."""
        word = (m.group(1) or m.group(2)).lower()
        if word in DEMONYMS:
            return self.actors.country_actor.get(DEMONYMS[word])
        if word in ("rebel", "opposition"):
            return next((mm.value for mm in self.actors.find("rebels") if mm.value), None)
        return self.actors.country_actor.get(country) if country else None

    def _territory_sub(self, actor1: str | None, country: str | None) -> str:
        a = self.actor_info.get(actor1 or "")
        if a is not None and country is None and a.kind == "state force" and a.country in self.theatre.countries:
            # a place the gazetteer lacks ("retook the town of Shura"): a state's own forces retake at home
            return "Government regains territory"
        if a is not None and country:
            if a.kind == "state force" and a.country == country:
                return "Government regains territory"
            gov = [x for x in self.theatre.actors if x.kind == "state force" and x.country == country]
            if a.kind == "militia" and gov and (gov[0].name in a.allies or a.coalition == gov[0].name):
                return "Government regains territory"
        return "Non-state actor overtakes territory"

    def _assoc(self, clause: Sentence, resolved: list[tuple[Mention, str]], a1: str | None, a2: str | None) -> list[str]:
        out: list[str] = []
        for _m, n in resolved:
            if n in (a1, a2) or n in out or n == "Civilians":
                continue
            if a1 and a1 in self.actor_info and n in self.theatre.allies_of(a1):
                out.append(n)
        return out

    def _unknown_persons(self, sent: Sentence, ctx: _Context, known: set[str], actor2: str | None) -> list[Person]:
        """Named people the pack doesn't know, when the sentence says what happened to them ("killed Junaid
        Hussain, a British hacker", "Abu Omar al-Tunisi was killed")."""
        text = ctx.article.text
        out: list[Person] = []
        taken = [(m.start, m.end) for m in ctx.places] + [(m.start, m.end) for m in ctx.actors] + \
            [(m.start, m.end) for m in ctx.persons]
        for rx in (RANK_NAME, FATE_NAME_AFTER, PERSON_NAME):
            for m in rx.finditer(sent.text):
                name = m.group("name") if "name" in rx.groupindex else m.group(0)
                s0 = sent.start + (m.start("name") if "name" in rx.groupindex else m.start())
                e0 = s0 + len(name)
                if name in known or any(a < e0 and s0 < b for a, b in taken) or name.split()[0] in NOT_FIRST_NAMES:
                    continue
                after = text[e0:e0 + 160].split(".")[0]
                before = text[max(sent.start, s0 - 60):s0]
                rank = RANK_NAME.search(before + name)  # "killed Brigadier General Ali Hussein": the rank is no name
                if rx is not RANK_NAME and rank is not None and rank.start("name") < len(before):
                    continue
                fate = FATE_AFTER.match(after) or FATE_BEFORE.search(before)
                if not fate:
                    continue
                verb = (fate.group("fate") or fate.groupdict().get("fate2") or "").lower()
                role = "captured" if CAPTURE_NEAR.fullmatch(verb) else "wounded" if WOUNDED.fullmatch(verb) else "killed"
                # the position in an apposition right after the name ("Ali Hussein, a police commander, ..."),
                # not in what follows ("... was wounded, a military spokesman said")
                appo = re.match(r"\s*,[^,]{1,80}", after)
                pos = POSITION_NEAR.search(appo.group(0)) if appo else None
                position = _clean_position(pos.group(_POS)) if pos else None
                affiliation = actor2 if position and re.search(r"\b(?:its|the\s+group's|their)\b", appo.group(0)) else None
                if affiliation is None and appo is not None:  # "Ahmed Jassim, a Kirkuk police colonel, ..."
                    affiliation = next((a.value for a in ctx.actors if e0 <= a.start < e0 + appo.end() and a.value),
                                       None)
                if rx is RANK_NAME:
                    position = position or re.sub(r"\s+", " ", m.group("rank")).lower()
                    # "Iraqi army General Bahjat Taymes": the side named right before the rank
                    at = sent.start + m.start()
                    affiliation = next((a.value for a in ctx.actors if a.value and 0 <= at - a.end <= 1), affiliation)
                if pos is not None and pos.group("owner"):  # "Islamic State's governor of Anbar"
                    at = e0 + pos.start("owner")
                    affiliation = next((a.value for a in ctx.actors if a.start <= at < a.end and a.value), affiliation)
                if position is None:
                    # "killed the Islamic State governor of Kirkuk, Abu Hamza al-Kurdi", "a senior Islamic State
                    # commander, Abu Omar al-Shishani, was killed": the title before the name
                    title = PRE_TITLE.search(before)
                    if title:
                        position = title.group("pos").lower()
                        # the side named between the verb (or the sentence's start) and the name
                        at = s0 - len(before) + (fate.start() if fate.re is FATE_BEFORE else 0)
                        affiliation = next((a.value for a in ctx.actors if at <= a.start < s0 and a.value), affiliation)
                known.add(name)
                taken.append((s0, e0))
                out.append(Person(name, role, affiliation, position))
        return out

    @staticmethod
    def _position(sent: Sentence, pm: Mention) -> str | None:
        window = sent.text[max(0, pm.start - sent.start - 60): pm.end - sent.start + 80]
        m = POSITION_NEAR.search(window)
        return _clean_position(m.group(_POS)) if m else None


def _clean_position(raw: str) -> str:
    """A position as stored: lower case, without the names of sides or places before it or a "senior"/"chief"
    ("Islamic State commander" is a commander; "senior military commander" a military commander)."""
    words = raw.strip().split()
    while len(words) > 1 and (words[0][:1].isupper() or words[0].lower() in ("chief", "senior", "top")):
        words.pop(0)
    return " ".join(words).lower()


