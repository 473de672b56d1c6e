"""The dev5 set's people: given names and surnames typed by hand, grouped by naming culture.

Every name here was typed for this set; nothing is drawn from a name library. A group's
``shape`` says how its full names are built: ``plain`` (given surname), ``double`` (two
surnames, Iberian style), ``mono`` (one name only), ``patronym`` (a father's name stands
for the surname), ``clan`` (a prefix such as Mac, Ó, ap marks the family). ``NON_LATIN``
holds people written in their own script, each with a Latin spelling for their e-mail.
"""

from __future__ import annotations

from dataclasses import dataclass


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


@dataclass(frozen=True, slots=True)
class Group:
    """One naming culture: its shape, given names and surnames."""

    name: str
    shape: str
    given: tuple[str, ...]
    surnames: tuple[str, ...]


def _group(name: str, shape: str, given: str, surnames: str) -> Group:
    return Group(name, shape, _split(given), _split(surnames))


GROUPS: tuple[Group, ...] = (
    _group(
        "English",
        "plain",
        "Gareth|Pippa|Nigel|Rosalind|Toby|Harriet|Clive|Imogen|Barnaby|Wendy|Rupert|Felicity|"
        "Kelvin",
        "Ashworth|Pickering|Threlfall|Cottingham|Brimble|Hargreaves|Lumb|Entwistle|Tattersall|"
        "Whitlock|Greenhalgh|Beddoes",
    ),
    _group(
        "Scottish",
        "clan",
        "Morag|Hamish|Eilidh|Fraser|Isla|Lachlan|Catriona|Euan|Kirsty|Ruaridh|Ailsa|Struan",
        "MacAulay|McCrindle|Drummond|Urquhart|MacLeod|McIlvanney|Buchanan|Strachan|Menzies|"
        "Cruickshank|MacFadyen|Dalgleish",
    ),
    _group(
        "Welsh",
        "clan",
        "Rhiannon|Gethin|Carys|Dafydd|Ffion|Iestyn|Lowri|Tomos|Seren|Emyr|Heledd|Osian|Nia",
        "ap Rhys|Pritchard|Llewellyn|Prosser|ap Gruffydd|Bowen|Meredith|Gwilym|Parry|Vaughan|"
        "Probert|Cadwaladr",
    ),
    _group(
        "Irish",
        "clan",
        "Aoife|Cillian|Siobhán|Donnacha|Niamh|Tadhg|Gráinne|Oisín|Caoimhe|Ruairí|Méabh|Fiachra",
        "O'Sullivan|Ní Bhriain|Mac Giolla Phádraig|Ó Floinn|Breathnach|Cullinane|McGettigan|"
        "Ó Dónaill|Nic Aodha|Kavanagh|Fitzgerald|Moloney",
    ),
    _group(
        "Cornish and West Country",
        "plain",
        "Jago|Tamsin|Morwenna|Piran|Loveday|Demelza|Kerensa|Jowan|Elowen|Treve",
        "Trelawney|Penhaligon|Tregothnan|Polglase|Angove|Nancarrow|Trevithick|Rosevear|Chenoweth|"
        "Pengelly",
    ),
    _group(
        "French",
        "plain",
        "Amandine|Thibault|Solène|Gaëtan|Ségolène|Baptiste|Maëlys|Loïc|Clémence|Étienne|Anaïs|"
        "Corentin|Bérénice",
        "Lefebvre|Dufresne|Marchetti|Rousseau|Le Goff|Delacroix|Vasseur|Chevalier|de La Tour|"
        "Guérin|Fontaine|Beaumarchais|Courtois",
    ),
    _group(
        "Breton",
        "plain",
        "Gwenaël|Maïwenn|Yannick|Nolwenn|Erwan|Gwendal|Katell|Tanguy|Enora|Riwal",
        "Le Bihan|Kerjean|Le Floc'h|Quéméner|Tanguy-Le Roux|Guivarc'h|Le Gall|Kervella|Morvan",
    ),
    _group(
        "Spanish",
        "double",
        "Ximena|Íñigo|Rocío|Gonzalo|Begoña|Álvaro|Inmaculada|Rodrigo|Macarena|Fermín|Nieves|"
        "Baltasar|Consuelo",
        "Sánchez|Ibáñez|Olmedo|Cifuentes|Villalobos|de la Fuente|Peñalver|Arroyo|Zamorano|Cuesta|"
        "Bermúdez|Montero|del Río",
    ),
    _group(
        "Catalan",
        "double",
        "Jordi|Montserrat|Pau|Núria|Oriol|Mireia|Arnau|Meritxell|Quim|Roser|Biel",
        "Puigdemont|Vilaró|Casals|Ferrer i Roca|Batlle|Soler|Pujol|Riera|Bosch|Castells",
    ),
    _group(
        "Basque",
        "double",
        "Aitor|Ainhoa|Iker|Maialen|Unai|Nerea|Gorka|Itziar|Jon|Leire|Eneko",
        "Etxeberria|Goikoetxea|Urrutia|Arrizabalaga|Zubizarreta|Agirre|Larrañaga|Olaizola|"
        "Iturriaga|Elizondo",
    ),
    _group(
        "Portuguese",
        "double",
        "João|Leonor|Gonçalo|Inês|Duarte|Beatriz|Tiago|Matilde|Afonso|Carolina",
        "dos Santos|Magalhães|Gonçalves|Carvalho|de Sousa|Figueiredo|Azevedo|Pinheiro|Valadares|"
        "da Cunha",
    ),
    _group(
        "Brazilian",
        "double",
        "Thiago|Luana|Rafaela|Caio|Yasmin|Vinícius|Thaís|Gustavo|Jéssica|Wellington",
        "Nascimento|Albuquerque|Rocha|Cavalcanti|Bezerra|Moraes|Teixeira|Barbosa|Siqueira",
    ),
    _group(
        "Italian",
        "plain",
        "Giacomo|Chiara|Lorenzo|Benedetta|Matteo|Ilaria|Tommaso|Federica|Gianluca|Ludovica|"
        "Salvatore|Ornella",
        "Esposito|Colombo|Ferraro|Bianchi|Di Stefano|Mancini|Lombardi|Castellano|D'Amico|"
        "Santoro|Marchesi|Pellegrini",
    ),
    _group(
        "German and Austrian",
        "plain",
        "Jürgen|Annegret|Lukas|Friederike|Henrik|Mareike|Wolfgang|Sabine|Till|Gesine|Florian",
        "Schäfer|Brandstetter|von Hohenfels|Kowalczyk-Bauer|Oberhuber|Wagenknecht|Krämer|"
        "Zimmermann|"
        "Lindqvist-Haas|Großmann",
    ),
    _group(
        "Dutch and Flemish",
        "plain",
        "Maarten|Sanne|Joost|Femke|Bram|Lieke|Wouter|Anouk|Sjoerd|Marijke|Stijn",
        "van der Meulen|de Vries|Bakker|van Dijk|Verbruggen|de Smet|Vermeulen|Janssens|"
        "van den Broek|Hoekstra",
    ),
    _group(
        "Danish and Norwegian",
        "plain",
        "Søren|Ingrid|Mads|Sigrid|Torben|Astrid|Henning|Solveig|Rasmus|Kari",
        "Østergaard|Halvorsen|Kristiansen|Bjørnstad|Mikkelsen|Løvik|Thorsen|Dahl",
    ),
    _group(
        "Swedish and Finnish",
        "plain",
        "Linnea|Björn|Elsa|Oskar|Annika|Aino|Juha|Päivi|Eero|Tuula|Kalle",
        "Lindgren|Bergström|Nyqvist|Sjöberg|Virtanen|Mäkinen|Järvinen|Heikkilä|Korhonen",
    ),
    _group(
        "Icelandic",
        "patronym",
        "Guðrún|Sigurður|Þóra|Einar|Hildur|Gunnar|Katrín|Ólafur|Brynja",
        "Jónsdóttir|Sigurðsson|Magnúsdóttir|Einarsson|Þórsdóttir|Guðmundsson|Ragnarsson",
    ),
    _group(
        "Polish",
        "plain",
        "Zofia|Bartosz|Agnieszka|Przemysław|Małgorzata|Grzegorz|Katarzyna|Wojciech|Jadwiga|"
        "Łukasz|Dorota|Mirosław",
        "Kowalczyk|Wiśniewska|Grabowski|Zielińska|Szczepański|Wróbel|Dąbrowska|Jankowski|"
        "Pietrzak|Chmielewska|Sobczak",
    ),
    _group(
        "Czech and Slovak",
        "plain",
        "Jiří|Kateřina|Tomáš|Zuzana|Ondřej|Lenka|Miroslav|Jana|Radek|Ľubica",
        "Dvořák|Procházková|Novotný|Černá|Kučera|Horváthová|Svoboda|Marek",
    ),
    _group(
        "Hungarian",
        "plain",
        "Zsófia|Bence|Réka|Levente|Ildikó|Gergely|Csilla|Botond|Enikő",
        "Szabó|Kovács|Tóth|Farkas|Szemere|Balogh|Mészáros|Vörös|Halász",
    ),
    _group(
        "Romanian and Moldovan",
        "plain",
        "Ioana|Mihai|Andreea|Răzvan|Bianca|Sorin|Alexandra|Ovidiu|Cristina",
        "Popescu|Ionescu|Constantinescu|Dumitrescu|Stoica|Vasilescu|Munteanu|Țăranu",
    ),
    _group(
        "Greek and Cypriot",
        "plain",
        "Eleni|Giorgos|Despina|Stavros|Katerina|Panagiotis|Chrysanthi|Yiannis|Androulla",
        "Papadopoulou|Georgiou|Christodoulou|Konstantinidis|Antoniou|Papageorgiou|Charalambous",
    ),
    _group(
        "Turkish",
        "plain",
        "Elif|Emre|Zeynep|Burak|Ayşe|Mehmet|Büşra|Oğuz|Gülşen|Serkan",
        "Yılmaz|Öztürk|Çelik|Aydın|Şahin|Demirci|Kaya|Yıldırım|Erdoğan",
    ),
    _group(
        "Kurdish",
        "plain",
        "Rojda|Berivan|Şivan|Dilan|Azad|Zozan|Hêvî|Rêzan",
        "Barzani|Amedi|Zebari|Bakir|Hawrami",
    ),
    _group(
        "Levantine Arabic",
        "plain",
        "Yara|Karim|Lina|Ziad|Rania|Tarek|Nour|Samir|Hiba|Bassam",
        "Haddad|al-Khoury|Nassar|Saade|Khalil|Mansour|el-Hage|Abou Jaoude|Darwish",
    ),
    _group(
        "Maghrebi",
        "plain",
        "Yacine|Soraya|Mehdi|Nadia|Rachid|Imane|Bilal|Samira|Khadija|Anis",
        "Benali|Bouzid|Amrani|Cherkaoui|Belkacem|El Idrissi|Haddouchi|Meziane|Ouali",
    ),
    _group(
        "Persian",
        "plain",
        "Shirin|Dariush|Parisa|Kourosh|Mahsa|Bijan|Niloufar|Arash|Roya",
        "Tehrani|Moradi|Shirazi|Farahani|Ghorbani|Jafari|Karimi-Nejad|Sadeghi",
    ),
    _group(
        "Afghan and Pashtun",
        "plain",
        "Zarghuna|Ahmad Shah|Palwasha|Wahid|Shabnam|Farid|Malalai",
        "Durrani|Yusufzai|Popalzai|Noorzai|Stanikzai|Hotak",
    ),
    _group(
        "Punjabi and Sikh",
        "plain",
        "Harpreet|Jasmit|Gurinder|Manjit|Sukhvinder|Navdeep|Kuldip|Simran|Balwinder|Jaspal",
        "Sandhu|Dhillon|Grewal|Sidhu|Bains|Atwal|Johal|Gill|Randhawa",
    ),
    _group(
        "Gujarati",
        "plain",
        "Hetal|Nirav|Bhavna|Ketan|Falguni|Jignesh|Rupal|Mitesh|Dhruti",
        "Patel|Mistry|Parmar|Chauhan|Solanki|Thakkar|Lakhani|Vaghela",
    ),
    _group(
        "Tamil and Sri Lankan",
        "patronym",
        "Kavitha|Senthil|Thulasi|Murugan|Abirami|Vignesh|Nirmala|Sivakumar|Tharshini",
        "Ramanathan|Subramaniam|Thevarajah|Navaratnam|Sivapalan|Arulampalam|Jeyakumar",
    ),
    _group(
        "Sinhalese",
        "plain",
        "Nadeesha|Chaminda|Dilani|Ruwan|Sanduni|Lasantha|Ishara",
        "Wickramasinghe|Jayawardena|Gunasekara|Senanayake|Fernandopulle|Ratnayake",
    ),
    _group(
        "Bengali",
        "plain",
        "Tahmina|Rezaul|Nusrat|Shahidul|Farzana|Mahbub|Sharmin|Anisur|Rumana",
        "Chowdhury|Rahman|Talukdar|Bhuiyan|Majumder|Sarker|Uddin|Hossain",
    ),
    _group(
        "Pakistani",
        "plain",
        "Ayesha|Usman|Mehwish|Bilqees|Faisal|Saima|Zubair|Nargis|Imran|Rukhsana",
        "Qureshi|Butt|Malik|Chaudhry|Mirza|Abbasi|Siddiqui|Bhatti|Rana",
    ),
    _group(
        "Nepali",
        "plain",
        "Sushila|Bikash|Pramila|Dipendra|Sabina|Rajendra|Anjana",
        "Gurung|Thapa Magar|Shrestha|Tamang|Rai|Adhikari|Limbu",
    ),
    _group(
        "Mandarin Chinese",
        "plain",
        "Xiuying|Zhiwei|Yuting|Jianguo|Meiling|Haoran|Xinyi|Zihan|Lihua",
        "Zhang|Liu|Chen|Huang|Zhou|Xu|Guo|Luo|Zheng",
    ),
    _group(
        "Cantonese and Hong Kong",
        "plain",
        "Ka-Wai|Wing Yan|Siu-Ming|Mei Ling|Chun Kit|Hoi Yee|Ka Ho",
        "Wong|Cheung|Leung|Chan|Tsang|Yeung|Kwok|Lau",
    ),
    _group(
        "Vietnamese",
        "plain",
        "Thảo|Minh|Quỳnh|Tuấn|Ngọc Anh|Hoàng|Phương|Duy|Lan Chi",
        "Nguyễn|Trần|Phạm|Lê|Hoàng|Vũ|Đặng|Bùi",
    ),
    _group(
        "Korean",
        "plain",
        "Ji-woo|Min-jun|Seo-yeon|Do-hyun|Ha-eun|Jae-sung|Su-bin|Yoon-ah",
        "Kim|Park|Choi|Jung|Kang|Yoon|Jang|Lim|Shin",
    ),
    _group(
        "Japanese",
        "plain",
        "Haruka|Takeshi|Yui|Kenta|Aiko|Sho|Natsuki|Daisuke|Emiko",
        "Takahashi|Watanabe|Yamamoto|Nakamura|Kobayashi|Saito|Matsumoto|Inoue|Fujiwara",
    ),
    _group(
        "Filipino",
        "plain",
        "Maricel|Jericho|Rowena|Arnel|Lovely|Jomar|Cherry Mae|Rodel|Analyn",
        "dela Cruz|Bautista|Villanueva|Mendoza|Macaraeg|Dimaculangan|Pangilinan|Soriano",
    ),
    _group(
        "Thai",
        "plain",
        "Siriporn|Somchai|Kanokwan|Anan|Pimchanok|Thanawat|Ratchanee",
        "Srisuk|Wongsakul|Charoenpol|Thongchai|Rattanakorn|Saetang",
    ),
    _group(
        "Indonesian and Javanese",
        "mono",
        "Sukarni|Wulandari|Budiono|Suharti|Prasetyo|Endang|Sutrisno|Kartini|Haryanto",
        "Wibowo|Setiawan|Kusumawati|Hidayat|Nugroho",
    ),
    _group(
        "Malay",
        "patronym",
        "Nurul Aina|Muhammad Hafiz|Siti Aishah|Azlan|Farah Diyana|Khairul|Nor Hayati",
        "bin Abdullah|binti Ismail|bin Othman|binti Hassan|bin Yusof|binti Rahim",
    ),
    _group(
        "Yoruba",
        "plain",
        "Oluwaseun|Adebayo|Folasade|Temitope|Olumide|Yetunde|Babatunde|Funmilayo|Ayodele",
        "Adeyemi|Ogunleye|Olatunji|Adebisi|Oyelaran|Ogundipe|Akinwale|Fashola",
    ),
    _group(
        "Igbo",
        "plain",
        "Chiamaka|Obinna|Ngozi|Chukwuemeka|Adaeze|Ikenna|Nkechi|Ifeanyi",
        "Okonkwo|Nwachukwu|Eze|Okafor|Obi|Nwosu|Chukwu|Anyanwu",
    ),
    _group(
        "Akan and Ghanaian",
        "plain",
        "Kwame|Akosua|Kofi|Abena|Yaw|Efua|Kwabena|Ama|Kojo",
        "Mensah|Asante|Boateng|Owusu|Agyeman|Ofori|Amponsah|Darko",
    ),
    _group(
        "Somali",
        "patronym",
        "Hodan|Abdirahman|Faadumo|Mahad|Hibaaq|Liban|Ubah|Guled",
        "Warsame|Farah|Jama|Abdi|Hirsi|Egal|Omar",
    ),
    _group(
        "Ethiopian and Eritrean",
        "patronym",
        "Meseret|Tewodros|Selamawit|Yohannes|Tigist|Dawit|Hiwot|Biniam",
        "Haile|Tesfaye|Gebremedhin|Bekele|Alemayehu|Wolde|Kidane",
    ),
    _group(
        "Kenyan and East African",
        "plain",
        "Wanjiru|Otieno|Akinyi|Kipchoge|Nyambura|Mwangi|Atieno|Kamau|Zawadi",
        "Njoroge|Odhiambo|Kiprotich|Wafula|Mutua|Achieng|Chebet|Kariuki",
    ),
    _group(
        "Southern African",
        "plain",
        "Thandiwe|Sipho|Nomvula|Themba|Lindiwe|Bongani|Zanele|Tinashe|Rutendo",
        "Mbeki|Dlamini|Ndlovu|Khumalo|Mokoena|Moyo|Chikwanha|Sibanda",
    ),
    _group(
        "Caribbean",
        "plain",
        "Delroy|Marcia|Winston|Paulette|Desmond|Claudette|Errol|Sharlene|Leon",
        "Campbell|McKenzie|Forbes|Brathwaite|Gayle|Chambers|Samuels|Pinnock",
    ),
    _group(
        "Baltic",
        "plain",
        "Rūta|Mindaugas|Ieva|Dainius|Laima|Kārlis|Ilze|Jānis|Aušra",
        "Kazlauskas|Petrauskienė|Jankauskas|Bērziņš|Kalniņa|Ozoliņš|Žukauskas",
    ),
    _group(
        "Ukrainian and Russian (Latin spelling)",
        "patronym",
        "Oksana|Taras|Olena|Bohdan|Svitlana|Dmytro|Yevgenia|Mykola|Anastasiia|Vitaliy",
        "Shevchenko|Bondarenko|Kovalenko|Melnyk|Tkachuk|Ivanova|Sokolov|Kuznetsova",
    ),
    _group(
        "South Slavic",
        "plain",
        "Milica|Dragan|Jelena|Nikola|Snežana|Goran|Vesna|Zoran|Ivana",
        "Petrović|Jovanović|Horvat|Kovačević|Babić|Marić|Novak|Đorđević",
    ),
    _group(
        "Albanian",
        "plain",
        "Arbër|Drita|Besnik|Mimoza|Ilir|Valbona|Fatmir|Blerta",
        "Hoxha|Krasniqi|Berisha|Gashi|Shehu|Dervishi|Kelmendi",
    ),
    _group(
        "Hebrew and Jewish",
        "plain",
        "Avigail|Yonatan|Tamar|Eitan|Shira|Moshe|Noa|Itzik|Rivka",
        "Goldberg|Ben-David|Rosenthal|Mizrahi|Katz|Shapiro|Abergel|Friedman",
    ),
    _group(
        "Māori and Pacific",
        "plain",
        "Aroha|Tamati|Mere|Wiremu|Anahera|Rawiri|Losana|Sione|Talia",
        "Ngata|Te Whata|Parata|Tuhoe|Fifita|Tupou|Leota|Faleolo",
    ),
    _group(
        "Armenian and Georgian (Latin spelling)",
        "plain",
        "Anahit|Tigran|Lusine|Armen|Nino|Giorgi|Tamuna|Levan",
        "Hovhannisyan|Petrosyan|Sargsyan|Beridze|Kapanadze|Gelashvili|Abashidze",
    ),
)

