"""The set's people: given names and surnames typed by hand for this set, by cultural group.

No generator library and no list from elsewhere: every name was typed here. ``GROUPS`` maps a
group to its given names and surnames (comma-separated); a few groups hold surnames only
(double-barrelled, with particles) and are paired with given names from any group.
``NON_LATIN`` holds people written in their own script, with a romanised form for e-mails.
"""

from __future__ import annotations

from dataclasses import dataclass

_GROUPS: dict[str, tuple[str, str]] = {
    "polish": (
        "Zofia, Wojciech, Małgorzata, Grzegorz, Jadwiga, Bożena, Przemysław, Agnieszka, Łukasz, "
        "Ewelina, Krzysztof, Halina, Zbigniew, Dorota, Jarosław, Urszula",
        "Wiśniewska, Kowalczyk, Wróbel, Zieliński, Szymańska, Dąbrowski, Kaczmarek, Mazur, "
        "Krawczyk, Pawłowska, Michalak, Nowicki, Grabowska, Jabłoński, Wójcik, Sikora",
    ),
    "czech_slovak": (
        "Jiří, Kateřina, Tomáš, Zdeňka, Vojtěch, Lenka, Radek, Božena, Matěj, Ľubica, Marek, "
        "Jana, Ondřej, Štěpánka",
        "Dvořák, Procházková, Černý, Kučera, Veselá, Horák, Němcová, Pokorný, Marková, Šimek, "
        "Hruška, Kováčová, Baláž, Ševčík",
    ),
    "ukrainian_russian": (
        "Oleksandr, Mykola, Olena, Bohdan, Oksana, Taras, Yuliia, Dmytro, Iryna, Vasyl, Svitlana, "
        "Sergei, Anastasiya, Yevgeniy, Lyudmila, Artem",
        "Shevchenko, Bondarenko, Kovalenko, Tkachuk, Melnyk, Kravchenko, Hrytsenko, Lysenko, "
        "Petrenko, Ivanova, Smirnov, Kuznetsova, Volkov, Sokolova, Zakharchenko, Moroz",
    ),
    "romanian": (
        "Ionuț, Mihaela, Bogdan, Ileana, Costin, Roxana, Vlad, Loredana, Sorin, Florentina, "
        "Răzvan, Ioana",
        "Popescu, Ionescu, Dumitrescu, Stănescu, Constantin, Munteanu, Țurcanu, Neagu, Moldovan, "
        "Ciobanu, Iordache, Bălan",
    ),
    "albanian": (
        "Arben, Blerina, Dritan, Mirela, Ylli, Fatjona, Gëzim, Elira, Besnik, Valbona, Kujtim, "
        "Ardita",
        "Hoxha, Krasniqi, Berisha, Gashi, Shehu, Dervishi, Kelmendi, Leka, Bajrami, Murati, "
        "Hysa, Xhafa",
    ),
    "georgian": (
        "Giorgi, Nino, Levan, Tamar, Davit, Ketevan, Zurab, Mariam, Irakli, Salome",
        "Beridze, Kapanadze, Gelashvili, Tsiklauri, Lomidze, Maisuradze, Chkheidze, Japaridze, "
        "Abashidze, Kiknadze",
    ),
    "armenian": (
        "Armen, Anahit, Tigran, Lusine, Hovhannes, Siranush, Gevorg, Nare, Vardan, Shushan",
        "Hakobyan, Grigoryan, Sargsyan, Petrosyan, Avetisyan, Harutyunyan, Mkrtchyan, Vardanyan, "
        "Ghazaryan, Karapetyan",
    ),
    "turkish": (
        "Emre, Zeynep, Burak, Elif, Cem, Esra, Oğuz, Gülşen, Mert, Şeyma, Serkan, Büşra, Kaan, "
        "Dilek",
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Arslan, Doğan, Kılıç, Çetin, "
        "Korkmaz, Özdemir, Yıldız",
    ),
    "kurdish": (
        "Rojda, Dilan, Berfin, Serhat, Zana, Rezan, Welat, Hêvî, Baran, Rênas",
        "Zebari, Amedi, Rekani, Doski, Mizuri, Hawrami, Berwari, Goyi, Herki, Mukri",
    ),
    "pashto_dari": (
        "Zarghona, Wahidullah, Mursal, Gulalai, Rahmatullah, Spozhmai, Farid, Nazanin, "
        "Hamidullah, Palwasha, Sayed, Mirwais",
        "Popalzai, Durrani, Stanikzai, Sultani, Yousafzai, Ahmadzai, Wardak, Safi, Mohmand, "
        "Nooristani, Kakar, Hotak",
    ),
    "gujarati": (
        "Bhavesh, Hetal, Jignesh, Mital, Nilesh, Komal, Hiren, Dhara, Ketan, Falguni, Chirag, "
        "Rupal",
        "Desai, Mehta, Parekh, Chauhan, Vaghela, Thakkar, Solanki, Raval, Panchal, Bhatt, "
        "Trivedi, Lakhani",
    ),
    "malayalam": (
        "Anoop, Lakshmi, Jithin, Reshma, Sreejith, Divya, Aswathy, Vineeth, Nimisha, Sajan, "
        "Anju, Manoj",
        "Nair, Menon, Pillai, Kurup, Varghese, Kurian, Panicker, Namboodiri, Mathew, Cherian, "
        "Thampi, Warrier",
    ),
    "telugu": (
        "Srinivas, Lavanya, Venkatesh, Sravani, Raghu, Bhargavi, Chaitanya, Sirisha, Naveen, "
        "Padmaja",
        "Reddy, Naidu, Chowdary, Varma, Gunturu, Kondapalli, Yarlagadda, Bandaru, Vemula, Kotha",
    ),
    "nepali": (
        "Bishnu, Sabina, Prakash, Dipendra, Sunita, Nabin, Pramila, Rajendra, Bimala, Sujan, "
        "Gita, Pasang",
        "Gurung, Thapa, Magar, Shrestha, Tamang, Rai, Limbu, Karki, Adhikari, Pun, Bhandari, "
        "Sherpa",
    ),
    "bangladeshi": (
        "Shahnaz, Rafiqul, Nasrin, Mahbub, Taslima, Jahangir, Rumana, Shafiq, Farzana, Anwar, "
        "Rokeya, Kamrul",
        "Rahman, Chowdhury, Hossain, Begum, Uddin, Miah, Khatun, Sarkar, Talukder, Bhuiyan, "
        "Majumder, Haque",
    ),
    "sri_lankan": (
        "Chaminda, Dilhani, Lasantha, Nadeesha, Ruwan, Thilini, Tharindu, Sanjeewa, Nirmala, "
        "Kasun, Ishara, Thushara",
        "Perera, Fernando, Jayasuriya, Wickramasinghe, Gunawardena, Senanayake, Ratnayake, "
        "Bandara, Dissanayake, Karunaratne, Amarasinghe, Sivakumar",
    ),
    "chinese_pinyin": (
        "Xiaoling, Zhiwei, Yuxuan, Haoran, Jing, Meiling, Qiang, Xinyi, Zihan, Jianguo, Lihua, "
        "Shuang",
        "Wang, Zhang, Liu, Chen, Yang, Huang, Zhao, Zhou, Xu, Sun, Ma, Zhu, Guo, Lin",
    ),
    "chinese_cantonese": (
        "Wing Yan, Ka Ming, Siu Fung, Mei Kuen, Chi Wai, Hoi Yee, Kwok Keung, Suk Ling",
        "Chan, Wong, Cheung, Leung, Lau, Ng, Tsang, Yeung, Chow, Kwok, Lam, Ho, Tse, Mak, Fung",
    ),
    "vietnamese": (
        "Thảo, Minh Anh, Quang, Hương, Tuấn, Ngọc, Duy, Phương, Khánh, Trang, Bảo, Linh",
        "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Võ, Đặng, Bùi, Đỗ, Ngô, Dương",
    ),
    "korean": (
        "Ji-hoon, Seo-yeon, Min-jun, Ha-eun, Dong-hyun, Soo-ah, Jae-won, Yu-na, Sung-min, Eun-ji",
        "Kim, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Shin, Baek",
    ),
    "japanese": (
        "Haruto, Yui, Sota, Aoi, Ren, Hina, Kaito, Sakura, Takeshi, Yumiko, Kenji, Nanami",
        "Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Nakamura, Kobayashi, Yamamoto, Kato, "
        "Yoshida, Matsumoto",
    ),
    "filipino": (
        "Maricel, Rodel, Jhoanna, Arnel, Lourdes, Marivic, Rommel, Analyn, Jericho, Reynaldo, "
        "Jun-Jun, Precious Mae",
        "Dela Cruz, Santos, Reyes, Bautista, Mendoza, Villanueva, Macaraeg, Dimaculangan, "
        "Manalo, Soriano, Pangilinan, Dimagiba",
    ),
    "malay": (
        "Nurul, Faizal, Siti Aishah, Hafiz, Nur Izzati, Azlan, Syafiqah, Zulkifli, Aminah, Khairul",
        "bin Hassan, binti Ismail, bin Abdullah, binti Osman, bin Salleh, binti Kamarudin, "
        "bin Othman, binti Zainal",
    ),
    "yoruba": (
        "Olumide, Funmilayo, Adebayo, Yetunde, Oluwaseun, Titilayo, Babatunde, Folake, Ayodele, "
        "Bukola, Damilare, Omolara",
        "Adeyemi, Ogunleye, Balogun, Akinwale, Oyelaran, Fashola, Adebisi, Oladipo, Ogundele, "
        "Ajayi, Olatunji, Adesanya",
    ),
    "igbo": (
        "Chidinma, Obinna, Ifeanyi, Adaeze, Chukwuemeka, Nneka, Uchenna, Amarachi, Kelechi, "
        "Chinonso, Ebere, Somtochukwu",
        "Okonkwo, Eze, Nwosu, Okafor, Obi, Okeke, Uzor, Anyanwu, Onwuachi, Nwachukwu, Agu, Ezeh",
    ),
    "hausa": (
        "Aminu, Hadiza, Zainab, Bello, Rakiya, Sani, Hauwa, Garba, Binta, Lawan",
        "Abubakar, Danjuma, Yakubu, Lawal, Sule, Gambo, Musa, Tanko, Dikko, Bungudu",
    ),
    "akan_ewe": (
        "Kwame, Akosua, Kofi, Ama, Yaw, Adwoa, Kwabena, Efua, Kojo, Abena, Selasi, Dzifa, "
        "Elikem, Mawuli, Esinam",
        "Mensah, Asante, Boateng, Owusu, Agyeman, Ofori, Amoako, Darko, Adjei, Agbeko, Gbeho, "
        "Kpodo, Dzamesi, Tetteh",
    ),
    "somali": (
        "Ayaan, Abdirahman, Hodan, Farhiya, Mohamud, Sahra, Abdiwali, Ubah, Liban, Khadra, "
        "Guled, Nimco",
        "Warsame, Farah, Jama, Egal, Hirsi, Abdi, Duale, Samatar, Gedi, Elmi, Aden, Barre",
    ),
    "eritrean_ethiopian": (
        "Selam, Tesfaye, Meron, Yonas, Hiwot, Dawit, Senait, Berhane, Tsegereda, Abeba, "
        "Mulugeta, Feven, Filmon, Saron",
        "Tesfamariam, Gebremedhin, Haile, Kidane, Tekle, Weldemichael, Ghebreyesus, Asfaw, "
        "Bekele, Tadesse, Woldu, Abraha, Habte",
    ),
    "zimbabwean": (
        "Tendai, Rutendo, Tinashe, Chipo, Farai, Nyasha, Takudzwa, Rumbidzai, Kudakwashe, "
        "Tatenda, Blessing, Memory",
        "Moyo, Ncube, Dube, Sibanda, Mpofu, Chikwanha, Mutasa, Mhlanga, Chiweshe, Makoni, "
        "Nyathi, Gumbo",
    ),
    "south_african": (
        "Thandeka, Sipho, Lerato, Bongani, Nomvula, Thabo, Palesa, Zanele, Mpho, Lindiwe, "
        "Pieter, Annelie, Riaan, Marelize",
        "Nkosi, Dlamini, Khumalo, Mahlangu, Mokoena, Ndlovu, Botha, van Wyk, du Plessis, "
        "Pretorius, Venter, le Roux, Coetzee, Naidoo",
    ),
    "caribbean": (
        "Delroy, Marcia, Winston, Sharmaine, Leroy, Joylene, Desmond, Claudette, Errol, "
        "Beverley, Dwayne, Sherece",
        "Beckford, Gayle, Samuels, Campbell, McKenzie, Bailey, Ebanks, Daley, Fearon, Spence, "
        "Lindo, Rowe",
    ),
    "irish": (
        "Saoirse, Tadhg, Niamh, Oisín, Caoimhe, Pádraig, Aoife, Eoghan, Siobhán, Cathal, "
        "Gráinne, Ruairí, Clodagh, Fionnuala",
        "Ó Súilleabháin, Ní Bhriain, Mac Giolla Phádraig, O'Driscoll, Ó Ceallaigh, Ní Mhurchú, "
        "Fitzgerald, Ó Broin, Kavanagh, Nic Aodha, Ó Dónaill, Breathnach, Mac Cárthaigh",
    ),
    "scottish": (
        "Eilidh, Ruaraidh, Catriona, Seumas, Morag, Iain, Mhairi, Alasdair, Ishbel, Calum, "
        "Fionnlagh, Kirsteen",
        "MacLeòid, NicIlleathain, MacAoidh, Mackintosh, MacRae, Matheson, MacIver, "
        "NicDhòmhnaill, Urquhart, MacInnes, Sutherland, Drummond",
    ),
    "welsh": (
        "Gwenllian, Iolo, Ffion, Dafydd, Eleri, Gruffudd, Angharad, Rhodri, Lowri, Cai, "
        "Heledd, Emyr, Sioned, Aled",
        "ap Rhys, ab Owain, Llewellyn, Pryce, Bevan, Pritchard, Vaughan, Gruffydd, Parry, "
        "Meredith, Powell, Howells, ap Iorwerth, Prosser",
    ),
    "cornish": (
        "Tamsin, Jory, Demelza, Kerensa, Jago, Morwenna, Piran, Loveday, Tristan, Wenna, Gawen, "
        "Elowen",
        "Trelawny, Penhaligon, Tregenza, Pascoe, Nancarrow, Polglase, Trewin, Chenoweth, "
        "Rosevear, Angwin, Pengelly, Trethewey",
    ),
    "english_words": (
        "Faith, Grace, Rich, Drew, Summer, Robin, Jack, Penny, Angel, Holly, Rose, Frank, Will, "
        "Sky, Honey, Pearl, Ruby, Amber, Heath, Chase, Miles, Hunter, Autumn, Sage, Reed, "
        "Rusty, Jay, Merry, Sterling, Destiny, Harmony, Storm, Wren, Brooke, Jewel, Patience, "
        "Joy, Unity, Lucky, Sonny, Misty, Cherry, Poppy, Violet, Daisy, Bob, Art, Gene, Guy, "
        "Pat, Rex, Ray, Forest, River, Skip",
        "Bell, Wood, Fox, Hill, Little, Young, Rice, Cash, Moss, Stone, Birch, Sharp, Swift, "
        "Bright, Gold, Silver, Kettle, Salt, Frost, Snow, Lamb, Bird, Crow, Finch, Steel, "
        "Marsh, Brook, Lake, Ford, Field, Green, Black, White, Best, Wise, Hardy, Strong, "
        "Short, Long, Cook, Potter, Mason, Fisher, Archer, Turner, Weaver, Barber, Chandler, "
        "Palmer, Sweet, Dear, Love, Luck, Nutt, Pike, Peacock, Pepper, Savage, Power, King, "
        "Knight, Page, May, Day, Noble, Wolf, Church",
    ),
    "english": (
        "Gareth, Joanne, Clive, Lorraine, Nigel, Tracey, Stuart, Bernadette, Darren, Gillian, "
        "Trevor, Kerry, Malcolm, Hayley, Graham, Shirley, Keith, Wendy, Duncan, Janice",
        "Hargreaves, Sutcliffe, Openshaw, Fairclough, Entwistle, Ackroyd, Greenhalgh, "
        "Ramsbottom, Postlethwaite, Worthington, Haworth, Dewhurst, Butterworth, Oldroyd",
    ),
    "hungarian": (
        "Zsófia, Bence, Réka, Levente, Eszter, Gergő, Csilla, Ákos",
        "Szabó, Tóth, Horváth, Kiss, Varga, Molnár, Németh, Farkas",
    ),
    "portuguese": (
        "Gonçalo, Conceição, Rui, Inês, Joaquim, Leonor, Tiago, Graça",
        "Gonçalves, Carvalho, Magalhães, Teixeira, Pinto, Figueiredo, Azevedo, Loureiro",
    ),
    "levantine": (
        "Rania, Yazan, Lina, Karim, Dima, Tarek, Hala, Ziad",
        "al-Khatib, Haddad, el-Masri, Nassar, Khoury, al-Shami, Abu-Ghazaleh, Saliba",
    ),
    "persian": (
        "Shirin, Dariush, Parisa, Kourosh, Mahsa, Babak, Roya, Arash",
        "Tehrani, Rostami, Moradi, Jafari, Karimi, Sadeghi, Hosseini, Ebrahimi",
    ),
    "punjabi": (
        "Gurpreet, Harjit, Manpreet, Jaswinder, Simran, Kuldeep, Navjot, Balwinder",
        "Sandhu, Dhillon, Grewal, Gill, Sidhu, Bains, Johal, Randhawa",
    ),
    "double_barrelled": (
        "",
        "Ashby-Clarke, Lloyd-Pritchard, Okafor-Mensah, Patel-Simmons, Hughes-Ndlovu, "
        "Smyth-Osei, Greaves-Tan, Fenwick-Adeyemi, Carrington-Shah, Harcourt-Lee, Moreau-Hart, "
        "Delaney-Wójcik, Rowntree-Boateng, Kaur-Whitfield, Beaumont-Nwosu, St John, St Clair",
    ),
    "particles": (
        "",
        "van der Merwe, van den Broek, de Vries, de Souza, da Costa, dos Reis, di Marco, "
        "del Rosario, al-Amin, al-Hashimi, El-Sayed, le Blanc, von Ahlefeldt, ter Horst, "
        "Van Dyke, D'Souza, De'Ath, ap Hywel",
    ),
}


