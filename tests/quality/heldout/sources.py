"""Hand-written name and place lists for the held-out set (no Faker, no list from the repo).

Names are grouped by where they are common, so a full name is usually coherent (a given
name and a surname from one group) and sometimes mixed, as in any British customer file.
Entries are separated by ``|`` so that surnames of several words stay whole
("Ó Súilleabháin", "van der Berg", "de la Cruz"). Native-script names sit in their own
groups. Given names that are also ordinary English words (Max, June, Heather, Will) are
listed apart: they are the hardest for a detector and are drawn on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


@dataclass(frozen=True, slots=True)
class Culture:
    name: str
    given: tuple[str, ...]
    surnames: tuple[str, ...]
    latin: bool = True


CULTURES: tuple[Culture, ...] = (
    Culture(
        "english",
        _split(
            "Oliver|Harriet|George|Eleanor|Alfie|Imogen|Toby|Phoebe|Rupert|Florence|Barnaby|"
            "Matilda|Hugo|Beatrix|Jasper|Clementine|Archie|Lottie|Reggie|Winifred|Stanley|"
            "Edith|Cedric|Margery|Ambrose|Prudence|Leonard|Marjorie|Nigel|Gwendolyn|Clive|"
            "Tamsin|Godfrey|Wilhelmina|Percival|Octavia|Digby|Henrietta|Rosalind|Bartholomew"
        ),
        _split(
            "Ashworth|Pennington|Thistlethwaite|Blenkinsop|Huxtable|Featherstone|Higginbottom|"
            "Winterbottom|Cartwright|Fairweather|Ramsbottom|Oakley|Pickering|Hargreaves|"
            "Sowerby|Stubbs|Entwistle|Ackroyd|Braithwaite|Cholmondeley|Fotheringham|"
            "Goodfellow|Lightfoot|Merriweather|Nettleton|Quartermaine|Scattergood|Tattersall|"
            "Wadsworth|Yardley|Bagshaw|Dunnett|Gathercole|Honeysett|Kettlewell|Loveday"
        ),
    ),
    Culture(
        "word-names",  # given names that are also English words; surnames that are too
        _split(
            "Max|June|Heather|Will|Rose|Grace|Hope|Faith|Joy|Dawn|Summer|Amber|Holly|Ivy|"
            "Daisy|Robin|Drew|Glen|Dale|Frank|Mark|Bill|Pat|Sky|Hazel|Iris|Poppy|Jade|"
            "Ruby|Pearl|Willow|Autumn|Sunny|Rich|Chase|Hunter|Forrest|Clay|Rocky|Sage"
        ),
        _split(
            "Wall|Green|Brown|Bell|Hill|Wood|Marsh|Rose|Small|Strong|Bird|Fox|Lamb|Cook|"
            "Baker|Mason|Hunt|Rich|Price|Lord|King|Knight|Bishop|Church|Ford|Moss|Stone|"
            "Dean|May|Frost|Snow|Winter|Gray|Long|Short|Hope|Sharp|Swift|Best|Bond"
        ),
    ),
    Culture(
        "irish",
        _split(
            "Aoife|Saoirse|Niamh|Siobhán|Caoimhe|Ciarán|Seán|Tadhg|Oisín|Róisín|Éabha|"
            "Pádraig|Dónal|Fionnuala|Méabh|Clodagh|Cillian|Eoghan|Gráinne|Orlaith|Ruairí|"
            "Bríd|Síle|Colm|Darragh"
        ),
        _split(
            "Ó Súilleabháin|Ní Bhriain|Mac Giolla Phádraig|Ó Conchúir|Ní Mhurchú|Ó Ceallaigh|"
            "Mhic Aodha|Ó Dónaill|Nic Dhonncha|O'Driscoll|McGillicuddy|Ó Briain|Ní Dhuibhir|"
            "Breathnach|Mac Cárthaigh|O'Shaughnessy|Ó hEadhra|Uí Bhraonáin"
        ),
    ),
    Culture(
        "scottish-welsh",
        _split(
            "Morag|Eilidh|Ailsa|Catriona|Iona|Hamish|Ruaridh|Fraser|Isla|Kirsty|Lachlan|"
            "Mhairi|Seonaid|Dafydd|Gruffudd|Siân|Rhodri|Angharad|Cerys|Bethan|Iolo|Llinos|"
            "Gwenllian|Emrys|Nia|Aneurin|Carys|Tegid|Bronwen"
        ),
        _split(
            "MacLeòid|Urquhart|Menzies|Dalziel|Farquharson|MacIntyre|Drummond|Buchanan|"
            "ap Iorwerth|Llywelyn|Gruffydd|Prydderch|Bowen|Pughe|Vaughan-Thomas|ab Owain|"
            "Cadwaladr|Meredudd|Rhydderch|Mackenzie-Ross|Sinclair|Kilpatrick"
        ),
    ),
    Culture(
        "west-african",
        _split(
            "Oluwaseun|Chidinma|Adebayo|Ngozi|Kwabena|Akosua|Yaw|Efua|Chukwuemeka|Folasade|"
            "Tunde|Ifeoma|Kofi|Abena|Babajide|Nkechi|Olumide|Temitope|Kwame|Ama|Obinna|"
            "Chiamaka|Sekou|Aminata|Mamadou|Fatoumata|Ousmane|Adaeze|Ebuka|Yetunde"
        ),
        _split(
            "Adeyemi|Okonkwo|Asante|Mensah|Boateng|Oyelaran|Nwachukwu|Adebisi|Owusu|Ogunleye|"
            "Eze|Traoré|Diallo|Keïta|Coulibaly|Ogunbanjo|Akinola|Onyekachi|Agyemang|Danquah|"
            "Osei-Bonsu|Ibekwe|Olaniyan|Ayodele|Fagbemi|Sesay|Kamara|Bangura"
        ),
    ),
    Culture(
        "south-asian",
        _split(
            "Priyanka|Ishaan|Aarav|Ananya|Jasmit|Harpreet|Gurpreet|Sandeep|Kavya|Rohan|Nikhil|"
            "Shreya|Arjun|Meenakshi|Lakshmi|Venkatesh|Deepika|Tanvir|Nusrat|Farhana|Imran|"
            "Ayesha|Bilal|Zainab|Rajinder|Sukhwinder|Parminder|Anjali|Vikram|Sunita"
        ),
        _split(
            "Venkataraman|Chaudhary|Golla|Sandhu|Bhattacharya|Raghunathan|Subramanian|Kaur|"
            "Dhillon|Mukherjee|Iyer|Nair|Patil|Deshpande|Chowdhury|Rahman|Hossain|Siddiqui|"
            "Qureshi|Malhotra|Thakkar|Jadeja|Krishnamurthy|Bandyopadhyay|Grewal|Randhawa"
        ),
    ),
    Culture(
        "east-asian-romanised",
        _split(
            "Jiayi|Haoran|Xinyi|Zhiwei|Mei|Wei|Na|Jun|Yuki|Haruto|Sakura|Ren|Aoi|Minjun|"
            "Seoyeon|Jiho|Hyejin|Thi Lan|Minh|Thanh|Quang|Linh|Huong|Kenji|Hiroshi"
        ),
        _split(
            "Xu|Hu|Zhang|Liu|Chen|Zhou|Huang|Guo|Takahashi|Watanabe|Yamamoto|Kobayashi|"
            "Nakamura|Park|Choi|Jeong|Kang|Nguyen|Tran|Pham|Hoang|Vu|Lim|Ong|Tan"
        ),
    ),
    Culture(
        "arabic-persian",
        _split(
            "Yusra|Hamid|Omar|Layla|Khalid|Noor|Tariq|Samira|Rania|Karim|Dalia|Mustafa|"
            "Amira|Youssef|Hiba|Faisal|Leila|Reza|Shirin|Dariush|Parisa|Farid|Nasrin|Ziad"
        ),
        _split(
            "Al-Fulan|Karimi|El-Sayed|Haddad|Mansour|Al-Hashimi|Bakr|Nasser|Abu-Zaid|Khoury|"
            "Farahani|Mohammadi|Rostami|Tehrani|Al-Amin|Ben Salah|Bouzid|Saidi|Hamdan|Qasim"
        ),
    ),
    Culture(
        "slavic",
        _split(
            "Mateusz|Agnieszka|Dmitri|Oksana|Bogdan|Zofia|Wojciech|Katarzyna|Anastasiya|"
            "Miroslav|Jelena|Dragan|Milena|Tomasz|Małgorzata|Jiří|Zdeňka|Vladimír|Ludmila|Grzegorz"
        ),
        _split(
            "Grzyb|Volkov|Wiśniewska|Kowalczyk|Szemere|Dvořák|Nowakowski|Jovanović|Petrović|"
            "Horváth|Zielińska|Bondarenko|Shevchenko|Lewandowski|Przybylski|Kuznetsova|Novák|"
            "Szczepański|Wróblewski|Kovačević"
        ),
    ),
    Culture(
        "nordic-germanic",
        _split(
            "Ingrid|Sigrid|Björn|Astrid|Leif|Solveig|Torbjørn|Freya|Sven|Maja|Jörg|Anneliese|"
            "Søren|Liv|Eero|Aino|Joakim|Ragnhild"
        ),
        _split(
            "Halvorsen|Lindqvist|Bjørnstad|Åkesson|Sæther|Johannesdóttir|Virtanen|Korhonen|"
            "Østergaard|Engström|Müller-Lüdenscheidt|van der Berg|de Vries|Großmann|Strømberg"
        ),
    ),
    Culture(
        "maori-pacific",
        _split("Aroha|Wiremu|Mere|Tāne|Rangi|Hēmi|Ngaire|Manaia|Tama|Kahurangi|Moana|Anahera"),
        _split("Parata|Ngata|Te Whata|Tuhiwai|Waititi|Horomona|Te Kanawa|Rāwiri|Tamihana|Paewai"),
    ),
    Culture(
        "latin",
        _split(
            "Ximena|Joaquín|Valentina|Santiago|Camila|Mateo|Guadalupe|Rodrigo|Luciana|"
            "Agustín|Marisol|Thiago|Itzel|Gonçalo|Conceição|João|Léa|Noël|Benoît|Hélène|"
            "Gaëlle|Clément|Zoé|Maëlys"
        ),
        _split(
            "García|de la Cruz|Hernández Ruiz|Villalobos|Quiñones|Echeverría|Ibáñez|Peña|"
            "Gonçalves|Magalhães|Dubois|Lefèvre|Garnier|Beaumont|Rousseau|Fontaine|"
            "dos Santos|Álvarez|Núñez|Zúñiga"
        ),
    ),
    Culture(
        "native-script-east-asian",
        _split("芳|伟|秀英|浩然|花子|翔太|민준|서연|美咲"),
        _split("王|李|张|陈|佐藤|鈴木|김|이|박"),
        latin=False,
    ),
    Culture(
        "native-script-cyrillic",
        _split("Иван|Ольга|Дмитрий|Наталья|Олена|Богдан"),
        _split("Петров|Соколова|Иванов|Коваленко|Смирнова"),
        latin=False,
    ),
    Culture(
        "native-script-arabic",
        _split("محمد|فاطمة|يوسف|ليلى"),
        _split("الحسن|العلي|حداد"),
        latin=False,
    ),
    Culture(
        "native-script-devanagari", _split("प्रिया|अर्जुन|सुनीता"), _split("शर्मा|पटेल|वर्मा"), latin=False
    ),
    Culture(
        "native-script-greek",
        _split("Νίκος|Ελένη|Γιώργος"),
        _split("Παπαδόπουλος|Γεωργίου"),
        latin=False,
    ),
)

# Thoroughfare words, common and rare; the set draws from all of them.
THOROUGHFARES = _split(
    "Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Grove|Place|Terrace|Gardens|Court|"
    "Mews|Row|Walk|Rise|Hill|View|Parade|Square|Green|Vale|Wynd|Gate|Brae|Loan|Chase|Cove|"
    "Light|Plain|Plaza|Heights|Meadow|Fold|Croft|Yard|Circus|Quay|Wharf|End|Bank|Park|"
    "Path|Ride|Fields|Boulevard|Approach|Hollow|Dell|Glade|Knoll|Nook|Paddock|Spinney"
)
STREET_STEMS = _split(
    "Prestwick|Whitchurch|Station|Church|Mill|Oakwood|Carly|Griffiths|Jones|Sam|Tanner's|"
    "Copper Beech|Fernhill|Kingfisher|Lavender|Marlborough|Netherfield|Orchard|Primrose|"
    "Quarry|Rowan|Sandringham|Thornbury|Upperton|Victoria|Wellesley|Yew Tree|Zetland|"
    "Abbotsford|Bellingham|Cromwell|Dunstan|Elmhurst|Foxglove|Gainsborough|Harcourt|"
    "Ingleby|Juniper|Kestrel|Larkspur|Monks|Nightingale|Osprey|Pemberton|Ravenscroft|"
    "St Aidan's|Bishop's|Heol y Nant|Bryn Awel|Ffordd Las|Cae Glas|Lôn Goed|Sràid na h-Eaglais"
)
HOUSE_NAMES = _split(
    "Ivy House|Rose Cottage|The Old Rectory|Hillcrest|Fairview|The Willows|Bramble Lodge|"
    "Tŷ Gwyn|Orchard End|The Granary|Meadowside|Swallows Rest|Badger's Sett|Old Forge|"
    "The Coach House|Kiln Cottage|Windrush|Bryn Teg|Corrie View|Holly Bank|Larch Lodge|"
    "The Beeches|Stable Cottage|Puffin House|Ashgrove Farm|Millbrook House|Little Acre"
)
# Towns: ordinary ones, and ones that contain words a name detector may take for a name.
TOWNS = _split(
    "Newcastle upon Tyne|Burton upon Trent|Stoke-on-Trent|Bury St Edmunds|Milton Keynes|"
    "Beverley|Sutton Coldfield|Ashby-de-la-Zouch|Bishop's Stortford|Kirkby Lonsdale|Preston|"
    "Lincoln|Chester|Stanley|Morley|Barry|Neath|Ely|Wells|Sale|Reading|Whitby|Hexham|Truro|"
    "Aberystwyth|Inverness|Dumfries|Enniskillen|Llandudno|Kendal|Harrogate|Bangor|Stirling|"
    "Hebden Bridge|Market Harborough|Royal Wootton Bassett|Leighton Buzzard|Chipping Norton"
)
# Postcode areas (real area letters; districts and units drawn at random).
POSTCODE_AREAS = _split(
    "AB|B|BA|BD|BH|BL|BN|BS|BT|CA|CB|CF|CH|CM|CO|CT|CV|DD|DE|DH|DN|E|EH|EX|FK|G|GL|GU|HG|"
    "HU|IV|KA|KY|L|LA|LD|LE|LL|LS|M|ME|MK|N|NE|NG|NP|NR|NW|OX|PA|PE|PH|PL|PO|PR|RG|S|SA|"
    "SE|SK|SN|SO|SR|ST|SW|SY|TA|TD|TN|TQ|TR|TS|W|WA|WD|WF|WN|WR|WS|YO"
)
EMAIL_DOMAINS = _split(
    "gmail.com|outlook.com|hotmail.co.uk|yahoo.co.uk|btinternet.com|icloud.com|proton.me|"
    "sky.com|virginmedia.com|talktalk.net|live.co.uk|aol.com|mail.com|gmx.co.uk|"
    "ntlworld.com|blueyonder.co.uk|me.com|hotmail.com|web.de|orange.fr|eircom.net|xtra.co.nz"
)

# Must-keep material: merchants named like people, products with a name in them, occasions.
PERSON_MERCHANTS = _split(
    "John Lewis|Ted Baker|Jo Malone|Karen Millen|Kurt Geiger|Laura Ashley|Paul Smith|"
    "Charles Tyrwhitt|Jack Wills|Ben Sherman|Oliver Bonas|Molton Brown|Emma Bridgewater|"
    "Cath Kidston|Liz Earle|Russell & Bromley|Harvey Nichols|Joe Browns|Phase Eight|"
    "Ernest Jones|Hotter|Sophie Allport|Joules|Boden|Seasalt"
)
OTHER_MERCHANTS = _split(
    "Argos|Currys|Dunelm|Wickes|Lakeland|Whittard|Very|boohoo|Wayfair|The White Company|"
    "Thorntons|Hotel Chocolat|Marks & Spencer|Sainsbury's|Screwfix|Halfords|Superdrug|"
    "Robert Dyas|Matalan|Habitat"
)
PRODUCTS = _split(
    "Millie skirt|Peter Rabbit mug|Ruby Star trainers|Harvey sofa|Oscar jumper|Isla dress|"
    "Stanley flask|Penelope coat|Maya sandals|Freddie backpack|Arlo cot|Elsa costume|"
    "Paddington plush|Florence maxi dress|Archie chinos|Evie handbag|Winnie the Pooh rug|"
    "Alfie duvet set|Poppy print blouse|Lola ankle boots|Hugo shirt|Margot cardigan"
)
OCCASIONS = _split(
    "Valentine's Day|Mother's Day|Father's Day|St Patrick's Day|St David's Day|Black Friday|"
    "Boxing Day|Christmas Eve|Easter Monday|Burns Night|Pancake Day"
)
VOUCHER_STEMS = _split(
    "SOPHIE|STACEY|MILLIE|HARRY|WELCOME|SPRING|SUMMER|XMAS|STUDENT|NHS|BLUE|FRIEND|JAMES|GRACE"
)