# English-word given names and modern choices: names that read as words in a note.
WORDLIKE_GIVEN: tuple[str, ...] = _split(
    "Max|June|Heather|Hope|Grace|Rose|Faith|Summer|Autumn|Bill|Frank|Mark|Pat|Sue|Dawn|Ivy|"
    "Joy|Will|Rich|Robin|Amber|Holly|Hazel|Crystal|Skye|Storm|Miles|Chase|Hunter|Bob|Pearl|"
    "Fern|Dale|Sunny|Angel|Major|Rowan|Willow|Reed|Wren"
)
WORDLIKE_SURNAMES: tuple[str, ...] = _split(
    "Baker|Cook|Bird|Field|Hill|Wood|Brown|Green|White|Rich|Price|Hope|Little|Long|Short|"
    "Sharp|Strong|Young|Cross|Moody|Gold|Frost|Winter|Bell|Marsh"
)

NICKNAMES: dict[str, str] = {
    "Barnaby": "Barney",
    "Rosalind": "Roz",
    "Felicity": "Flick",
    "Hamish": "Hamie",
    "Dafydd": "Dai",
    "Ruaridh": "Roo",
    "Donnacha": "Donie",
    "Thibault": "Thibo",
    "Baltasar": "Balta",
    "Inmaculada": "Inma",
    "Consuelo": "Chelo",
    "Gonzalo": "Gonzo",
    "Giacomo": "Jack",
    "Salvatore": "Totò",
    "Ludovica": "Ludo",
    "Przemysław": "Przemek",
    "Małgorzata": "Gosia",
    "Katarzyna": "Kasia",
    "Wojciech": "Wojtek",
    "Oluwaseun": "Seun",
    "Chukwuemeka": "Emeka",
    "Babatunde": "Tunde",
    "Funmilayo": "Funmi",
    "Temitope": "Temi",
    "Anastasiia": "Nastia",
    "Abdirahman": "Abdi",
    "Tewodros": "Teddy",
    "Sukhvinder": "Sukhi",
    "Balwinder": "Bally",
    "Yevgenia": "Zhenya",
    "Panagiotis": "Panos",
    "Chrysanthi": "Chrissie",
    "Wellington": "Welly",
    "Gwenaël": "Gwen",
    "Morwenna": "Wenna",
    "Sivakumar": "Siva",
}

