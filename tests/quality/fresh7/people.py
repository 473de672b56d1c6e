"""The fresh7 people: given names and surnames by naming culture, typed for this set alone.

``GROUPS`` holds one naming-culture group each: its shape (``plain``, ``particle``,
``patronym``, ``family-first``, ``double``, ``mono``), its given names and its surnames.
``NON_LATIN`` holds people written in their own script; ``NICKNAMES`` short forms of some
given names; ``TITLES`` the titles a note may put before a surname (never labelled).
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Group:
    culture: str
    shape: str
    given: tuple[str, ...]
    surnames: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Person:
    given: str
    surname: str  # "" for a one-name person
    culture: str
    shape: str
    middle: str = ""
    script: str = ""  # the script's name when written in a non-Latin script
    written: str = ""  # the whole name as written in that script


def _g(culture: str, shape: str, given: str, surnames: str) -> Group:
    def split(words: str) -> tuple[str, ...]:
        return tuple(w.strip() for w in words.split(",") if w.strip())

    return Group(culture, shape, split(given), split(surnames))


GROUPS = (
    _g("English", "plain",
       "Oliver, Harriet, George, Imogen, Alfie, Poppy, Reginald, Beryl, Nigel, Maureen, Tobias, "
       "Philippa, Clive, Gwendolyn",
       "Thornton, Pickering, Ashworth, Bramley, Cartwright, Fairbairn, Hargreaves, Lockwood, "
       "Pennington, Whitlock, Sowerby, Rainford, Entwistle, Blenkinsop"),
    _g("English word-names", "plain",
       "Hope, Rose, Grant, Mark, Summer, Bill, Frank, Dawn, Joy, Faith, Autumn, Holly, Ivy, "
       "Rowan, Sunny, Pearl, Ruby, Jack, Will, Guy, Ray, Sky, Brook, Lily, Daisy, Violet, Hazel, "
       "Heather, Amber, Crystal, Robin, Dusty, Chase, Hunter, Royal, Precious, Destiny, Honey",
       "Baker, Mason, Fisher, Wood, Hill, Brown, Green, Short, Long, Little, Young, King, Bird, "
       "Lamb, Moon, Bell, Sharp, Strong, Wise, Sweet, Best, Church, Field, Hope, Nightingale, "
       "Summers, Frost, Winter, Gold, Silver, Stone, Rich, Money, Bottom, Pepper, Salt"),
    _g("Scottish", "plain",
       "Callum, Eilidh, Fraser, Isla, Ruaridh, Morag, Hamish, Kirsty, Alasdair, Catriona, "
       "Ewan, Shona, Lachlan, Mhairi",
       "MacAulay, Drummond, Buchanan, Urquhart, Sinclair, McIntyre, Gillespie, Rennie, "
       "Dalgleish, Kerr, Menzies, Lamont, MacLeòid, Farquharson"),
    _g("Irish", "particle",
       "Aoife, Cian, Siobhán, Oisín, Niamh, Ruairí, Gráinne, Tadhg, Caoimhe, Donal, Saoirse, "
       "Fionnán, Bríd, Peadar",
       "Ó Briain, Ní Dhomhnaill, Mac Cárthaigh, O'Sullivan, Fitzgerald, Breathnach, "
       "Ó Ceallaigh, Kavanagh, Mulcahy, Nic Giolla Phádraig, O'Driscoll, Mac Giolla Bhríde, "
       "Ní Fhlaithearta, Uí Bhriain"),
    _g("Welsh", "particle",
       "Rhiannon, Dafydd, Bethan, Gethin, Angharad, Iolo, Ffion, Emrys, Lowri, Cai, Elin, "
       "Meirion, Heledd, Tomos",
       "ap Gwilym, Prydderch, Bowen, Llewellyn, Pugh, Vaughan, ab Owain, Gruffydd, Parry, "
       "Howells, ap Rhys, Bevan, Pritchard, Meredith"),
    _g("Cornish", "plain",
       "Morwenna, Jago, Tamsin, Peran, Demelza, Kenver, Elowen, Tristan, Loveday, Bryok",
       "Trelawny, Penhaligon, Tregarthen, Polglase, Chenoweth, Nancarrow, Trevithick, Rowe, "
       "Pascoe, Tremayne"),
    _g("Manx", "plain",
       "Illiam, Moirrey, Juan, Aalin, Fenella, Orry, Breeshey, Ean",
       "Quayle, Kewley, Corlett, Kinvig, Qualtrough, Cregeen, Faragher, Kermode"),
    _g("Breton", "particle",
       "Gwenaëlle, Yann, Soazig, Loïc, Maiwenn, Erwan, Nolwenn, Tanguy",
       "Le Goff, Kerjean, Le Bihan, Quéré, Le Gall, Riou, Kerlouégan, Le Floc'h"),
    _g("French", "particle",
       "Amélie, Baptiste, Clémence, Théo, Margaux, Étienne, Solène, Gaspard, Héloïse, Rémi",
       "Dubois, Lefèvre, de la Fontaine, Rousseau, Marchand, Girard, Chevalier, Fournier, "
       "d'Arnaud, Duval"),
    _g("German", "particle",
       "Lukas, Annika, Jannik, Mareike, Friedrich, Wiebke, Matthias, Svenja, Jürgen, Ottilie",
       "Schröder, von Essen, Hoffmann, Krüger, Bäcker, Zimmermann, Weiß, Lehmann, "
       "von der Heide, Brandstätter"),
    _g("Dutch and Flemish", "particle",
       "Anouk, Joost, Femke, Sander, Maartje, Pieter, Lieke, Bram, Sjoerd, Marieke",
       "van der Berg, de Vries, Janssens, van Dijk, Bakker, Verhoeven, de Jong, Vermeulen, "
       "van den Broeck, Wuyts"),
    _g("Scandinavian", "plain",
       "Sigrid, Anders, Ingrid, Bjørn, Freja, Mikkel, Astrid, Henrik, Liv, Søren, Linnea, Oskar",
       "Haugen, Lindqvist, Johansen, Bergström, Nørgaard, Dahl, Sandberg, Eriksen, Åkesson, "
       "Fjeld, Holmgren, Brekke"),
    _g("Icelandic and Faroese", "patronym",
       "Guðrún, Sigurður, Katrín, Einar, Hildur, Ragnar, Ásdís, Rúni, Brynja",
       "Jónsdóttir, Magnússon, Björnsdóttir, Gunnarsson, Ólafsdóttir, Stefánsson, Joensen, "
       "Hansdóttir, Þórsson"),
    _g("Finnish", "plain",
       "Aino, Juhani, Elina, Matti, Sanna, Eero, Riikka, Ville, Onni, Kerttu",
       "Virtanen, Mäkelä, Korhonen, Heikkinen, Nieminen, Järvinen, Laaksonen, Koskinen, "
       "Hämäläinen, Rautio"),
    _g("Sami", "plain",
       "Máret, Ánde, Biret, Niillas, Sunná, Áslat, Ristin",
       "Gaup, Somby, Utsi, Eira, Sara, Balto, Valkeapää"),
    _g("Polish", "plain",
       "Zofia, Kacper, Agnieszka, Wojciech, Małgorzata, Bartosz, Ewelina, Grzegorz, Jadwiga, "
       "Szymon",
       "Wiśniewski, Kowalczyk, Zielińska, Lewandowski, Szymańska, Dąbrowski, Wójcik, "
       "Kamińska, Grabowski, Pietrzak"),
    _g("Czech and Slovak", "plain",
       "Tereza, Ondřej, Barbora, Vojtěch, Zuzana, Jiří, Kateřina, Matěj, Ľubica, Radek",
       "Novotná, Dvořák, Černý, Procházková, Horváthová, Kučera, Veselá, Šťastný, Kollár, "
       "Marek"),
    _g("Ukrainian and Russian", "plain",
       "Oksana, Dmytro, Svetlana, Yaroslav, Anastasia, Bohdan, Olena, Mikhail, Yulia, Taras",
       "Kovalenko, Shevchenko, Ivanova, Petrenko, Bondarenko, Sokolov, Melnyk, Tkachenko, "
       "Kuznetsova, Hrytsenko"),
    _g("South Slavic", "plain",
       "Milica, Nikola, Jelena, Dragan, Ivana, Goran, Snežana, Luka, Tijana, Zoran",
       "Petrović, Jovanović, Horvat, Kovačević, Babić, Marković, Nikolić, Popović, Đorđević, "
       "Stojanovski"),
    _g("Baltic", "plain",
       "Rūta, Mantas, Inga, Jānis, Laima, Kęstutis, Aija, Raimonds, Kadri, Tõnis",
       "Kazlauskas, Bērziņa, Petrauskaitė, Ozols, Jankauskas, Kalniņš, Vaitkus, Liepa, Tamm, "
       "Saar"),
    _g("Hungarian", "family-first",
       "Zsófia, Bence, Réka, Levente, Enikő, Gergely, Csilla, Ádám, Boglárka",
       "Nagy, Kovács, Szabó, Tóth, Varga, Molnár, Farkas, Balogh, Szűcs"),
    _g("Romanian and Moldovan", "plain",
       "Ioana, Andrei, Mihaela, Radu, Oana, Bogdan, Cristina, Sorin, Ileana",
       "Popescu, Ionescu, Dumitrescu, Stoica, Constantinescu, Munteanu, Georgescu, Lazăr, "
       "Ciobanu"),
    _g("Greek and Cypriot", "plain",
       "Eleni, Giorgos, Dimitra, Konstantinos, Katerina, Panagiotis, Sofia, Yiannis, Chrysanthi",
       "Papadopoulos, Georgiou, Karagiannis, Nikolaidou, Oikonomou, Alexiou, Vlachos, "
       "Christodoulou, Hadjipetrou"),
    _g("Italian", "particle",
       "Giulia, Lorenzo, Chiara, Matteo, Francesca, Alessandro, Beatrice, Salvatore, Nunzia",
       "Bianchi, Esposito, Ricci, Di Stefano, Romano, Colombo, De Luca, Gallo, Lo Bianco"),
    _g("Spanish", "double",
       "Lucía, Javier, Carmen, Álvaro, Pilar, Joaquín, Inés, Rocío, Begoña",
       "García López, Fernández-Ruiz, Martínez de la Torre, Sánchez, Moreno Gil, Jiménez, "
       "Navarro, Ortega Ruiz, Muñoz Prieto"),
    _g("Portuguese and Brazilian", "particle",
       "João, Beatriz, Gonçalo, Mariana, Thiago, Leonor, Rafaela, Vinícius, Conceição",
       "dos Santos, Ferreira, Oliveira, Pereira da Silva, Carvalho, Rodrigues, Almeida, "
       "Gonçalves, Magalhães"),
    _g("Catalan and Basque", "plain",
       "Jordi, Montserrat, Iñaki, Nerea, Aitor, Mireia, Xabier, Núria, Arantxa",
       "Puig, Etxeberria, Vilanova, Agirre, Soler, Goikoetxea, Ferrer, Urrutia, Casals"),
    _g("Maltese", "plain",
       "Ġorġ, Marija, Pawlu, Rita, Ċensu, Doris, Ġużeppi",
       "Borg, Camilleri, Vella, Farrugia, Zammit, Grech, Xuereb"),
    _g("Turkish", "plain",
       "Elif, Emre, Zeynep, Burak, Ayşe, Mehmet, Selin, Oğuz, Gülşen",
       "Yılmaz, Demir, Kaya, Çelik, Şahin, Öztürk, Aydın, Arslan, Karadağ"),
    _g("Azerbaijani and Central Asian", "plain",
       "Aygün, Rustam, Dilnoza, Timur, Gulnara, Azamat, Madina, Nurlan, Zarina",
       "Aliyev, Nazarova, Karimova, Tursunov, Abdullayev, Seitkali, Mammadova, Ismoilov, "
       "Zhakupova"),
    _g("Georgian and Armenian", "plain",
       "Nino, Giorgi, Tamar, Levan, Anahit, Armen, Mariam, Davit, Lusine",
       "Beridze, Kapanadze, Gelashvili, Hakobyan, Sargsyan, Petrosyan, Lomidze, Grigoryan, "
       "Tsiklauri"),
    _g("Levantine Arabic", "particle",
       "Rania, Omar, Layla, Karim, Nour, Samir, Hala, Ziad, Dima",
       "Haddad, Khoury, al-Masri, Nasser, Saade, Abu Khalil, Mansour, Haidar, el-Hage"),
    _g("Gulf Arabic", "particle",
       "Fatima, Khalid, Maryam, Abdullah, Noura, Faisal, Hessa, Sultan, Shamma",
       "bin Rashid, Al Mansoori, Al Suwaidi, bin Saeed, Al Hashimi, Al Marri, Al Shamsi, "
       "Al-Kaabi, bin Hamad"),
    _g("Egyptian and Sudanese Arabic", "patronym",
       "Mona, Ahmed, Heba, Mostafa, Yasmin, Tarek, Amira, Sherif",
       "Abdel Fattah, El-Sayed, Mahmoud, Osman, Hassanein, Abdelrahman, Elnour, Mubarak Ali"),
    _g("Maghrebi Arabic", "particle",
       "Yasmina, Mehdi, Khadija, Rachid, Salma, Youssef, Imane, Hamza, Soukaina",
       "Benali, El Idrissi, Bouazza, Chaoui, Belkacem, Ben Youssef, Mansouri, Ouali, Tazi"),
    _g("Amazigh", "plain",
       "Tiziri, Massinissa, Thanina, Idir, Tafsut, Amayas, Dihya",
       "Ait Ouali, Amrouche, Ouchene, Azzoug, Hamiche, Meziani, Ait Menguellet"),
    _g("Persian", "plain",
       "Shirin, Dariush, Parisa, Kourosh, Roya, Arash, Mahsa, Babak, Golnar",
       "Hosseini, Rahimi, Tehrani, Moradi, Ebrahimi, Jafari, Sadeghi, Karimi, Farahani"),
    _g("Kurdish", "plain",
       "Rojin, Azad, Berfin, Diyar, Zilan, Serhat, Hêvî",
       "Zebari, Doski, Amedi, Hawrami, Bamarni, Şêxo, Berwari"),
    _g("Afghan", "plain",
       "Malalai, Wahid, Palwasha, Nasrat, Shabnam, Farid, Zarghuna",
       "Durrani, Popalzai, Sherzad, Wardak, Noorzai, Safi, Stanikzai"),
    _g("Punjabi and Sikh", "plain",
       "Harpreet, Gurdeep, Manjit, Jaswinder, Simran, Kuldeep, Navjot, Amrit, Rajvir",
       "Sandhu, Gill, Dhaliwal, Sidhu, Grewal, Bains, Johal, Kaur, Sangha"),
    _g("Gujarati and Hindi", "plain",
       "Priya, Rohan, Ananya, Vikram, Kavita, Arjun, Meera, Nikhil, Hema, Jignesh",
       "Patel, Sharma, Mehta, Joshi, Desai, Trivedi, Agarwal, Shah, Chauhan, Bhatt"),
    _g("South Indian", "plain",
       "Lakshmi, Karthik, Divya, Senthil, Anjali, Venkatesh, Thulasi, Pradeep, Revathi",
       "Subramanian, Krishnamurthy, Nair, Pillai, Reddy, Iyer, Ramasamy, Menon, Venugopal"),
    _g("Bengali", "plain",
       "Nusrat, Tanvir, Farzana, Shahid, Rumana, Arif, Sharmin, Monir, Sraboni",
       "Rahman, Chowdhury, Hossain, Begum, Uddin, Miah, Islam, Talukder, Bhattacharya"),
    _g("Pakistani", "plain",
       "Ayesha, Imran, Sana, Bilal, Hira, Usman, Mehwish, Zubair, Nadia",
       "Qureshi, Butt, Malik, Chaudhry, Siddiqui, Raza, Akhtar, Mirza, Bhatti"),
    _g("Sinhala and Sri Lankan Tamil", "plain",
       "Dilani, Chaminda, Nirmala, Kasun, Sachini, Ruwan, Tharshini",
       "Perera, Fernando, Jayasuriya, Wickramasinghe, Bandara, Gunawardena, Sivakumar"),
    _g("Nepali and Himalayan", "plain",
       "Pemba, Sita, Dawa, Binod, Sunita, Karma, Anil, Pasang",
       "Gurung, Tamang, Sherpa, Thapa, Rai, Shrestha, Lama, Magar"),
    _g("Tibetan", "mono",
       "Tenzin Dolma, Lobsang, Pema Yangchen, Tsering Wangdu, Dechen, Jamyang",
       ""),
    _g("Mandarin Chinese", "family-first",
       "Wei, Xiaoling, Jun, Meiling, Hao, Yuting, Zhiwei, Lan, Jiayi, Zihan",
       "Wang, Li, Zhang, Liu, Chen, Huang, Zhao, Zhou, Xu, Sun"),
    _g("Cantonese", "family-first",
       "Ka Yan, Wing Hong, Siu Ming, Mei Lai, Chun Kit, Hoi Ying, Wai Man",
       "Chan, Wong, Leung, Cheung, Lau, Ng, Tsang, Yip"),
    _g("Japanese", "family-first",
       "Haruto, Yui, Sota, Aoi, Ren, Sakura, Kenji, Emiko, Daisuke, Naoko",
       "Sato, Suzuki, Takahashi, Watanabe, Yamamoto, Nakamura, Kobayashi, Inoue, Fujiwara, "
       "Matsumoto"),
    _g("Korean", "family-first",
       "Ji-woo, Min-jun, Seo-yeon, Hyun-woo, Eun-ji, Do-yun, Soo-ah, Jae-sung",
       "Kim, Park, Choi, Jung, Kang, Yoon, Jang, Lim"),
    _g("Vietnamese", "family-first",
       "Thảo, Minh, Lan Anh, Quang, Hương, Tuấn, Ngọc, Đức, Phương",
       "Nguyễn, Trần, Lê, Phạm, Hoàng, Vũ, Đặng, Bùi, Ngô"),
    _g("Filipino", "particle",
       "Maricel, Jericho, Rowena, Rodel, Lorna, Jomar, Cherry, Arnel, Divina",
       "dela Cruz, Santos, Reyes, Bautista, Villanueva, Mendoza, Castillo, de Guzman, Macaraeg"),
    _g("Thai", "plain",
       "Somchai, Siriporn, Anan, Kanya, Prasert, Nattaya, Wichai",
       "Srisuk, Chaiyaporn, Wongsakul, Rattanakorn, Suksawat, Thongchai, Phromphan"),
    _g("Malay", "patronym",
       "Nurul, Hafiz, Siti, Azlan, Farah, Rizal, Aisyah, Syafiq",
       "bin Ismail, binti Hassan, bin Abdul Rahman, binti Yusof, bin Osman, binti Zakaria, "
       "bin Mat Saman, binti Ahmad"),
    _g("Javanese", "mono",
       "Suharti, Wagiman, Sulastri, Paijo, Tukiyem, Slamet, Sumarni",
       ""),
    _g("Burmese", "mono",
       "Aung Kyaw, Thiri, Min Thu, Khin Mar, Zaw Win, Hnin Wai, Thandar",
       ""),
    _g("Māori", "particle",
       "Aroha, Tāne, Mere, Wiremu, Hine, Rawiri, Anahera",
       "Ngata, Tawhiri, Parata, Te Whata, Horomona, Te Kanawa, Tipene"),
    _g("Samoan, Tongan and Fijian", "plain",
       "Sione, Malia, Tevita, Losana, Iosefa, Mele, Salote, Epeli",
       "Faleolo, Tuilagi, Fifita, Vainikolo, Taufa, Naivalu, Leota, Vunibaka"),
    _g("Yoruba and Igbo", "plain",
       "Adebayo, Chiamaka, Oluwaseun, Ngozi, Chinedu, Folake, Emeka, Temitope, Ifeoma",
       "Okafor, Adeyemi, Nwosu, Balogun, Eze, Ogunleye, Okonkwo, Adebisi, Onyekachi"),
    _g("Akan and Ewe", "plain",
       "Kwame, Abena, Kofi, Akosua, Yaw, Efua, Kwabena, Adwoa, Selorm",
       "Mensah, Asante, Boateng, Owusu, Acheampong, Darko, Appiah, Ofori, Agbeko"),
    _g("Senegalese, Malian and Guinean", "plain",
       "Aminata, Moussa, Fatou, Ousmane, Mariama, Cheikh, Awa, Ibrahima",
       "Diallo, Ndiaye, Traoré, Sow, Keïta, Diop, Camara, Coulibaly"),
    _g("East African", "plain",
       "Wanjiru, Otieno, Achieng, Kiprono, Nafula, Mwangi, Zawadi, Baraka, Nakato",
       "Kamau, Odhiambo, Wambui, Mutua, Njoroge, Chebet, Mugisha, Okello, Ssempala"),
    _g("Somali, Ethiopian and Eritrean", "patronym",
       "Hodan, Abdirahman, Ifrah, Mahad, Selam, Tesfaye, Hiwot, Yonas, Saba",
       "Warsame, Farah, Abdi, Gebremedhin, Haile, Tesfamariam, Mohamud, Bekele, Ghebreyesus"),
    _g("Southern African", "plain",
       "Thandiwe, Sipho, Nomvula, Themba, Lerato, Tendai, Zanele, Kagiso, Chipo",
       "Dlamini, Nkosi, Mokoena, Moyo, Ndlovu, Khumalo, Sithole, Mahlangu, Chikwanha"),
    _g("Afrikaans", "particle",
       "Marli, Riaan, Elna, Hennie, Annelie, Wynand, Zelda",
       "van Niekerk, Botha, du Plessis, Venter, le Roux, Steyn, van der Merwe"),
    _g("Hebrew and Israeli", "plain",
       "Avital, Yosef, Shira, Eitan, Miriam, Noam, Tova, Moshe, Yael",
       "Cohen, Levi, Friedman, Rosenberg, Katz, Ben-David, Shapiro, Goldstein, Mizrahi"),
    _g("Ashkenazi and Yiddish", "plain",
       "Golda, Mendel, Rivka, Hershel, Fraidy, Shmuel, Chaya",
       "Birnbaum, Teitelbaum, Weisz, Gottlieb, Halberstam, Lieberman, Rabinowitz"),
    _g("Romani and Traveller", "plain",
       "Django, Esmeralda, Lavinia, Sinfi, Nelson, Britannia, Mizelli",
       "Boswell, Lovell, Loveridge, Herne, Buckland, Ayres, Purcell, McDonagh"),
    _g("Caribbean", "plain",
       "Shanice, Delroy, Marcia, Winston, Kerry-Ann, Garfield, Shereen, Desmond, Tamika",
       "Campbell, McKenzie, Thompson-Reid, Grant, Facey, Francis, Ramkissoon, Maharaj, "
       "Braithwaite"),
    _g("Mexican and Central American", "double",
       "Guadalupe, Santiago, Ximena, Alejandro, Valentina, Mateo, Itzel, Jhon",
       "Hernández Cruz, Ramírez, Gutiérrez, Castro Díaz, Torres, Villalobos Peña, "
       "Cervantes, Oropeza"),
    _g("Andean", "double",
       "Killa, Inti, Wayra, Amaru, Sumaq, Kusi, Yupanqui",
       "Mamani, Quispe Condori, Choque, Huanca, Apaza, Huamán Ticona, Ccori"),
    _g("Colombian and Venezuelan", "double",
       "Yuliana, Camilo, Daniela, Andrés, Marisol, Esteban, Yeison",
       "Restrepo Gómez, Arango, Zuluaga, Ocampo Vélez, Cárdenas, Betancourt, Salazar Mejía"),
    _g("Inuit and Greenlandic", "plain",
       "Aputi, Nuka, Ivalu, Malik, Pipaluk, Aqqaluk, Naja",
       "Kleist, Lynge, Heilmann, Kristiansen, Kuitse, Motzfeldt, Berthelsen"),
    _g("Native American", "plain",
       "Winona, Takoda, Aiyana, Chayton, Nizhoni, Ahanu, Kimimela",
       "Begay, Yazzie, Tsosie, Benally, Whitehorse, Redcloud, Deschenie"),
    _g("Malagasy", "plain",
       "Hery, Voahangy, Tahina, Fara, Rivo, Lalao, Mamy",
       "Rakotomalala, Randriamanana, Rasoanaivo, Andrianarisoa, Razafindrakoto, Ratsimba, "
       "Rabemananjara"),
    _g("Mongolian", "patronym",
       "Bolormaa, Ganbaatar, Oyunchimeg, Batbayar, Saraa, Temuulen, Enkhjin",
       "Dorj, Batjargal, Tserendorj, Enkhbold, Purevsuren, Davaadorj, Gantulga"),
    _g("Albanian and Kosovar", "plain",
       "Arta, Besnik, Drita, Genti, Elira, Ilir, Fjolla",
       "Hoxha, Krasniqi, Berisha, Gashi, Shala, Dervishi, Kelmendi"),
    _g("Hawaiian", "plain",
       "Keoni, Leilani, Kalani, Noelani, Makoa, Pualani",
       "Kahananui, Kealoha, Akana, Kamakau, Nakoa, Kapule"),
    _g("Hakka and Hokkien Chinese", "family-first",
       "Boon Keat, Siew Ling, Teck Huat, Hui Min, Kok Wai, Bee Lian",
       "Tan, Lim, Goh, Teo, Ong, Koh"),
)  # fmt: skip

GIVEN = tuple(dict.fromkeys(g for group in GROUPS for g in group.given))
SURNAMES = tuple(dict.fromkeys(s for group in GROUPS for s in group.surnames))

# (whole name as written, script, given, surname); family-first scripts write the surname first
NON_LATIN = (
    ("王小玲", "Han", "小玲", "王"),
    ("陈志伟", "Han", "志伟", "陈"),
    ("山田 花子", "Han", "花子", "山田"),
    ("やまだ はなこ", "Hiragana", "はなこ", "やまだ"),
    ("タナカ ケンジ", "Katakana", "ケンジ", "タナカ"),
    ("김지우", "Hangul", "지우", "김"),
    ("박민준", "Hangul", "민준", "박"),
    ("Ольга Мельник", "Cyrillic", "Ольга", "Мельник"),
    ("Дмитро Коваленко", "Cyrillic", "Дмитро", "Коваленко"),
    ("Болормаа Дорж", "Cyrillic", "Болормаа", "Дорж"),
    ("Ελένη Παπαδοπούλου", "Greek", "Ελένη", "Παπαδοπούλου"),
    ("Γιώργος Αλεξίου", "Greek", "Γιώργος", "Αλεξίου"),
    ("ليلى حداد", "Arabic", "ليلى", "حداد"),
    ("عمر منصور", "Arabic", "عمر", "منصور"),
    ("שירה כהן", "Hebrew", "שירה", "כהן"),
    ("יוסף לוי", "Hebrew", "יוסף", "לוי"),
    ("प्रिया शर्मा", "Devanagari", "प्रिया", "शर्मा"),
    ("অরিফ রহমান", "Bengali", "অরিফ", "রহমান"),
    ("ਹਰਪ੍ਰੀਤ ਸੰਧੂ", "Gurmukhi", "ਹਰਪ੍ਰੀਤ", "ਸੰਧੂ"),
    ("லட்சுமி நாயர்", "Tamil", "லட்சுமி", "நாயர்"),
    ("ნინო ბერიძე", "Georgian", "ნინო", "ბერიძე"),
    ("Անահիտ Հակոբյան", "Armenian", "Անահիտ", "Հակոբյան"),
    ("สมชาย ศรีสุข", "Thai", "สมชาย", "ศรีสุข"),
    ("ሰላም ኃይሌ", "Ethiopic", "ሰላም", "ኃይሌ"),
    ("شیرین حسینی", "Perso-Arabic", "شیرین", "حسینی"),
    ("عائشہ قریشی", "Perso-Arabic", "عائشہ", "قریشی"),
    ("දිලානි පෙරේරා", "Sinhala", "දිලානි", "පෙරේරා"),
)

NICKNAMES = {
    "Oliver": "Ollie", "Harriet": "Hattie", "Alasdair": "Ali", "Catriona": "Cat",
    "Reginald": "Reg", "Tobias": "Toby", "Philippa": "Pippa", "Gwendolyn": "Gwen",
    "Friedrich": "Fritz", "Alessandro": "Sandro", "Francesca": "Fran",
    "Konstantinos": "Kostas", "Panagiotis": "Takis", "Dmytro": "Dima", "Anastasia": "Nastya",
    "Mikhail": "Misha", "Svetlana": "Sveta", "Małgorzata": "Gosia", "Wojciech": "Wojtek",
    "Agnieszka": "Aga", "Oluwaseun": "Seun", "Temitope": "Tope", "Chinedu": "Nedu",
    "Abdirahman": "Abdi", "Alejandro": "Ale", "Guadalupe": "Lupe", "Javier": "Javi",
    "Jaswinder": "Jas", "Venkatesh": "Venky", "Abdullah": "Abdo", "Kwabena": "Kobby",
    "Giorgos": "Giorgakis", "Shmuel": "Shmulik", "Montserrat": "Montse", "Gonçalo": "Gonça",
    "Wiremu": "Wiri", "Esmeralda": "Essie", "Theo": "Teddy", "Matthias": "Matze",
    "Siobhán": "Shiv", "Ruaridh": "Rory", "Kerry-Ann": "Kez", "Mehwish": "Mehu",
    "Chiamaka": "Amaka", "Yaroslav": "Slava",
}  # fmt: skip

TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof.", "Rev.", "Sr.", "Sra.", "Herr",
          "Frau", "Mme", "Signora", "Pani", "Pan", "Bayan", "Hr.", "Fru")  # fmt: skip


def _one(rng: random.Random, group: Group) -> Person:
    given = rng.choice(group.given)
    if group.shape == "mono" or not group.surnames:
        return Person(given, "", group.culture, "mono")
    surname = rng.choice(group.surnames)
    middle = ""
    if group.shape in ("plain", "particle", "double") and rng.random() < 0.12:
        middle = rng.choice([g for g in group.given if g != given])
    return Person(given, surname, group.culture, group.shape, middle)


def draw_person(rng: random.Random, script_share: float = 0.04) -> Person:
    """One person: a group taken evenly, a name from it (now and then in its own script)."""
    if rng.random() < script_share:
        written, script, given, surname = rng.choice(NON_LATIN)
        return Person(given, surname, script, "script", "", script, written)
    return _one(rng, rng.choice(GROUPS))
