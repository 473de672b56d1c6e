"""The fresh4 set's people: given names and surnames typed by hand in groups, and non-Latin names.

Nothing here comes from a name list package or from another set. A group's given names and
surnames go together (a person mostly takes both from one group); ``shape`` says how the group
writes a full name: ``plain`` (given surname), ``double`` (two surnames, Iberian and Latin
American), ``mono`` (one name only, Indonesian and Burmese), ``patronym`` (an initial of the
father's name first, Tamil), ``clan`` (Hmong clan name first in some notes).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Group:
    """One group of names, typed together."""

    name: str
    given: tuple[str, ...]
    surnames: tuple[str, ...]
    shape: str = "plain"


def _g(name: str, given: str, surnames: str, shape: str = "plain") -> Group:
    split = lambda s: tuple(p.strip() for p in s.split(",") if p.strip())  # noqa: E731
    return Group(name, split(given), split(surnames), shape)


GROUPS: tuple[Group, ...] = (
    _g(
        "Wolof and Senegalese",
        "Moustapha, Ndeye, Cheikh, Awa, Mamadou, Fatou, Ousmane, Khady, Serigne, Aminata, "
        "Babacar, Coumba, Ibrahima",
        "Ndiaye, Diop, Fall, Sarr, Gueye, Mbaye, Faye, Sow, Seck, Thiam, Niang, Cissé",
    ),
    _g(
        "Fula, Mandinka and Gambian",
        "Lamin, Isatou, Ebrima, Mariama, Alagie, Binta, Modou, Haddy, Sainabou, Omar, "
        "Kaddy, Momodou",
        "Jallow, Touray, Ceesay, Bah, Sanneh, Darboe, Njie, Jobe, Manneh, Kah, Bojang, Sonko",
    ),
    _g(
        "Sierra Leonean and Liberian",
        "Abu, Memunatu, Sorie, Fatmata, Alimamy, Hawa, Tamba, Yeabu, Foday, Kadiatu, Sahr, Musu",
        "Kamara, Sesay, Koroma, Bangura, Conteh, Turay, Kargbo, Mansaray, Tarawallie, "
        "Johnson-Kpaka, Sirleaf, Weah",
    ),
    _g(
        "Congolese and Cameroonian",
        "Mbuyi, Nsimba, Kabongo, Exaucé, Dieudonné, Grâce, Plamedi, Merveille, Landry, "
        "Bienvenu, Chancelle, Christelle, Rodrigue",
        "Kalonji, Mukendi, Tshibangu, Ilunga, Lukusa, Mbala, Nkoulou, Eto'o, Ngono, "
        "Abessolo, Fotso, Tchoupo",
    ),
    _g(
        "Kenyan and Ugandan",
        "Wanjiru, Kamau, Njeri, Otieno, Achieng, Kiprono, Chebet, Mugisha, Nakato, Ssemanda, "
        "Auma, Mwangi, Nyambura",
        "Kariuki, Odhiambo, Wekesa, Njoroge, Kipchoge, Ochieng, Museveni, Kato, Nabirye, "
        "Wafula, Githinji, Onyango",
    ),
    _g(
        "Tanzanian, Rwandan and Burundian",
        "Neema, Baraka, Rehema, Juma, Zawadi, Amani, Uwase, Mugabo, Ineza, Nshuti, "
        "Ishimwe, Kwizera, Furaha",
        "Mwakalinga, Komba, Massawe, Mrema, Uwimana, Habimana, Niyonzima, Mukamana, "
        "Ndayishimiye, Hakizimana, Shirima, Lyimo",
    ),
    _g(
        "Zulu, Xhosa and Sotho",
        "Thandiwe, Sipho, Nomvula, Lwazi, Ayanda, Bongani, Zanele, Thabo, Lerato, Mpho, "
        "Khanyisile, Sibusiso, Palesa",
        "Dlamini, Nkosi, Mthembu, Ndlovu, Khumalo, Zulu, Mokoena, Molefe, Ngcobo, "
        "Mahlangu, Xaba, Mabaso",
    ),
    _g(
        "Malagasy and Mauritian",
        "Hery, Fanja, Tiana, Rivo, Voahangy, Mamy, Lalaina, Faly, Nirina, Anjara, "
        "Kervin, Priyanka, Jean-Noël",
        "Rakotoarisoa, Andrianarivelo, Razafindrakoto, Ratsimbazafy, Rasoanaivo, "
        "Randriamampianina, Ramgoolam, Jugnauth, Bérenger, Appadoo, Seetaram, Lam Po Tang",
    ),
    _g(
        "Moroccan",
        "Youssef, Khadija, Hamza, Salma, Mehdi, Imane, Rachid, Nawal, Soufiane, Loubna, "
        "Abdelilah, Hajar, Zakaria",
        "El Amrani, Benjelloun, Bennani, Tazi, Alaoui, Chraibi, Berrada, El Idrissi, "
        "Lahlou, Ouazzani, Benkirane, Ait Ben Haddou",
    ),
    _g(
        "Algerian and Tunisian",
        "Karim, Amel, Nassim, Lynda, Sofiane, Meriem, Walid, Feriel, Yacine, Nesrine, "
        "Riadh, Sonia, Anis",
        "Benali, Bouzid, Belkacem, Haddad, Mansouri, Cherif, Zidane, Ben Salah, Trabelsi, "
        "Jaziri, Gharbi, Bouazizi",
    ),
    _g(
        "Gulf",
        "Abdulrahman, Noura, Saif, Maitha, Khalifa, Shamma, Hamdan, Latifa, Turki, Reem, "
        "Mubarak, Alanoud, Faisal",
        "Al Nahyan, Al Maktoum, Al Suwaidi, Al Mansoori, Al Ketbi, Al Qasimi, Al Otaibi, "
        "Al Dosari, Al Harthy, Al Balushi, Al Kuwari, Al Thani",
    ),
    _g(
        "Sudanese and Egyptian",
        "Mohamed, Amna, Osman, Sara, Elsadig, Hiba, Tarig, Rania, Mahmoud, Dalia, Ashraf, "
        "Marwa, Hatem",
        "Abdelrahim, Elhassan, Babiker, Eltayeb, Mahgoub, Osman-Ali, Abdelaziz, El-Sayed, "
        "Fahmy, Mostafa, Ragab, Shenouda",
    ),
    _g(
        "Turkic and Central Asian",
        "Timur, Dilnoza, Rustam, Aigerim, Nursultan, Gulnara, Bakhyt, Madina, Azamat, "
        "Aizhan, Farrukh, Saule, Elmira",
        "Karimov, Tursunova, Nazarbayev, Abdullaeva, Seitkali, Omarov, Zhaksylykov, "
        "Berdimuhamedov, Yusupova, Akhmetov, Rakhimova, Sadykov",
    ),
    _g(
        "Azerbaijani and Tatar",
        "Elchin, Leyla, Rashad, Aysel, Vugar, Gunel, Ilgar, Nigar, Ramil, Alsu, Rinat, "
        "Guzel, Fidan",
        "Aliyev, Mammadova, Huseynov, Guliyeva, Ismayilov, Hasanova, Safin, Khairullina, "
        "Gabdullin, Mustafin, Nabiullina, Valiyev",
    ),
    _g(
        "Mongolian",
        "Batbayar, Oyuunchimeg, Ganzorig, Enkhtuya, Temuulen, Sarangerel, Bold, Altantsetseg, "
        "Munkh-Erdene, Nomin, Tsetseg, Dorj",
        "Ganbold, Purevdorj, Tserendorj, Batsukh, Erdenebat, Sukhbaatar, Damdinsuren, "
        "Jargalsaikhan, Baatar, Oyun-Erdene, Luvsan, Bayarsaikhan",
    ),
    _g(
        "Serbian, Croatian and Bosnian",
        "Dragan, Jelena, Miloš, Ivana, Nikola, Tijana, Emir, Amra, Dževad, Lejla, Goran, "
        "Snježana, Zoran",
        "Petrović, Jovanović, Kovačević, Horvat, Babić, Hadžić, Begović, Šarić, Đorđević, "
        "Marković, Knežević, Hodžić",
    ),
    _g(
        "Bulgarian, Macedonian and Slovene",
        "Stoyan, Desislava, Hristo, Radka, Boyko, Zlatka, Aleksandar, Biljana, Blagoj, "
        "Vesna, Matej, Špela, Tadej",
        "Stoyanov, Dimitrova, Georgiev, Ivanova, Petkovski, Trajkovska, Stojanovski, "
        "Novak, Kranjc, Zupančič, Krajnc, Vidmar",
    ),
    _g(
        "Greek and Cypriot",
        "Konstantinos, Eleni, Georgios, Despina, Christos, Panagiota, Andreas, Stavroula, "
        "Michalis, Androulla, Kyriakos, Theodora, Spyros",
        "Papadopoulos, Georgiou, Christodoulou, Konstantinidou, Karagiannis, Nikolaidis, "
        "Ioannou, Charalambous, Hadjipetrou, Papageorgiou, Vlachos, Economou",
    ),
    _g(
        "Lithuanian",
        "Jonas, Rūta, Mindaugas, Aušra, Žygimantas, Eglė, Tomas, Gintarė, Vytautas, "
        "Indrė, Darius, Milda",
        "Kazlauskas, Petrauskienė, Jankauskas, Žukauskaitė, Stankevičius, Vasiliauskas, "
        "Butkus, Paulauskaitė, Urbonas, Navickienė, Bružas, Šimkus",
    ),
    _g(
        "Latvian and Estonian",
        "Kārlis, Ilze, Jānis, Baiba, Edgars, Līga, Mart, Triin, Jüri, Kadri, Tõnu, Maarja, Rein",
        "Bērziņš, Kalniņa, Ozols, Liepiņa, Krūmiņš, Tamm, Saar, Sepp, Mägi, Kask, Rebane, Ilves",
    ),
    _g(
        "Norwegian, Swedish and Danish",
        "Sigrid, Håkon, Ingrid, Bjørn, Solveig, Torbjörn, Åsa, Henrik, Mette, Søren, "
        "Frida, Ulf, Kirsten",
        "Haugen, Bakke, Lindqvist, Sjöberg, Nyström, Sørensen, Kjærgaard, Østergaard, "
        "Halvorsen, Dahlberg, Lund, Berggren",
    ),
    _g(
        "Finnish and Icelandic",
        "Aino, Juha, Sanna, Eero, Päivi, Tuomas, Kaisa, Guðrún, Sigurður, Þóra, Einar, "
        "Hildur, Ragnar",
        "Virtanen, Mäkinen, Korhonen, Järvinen, Hämäläinen, Leinonen, Sigurðardóttir, "
        "Jónsson, Guðmundsdóttir, Einarsson, Ólafsson, Þórsdóttir",
    ),
    _g(
        "Dutch and Flemish",
        "Sanne, Joost, Femke, Bram, Lieke, Thijs, Marieke, Wouter, Anouk, Sjoerd, Lotte, "
        "Koen, Griet",
        "van der Berg, de Vries, Bakker, van Dijk, Jansen, de Jong, Visser, van den Broeck, "
        "Vermeulen, Peeters, Claes, De Smet, van 't Hof",
    ),
    _g(
        "German, Austrian and Swiss",
        "Lukas, Johanna, Matthias, Annika, Florian, Stefanie, Jürgen, Brigitte, Moritz, "
        "Theresa, Reto, Ursula",
        "Müller, Schneider, Weiß, Fischer-Kühn, von Stauffenberg, Brandstätter, Gruber, "
        "Huber, Zimmermann, Oberholzer, Baumgartner, Köhler",
    ),
    _g(
        "Spanish, Catalan and Basque",
        "Alejandro, María José, Íñigo, Nerea, Jordi, Montserrat, Xabier, Ainhoa, Guillermo, "
        "Pilar, Iker, Rocío, Aitor",
        "García Lorca, Fernández Ruiz, de la Fuente Ortega, Puig i Ferrer, Etxeberria "
        "Aguirre, Martínez-Sala, Sánchez Vidal, Goikoetxea, Romero Pardo, Iglesias Ramos, "
        "Vila Soler, Ibarra Zubizarreta",
        shape="double",
    ),
    _g(
        "Portuguese and Galician",
        "João Pedro, Inês, Gonçalo, Mafalda, Tiago, Leonor, Rui, Beatriz, Xosé, Uxía, "
        "Duarte, Filipa",
        "Gonçalves da Silva, Sousa Pereira, Carvalho, Fonseca, Magalhães, Teixeira, "
        "dos Santos Rocha, Vieira, Castelao, Barreiro, Rodrigues Pinto, Moura",
    ),
    _g(
        "Mexican, Colombian and Peruvian",
        "Guadalupe, Juan Carlos, Ximena, Santiago, Valentina, Nicolás, Yesenia, Julián, "
        "Luz Marina, Edwin, Yolanda, Wilmer",
        "Hernández López, Ramírez Castillo, Torres Quispe, Mamani Condori, Gutiérrez de "
        "Piñeres, Ospina Vélez, Cárdenas Rojas, Huamán, Villalobos, Zapata Arango, "
        "Mendoza Chávez, Restrepo",
        shape="double",
    ),
    _g(
        "Chilean, Argentine and Venezuelan",
        "Camila, Matías, Florencia, Benjamín, Agustina, Joaquín, Yusleidy, Franco, "
        "Milagros, Renzo, Antonella, Gonzalo",
        "Fuenzalida Contreras, Pérez de Arce, Bustamante, Echeverría Soto, Larraín, "
        "Gallardo Muñoz, Fernández de Kirchner, Giménez, Rossi, Colmenares, Urdaneta, "
        "Briceño",
        shape="double",
    ),
    _g(
        "Brazilian",
        "Thiago, Larissa, Wellington, Jéssica, Rafael, Thaís, Cleiton, Aparecida, Rodrigo, "
        "Luana, Edvaldo, Kauã, Maria Eduarda",
        "da Silva, Oliveira, Souza, Nascimento, Lima, Araújo, Ferreira Neto, Cavalcanti, "
        "Albuquerque, Barbosa, Moreira, dos Reis",
    ),
    _g(
        "Tamil",
        "Karthikeyan, Vaishnavi, Senthil, Kavitha, Murugan, Thenmozhi, Aravind, Lakshmi, "
        "Saravanan, Yazhini, Balaji, Dhivya, Vetri",
        "Subramaniam, Ramasamy, Sivakumar, Annamalai, Thangavel, Palaniappan, Krishnan, "
        "Rajendran, Velusamy, Muthusamy, Nadarajah, Sundaram",
        shape="patronym",
    ),
    _g(
        "Sinhala",
        "Nimal, Chamari, Kasun, Dilini, Ruwan, Sanduni, Chathura, Ishara, Pradeep, Nadeesha, "
        "Lahiru, Tharushi",
        "Perera, Fernando, Jayasuriya, Wickramasinghe, Bandara, Gunawardena, Rajapaksa, "
        "Senanayake, Dissanayake, Kumarasinghe, Ekanayake, Herath",
    ),
    _g(
        "Bengali",
        "Rakib, Sadia, Tanvir, Nusrat, Arif, Farzana, Shuvo, Mithila, Imran, Tahmina, "
        "Sourav, Moumita, Habib",
        "Hossain, Chowdhury, Rahman, Uddin, Begum, Miah, Sarkar, Bhattacharya, Mukherjee, "
        "Talukdar, Ahmed, Khatun",
    ),
    _g(
        "Sikh and Punjabi",
        "Harpreet, Gurdeep, Manjit, Jaswinder, Baljit, Simranjit, Amardeep, Navneet, "
        "Kulwinder, Parminder, Rajveer, Inderjit, Sukhmani",
        "Singh, Kaur, Sandhu, Gill, Dhillon, Sidhu, Grewal, Bains, Johal, Atwal, Randhawa, "
        "Kaur Bhogal",
    ),
    _g(
        "Hmong, Lao and Khmer",
        "Pa Nhia, Tou, Mai Yer, Fue, Kia, Chue, Somphone, Keo, Bounmy, Sokha, Dara, "
        "Sreymom, Vannak",
        "Vang, Xiong, Thao, Moua, Lor, Vue, Her, Phommachanh, Sayavong, Chanthavong, "
        "Sok, Chhim, Pich",
        shape="clan",
    ),
    _g(
        "Thai and Burmese",
        "Somchai, Malee, Niran, Pimchanok, Kittisak, Supaporn, Aung, Thida, Kyaw, Hnin, "
        "Zaw, Ei Mon",
        "Srisawat, Chaiyaporn, Wongsakul, Jirapongsakorn, Boonmee, Thongchai, "
        "Rattanakosin, Saelim, Phromphan, Sukprasert, Kaewkla, Intharasuk",
    ),
    _g(
        "Indonesian",
        "Sukarno, Wulandari, Budi, Suharti, Joko, Rahmawati, Agus, Setiawati, Bambang, "
        "Indah, Yudhoyono, Kartini, Slamet",
        "Santoso, Wijaya, Hartono, Kusuma, Pratama, Nugroho, Saputra, Halim, Gunawan, "
        "Siregar, Simanjuntak, Nasution",
        shape="mono",
    ),
    _g(
        "Samoan, Tongan and Fijian",
        "Sione, Losana, Tevita, Mele, Semisi, 'Ana, Tupou, Salote, Ratu, Litia, Iosefa, "
        "Faleolo, Ofa",
        "Tuilagi, Fifita, Vunipola, Naivalu, Tuipulotu, Taufa, Havili, Leota, Fonoti, "
        "Waqanivalu, Nadolo, Sopoaga",
    ),
    _g(
        "Māori",
        "Tāmati, Mereana, Wiremu, Hēmi, Aroha, Ngaio, Rāwiri, Hinemoa, Tama, Kahurangi, "
        "Nikau, Manaia",
        "Ngata, Parata, Tipene, Te Rangi, Waititi, Pōmare, Kerehoma, Tawhiri, Rikihana, "
        "Hohaia, Te Kani, Mahuta",
    ),
    _g(
        "Inuit and Greenlandic",
        "Aputi, Nuka, Siku, Ujarak, Nivi, Paninnguaq, Inuk, Malik, Aviaja, Kunuk, Pipaluk, "
        "Qaannguaq",
        "Kleist, Lynge, Kreutzmann, Arnaquq, Qitsualik, Ipeelie, Angutimarik, Pitseolak, "
        "Alainga, Nuqingaq, Motzfeldt, Heilmann",
    ),
    _g(
        "Jewish",
        "Shoshana, Mordechai, Yael, Avraham, Rivka, Yitzhak, Tova, Shmuel, Batsheva, "
        "Eliezer, Miriam, Dov, Chaya",
        "Rosenberg, Goldstein, Abergel, Mizrahi, Cohen-Levy, Ben-David, Katz, Shapiro, "
        "Weinberger, Azoulay, Horowitz, Halevi",
    ),
    _g(
        "Romani and Traveller",
        "Tyson, Kizzy, Jimmy-Lee, Shanelle, Noah-Jay, Levi, Dolly, Reuben, Tawny, Bartley, "
        "Tinker, Mireli, Nadja",
        "Loveridge, Boswell, Smith-Lee, Gaskin, Herne, Ward, McDonagh, Lovell, Buckland, "
        "Stanescu, Oláh, Balogh",
    ),
    _g(
        "Irish (anglicised)",
        "Siobhán, Pádraig, Niamh, Ciarán, Aoife, Oisín, Caoimhe, Tadhg, Gráinne, Eoghan, "
        "Saoirse, Cathal",
        "O'Sullivan, McCarthy, Fitzgerald, Moynihan, Kavanagh, Ó Briain, Donnelly, "
        "Gallagher, McLoughlin, Breathnach, Mulcahy, O'Driscoll",
    ),
    _g(
        "Scottish",
        "Ailsa, Hamish, Iona, Fraser, Morag, Lachlan, Kirsty, Ruaridh, Mhairi, Callum, "
        "Isla, Struan",
        "MacLeod, McAllister, Urquhart, Menzies, Farquharson, MacKinnon, Dalgleish, "
        "Sutherland, MacAulay, Buchanan, Lamont, Crichton",
    ),
    _g(
        "Welsh",
        "Gruffydd, Rhiannon, Dafydd, Eirlys, Iestyn, Ffion, Aled, Heledd, Gethin, Lowri, Emyr, Nia",
        "Pritchard, Bowen, Probert, Prydderch, Gwilym, Vaughan-Thomas, Pugh, Parry, "
        "Rhys-Jones, Bevan, Llewelyn, Meredith",
    ),
    _g(
        "English given names that are words",
        "Hope, Joy, Ivy, Holly, Poppy, Daisy, Hazel, Autumn, Hunter, Mason, Rowan, Brooke, "
        "Sunny, Honor, Patience, Dawn, Crystal, Amber, Frank, Earnest, Rocky, Lucky, Sonny, "
        "Chance, Storm, Ruby, Pearl, Jade, Blaze, Bliss",
        "Butcher, Shepherd, Fisher, Cook, Mills, Banks, Fields, Moss, Frost, Snow, Winter, "
        "Stone, Sterling, Price, Bond, Law, Judge, Bishop, Knight, Prince, Duke, Lord, "
        "Hunt, Chase, Best, Goodman, Wise, Swift, Strong, Brown",
    ),
    _g(
        "English surnames that are words",
        "Harold, Brenda, Derek, Maureen, Trevor, Pauline, Clive, Sandra, Nigel, Beverley, "
        "Keith, Lorraine",
        "Church, Ford, Pond, Marsh, Heath, Waters, Rivers, Meadows, Orchard, Birch, Oak, "
        "Thorn, Bush, Root, Flower, Berry, Plum, Lemon, Salt, Pepper, Sugar, Honey, Bacon, "
        "Lamb, Bull, Wolf, Crow, Swan, Drake, Finch, Sparrow, Hawk, Bird, Salmon, Pike, "
        "Hood, Glover, Weaver, Turner, Potter, Carpenter, Thatcher, Slater, Cooper, "
        "Fletcher, Archer, Fowler, Parker, Farmer, Miller, Goodbody, Lovejoy, Wellbeloved, "
        "Death, Christmas, Easter, Friday, Onions, Lawless, Gotobed",
    ),
    _g(
        "Maltese and Italian",
        "Carmelo, Marija, Giuseppe, Rosaria, Salvatore, Concetta, Gianluca, Federica, "
        "Vincenzo, Assunta, Raffaele, Graziella",
        "Borg, Camilleri, Vella, Zammit, Farrugia, Grech, Esposito, Russo, Lo Bianco, "
        "D'Alessandro, Di Stefano, La Rosa",
    ),
    _g(
        "Caribbean and Black British",
        "Marlon, Shaniqua, Delroy, Latoya, Winston, Keisha, Dwayne, Sherelle, Errol, "
        "Precious, Leroy, Tanisha",
        "Campbell, Thompson, Francis, Powell, Grant-Williams, Bailey, Reid, Gayle, "
        "Forbes, Lindo, Ramcharan, Persaud",
    ),
)

# nicknames a note may use for a given name (FIRST, form "nickname")
NICKNAMES: dict[str, str] = {
    "Guadalupe": "Lupe",
    "Alejandro": "Álex",
    "Konstantinos": "Kostas",
    "Mordechai": "Motti",
    "Abdulrahman": "Abdul",
    "Mohamed": "Mo",
    "Aleksandar": "Aco",
    "Nursultan": "Nurik",
    "Guillermo": "Guille",
    "Karthikeyan": "Karthi",
    "Gruffydd": "Gruff",
    "Rhiannon": "Rhi",
    "Siobhán": "Shiv",
    "Pádraig": "Paddy",
    "Ruaridh": "Ruari",
    "Vincenzo": "Enzo",
    "Salvatore": "Totò",
    "Giuseppe": "Peppe",
    "Yitzhak": "Itzik",
    "Shoshana": "Shoshi",
    "Avraham": "Avi",
    "Batsheva": "Sheva",
    "Matthias": "Matze",
    "Johanna": "Hanne",
    "Wiremu": "Wiri",
    "Kahurangi": "Kahu",
    "Jaswinder": "Jas",
    "Kulwinder": "Kully",
    "Harpreet": "Happy",
    "Thandiwe": "Thandi",
    "Sibusiso": "Sbu",
    "Wellington": "Welly",
    "Montserrat": "Montse",
    "Xabier": "Xabi",
    "Theodora": "Dora",
    "Christos": "Chris",
    "Dieudonné": "Dodo",
    "Temuulen": "Temka",
    "Oyuunchimeg": "Oyuka",
    "Ebrima": "Ebou",
    "Momodou": "Modou",
    "Trevor": "Trev",
    "Maureen": "Mo",
    "Beverley": "Bev",
}

# names someone goes by at work or online beside their own (FIRST, form "adopted name")
ADOPTED = (
    "Kevin",
    "Vicky",
    "Jason",
    "Coco",
    "Tony",
    "Sunny",
    "Wendy",
    "Eddie",
    "Jojo",
    "Max",
    "Nick",
    "Angel",
    "Joy",
    "Lucky",
    "Happy",
    "Bobby",
    "Kiki",
    "Dee",
    "Ray",
    "Lily",
)

# titles a note or a cell may put before a surname
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Revd", "Sr", "Herr", "Frau", "Mevr.")


@dataclass(frozen=True, slots=True)
class Script:
    """A person written in a non-Latin script: the script, their given name and surname."""

    script: str
    given: str
    surname: str
    order: str = "given-first"  # "family-first": the surname is written first


NON_LATIN: tuple[Script, ...] = (
    Script("Han", "秀英", "王", "family-first"),
    Script("Han", "建国", "刘", "family-first"),
    Script("Han", "嘉欣", "陈", "family-first"),
    Script("Japanese", "花子", "佐藤", "family-first"),
    Script("Japanese", "大輔", "高橋", "family-first"),
    Script("Japanese", "さくら", "山本", "family-first"),
    Script("Hangul", "민준", "김", "family-first"),
    Script("Hangul", "서연", "박", "family-first"),
    Script("Cyrillic", "Драган", "Петровић"),
    Script("Cyrillic", "Светлана", "Кузнецова"),
    Script("Cyrillic", "Олександр", "Шевчук"),
    Script("Greek", "Νίκος", "Παπαδόπουλος"),
    Script("Greek", "Ελένη", "Γεωργίου"),
    Script("Arabic", "فاطمة", "الزهراني"),
    Script("Arabic", "يوسف", "العمري"),
    Script("Arabic", "مریم", "حسینی"),
    Script("Hebrew", "נועה", "לוי"),
    Script("Hebrew", "אברהם", "כהן"),
    Script("Devanagari", "सुनीता", "शर्मा"),
    Script("Devanagari", "राजेश", "वर्मा"),
    Script("Bengali", "রাকিব", "হাসান"),
    Script("Bengali", "সুমাইয়া", "চৌধুরী"),
    Script("Tamil", "கார்த்திக்", "சுப்பிரமணியம்"),
    Script("Tamil", "மீனா", "ராஜன்"),
    Script("Sinhala", "නිමල්", "පෙරේරා"),
    Script("Sinhala", "චමරි", "ප්‍රනාන්දු"),
    Script("Thai", "สมชาย", "ใจดี"),
    Script("Thai", "มาลี", "ศรีสวัสดิ์"),
    Script("Georgian", "ნინო", "ბერიძე"),
    Script("Georgian", "გიორგი", "კაპანაძე"),
    Script("Armenian", "Արամ", "Պետրոսյան"),
    Script("Gurmukhi", "ਹਰਪ੍ਰੀਤ", "ਕੌਰ"),
    Script("Gurmukhi", "ਗੁਰਦੀਪ", "ਸਿੰਘ"),
    Script("Ethiopic", "አበበ", "ከበደ"),
    Script("Khmer", "សុខា", "ចាន់"),
    Script("Lao", "ສົມພອນ", "ພົມມະຈັນ"),
)

GIVEN_BY_GROUP = {g.name: g.given for g in GROUPS}
GIVEN = tuple(dict.fromkeys(n for g in GROUPS for n in g.given))
SURNAMES = tuple(dict.fromkeys(n for g in GROUPS for n in g.surnames))