TITLES_EN = _split("Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Sir|Dame|Lady|Capt")
TITLES_FR = _split("M.|Mme|Mlle|Monsieur|Madame|Dr")
TITLES_ES = _split("Sr.|Sra.|D.|Dña.|Don|Doña|Srta.")
TITLES_OTHER = _split("Sig.|Sig.ra|Pan|Pani|Herr|Frau|Bean Uí|Mrs")


@dataclass(frozen=True, slots=True)
class NonLatin:
    """A person written in a non-Latin script, with a Latin spelling for their e-mail."""

    script: str
    given: str
    surname: str
    latin_given: str
    latin_surname: str
    surname_first: bool = False  # written family name first, often with no space


NON_LATIN: tuple[NonLatin, ...] = (
    NonLatin("Cyrillic", "Олена", "Ковальчук", "Olena", "Kovalchuk"),
    NonLatin("Cyrillic", "Дмитрий", "Соколов", "Dmitriy", "Sokolov"),
    NonLatin("Cyrillic", "Светлана", "Иванова", "Svetlana", "Ivanova"),
    NonLatin("Cyrillic", "Богдан", "Мельник", "Bohdan", "Melnyk"),
    NonLatin("Greek", "Ελένη", "Παπαδοπούλου", "Eleni", "Papadopoulou"),
    NonLatin("Greek", "Γιώργος", "Αντωνίου", "Giorgos", "Antoniou"),
    NonLatin("Greek", "Δέσποινα", "Χριστοδούλου", "Despina", "Christodoulou"),
    NonLatin("Arabic", "ليلى", "حداد", "Layla", "Haddad"),
    NonLatin("Arabic", "كريم", "منصور", "Karim", "Mansour"),
    NonLatin("Arabic", "شيرين", "تهراني", "Shirin", "Tehrani"),
    NonLatin("Hebrew", "תמר", "רוזנטל", "Tamar", "Rosenthal"),
    NonLatin("Hebrew", "יונתן", "כץ", "Yonatan", "Katz"),
    NonLatin("Devanagari", "सुनीता", "शर्मा", "Sunita", "Sharma"),
    NonLatin("Devanagari", "राजेन्द्र", "श्रेष्ठ", "Rajendra", "Shrestha"),
    NonLatin("Bengali", "তাহমিনা", "চৌধুরী", "Tahmina", "Chowdhury"),
    NonLatin("Bengali", "রেজাউল", "রহমান", "Rezaul", "Rahman"),
    NonLatin("Tamil", "கவிதா", "ராமநாதன்", "Kavitha", "Ramanathan"),
    NonLatin("Gurmukhi", "ਹਰਪ੍ਰੀਤ", "ਸੰਧੂ", "Harpreet", "Sandhu"),
    NonLatin("Han", "秀英", "王", "Xiuying", "Wang", surname_first=True),
    NonLatin("Han", "志伟", "陈", "Zhiwei", "Chen", surname_first=True),
    NonLatin("Han", "嘉慧", "黄", "Ka Wai", "Wong", surname_first=True),
    NonLatin("Japanese", "花子", "佐藤", "Hanako", "Sato", surname_first=True),
    NonLatin("Japanese", "健太", "中村", "Kenta", "Nakamura", surname_first=True),
    NonLatin("Hangul", "지우", "김", "Ji-woo", "Kim", surname_first=True),
    NonLatin("Hangul", "민준", "박", "Min-jun", "Park", surname_first=True),
    NonLatin("Thai", "สมชาย", "ใจดี", "Somchai", "Jaidee"),
    NonLatin("Georgian", "ნინო", "ბერიძე", "Nino", "Beridze"),
    NonLatin("Armenian", "Անահիտ", "Պետրոսյան", "Anahit", "Petrosyan"),
    NonLatin("Ethiopic", "መሰረት", "ኃይሌ", "Meseret", "Haile"),
    NonLatin("Ethiopic", "ዳዊት", "በቀለ", "Dawit", "Bekele"),
    NonLatin("Cyrillic", "Милица", "Петровић", "Milica", "Petrović"),
    NonLatin("Arabic", "عائشة", "قریشی", "Ayesha", "Qureshi"),
)


def _unique(parts: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(name for names in parts for name in names))


GIVEN: tuple[str, ...] = _unique((*(g.given for g in GROUPS), WORDLIKE_GIVEN))
SURNAMES: tuple[str, ...] = _unique((*(g.surnames for g in GROUPS), WORDLIKE_SURNAMES))
