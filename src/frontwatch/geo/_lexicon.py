"""Word lists the geoparser's rules use: cues, stopwords, demonyms, directions (English news prose)."""

from __future__ import annotations

#: words right before a name that make it a place ("in Hit", "the town of Hit", "pushed into Hit")
LOCATIVE_CUES = frozenset(
    """in into of near from to towards toward around outside inside at across through via
    besieged reached entered captured recaptured retook seized stormed shelled bombed took
    liberated overran encircled surrounded held between""".split()
)
#: words before "on" that make "on X" locative ("the assault on Hit", "closing in on Raqqa"); a bare "on" is not
#: a cue ("on Monday", "on Hit's orders")
ON_CUES = frozenset(
    """assault assaults attack attacks offensive offensives push drive advance advanced advancing march marched
    marching raid raids strike strikes airstrike airstrikes shelling bombardment converged converging in""".split()
)
#: "the town of X" style nouns: the next name is a place even when it is also an English word
PLACE_NOUNS = frozenset(
    "town city village villages city's town's district suburb province governorate region area countryside".split()
)
#: nouns after a name that make it a region/admin area, with the geo_precision they imply
TYPE_WORDS = {"province": 3, "governorate": 3, "region": 2, "district": 2, "area": 2, "countryside": 2}
#: lower-case words allowed inside a multi-word name ("Deir ez-Zor", "Jisr al-Shughur", "Ras al Ain")
CONNECTORS = frozenset(
    "al el ad adh ash as at az ar an ez es ed er en ul bin ibn bani beni abu umm um".split()
)
#: capitalised words that name places in GeoNames but, in English war reporting, almost never are
STOPWORDS = frozenset(
    """the a an in on at of to from by for with after before as and but or if when while since during
    it its this that these those there they he she we his her their our
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    president prime minister general gen commander leader spokesman spokeswoman official officials
    mr mrs ms dr sheikh emir caliph king prince colonel major captain lieutenant brigadier
    islamic state army forces force government regime coalition observatory human rights central command
    united nations security council pentagon kremlin white house reuters afp ap bbc cnn
    national democratic popular mobilization mobilisation units unit front brigade brigades battalion
    grand old new north south east west northern southern eastern western central upper lower
    shiite shia sunni christian christians yazidi yazidis muslim muslims jihadist jihadists
    activists monitor monitors residents civilians fighters troops militants rebels police
    ministry defence defense interior foreign affairs agency news media press
    air strike strikes jets warplanes operation offensive campaign battle
    hospital school university mosque church market airport base camp city town village hill
    district districts quarter neighbourhood neighborhood square street bridge river lake
    said says told added according also however meanwhile later earlier
    one two three four five six seven eight nine ten hundreds thousands dozens
    god allah ramadan eid ashura
    deal man mar tar hit bab arab""".split()
)
#: English words that are also theatre place names: accepted only with a locative cue before them
AMBIGUOUS = frozenset(
    "hit bab arab deal man mar tar rama sur mari nasib can center centre harem iron tal tell war dar "
    "camp dour eis".split()
)
#: demonyms/adjectives: never places themselves, but a hint of the country meant nearby
DEMONYMS = {
    "syrian": "SY", "syrians": "SY", "iraqi": "IQ", "iraqis": "IQ", "turkish": "TR", "turk": "TR", "turks": "TR",
    "lebanese": "LB", "jordanian": "JO", "iranian": "IR", "saudi": "SA", "israeli": "IL", "palestinian": "PS",
    "kuwaiti": "KW", "libyan": "LY", "egyptian": "EG", "french": "FR", "belgian": "BE", "british": "GB",
    "german": "DE", "american": "US", "russian": "RU", "yemeni": "YE", "afghan": "AF", "tunisian": "TN",
    "kurdish": "", "kurd": "", "kurds": "", "arab": "", "arabs": "", "persian": "IR",
}
#: compass words for "30km south of Mosul": bearing in degrees
BEARINGS = {
    "north": 0.0, "northeast": 45.0, "north-east": 45.0, "east": 90.0, "southeast": 135.0, "south-east": 135.0,
    "south": 180.0, "southwest": 225.0, "south-west": 225.0, "west": 270.0, "northwest": 315.0,
    "north-west": 315.0,
}
#: words before a name that mark a person ("President Bashar al-Assad", "Gen. Qassem Soleimani")
PERSON_TITLES = frozenset(
    """president minister mr mrs ms dr gen general sheikh emir caliph king prince colonel col commander
    leader spokesman spokeswoman envoy secretary ayatollah imam cleric abu umm""".split()
)
