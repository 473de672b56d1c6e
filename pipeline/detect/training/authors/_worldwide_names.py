"""Name sources for the worldwide author: Faker's per-locale name lists and typed names."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from functools import cache

# Faker person locales whose lists are read directly (no Faker instance, so no hidden RNG).
LOCALES = (
    "ar_AA", "ar_DZ", "az_AZ", "bg_BG", "bn_BD", "cs_CZ", "da_DK", "de_AT", "de_CH", "de_DE",
    "el_GR", "en_GB", "en_IE", "en_IN", "en_KE", "en_NG", "en_NZ", "en_PK", "es_AR", "es_CL",
    "es_CO", "es_ES", "es_MX", "et_EE", "fa_IR", "fi_FI", "fr_BE", "fr_CA", "fr_CH", "fr_FR",
    "ga_IE", "he_IL", "hi_IN", "hr_HR", "hu_HU", "hy_AM", "id_ID", "ig_NG", "is_IS", "it_IT",
    "ja_JP", "ka_GE", "ko_KR", "lt_LT", "lv_LV", "mk_MK", "ne_NP", "nl_BE", "nl_NL", "no_NO",
    "pl_PL", "pt_BR", "pt_PT", "ro_RO", "ru_RU", "sk_SK", "sl_SI", "sv_SE", "sw", "ta_IN",
    "th_TH", "tr_TR", "uk_UA", "uz_UZ", "vi_VN", "yo_NG", "zh_CN", "zh_TW", "zu_ZA",
    "ar_PS", "ar_SA", "gu_IN", "ha_NG", "mr_IN", "si_LK", "tw_GH",
)  # fmt: skip

# Locales that write the family name first.
FAMILY_FIRST = frozenset({"hu_HU", "ja_JP", "ko_KR", "vi_VN", "zh_CN", "zh_TW"})
# Locales whose names are written without a space between family and given name.
NO_SPACE = frozenset({"ja_JP", "zh_CN", "zh_TW"})

_FIRST_ATTRS = ("first_names", "first_names_male", "first_names_female")
_LAST_ATTRS = (
    "last_names", "last_names_male", "last_names_female", "unisex_last_names",
    "male_last_names", "female_last_names", "last_names_without_suffix",
)  # fmt: skip

# Typed names that Faker lacks: Welsh, Irish and Scottish Gaelic, particles, Arabic nasab.
WELSH_FIRST = (
    "Rhiannon", "Siân", "Sian", "Dafydd", "Gwenllian", "Iolo", "Carys", "Ffion", "Gethin",
    "Eleri", "Llŷr", "Llyr", "Bethan", "Owain", "Angharad", "Rhodri", "Nia", "Cerys", "Huw",
)  # fmt: skip
WELSH_LAST = (
    "ap Gwilym", "ap Rhys", "ferch Owain", "Prydderch", "Llewelyn", "Bowen", "Pugh",
    "Vaughan", "Prosser", "Parry", "Gruffydd", "Griffiths", "ab Ifan", "Tudur",
)  # fmt: skip
IRISH_FIRST = (
    "Aoife", "Siobhán", "Siobhan", "Niamh", "Caoimhe", "Oisín", "Oisin", "Pádraig", "Padraig",
    "Seán", "Sean", "Róisín", "Roisin", "Cathal", "Éabha", "Eabha", "Tadhg", "Saoirse", "Ciarán",
)  # fmt: skip
IRISH_LAST = (
    "Ó Briain", "O'Brien", "Ní Mhaolagáin", "Nic Dhonnchadha", "Mac Giolla Phádraig",
    "O'Neill", "Ó Néill", "MacCarthy", "Mac Cárthaigh", "Uí Bhriain", "O'Sullivan",
    "Ó Súilleabháin", "McGrath", "Mhic Aodha", "de Búrca", "Breathnach",
)  # fmt: skip
PARTICLE_LAST = (
    "van der Berg", "van den Broek", "de Vries", "van Dijk", "de la Cruz", "de los Santos",
    "del Río", "da Silva", "dos Santos", "de Souza", "di Marco", "Di Stefano", "De Luca",
    "von Bülow", "von der Heyde", "zu Salm", "de Montfort", "Le Goff", "du Pont", "d'Angelo",
    "D'Souza", "ten Brink", "Al-Hashimi", "al-Farsi", "El-Sayed", "Abu Bakr", "bin Laden",
    "Ben-David", "Bar-Lev", "Mc Donagh", "St. John", "Fitzgerald", "Ter Haar", "van 't Hof",
)  # fmt: skip
# Romanised Urdu and Punjabi, toned Yoruba, Filipino and romanised Greek names.
URDU_FIRST = (
    "Imran", "Ayesha", "Bilal", "Saima", "Usman", "Farah", "Zainab", "Hamza", "Nadia",
    "Shahid", "Rukhsana", "Tariq", "Sana", "Waqar", "Mehwish", "Asif", "Hina", "Kashif",
)  # fmt: skip
URDU_LAST = (
    "Siddiqui", "Qureshi", "Chaudhry", "Malik", "Butt", "Rana", "Bhatti", "Awan", "Khan",
    "Mirza", "Shah", "Raja", "Hussain", "Abbasi", "Sheikh", "Gondal", "Janjua", "Kiyani",
)  # fmt: skip
URDU_SCRIPT_FIRST = ("عمران", "عائشہ", "بلال", "صائمہ", "عثمان", "فرح", "زینب", "حمزہ", "نادیہ")
URDU_SCRIPT_LAST = ("صدیقی", "قریشی", "چوہدری", "ملک", "بٹ", "رانا", "خان", "مرزا", "شاہ")
YORUBA_FIRST = (
    "Adéwálé", "Olúwaseun", "Ọlálékan", "Fúnmiláyọ̀", "Bọ́lá", "Ṣadé", "Túndé", "Yẹ́misí",
    "Adébáyọ̀", "Mojísọ́lá", "Kẹ́hìndé", "Táíwò", "Ìdòwú", "Bùkọ́lá", "Olúwatóyìn", "Dàmílọ́lá",
)  # fmt: skip
YORUBA_LAST = (
    "Ọlọ́runfẹ́mi", "Adéyẹmí", "Ògúnlànà", "Ṣóyínká", "Àjàyí", "Ọbásanjọ́", "Akínwùmí",
    "Adébáyọ̀", "Olúwọlé", "Fáṣọlá", "Ìbídàpọ̀", "Ọ̀ṣúnbọ̀", "Babátúndé", "Ọláòyè",
)  # fmt: skip
FILIPINO_FIRST = (
    "Maria Clara", "Jose", "Rizalina", "Jun-Jun", "Marites", "Bong", "Ma. Teresa", "Rodel",
    "Jhun", "Lorna", "Arnel", "Mylene", "Dondon", "Precious Joy", "Rey", "Analyn", "Jerome",
)  # fmt: skip
FILIPINO_LAST = (
    "dela Cruz", "Dela Cruz", "Santos", "Reyes", "Bautista", "Macapagal", "Villanueva",
    "Dimaculangan", "Mangubat", "Pangilinan", "de Guzman", "Magbanua", "Lacson", "Tolentino",
    "Dimagiba", "Ocampo", "Sta. Maria", "delos Reyes",
)  # fmt: skip
GREEK_LATIN_FIRST = (
    "Giorgos", "Yiannis", "Dimitris", "Eleni", "Katerina", "Konstantinos", "Vasiliki",
    "Panagiotis", "Georgia", "Nikos", "Despina", "Thanasis", "Androniki", "Christos",
)  # fmt: skip
GREEK_LATIN_LAST = (
    "Papadopoulos", "Papadopoulou", "Georgiou", "Konstantinidis", "Nikolaidou",
    "Karamanlis", "Oikonomou", "Vlachos", "Antonopoulou", "Christodoulou", "Pappas",
    "Alexiou", "Theodorakis", "Papageorgiou",
)  # fmt: skip
# Transliteration and spelling variants of one given name, and of one family name.
GIVEN_VARIANTS = (
    ("Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed", "Mehmet", "Mamadou"),
    ("Aleksandr", "Alexander", "Oleksandr", "Aleksander", "Alexandre", "Aleksandar", "Alessandro"),
    ("Sergey", "Sergei", "Serhiy", "Sergiu", "Sergio", "Serge"),
    ("Yuri", "Yuriy", "Iurii", "Jurij", "Juri", "Youri"),
    ("Jürgen", "Juergen", "Jurgen"),
    ("Søren", "Soeren", "Soren"),
    ("Ştefan", "Ștefan", "Stefan", "Stephan", "Étienne", "Esteban", "Stefano"),
    ("Yusuf", "Youssef", "Josef", "Józef", "Joseph", "José", "Giuseppe"),
    ("Aisha", "Ayesha", "Aïcha", "Ayşe"),
    ("Łukasz", "Lukasz", "Lukas", "Luca", "Lucas"),
)
FAMILY_VARIANTS = (
    ("Müller", "Mueller", "Muller", "Miller"),
    ("Zhang", "Chang", "Cheung", "Jang"),
    ("Tchaikovsky", "Tschaikowski", "Czajkowski", "Chaykovskiy"),
    ("Khrushchev", "Chruschtschow", "Khrouchtchev", "Jruschov"),
    ("Nguyễn", "Nguyen", "Ngyuen"),
    ("Gonçalves", "Goncalves"),
    ("Núñez", "Nunez", "Nuñez"),
    ("Şahin", "Sahin", "Schahin"),
    ("Søndergård", "Sondergaard", "Soendergaard"),
    ("Wiśniewski", "Wisniewski", "Vishnevsky"),
)
# Russian and Ukrainian patronymics in both scripts (given, patronymic, family).
PATRONYMS = (
    ("Ivan", "Petrovich", "Sidorov"),
    ("Anna", "Sergeyevna", "Volkova"),
    ("Dmitri", "Ivanovich", "Sokolov"),
    ("Olena", "Mykolaivna", "Shevchenko"),
    ("Иван", "Петрович", "Сидоров"),
    ("Мария", "Александровна", "Кузнецова"),
    ("Тарас", "Григорович", "Бондаренко"),
    ("Nikolai", "Vasilyevich", "Gogol"),
)
# Given names that are also English words (used as names and, elsewhere, as words).
WORD_FIRST = (
    "June", "Max", "Rose", "Will", "Faith", "Grace", "Hope", "May", "Summer", "Joy", "Dawn",
    "Mark", "Bill", "Pat", "Sue", "Jack", "Ivy", "Holly", "Amber", "Rich", "Frank", "Honey",
    "Lily", "Sky", "Ruby", "Crystal", "Pearl", "Victory", "Precious", "Blessing", "Chance",
)  # fmt: skip
NICKNAMES = (
    "Jo", "Kasia", "Gosia", "Sasha", "Misha", "Pepe", "Paco", "Nacho", "Gigi", "Bea", "Lulu",
    "Tomek", "Basia", "Sanne", "Jo-Jo", "Kiki", "Mimi", "Toni", "Beppe", "Franzi", "Lenny",
    "Zé", "Quique", "Chuy", "Dani", "Anke", "Mo", "Sami", "Babs", "Taff", "Paddy", "Seánie",
)  # fmt: skip


def _read(provider: type, attrs: Iterable[str]) -> list[str]:
    """Names from the first of ``attrs`` a Faker provider holds as data (tuple, list, dict)."""
    found: list[str] = []
    # Faker's own base provider holds placeholder lists ("Doe"); only locale classes count.
    classes = [c for c in provider.__mro__ if c.__module__.count(".") >= 3]
    for attr in attrs:
        value = next((vars(c)[attr] for c in classes if attr in vars(c)), None)
        if isinstance(value, (tuple, list, dict)):
            found += [str(name).strip() for name in value if str(name).strip()]
    return sorted(set(found))


@cache
def locale_names() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Per locale, its given names and family names (sorted, so draws are reproducible)."""
    pools: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for locale in LOCALES:
        module = importlib.import_module(f"faker.providers.person.{locale}")
        provider = module.Provider
        first, last = _read(provider, _FIRST_ATTRS), _read(provider, _LAST_ATTRS)
        if first and last:
            pools[locale] = (tuple(first), tuple(last))
    pools["cy_GB"] = (WELSH_FIRST, WELSH_LAST)
    pools["ga_GA"] = (IRISH_FIRST, IRISH_LAST)
    pools["ur_PK"] = (URDU_FIRST, URDU_LAST)
    pools["yo_TN"] = (YORUBA_FIRST, YORUBA_LAST)  # Yoruba written with its tone marks
    pools["tl_PH"] = (FILIPINO_FIRST, FILIPINO_LAST)
    pools["el_LA"] = (GREEK_LATIN_FIRST, GREEK_LATIN_LAST)  # Greek names in Latin letters
    pools["ur_AR"] = (URDU_SCRIPT_FIRST, URDU_SCRIPT_LAST)  # Urdu names in Nastaliq script
    return pools