def _names(text: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in text.split(",") if n.strip())


GIVEN_BY_GROUP = {g: _names(given) for g, (given, _) in _GROUPS.items() if given}
SURNAMES_BY_GROUP = {g: _names(sur) for g, (_, sur) in _GROUPS.items()}
GIVEN = tuple(dict.fromkeys(n for names in GIVEN_BY_GROUP.values() for n in names))
SURNAMES = tuple(dict.fromkeys(n for names in SURNAMES_BY_GROUP.values() for n in names))
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Rev")


@dataclass(frozen=True, slots=True)
class Scripted:
    """A person written in their own script: the parts, the full name as written, a romanisation."""

    script: str
    given: str
    surname: str
    full: str
    roman: str


def _scripted(script: str, given: str, surname: str, roman: str, surname_first: bool) -> Scripted:
    full = f"{surname}{given}" if surname_first else f"{given} {surname}"
    return Scripted(script, given, surname, full, roman)


NON_LATIN: tuple[Scripted, ...] = (
    _scripted("Chinese", "嘉怡", "陈", "jiayi chen", True),
    _scripted("Chinese", "伟", "刘", "wei liu", True),
    _scripted("Chinese", "美玲", "黄", "meiling huang", True),
    _scripted("Chinese", "子涵", "张", "zihan zhang", True),
    Scripted("Japanese", "陽菜", "佐藤", "佐藤 陽菜", "hina sato"),
    Scripted("Japanese", "健太", "鈴木", "鈴木 健太", "kenta suzuki"),
    Scripted("Japanese", "優子", "高橋", "高橋 優子", "yuko takahashi"),
    _scripted("Korean", "민준", "김", "minjun kim", True),
    _scripted("Korean", "서연", "박", "seoyeon park", True),
    _scripted("Korean", "지은", "이", "jieun lee", True),
    _scripted("Cyrillic", "Олена", "Коваленко", "olena kovalenko", False),
    _scripted("Cyrillic", "Дмитро", "Бондар", "dmytro bondar", False),
    _scripted("Cyrillic", "Анна", "Смирнова", "anna smirnova", False),
    _scripted("Georgian", "გიორგი", "ბერიძე", "giorgi beridze", False),
    _scripted("Georgian", "ნინო", "კაპანაძე", "nino kapanadze", False),
    _scripted("Armenian", "Արմեն", "Հակոբյան", "armen hakobyan", False),
    _scripted("Armenian", "Անահիտ", "Սարգսյան", "anahit sargsyan", False),
    _scripted("Arabic", "أحمد", "حداد", "ahmad haddad", False),
    _scripted("Arabic", "زرغونه", "پوپلزی", "zarghona popalzai", False),
    _scripted("Arabic", "عائشہ", "ملک", "aisha malik", False),
    _scripted("Arabic", "شیرین", "تهرانی", "shirin tehrani", False),
    _scripted("Devanagari", "सुनीता", "गुरुङ", "sunita gurung", False),
    _scripted("Devanagari", "बिष्णु", "थापा", "bishnu thapa", False),
    _scripted("Gujarati", "ભાવેશ", "પટેલ", "bhavesh patel", False),
    _scripted("Gujarati", "હેતલ", "દેસાઈ", "hetal desai", False),
    _scripted("Malayalam", "ലക്ഷ്മി", "നായർ", "lakshmi nair", False),
    _scripted("Telugu", "శ్రీనివాస్", "రెడ్డి", "srinivas reddy", False),
    _scripted("Bengali", "নাসরিন", "রহমান", "nasrin rahman", False),
    _scripted("Bengali", "কামরুল", "হোসেন", "kamrul hossain", False),
    _scripted("Sinhala", "චමින්ද", "පෙරේරා", "chaminda perera", False),
    _scripted("Ethiopic", "ሰላም", "ተስፋማርያም", "selam tesfamariam", False),
    _scripted("Ethiopic", "ዳዊት", "ኃይሌ", "dawit haile", False),
    _scripted("Greek", "Ελένη", "Παπαδοπούλου", "eleni papadopoulou", False),
    _scripted("Hebrew", "נועה", "כהן", "noa cohen", False),
)
