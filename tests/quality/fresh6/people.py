"""The fresh6 people: given names and surnames typed for this set, by naming culture.

Each group is a culture, the shape its names take and its names ("|"-separated). Shapes:
plain, particle (a lower-case particle before the surname), patronym, family-first
(surname written first), double (double-barrelled or two surnames), mono (one name only).
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Group:
    """One naming culture: its shape, its given names and its surnames."""

    culture: str
    shape: str
    given: tuple[str, ...]
    surnames: tuple[str, ...]


def _g(culture: str, shape: str, given: str, surnames: str) -> Group:
    return Group(culture, shape, tuple(given.split("|")), tuple(surnames.split("|")))


GROUPS = (
    _g(
        "Welsh",
        "particle",
        "Bethan|Gwenllian|Iolo|Rhodri|Cerys|Dafydd|Heledd|Emrys|Nia|Tegwen",
        "ap Rhys|ab Owain|Prydderch|Llwyd|Gruffudd|Bowen|Vaughan|ap Hywel|Pugh|Meredith",
    ),
    _g(
        "Scottish Gaelic",
        "particle",
        "Ealasaid|Seumas|Mairead|Iain|Catriona|Ruairidh|Oighrig|Calum",
        "NicLeòid|MacAmhlaigh|Mac an t-Saoir|NicDhòmhnaill|MacIomhair|Moireasdan|Friseal",
    ),
    _g(
        "Irish",
        "plain",
        "Siobhán|Tadhg|Caoimhe|Oisín|Gráinne|Cathal|Éabha|Donncha|Saoirse|Fiachra",
        "Ó Súilleabháin|Ní Bhriain|Mac Giolla Phádraig|O'Dwyer|Nic Amhlaoibh|Breathnach|Ó Cinnéide",
    ),
    _g(
        "Cornish",
        "plain",
        "Morwenna|Jago|Tamsin|Piran|Demelza|Kerensa|Jory|Lowenna",
        "Trevorrow|Penhaligon|Chenoweth|Polglase|Trewin|Nancarrow|Rosevear|Tremayne",
    ),
    _g(
        "Yoruba",
        "plain",
        "Adebayo|Folasade|Oluwaseun|Titilayo|Babatunde|Morenike|Ayodele",
        "Adeyemi|Ogunleye|Olatunji|Fashola|Akinwande|Oyelaran|Adebisi",
    ),
    _g(
        "Igbo",
        "plain",
        "Chiamaka|Obinna|Ngozi|Chukwuemeka|Adaeze|Ikenna|Nnenna|Somtochukwu",
        "Okonkwo|Eze|Nwosu|Obiora|Anyanwu|Okeke|Chukwu|Nnamdi",
    ),
    _g(
        "Akan",
        "plain",
        "Kwabena|Akosua|Kofi|Ama|Yaw|Efua|Kwesi|Abena",
        "Mensah|Boateng|Owusu|Asante|Ofori|Agyeman|Darko|Appiah",
    ),
    _g(
        "Amharic",
        "patronym",
        "Tigist|Dawit|Meskerem|Yohannes|Selamawit|Bereket|Hiwot|Abebe",
        "Tesfaye|Gebremedhin|Haile|Mengistu|Alemu|Wolde|Bekele|Desta",
    ),
    _g(
        "Somali",
        "patronym",
        "Hodan|Abdirahman|Ifrah|Mohamud|Sagal|Abdiweli|Ubah|Guled",
        "Warsame|Farah|Abdi|Jama|Hirsi|Egal|Dualeh|Omar",
    ),
    _g(
        "Swahili",
        "plain",
        "Neema|Baraka|Zawadi|Juma|Rehema|Hamisi|Imani|Jabari",
        "Mwangi|Kamau|Otieno|Njoroge|Wanjiru|Mushi|Kimaro|Mbwana",
    ),
    _g(
        "Zulu",
        "plain",
        "Nomvula|Sipho|Thandeka|Bongani|Lindiwe|Mandla|Zanele|Themba",
        "Dlamini|Ndlovu|Mkhize|Zungu|Khumalo|Ngcobo|Mthembu|Shabalala",
    ),
    _g(
        "Punjabi",
        "plain",
        "Harpreet|Gurpreet|Jaswinder|Manpreet|Kulwinder|Amarjit|Simran|Baljit",
        "Sandhu|Dhillon|Grewal|Gill|Sidhu|Bains|Randhawa|Virk",
    ),
    _g(
        "Tamil",
        "patronym",
        "Kavitha|Senthil|Meenakshi|Arulmozhi|Thiru|Yazhini|Karthik|Vaani",
        "Subramaniam|Ramasamy|Pillai|Murugan|Sivakumar|Natarajan|Balasubramanian",
    ),
    _g(
        "Bengali",
        "plain",
        "Sharmin|Tanvir|Nusrat|Rafiqul|Moushumi|Shafiq|Anwara|Joydeep",
        "Chowdhury|Rahman|Bhattacharya|Mukherjee|Hossain|Sarkar|Talukder|Majumder",
    ),
    _g(
        "Gujarati",
        "plain",
        "Hetal|Jignesh|Falguni|Bhavesh|Kinjal|Nilesh|Dhara|Chirag",
        "Patel|Desai|Mehta|Trivedi|Parekh|Joshi|Vaghela|Solanki",
    ),
    _g(
        "Urdu",
        "plain",
        "Zainab|Bilal|Hina|Usman|Sadia|Faisal|Rubina|Kamran",
        "Qureshi|Siddiqui|Butt|Chaudhry|Mirza|Abbasi|Akhtar|Rana",
    ),
    _g(
        "Pashto",
        "plain",
        "Malalai|Zarmina|Khushal|Gulalai|Wais|Spogmai|Mirwais|Palwasha",
        "Durrani|Yousafzai|Afridi|Khattak|Popalzai|Achakzai|Mohmand|Shinwari",
    ),
    _g(
        "Persian",
        "plain",
        "Shirin|Dariush|Parisa|Kourosh|Roya|Behnam|Golnaz|Arash",
        "Tehrani|Moradi|Karimi|Jafari|Sadeghi|Rostami|Farahani|Esfahani",
    ),
    _g(
        "Kurdish",
        "plain",
        "Hêvî|Rêbaz|Jiyan|Berzan|Nazdar|Dilovan|Rojin|Azad",
        "Barzani|Talabani|Zebari|Bakir|Amedi|Goran|Hawrami",
    ),
    _g(
        "Arabic Levant",
        "particle",
        "Rania|Tarek|Lina|Bassel|Hala|Ziad|Maysa|Nabil",
        "al-Khatib|Haddad|Nassar|el-Hage|Sabbagh|Khoury|Azar|Halabi",
    ),
    _g(
        "Arabic Gulf",
        "particle",
        "Noura|Saif|Mariam|Hamdan|Shamma|Rashed|Alia|Sultan",
        "Al Mansoori|bin Zayed|Al Nuaimi|Al Shamsi|Al Suwaidi|Al Ketbi|Al Dhaheri",
    ),
    _g(
        "Arabic Maghreb",
        "plain",
        "Yasmina|Karim|Nadia|Mehdi|Samira|Rachid|Houda|Youssef",
        "Benali|Bouzid|El Amrani|Haddadi|Benjelloun|Mansouri|Belkacem|Cherif",
    ),
    _g(
        "Arabic Egypt",
        "patronym",
        "Mona|Sherif|Dina|Amr|Heba|Tamer|Nesrine|Hossam",
        "Abdel Fattah|Mostafa|Soliman|El Sayed|Fahmy|Ghoneim|Zaki|Shawky",
    ),
    _g(
        "Turkish",
        "plain",
        "Elif|Emre|Zeynep|Burak|Ayşe|Oğuz|Gülşen|Çağrı",
        "Yılmaz|Öztürk|Şahin|Çelik|Doğan|Aydın|Kılıç|Güneş",
    ),
    _g(
        "Azerbaijani",
        "plain",
        "Aysel|Elvin|Günay|Rauf|Leyla|Tural|Nərmin|Orxan",
        "Məmmədov|Əliyeva|Hüseynov|Quliyev|Həsənova|Rzayev|Babayev",
    ),
    _g(
        "Georgian",
        "plain",
        "Nino|Giorgi|Tamar|Levan|Ketevan|Davit|Mariam|Zurab",
        "Beridze|Kapanadze|Gelashvili|Lomidze|Tsiklauri|Khutsishvili|Japaridze",
    ),
    _g(
        "Armenian",
        "plain",
        "Anahit|Tigran|Lusine|Aram|Siranush|Vardan|Arevik|Gevorg",
        "Petrosyan|Hakobyan|Grigoryan|Sargsyan|Manukyan|Avetisyan|Ghazaryan",
    ),
    _g(
        "Greek",
        "plain",
        "Eleni|Dimitrios|Katerina|Panagiotis|Vasiliki|Stavros|Chrysoula|Spyros",
        "Papadopoulou|Georgiou|Karagiannis|Nikolaidis|Oikonomou|Vlachou|Theodorakis",
    ),
    _g(
        "Albanian",
        "plain",
        "Besa|Arben|Drita|Fatmir|Lule|Gëzim|Mimoza|Ilir",
        "Hoxha|Krasniqi|Berisha|Gashi|Shehu|Leka|Dervishi|Kelmendi",
    ),
    _g(
        "Romanian",
        "plain",
        "Ioana|Mihai|Raluca|Bogdan|Oana|Sorin|Alina|Cătălin",
        "Popescu|Ionescu|Dumitrescu|Stănescu|Munteanu|Ciobanu|Radu|Constantinescu",
    ),
    _g(
        "Hungarian",
        "family-first",
        "Zsófia|Bence|Réka|Levente|Dóra|Gergely|Boglárka|Csaba",
        "Nagy|Kovács|Szabó|Horváth|Varga|Tóth|Kiss|Farkas",
    ),
    _g(
        "Czech",
        "plain",
        "Tereza|Jiří|Markéta|Vojtěch|Kateřina|Ondřej|Zdeňka|Radek",
        "Novotná|Dvořák|Černý|Procházková|Kučera|Veselý|Horáková|Marek",
    ),
    _g(
        "Slovak",
        "plain",
        "Zuzana|Matúš|Lenka|Juraj|Ivana|Peter|Michaela|Ľubomír",
        "Kováčová|Baláž|Molnár|Šimko|Lukáčová|Hudák|Kollár",
    ),
    _g(
        "Polish",
        "plain",
        "Agnieszka|Grzegorz|Małgorzata|Wojciech|Katarzyna|Przemysław|Bożena",
        "Wiśniewska|Kowalczyk|Zieliński|Szymańska|Woźniak|Dąbrowski|Grabowska",
    ),
    _g(
        "Lithuanian",
        "plain",
        "Rūta|Mindaugas|Aušra|Darius|Eglė|Tomas|Giedrė|Vytautas",
        "Kazlauskas|Petrauskienė|Jankauskas|Stankevičius|Vasiliauskaitė|Žukauskas",
    ),
    _g(
        "Latvian",
        "plain",
        "Ilze|Jānis|Baiba|Edgars|Dace|Kārlis|Laima|Raimonds",
        "Bērziņš|Kalniņa|Ozols|Liepiņa|Krūmiņš|Zariņa|Vītols",
    ),
    _g(
        "Estonian",
        "plain",
        "Kadri|Tõnu|Liis|Margus|Triin|Rein|Piret|Indrek",
        "Tamm|Saar|Sepp|Mägi|Kask|Kukk|Rebane|Ilves",
    ),
    _g(
        "Finnish",
        "plain",
        "Aino|Juha|Satu|Tapio|Hanna|Eero|Pirjo|Jarkko",
        "Korhonen|Mäkinen|Nieminen|Heikkinen|Laaksonen|Virtanen|Järvinen",
    ),
    _g(
        "Sami",
        "plain",
        "Máret|Ánte|Elle|Niillas|Biret|Ovllá|Sunná|Jovnna",
        "Gaup|Sara|Eira|Utsi|Somby|Hætta|Balto",
    ),
    _g(
        "Icelandic",
        "patronym",
        "Guðrún|Sigurður|Þórdís|Ragnar|Hrafnhildur|Einar|Sólveig|Björn",
        "Jónsdóttir|Gunnarsson|Magnúsdóttir|Sigurðsson|Einarsdóttir|Ólafsson",
    ),
    _g(
        "Faroese",
        "patronym",
        "Rannvá|Jógvan|Bára|Sjúrður|Turið|Hanus|Marjun|Rógvi",
        "Joensen|Poulsen|Hansen|Dam|Olsen|Jacobsen|Mikkelsen",
    ),
    _g(
        "Portuguese",
        "double",
        "Inês|João|Beatriz|Gonçalo|Leonor|Duarte|Matilde|Tiago",
        "Sousa Ferreira|Carvalho|Magalhães|Gonçalves|Pereira da Costa|Rodrigues|Mota",
    ),
    _g(
        "Brazilian",
        "particle",
        "Thaís|Rodrigo|Luana|Caio|Jéssica|Thiago|Larissa|Wellington",
        "dos Santos|de Oliveira|da Silva|Nascimento|Cavalcanti|Albuquerque|Barbosa",
    ),
    _g(
        "Galician",
        "double",
        "Uxía|Brais|Antía|Xoán|Iria|Anxo|Sabela|Roi",
        "Outeiro|Castro Lema|Rivas|Vilariño|Novoa|Fernández Otero|Lamas",
    ),
    _g(
        "Basque",
        "plain",
        "Ainhoa|Iker|Nerea|Unai|Maite|Gorka|Itziar|Aitor",
        "Etxeberria|Goikoetxea|Arrieta|Zubizarreta|Urrutia|Agirre|Larrañaga",
    ),
    _g(
        "Catalan",
        "double",
        "Núria|Jordi|Montserrat|Oriol|Mireia|Pau|Laia|Arnau",
        "Puig i Vidal|Ferrer|Soler|Vila|Casals|Riera|Roca Serra",
    ),
    _g(
        "Maltese",
        "plain",
        "Marija|Ġorġ|Rita|Ċensu|Doris|Mario|Lourdes|Kurt",
        "Borg|Camilleri|Vella|Farrugia|Zammit|Galea|Micallef|Grech",
    ),
    _g(
        "Vietnamese",
        "family-first",
        "Lan|Minh|Hương|Tuấn|Thảo|Dũng|Ngọc|Phúc",
        "Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng|Bùi",
    ),
    _g(
        "Thai",
        "plain",
        "Siriporn|Somchai|Kanokwan|Anurak|Pimchanok|Thanawat|Ratana",
        "Srisuk|Wongsawat|Chaiyaporn|Rattanakosin|Boonmee|Suksawat|Thongchai",
    ),
    _g(
        "Filipino",
        "plain",
        "Maricel|Jericho|Rowena|Bong|Liezel|Jun-Jun|Marites|Rogelio",
        "Dela Cruz|Bautista|Macaraeg|Villanueva|Pangilinan|Manalo|Dimaculangan",
    ),
    _g(
        "Indonesian",
        "mono",
        "Sukarno|Wulandari|Suharti|Bambang|Dewi|Agus|Setiawati",
        "Wijaya|Santoso|Kusuma|Halim|Gunawan|Susanto|Hartono",
    ),
    _g(
        "Malay",
        "particle",
        "Nurul|Hafiz|Siti|Azlan|Farah|Iskandar|Aisyah|Hakim",
        "bin Ismail|binti Yusof|bin Abdullah|binti Rahim|bin Othman|binti Hamzah",
    ),
    _g(
        "Korean",
        "family-first",
        "Ji-woo|Min-jun|Seo-yeon|Dong-hyun|Ha-eun|Jae-sung|Yu-na",
        "Kim|Park|Choi|Jung|Kang|Yoon|Jang|Lim",
    ),
    _g(
        "Japanese",
        "family-first",
        "Haruka|Takeshi|Yui|Kenta|Sakura|Daisuke|Aoi|Ryota",
        "Takahashi|Watanabe|Yamamoto|Nakamura|Kobayashi|Fujiwara|Matsumoto",
    ),
    _g(
        "Chinese pinyin",
        "family-first",
        "Xiuying|Wei|Jing|Haoran|Yuxin|Zhiwei|Lihua|Jun",
        "Zhang|Wang|Liu|Chen|Zhao|Huang|Zhou|Xu",
    ),
    _g(
        "Cantonese",
        "family-first",
        "Ka-ming|Wing-yee|Chi-keung|Suk-fan|Tsz-hin|Mei-ling",
        "Chan|Wong|Leung|Cheung|Lau|Ng|Tsang|Yip",
    ),
    _g(
        "Hokkien",
        "family-first",
        "Boon Huat|Siew Ling|Kah Wai|Poh Choo|Teck Seng|Geok Hoon",
        "Tan|Lim|Goh|Teo|Ong|Koh|Yeo|Sim",
    ),
    _g(
        "Mongolian",
        "patronym",
        "Enkhjargal|Batbayar|Oyunchimeg|Ganbaatar|Sarangerel|Tömör",
        "Bold|Dorj|Baatar|Sükhbaatar|Tsogt|Altankhuyag",
    ),
    _g(
        "Kazakh",
        "plain",
        "Aigerim|Nurlan|Dana|Yerlan|Zhanar|Askar|Gulnara|Daniyar",
        "Nurlanov|Zhaksybekova|Seitkali|Abenov|Omarova|Tulegenov",
    ),
    _g(
        "Uzbek",
        "plain",
        "Dilnoza|Rustam|Malika|Sherzod|Gulnora|Jasur|Nodira|Bekzod",
        "Karimov|Yusupova|Rakhimov|Tashkentova|Ergashev|Mirzayev",
    ),
    _g(
        "Hawaiian",
        "plain",
        "Kalani|Keoni|Leilani|Makana|Noelani|Kainoa|Mahina",
        "Kahananui|Kealoha|Akana|Kamakau|Kekumu|Nakoa",
    ),
    _g(
        "Maori",
        "plain",
        "Aroha|Tamati|Anahera|Rawiri|Moana|Wiremu|Hine|Nikau",
        "Ngata|Parata|Tipene|Rangihau|Walker|Te Whiu|Tawhiri",
    ),
    _g(
        "Samoan",
        "plain",
        "Mele|Sione|Losa|Tavita|Malia|Pita|Fetu|Ioane",
        "Tuilagi|Faleolo|Leiataua|Sapolu|Aiono|Fonoti",
    ),
    _g(
        "Tongan",
        "plain",
        "Salote|Tevita|'Ana|Sione|Lupe|Viliami|Mele|Siaosi",
        "Taufa|Fifita|Havili|Vaipulu|Tupou|Latu|Kupu",
    ),
    _g(
        "Inuit",
        "plain",
        "Aputiaq|Nivi|Siku|Ujarak|Pauloosie|Ivalu|Tapeesa|Qillaq",
        "Kigutaq|Okalik|Arnatsiaq|Kusugak|Qitsualik|Angutimarik",
    ),
    _g(
        "Quechua",
        "plain",
        "Killa|Inti|Sisa|Amaru|Wayra|Yupanqui|Nina|Quilla",
        "Mamani|Quispe|Huanca|Condori|Ccori|Apaza|Huaman",
    ),
    _g(
        "Caribbean",
        "plain",
        "Shanice|Delroy|Keisha|Winston|Marcia|Everton|Jodi-Ann|Clive",
        "Campbell|Thompson-Reid|Brathwaite|Gittens|Forde|Alleyne|St. Hill|Ince",
    ),
    _g(
        "Jewish",
        "plain",
        "Miriam|Yosef|Rivka|Avraham|Shoshana|Moshe|Tova|Eliezer",
        "Rosenberg|Katz|Goldfarb|Ben-David|Shapiro|Weinstock|Mizrahi|Abrahamov",
    ),
    _g(
        "Romani",
        "plain",
        "Esmeralda|Django|Florica|Tibor|Zelda|Vano|Luludja|Milosh",
        "Lee|Boswell|Smith|Lovell|Heron|Buckland|Ayres|Stanley",
    ),
    _g(
        "Dutch",
        "particle",
        "Femke|Joost|Marloes|Sjoerd|Anouk|Thijs|Mieke|Bram",
        "van der Berg|de Vries|van Dijk|Bakker|de Boer|Mulder|van Leeuwen",
    ),
    _g(
        "Tigrinya",
        "patronym",
        "Senait|Tesfalem|Luwam|Yonas|Saba|Habtom|Ruta|Mehari",
        "Tekle|Kidane|Berhe|Ghebre|Woldemichael|Haile",
    ),
    _g(
        "English double",
        "double",
        "Harriet|Rupert|Imogen|Barnaby|Philippa|Crispin|Araminta",
        "Fortescue-Wyatt|Lloyd-Hughes|Ashby-Grant|Pryce-Jones|Carrington-Moss|Hale-Dunbar",
    ),
    _g(
        "Breton",
        "plain",
        "Gwenola|Yannig|Maiwenn|Erwan|Azilis|Tangi|Nolwenn|Goulven|Anaig|Riwal",
        "Le Gall|Kerbrat|Le Bihan|Guivarc'h|Tanguy|Le Goff|Kervella|Quéré|Le Roux|Cadiou|Prigent",
    ),
    _g(
        "Manx",
        "plain",
        "Ealish|Juan|Voirrey|Illiam|Moirrey|Orry|Aalin|Fynlo|Breeshey|Stoandan",
        "Quayle|Kermode|Corlett|Qualtrough|Cregeen|Kinvig|Faragher|Callister|Kneale|Quilliam|Costain",
    ),
    _g(
        "Frisian",
        "patronym",
        "Sjoerd|Tjitske|Wybren|Aukje|Hessel|Froukje|Jouke|Baukje|Sietse|Hiltsje",
        "Wiersma|Hoekstra|Dijkstra|Bakker-Haitsma|Sijtsma|Terpstra|Zijlstra|Visser-Feenstra|Jellema|Postma|Brouwer",
    ),
    _g(
        "Sardinian and Sicilian",
        "plain",
        "Gavino|Bonaria|Salvatore|Efisia|Calogero|Agata|Gesuino|Rosalia|Baingio|Tindara",
        "Murgia|Porcu|Pinna|Sanna|Lo Presti|Scuderi|Cannizzaro|Musumeci|Deiana|Lai|Spanò",
    ),
    _g(
        "Occitan",
        "plain",
        "Miquèl|Joana|Peireta|Bernat|Aurélia|Guilhèm|Mirelha|Ramon|Estève|Magali",
        "Pujol|Castanet|Fabre|Roqueta|Montanhac|Delmas|Barbaste|Coustou|Bonnafous|Vidalenc|Lafargue",
    ),
    _g(
        "Slovene",
        "plain",
        "Urška|Matevž|Špela|Gašper|Nuša|Rok|Tjaša|Blaž|Maruša|Žiga",
        "Kovačič|Zupančič|Horvat|Potočnik|Mlakar|Vidmar|Kos|Golob|Turk|Kralj|Žagar",
    ),
    _g(
        "Croatian and Serbian",
        "plain",
        "Ivana|Dragan|Jelena|Zvonimir|Milica|Nenad|Snježana|Branimir|Dubravka|Vuk",
        "Jurić|Babić|Radovanović|Knežević|Marković|Perišić|Vuković|Đorđević|Šimunović|Pavlović|Matijević",
    ),
    _g(
        "Bosnian",
        "plain",
        "Amra|Edin|Lejla|Haris|Selma|Mirza|Emina|Adnan|Azra|Kenan",
        "Hadžić|Begović|Delić|Omerović|Mujkić|Softić|Hodžić|Kurtović|Salihović|Imamović|Čaušević",
    ),
    _g(
        "Macedonian and Bulgarian",
        "plain",
        "Biljana|Goce|Snežana|Boyko|Radka|Todor|Desislava|Kiril|Zornitsa|Stojan",
        "Trajkovski|Petrovska|Dimitrov|Nikolova|Angelovski|Ivanova|Georgiev|Stefanovska|Kostov|Hristova|Velichkov",
    ),
    _g(
        "Ukrainian and Belarusian",
        "patronym",
        "Oksana|Taras|Halyna|Bohdan|Solomiia|Yaroslav|Ales|Nastassia|Mykola|Hanna",
        "Kovalenko|Bondarenko|Tkachuk|Melnychuk|Savchenko|Lysenko|Karatkevich|Dubrouski|Hrytsenko|Boyko|Yarmolenko",
    ),
    _g(
        "Tatar and Bashkir",
        "patronym",
        "Alsu|Rustam|Guzel|Ilnur|Dilyara|Rinat|Aigul|Timur|Lyaysan|Ildar",
        "Galiullin|Khabibullina|Sabirov|Gainutdinova|Minnikhanov|Zakirova|Shaimiev|Valeeva|Nurmukhametov|Fatkullina|Yusupov",
    ),
    _g(
        "Chechen and Avar",
        "patronym",
        "Zelimkhan|Khava|Aslanbek|Madina|Shamil|Patimat|Ramzan|Zarema|Magomed|Kheda",
        "Dudaev|Magomedova|Gadzhiev|Tsaraeva|Umarov|Alieva|Bagaudinov|Khasieva|Abdulaev|Murtazalieva|Saidov",
    ),
    _g(
        "Kyrgyz, Tajik and Turkmen",
        "patronym",
        "Aizada|Nurlan|Bermet|Firuz|Manizha|Dilshod|Ogulgerek|Serdar|Jyldyz|Parviz",
        "Asanbekova|Sadyrov|Rahmonov|Nazarova|Berdimuhamedow|Orazova|Toktogulov|Sharipova|Ataýew|Isakova|Jumabaev",
    ),
    _g(
        "Uyghur",
        "patronym",
        "Mihray|Abdurehim|Gulnar|Ilham|Mukaddas|Ekhmet|Reyhan|Tursun|Aynur|Memet",
        "Tohti|Kadeer|Yasin|Abdukerim|Turdi|Niyaz|Hoshur|Rozi|Sawut|Mamut|Qurban",
    ),
    _g(
        "Tibetan and Sherpa",
        "mono",
        "Tenzin|Pema|Dolma|Lhakpa|Ngawang|Yangchen|Tashi|Dawa|Sonam|Karma",
        "Sherpa|Lama|Tsering|Gyatso|Wangmo|Norbu|Dorjee|Choden|Lhamo|Rinchen|Phuntsok",
    ),
    _g(
        "Nepali",
        "plain",
        "Sushila|Bikram|Anjali|Prabin|Sarita|Dipendra|Manisha|Sujan|Kabita|Roshan",
        "Shrestha|Gurung|Thapa|Magar|Adhikari|Tamang|Rai|Bhattarai|Limbu|Pokharel|Karki",
    ),
    _g(
        "Sinhala",
        "plain",
        "Chathurika|Nuwan|Dilhani|Kasun|Sanduni|Tharindu|Ishara|Lahiru|Nadeesha|Ruwan",
        "Wickramasinghe|Jayawardena|Gunasekara|Ranasinghe|Dissanayake|Bandara|Samarakoon|Herath|Wijesinghe|Karunaratne|Senanayake",
    ),
    _g(
        "Malayalam and Telugu",
        "family-first",
        "Anoop|Lakshmi|Sreejith|Divya|Venkatesh|Sravani|Prasanth|Meenakshi|Srinivas|Haritha",
        "Nair|Menon|Pillai|Kurup|Reddy|Naidu|Chowdary|Varghese|Kuriakose|Thampi|Rao",
    ),
    _g(
        "Marathi and Kannada",
        "plain",
        "Aarti|Sachin|Pallavi|Omkar|Shruti|Girish|Madhuri|Tejas|Sneha|Yogesh",
        "Kulkarni|Deshpande|Patil|Joshi|Gokhale|Hegde|Shetty|Gowda|Bhat|Jadhav|Apte",
    ),
    _g(
        "Sindhi and Baloch",
        "plain",
        "Sassui|Jam|Marvi|Ghulam|Sughra|Mir|Naz|Dodo|Hani|Bijar",
        "Baloch|Memon|Soomro|Bugti|Lashari|Mengal|Junejo|Talpur|Rind|Bhutto|Mirani",
    ),
    _g(
        "Burmese",
        "mono",
        "Aung|Thida|Kyaw|Nilar|Zaw|Hnin|Myint|Khin|Thandar|Htet",
        "Aung San|Myo Min|Thant Zin|Su Su|Win Naing|Ei Phyu|Ye Htut|Moe Moe|Zin Mar|Soe Lwin|Nay Lin",
    ),
    _g(
        "Khmer, Lao and Hmong",
        "family-first",
        "Sokha|Dara|Chantrea|Vannak|Souksavanh|Khamla|Bounmy|Pa Houa|Youa|Chue",
        "Sok|Chhay|Keo|Phommachanh|Sisouphanh|Vang|Xiong|Thao|Lor|Yang|Moua",
    ),
    _g(
        "Javanese and Balinese",
        "mono",
        "Sulistyowati|Bambang|Ketut|Wayan|Ni Luh|Sutrisno|Made|Nyoman|Endang|Gede",
        "Wibisono|Hartono|Suryadi|Artawan|Purnamasari|Widodo|Sudarsana|Kusumawati|Santoso|Mahendra|Prasetyo",
    ),
    _g(
        "Fijian and Tahitian",
        "plain",
        "Litia|Josefa|Mereoni|Ratu|Adi|Tevahine|Teiki|Moana|Vaitiare|Manutea",
        "Naivalu|Tuilevuka|Ravouvou|Qarase|Waqanivalu|Teriierooiterai|Tetuanui|Flosse|Temaru|Vanaa|Drodrolagi",
    ),
    _g(
        "Chamorro and Marshallese",
        "plain",
        "Josephina|Jesus|Tiara|Kiyoshi|Lanie|Bwijtak|Kalani|Mae|Jabez|Neijon",
        "Camacho|Quitugua|San Nicolas|Taitano|Cruz|Leon Guerrero|Kabua|Heine|deBrum|Zackios|Aguon",
    ),
    _g(
        "Navajo, Lakota and Cherokee",
        "plain",
        "Ahiga|Nizhoni|Kimimela|Tayanita|Wapi|Ayasha|Doli|Chayton|Wahchinksapa|Halona",
        "Begay|Yazzie|Tsosie|Nez|Whitehorse|Two Bulls|Sixkiller|Redbird|Littlebear|Benally|Manuelito",
    ),
    _g(
        "Mapuche, Aymara and Guarani",
        "plain",
        "Ayelén|Millaray|Nahuel|Lautaro|Wara|Illimani|Yací|Arandú|Rayen|Anahí",
        "Huenchumilla|Quilapán|Painemal|Mamani|Quispe-Choque|Condori|Ticona|Benítez Aranda|Colque|Catrileo|Llancaqueo",
    ),
    _g(
        "Haitian and Cape Verdean",
        "plain",
        "Wideline|Jean-Robert|Mirlande|Fritznel|Guerline|Dieudonné|Djenifer|Adilson|Ivanilda|Nélio",
        "Pierre-Louis|Joseph|Dorvilus|Saint-Fleur|Jean-Baptiste|Baptista|Tavares|Semedo|Fortes|Mendes Lopes|Delgado",
    ),
    _g(
        "Hausa and Fula",
        "patronym",
        "Aminu|Hadiza|Sani|Zainab|Bello|Hauwa|Amadou|Fatoumata|Oumar|Kadiatou",
        "Danjuma|Abubakar|Garba|Sokoto|Bello-Kano|Diallo|Barry|Bah|Sow|Ba|Jalloh",
    ),
    _g(
        "Wolof and Mandinka",
        "plain",
        "Moussa|Awa|Cheikh|Ndeye|Lamine|Aminata|Babacar|Khady|Modou|Sokhna",
        "Ndiaye|Diop|Fall|Gueye|Sarr|Faye|Cissé|Touré|Keïta|Camara|Jammeh",
    ),
    _g(
        "Shona, Xhosa and Tswana",
        "plain",
        "Tendai|Rutendo|Farai|Nyasha|Lwazi|Nomvula|Siyabonga|Thandeka|Kagiso|Boitumelo",
        "Moyo|Ncube|Chiwenga|Mutasa|Madikizela|Mbeki|Nkosi|Mokoena|Molefe|Sithole|Dube",
    ),
    _g(
        "Malagasy",
        "plain",
        "Hery|Voahangy|Fanja|Tahina|Lalao|Njaka|Mialy|Rivo|Haingo|Tsiry",
        "Rakotomalala|Andrianarivo|Razafindrakoto|Randriamampionona|Rasoanaivo|Ravelomanana|Rabemananjara|Ratsimandrava|Andriamanjato|Rajaonarison|Ramanantsoa",
    ),
    _g(
        "Oromo and Amazigh",
        "patronym",
        "Chaltu|Gemechu|Lensa|Tolosa|Obsa|Tiziri|Massinissa|Thiziri|Amayas|Tafsut",
        "Gudina|Bekele|Dinsa|Fayisa|Tufa|Ait Ahmed|Amrouche|Aït Menguellet|Ouyahia|Mammeri|Idir",
    ),
    _g(
        "Luxembourgish and Sorbian",
        "plain",
        "Jängi|Mett|Tessy|Claude|Fränz|Lieschen|Jurij|Hanka|Měrćin|Katka",
        "Wagner|Schmit|Hoffmann|Kieffer|Weber-Thill|Muller|Nowak-Šołta|Krawc|Wjelan|Rychtaŕ|Brězan",
    ),
)

# people written in their own scripts: (culture, script, given, surname)
NON_LATIN = (
    ("Greek", "Greek", "Ελένη", "Παπαδοπούλου"), ("Greek", "Greek", "Σταύρος", "Γεωργίου"),
    ("Greek", "Greek", "Κατερίνα", "Οικονόμου"), ("Russian", "Cyrillic", "Светлана", "Кузнецова"),
    ("Bulgarian", "Cyrillic", "Пламен", "Стоянов"), ("Ukrainian", "Cyrillic", "Оксана", "Шевчук"),
    ("Arabic", "Arabic", "ليلى", "الحداد"), ("Arabic", "Arabic", "يوسف", "المنصوري"),
    ("Persian", "Arabic", "شیرین", "کریمی"), ("Urdu", "Arabic", "زینب", "قریشی"),
    ("Hebrew", "Hebrew", "מרים", "כץ"), ("Hebrew", "Hebrew", "יוסף", "שפירא"),
    ("Hindi", "Devanagari", "अनीता", "शर्मा"), ("Punjabi", "Gurmukhi", "ਹਰਪ੍ਰੀਤ", "ਸੰਧੂ"),
    ("Bengali", "Bengali", "নুসরাত", "চৌধুরী"), ("Tamil", "Tamil", "கவிதா", "சுப்பிரமணியம்"),
    ("Gujarati", "Gujarati", "હેતલ", "પટેલ"), ("Thai", "Thai", "ศิริพร", "ศรีสุข"),
    ("Georgian", "Georgian", "ნინო", "ბერიძე"), ("Armenian", "Armenian", "Անահիտ", "Պետրոսյան"),
    ("Amharic", "Ethiopic", "ትዕግስት", "ተስፋዬ"), ("Korean", "Hangul", "지우", "김"),
    ("Korean", "Hangul", "민준", "박"), ("Japanese", "Kanji", "陽菜", "高橋"),
    ("Japanese", "Kana", "さくら", "わたなべ"), ("Chinese", "Han", "秀英", "张"),
    ("Chinese", "Han", "志伟", "陈"), ("Mongolian", "Cyrillic", "Батбаяр", "Дорж"),
    ("Kazakh", "Cyrillic", "Айгерим", "Омарова"), ("Sinhala", "Sinhala", "නිමල්", "පෙරේරා"),
    ("Khmer", "Khmer", "សុភា", "ចាន់"), ("Lao", "Lao", "ສົມພອນ", "ວົງສາ"),
)  # fmt: skip

NICKNAMES = {
    "Dafydd": "Dai", "Rhodri": "Rhod", "Seumas": "Shay", "Oluwaseun": "Seun",
    "Chukwuemeka": "Emeka", "Babatunde": "Tunde", "Ayodele": "Ayo", "Abdirahman": "Abdi",
    "Gurpreet": "Gurp", "Dimitrios": "Takis", "Panagiotis": "Panos", "Katerina": "Katia",
    "Przemysław": "Przemek", "Małgorzata": "Gosia", "Katarzyna": "Kasia", "Wojciech": "Wojtek",
    "Sigurður": "Siggi", "Gonçalo": "Gonça", "Montserrat": "Montse", "Jericho": "Echo",
    "Wellington": "Welly", "Harriet": "Hattie", "Philippa": "Pippa", "Araminta": "Minty",
    "Barnaby": "Barney", "Avraham": "Avi", "Yosef": "Yossi", "Eliezer": "Eli", "Tevita": "Dave",
    "Rawiri": "Rawi", "Wiremu": "Bill", "Cătălin": "Cătă", "Ondřej": "Ondra", "Vojtěch": "Vojta",
    "Jiří": "Jirka", "Ľubomír": "Ľubo", "Vytautas": "Vytas", "Mindaugas": "Mindė",
    "Jarkko": "Jake", "Kwabena": "Kobby", "Tamati": "Tama", "Daisuke": "Dai-chan",
}  # fmt: skip
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof.", "Rev.", "Sr.", "Sra.", "Κος", "Pan",
          "Pani", "Dña.", "Fr.", "Sheikh", "Hajji", "Cllr", "Capt.")  # fmt: skip

GIVEN = tuple(dict.fromkeys(n for g in GROUPS for n in g.given))
SURNAMES = tuple(dict.fromkeys(n for g in GROUPS for n in g.surnames))


@dataclass(frozen=True, slots=True)
class Person:
    """One drawn person: names, the culture and shape they come from, the script they use."""

    given: str
    surname: str
    culture: str
    shape: str
    script: str = "Latin"
    nickname: str = ""
    middle: str = ""
    title: str = ""


def draw_person(rng: random.Random) -> Person:
    """A person from a random culture (one in twelve written in a non-Latin script)."""
    if rng.random() < 1 / 12:
        culture, script, given, surname = rng.choice(NON_LATIN)
        return Person(given, surname, culture, "plain", script)
    group = rng.choice(GROUPS)
    given = rng.choice(group.given)
    surname = "" if group.shape == "mono" and rng.random() < 0.5 else rng.choice(group.surnames)
    middle = rng.choice(group.given) if rng.random() < 0.15 else ""
    title = rng.choice(TITLES) if rng.random() < 0.2 else ""
    return Person(given, surname, group.culture, group.shape, "Latin",
                  NICKNAMES.get(given, ""), middle if middle != given else "", title)  # fmt: skip
