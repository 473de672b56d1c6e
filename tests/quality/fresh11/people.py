"""The fresh11 people: naming cultures, their shapes, and the names typed for this set.

A ``Group`` is one naming culture in one shape: ``plain`` (given surname), ``particle``
(surnames carrying de, Ní, Al, ould, Te ...), ``patronym`` (a father's name as the surname, or
between given name and surname), ``family-first`` (surname written first), ``double`` (two
surnames, joined by a space, a hyphen or " i ") and ``mono`` (a single name, sometimes of
several words). Lists are typed as ``"female|...;male|..."``; a list without ``;`` is shared.
Nothing here comes from a name package or from the repository's word lists.
"""

from __future__ import annotations

from dataclasses import dataclass

SHAPES = ("plain", "particle", "patronym", "family-first", "double", "mono")


@dataclass(frozen=True, slots=True)
class Group:
    culture: str
    shape: str
    given_f: tuple[str, ...]
    given_m: tuple[str, ...]
    sur_f: tuple[str, ...]
    sur_m: tuple[str, ...]
    middle_f: tuple[str, ...] = ()
    middle_m: tuple[str, ...] = ()
    family_first: bool = False
    joiner: str = " "

    @property
    def gendered(self) -> bool:
        return self.given_f != self.given_m


def _split(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if not text:
        return (), ()
    if ";" in text:
        female, male = text.split(";")
        return tuple(female.split("|")), tuple(male.split("|"))
    both = tuple(text.split("|"))
    return both, both


def G(
    culture: str,
    shape: str,
    given: str,
    surnames: str,
    middles: str = "",
    first: bool = False,
    joiner: str = " ",
) -> Group:
    given_f, given_m = _split(given)
    sur_f, sur_m = _split(surnames)
    middle_f, middle_m = _split(middles)
    return Group(culture, shape, given_f, given_m, sur_f, sur_m, middle_f, middle_m, first, joiner)


GROUPS: tuple[Group, ...] = (
    # --- West Africa
    G(
        "Akan (Ghana)",
        "plain",
        "Akosua|Abena|Ama|Adwoa|Esi|Efua|Yaa|Comfort|Gifty|Patience;Kwame|Yaw|Kofi|Kwabena|Kojo|Kwaku|Kwesi|Fiifi",
        "Owusu|Mensah|Boateng|Asante|Osei|Ofori|Appiah|Agyeman|Sarpong|Amoako",
    ),
    G(
        "Ewe",
        "plain",
        "Selorm|Delali|Dzifa|Eyram|Elinam;Edem|Senyo|Elikem|Mawuli|Kekeli",
        "Agbeko|Kpodo|Dzokoto|Ahadzi|Tsikata|Amegashie|Gbeho",
    ),
    G(
        "Ga-Adangbe",
        "plain",
        "Naa Dedei|Naa Ayeley|Adoley|Korkor;Nii Okai|Nii Armah|Tetteh|Odartey",
        "Quaye|Lamptey|Quarshie|Nortey|Ashitey|Odoi|Sowah",
    ),
    G(
        "Yoruba",
        "plain",
        "Folake|Temitope|Funmilayo|Yetunde|Damilola|Blessing|Precious|Ayomide;Adebayo|Oluwaseun|Babatunde|Ayodele|Kehinde|Taiwo|Goodluck|Tobiloba",
        "Adeyemi|Ogunleye|Balogun|Oyelaran|Adekunle|Afolabi|Olaniyan|Ogundipe|Akinola",
    ),
    G(
        "Igbo",
        "plain",
        "Chiamaka|Ngozi|Adaeze|Chidinma|Ifeoma|Favour|Amarachi|Nneka;Chukwuemeka|Obinna|Ikenna|Nnamdi|Uchenna|Godswill|Chinedu|Ebuka",
        "Okafor|Nwosu|Eze|Okonkwo|Onyekachi|Obi|Nwachukwu|Uzor|Anyanwu|Ezeh",
    ),
    G(
        "Hausa",
        "patronym",
        "Zainab|Hadiza|Bilkisu|Halima|Aisha|Rahama;Aminu|Abubakar|Sani|Garba|Usman|Nasiru",
        "Danjuma|Bello|Musa|Yusuf|Shehu|Lawal|Dankano",
        middles="Sani|Garba|Abdullahi|Idris",
    ),
    G(
        "Fula",
        "plain",
        "Aissatou|Mariama|Kadiatou|Fatoumata|Hawa;Mamadou|Oumar|Alpha|Thierno|Saidou",
        "Diallo|Bah|Barry|Sow|Baldé|Jalloh|Sidibé",
    ),
    G(
        "Wolof",
        "plain",
        "Aminata|Ndèye|Awa|Sokhna|Astou|Khady;Moussa|Cheikh|Modou|Ibrahima|Serigne|Pape",
        "Ndiaye|Diop|Fall|Gueye|Mbaye|Sarr|Faye|Seck",
    ),
    G(
        "Mandinka (Gambia)",
        "plain",
        "Isatou|Binta|Haddy|Kaddy|Fatou;Lamin|Ebrima|Ousman|Alieu|Momodou",
        "Jammeh|Touray|Darboe|Ceesay|Sanneh|Saidy|Fofana",
    ),
    G(
        "Bambara (Mali)",
        "plain",
        "Oumou|Kadidia|Rokia|Assétou|Djénéba;Adama|Salif|Bakary|Seydou|Mamoutou",
        "Traoré|Keïta|Coulibaly|Diarra|Koné|Sissoko|Dembélé",
    ),
    G(
        "Mossi (Burkina Faso)",
        "plain",
        "Rasmata|Salamata|Wendkouni|Awa;Boukary|Noufou|Issouf|Wendpouiré",
        "Ouédraogo|Sawadogo|Kaboré|Zongo|Compaoré|Ilboudo|Kiendrébéogo",
    ),
    G(
        "Liberian",
        "plain",
        "Jartu|Musu|Fatu|Oretha|Kebbeh;Sekou|Varney|Momo|Tarlue|Emmanuel",
        "Kollie|Flomo|Gbarbea|Togba|Kpoto|Dolo|Gaye|Zinnah",
    ),
    G(
        "Krio (Sierra Leone)",
        "double",
        "Isatu|Adeline|Olufunmi|Christiana;Olufemi|Theophilus|Abiodun|Cecil",
        "Thomas|Cole|Macauley|Pratt|Nicol|Decker|Carew|Wright",
        joiner="-",
    ),
    G(
        "Temne",
        "plain",
        "Mabinty|Kadiatu|Adama|Marie;Alimamy|Sorie|Foday|Santigie",
        "Kamara|Sesay|Conteh|Bangura|Turay|Koroma",
    ),
    G(
        "Fon (Benin)",
        "plain",
        "Akouavi|Sessi|Ayaba|Mahugnon;Codjo|Dossou|Houénou|Sèna",
        "Houngbédji|Agossou|Ahouansou|Zinsou|Kpadonou|Adjovi",
    ),
    G(
        "Cape Verdean",
        "particle",
        "Edna|Lúcia|Ivanilda|Nely;Djeison|Zeca|Nilton|Adilson",
        "Tavares|Fortes|Lopes|Semedo|Monteiro|Furtado|da Graça|dos Reis",
    ),
    # --- Central Africa
    G(
        "Bamileke (Cameroon)",
        "plain",
        "Ghislaine|Armelle|Nadège|Linda;Blaise|Rodrigue|Cyrille|Junior",
        "Tchakounté|Fotso|Kamga|Tchoumi|Nganou|Fokou|Djoumessi",
    ),
    G(
        "Duala",
        "plain",
        "Yolande|Ebelle|Danielle;Serge|Eyango|Ekwalla",
        "Ekwalla|Dikongue|Ngando|Ekambi|Ebanda|Kotto",
    ),
    G(
        "Beti (Cameroon)",
        "plain",
        "Brigitte|Chantal|Ange|Ornella;Hervé|Yannick|Martial|Ghislain",
        "Mbarga|Ngono|Essomba|Ateba|Owona|Mballa|Ondoa",
    ),
    G(
        "Fang (Gabon)",
        "plain",
        "Liliane|Prisca|Nadia;Arsène|Rodrigue|Landry",
        "Ndong|Obiang|Nguema|Mba|Ondo|Essono|Mintsa",
    ),
    G(
        "Kongo / Lingala (DRC)",
        "plain",
        "Merveille|Grâce|Christelle|Plamedi|Exaucée;Bienvenu|Dieumerci|Glody|Exaucé|Trésor",
        "Mbemba|Nsimba|Makiese|Mukendi|Kabasele|Mputu|Lutete",
    ),
    G(
        "Luba (DRC)",
        "plain",
        "Mbuyi|Ntumba|Kapinga;Kanku|Kalala|Mulumba",
        "Kabongo|Kazadi|Kabeya|Tshimanga|Ilunga|Tshibangu",
    ),
    G(
        "Kinyarwanda",
        "family-first",
        "Aline|Diane|Divine|Clarisse;Eric|Claude|Fiston|Pacifique",
        "Uwase|Mugisha|Niyonzima|Habimana|Ishimwe|Iradukunda|Mukamana|Nshimiyimana",
        first=True,
    ),
    G(
        "Kirundi",
        "family-first",
        "Gloria|Espérance|Ange;Olivier|Aimable|Déo",
        "Niyongabo|Hakizimana|Irakoze|Ndikumana|Bigirimana|Nduwimana",
        first=True,
    ),
    # --- East Africa and the Horn
    G(
        "Baganda (Uganda)",
        "plain",
        "Nakato|Babirye|Nakimuli|Brenda|Mercy;Kato|Waswa|Mukasa|Ivan",
        "Ssempala|Nakiwala|Lubega|Mukiibi|Kiggundu|Nalubega|Ssebunya",
    ),
    G(
        "Acholi",
        "plain",
        "Akello|Aber|Lamunu|Evelyn;Okello|Ocen|Odong|Opiyo",
        "Okello|Ocen|Odong|Opiyo|Oryem|Lakony",
    ),
    G(
        "Kikuyu",
        "plain",
        "Wanjiru|Njeri|Wairimu|Nyambura|Muthoni;Kamau|Mwangi|Kariuki|Githinji",
        "Kamau|Mwangi|Njoroge|Kariuki|Wambui|Githinji|Ndung'u",
    ),
    G(
        "Luo",
        "plain",
        "Achieng|Adhiambo|Akinyi|Awuor|Faith;Otieno|Odhiambo|Ochieng|Omondi",
        "Otieno|Odhiambo|Ochieng|Omondi|Onyango|Owino",
    ),
    G(
        "Swahili coast",
        "plain",
        "Mwanaisha|Rehema|Zawadi|Neema|Amani;Juma|Baraka|Shukuru|Amani",
        "Said|Mwinyi|Salim|Bakari|Omari|Hamisi|Mzee",
    ),
    G(
        "Oromo",
        "patronym",
        "Chaltu|Ebise|Hawi|Ayantu|Lensa;Lencho|Gemechu|Tolosa|Obsa",
        "Tolosa|Gudina|Fayisa|Bekele|Dinsa|Lemma|Gutema",
    ),
    G(
        "Amhara",
        "patronym",
        "Selam|Meseret|Tigist|Hirut|Tsion|Bethlehem;Yonas|Dawit|Abebe|Tewodros",
        "Tesfaye|Alemu|Getachew|Worku|Kebede|Haile|Mekonnen",
    ),
    G(
        "Tigrinya",
        "patronym",
        "Senait|Freweyni|Mehret|Semhar;Yohannes|Filmon|Tesfalem|Aklilu",
        "Gebremedhin|Tesfamariam|Haileselassie|Ghebreyesus|Berhane|Woldu|Kidane",
    ),
    G(
        "Somali",
        "patronym",
        "Hodan|Faadumo|Ayaan|Sahra|Hamdi|Najma|Ubah;Abdirahman|Liban|Guled|Mohamed|Abdikarim",
        "Warsame|Farah|Hirsi|Jama|Abdi|Osman|Elmi|Duale",
        middles="Ahmed|Hassan|Abdullahi|Ismail|Nur|Ali",
    ),
    G(
        "Sudanese",
        "patronym",
        "Tasneem|Reem|Sawsan|Ibtisam;Omer|Mohanad|Elfatih|Muzamil",
        "Elhassan|Abdelrahim|Babiker|Elamin|Mirghani|Hamad",
    ),
    # --- Southern Africa and Madagascar
    G(
        "Shona",
        "plain",
        "Rutendo|Chipo|Nyasha|Tatenda|Kudzai;Tendai|Farai|Tinashe|Tafadzwa",
        "Moyo|Chikwanha|Mutasa|Chirwa|Marufu|Zvobgo|Mhlanga",
    ),
    G(
        "Ndebele",
        "plain",
        "Nomvula|Thandeka|Sibongile;Bongani|Sibusiso|Nkosana",
        "Ncube|Dube|Sibanda|Ndlovu|Nkomo|Mpofu|Khumalo",
    ),
    G(
        "Zulu",
        "plain",
        "Nonhlanhla|Zanele|Lungile|Nomsa|Ayanda;Mandla|Sifiso|Sbu|Themba",
        "Dlamini|Zungu|Mkhize|Ngcobo|Shabalala|Buthelezi|Zulu",
    ),
    G(
        "Xhosa",
        "plain",
        "Nosipho|Ntombi|Asanda|Thembeka|Unathi;Siyabonga|Lwazi|Luthando|Xolani",
        "Ngcukana|Qwabe|Mxenge|Nkwinti|Mqhayi|Gqirana|Mtshali",
    ),
    G(
        "Sotho",
        "plain",
        "Palesa|Lerato|Refiloe|Dineo|Mpho;Thabo|Teboho|Tshepo|Mpho",
        "Mokoena|Mofokeng|Nthako|Letsie|Moloi|Ramokoena|Sello",
    ),
    G(
        "Tswana",
        "plain",
        "Boitumelo|Onalenna|Masego|Lesedi|Oratile;Kagiso|Kgosi|Tebogo|Lesedi",
        "Molefe|Masilo|Kgosana|Modise|Motsamai|Seretse",
    ),
    G(
        "Malagasy",
        "plain",
        "Fanja|Tiana|Haingo|Voahangy|Rindra;Hery|Mamy|Tojo|Rindra",
        "Rakotomalala|Andrianarisoa|Razafindrakoto|Randrianasolo|Rasoanaivo|Ratsimbazafy|Rabemananjara",
    ),
    G(
        "Mauritian",
        "plain",
        "Marie-Josée|Priya|Anjali|Nathalie;Jean-Claude|Kishan|Yash|Ludovic",
        "Seebaluck|Boodhoo|Lallmahomed|Legentil|Laval|Perrine|Jolicoeur|Ramdin",
    ),
    # --- Caribbean
    G(
        "Jamaican",
        "plain",
        "Shanice|Sashana|Jodian|Marcia|Shantol|Hope;Kemar|Tafari|Delroy|Kadeem|Tajay|Sterling",
        "Campbell|McKenzie|Grant|Barrett|Ricketts|Forbes|Blackwood|Gayle|Brissett",
    ),
    G(
        "Trinidadian",
        "plain",
        "Kavita|Marisa|Anisa|Shivanie|Krystal;Ravi|Keron|Darnell|Jerome",
        "Ramdass|Maharaj|Persad|Ramkissoon|Baptiste|Rampersad|Sookdeo|Boodram",
    ),
    G(
        "Barbadian",
        "plain",
        "Tricia|Keisha|Shakira|Ramona;Ramon|Dwayne|Kemar|Shane",
        "Greaves|Holder|Gittens|Maynard|Yearwood|Griffith|Blackman|Trotman",
    ),
    G(
        "Haitian",
        "double",
        "Widlène|Guerline|Wisline|Fabiola|Jertha;Mackenson|Wilner|Jamesley|Dieuvens",
        "Jean-Baptiste|Pierre-Louis|Fils-Aimé|Lafortune|Bienaimé|Exantus|Vilsaint|Toussaint|Dieudonné",
    ),
    G(
        "Dominican",
        "double",
        "Yokasta|Yudelka|Yanelis|Yaritza|Rosanna;Wilkin|Franklyn|Wandy|Starlin",
        "Almonte|Peralta|Then|Tavárez|Liriano|Ureña|Polanco|Abreu",
    ),
    G(
        "Puerto Rican",
        "double",
        "Xiomara|Coralys|Nilsa|Zoraida;Yadiel|Jaime|Edwin|Luis Ángel",
        "Rivera|Colón|Cintrón|Quiñones|Santiago|Figueroa|Rosado|Negrón",
    ),
    G(
        "Guyanese",
        "plain",
        "Latoya|Nadira|Chandra|Shondell;Ramesh|Collis|Omesh|Deon",
        "Persaud|Lall|Harripersaud|Fredericks|Bacchus|Seepersaud|Budhram|Bovell",
    ),
    G(
        "St Lucian",
        "particle",
        "Marie-Claire|Leandra|Kishma|Shervon;Kervin|Daren|Jn Marie|Jn Paul",
        "Jn Baptiste|St Rose|Joseph|Felix|Auguste|Charlemagne|Mondesir|Louisy",
    ),
    G(
        "Vincentian",
        "plain",
        "Shafiqua|Kenisha|Orande;Jomo|Kimron|Dexter",
        "Cupid|Providence|Ollivierre|Da Silva|Quashie|Sam",
    ),
    G(
        "Cuban",
        "double",
        "Yaimara|Dayana|Yusleidy|Yanet;Yunieski|Yoel|Osmany|Yoandry",
        "Pérez|Cabrera|Lorenzo|Fonseca|Valdés|Rodríguez|Hechavarría",
    ),
    G(
        "Surinamese Javanese",
        "plain",
        "Roshni|Shanti|Sriwati;Iwan|Kenneth|Soewarno",
        "Kartosen|Wongsodikromo|Sewdien|Pinas|Mungra|Ramsaran|Kromodihardjo",
    ),
    # --- Pacific
    G(
        "Samoan",
        "plain",
        "Malia|Losa|Lagi|Sina|Fetu|Mele;Sefo|Tavita|Iosefa|Tasi|Fetu",
        "Tuilagi|Leota|Fa'amausili|Sapolu|Tuimavave|Aiono|Toleafoa|Ah Chong|Va'a",
    ),
    G(
        "Tongan",
        "plain",
        "Mele|Lupe|Salote|'Ana|Losana;Sione|Siosaia|Viliami|Tevita",
        "Taufa|Fifita|Havili|Vainikolo|Tuipulotu|Kaufusi|Lolohea|Fonua",
    ),
    G(
        "Fijian (iTaukei)",
        "plain",
        "Mereani|Litia|Sereana|Losana;Semi|Josaia|Waisea|Jone",
        "Naivalu|Ravouvou|Tuimaba|Nadolo|Vunibaka|Waqa|Koroi|Baleiwai",
    ),
    G(
        "Fiji Indian",
        "plain",
        "Shalini|Anjeshni|Shivani|Roshika;Ravinesh|Praneel|Ronal|Avinesh",
        "Prasad|Chand|Lal|Narayan|Deo|Ram|Sami",
    ),
    G(
        "Māori",
        "particle",
        "Aroha|Mere|Ngaio|Moana|Tui|Manaia;Wiremu|Tāne|Hēmi|Rawiri|Kahu",
        "Ngata|Parata|Tipene|Te Whata|Tamihana|Harawira|Te Kani|Rangihuna",
    ),
    G(
        "Hawaiian",
        "plain",
        "Keala|Leilani|Noelani|Pualani|Makana;Kainoa|Kekoa|Kalani|Ikaika",
        "Kahananui|Kealoha|Kamakau|Akana|Kanahele|Nakoa|Kahale|Keawe",
    ),
    G(
        "Cook Islands Māori",
        "plain",
        "Teuira|Marama|Tepaeru|Tangi;Teina|Ngametua|Tangi",
        "Tangianau|Marsters|Mataio|Rima|Tuara|Maoate|Pokino",
    ),
    G(
        "Chamorro",
        "plain",
        "Remedios|Ana|Lourdes|Frances;Joaquin|Jesus|Vicente|Ignacio",
        "Taitano|Camacho|Quitugua|Taitague|Aguon|Borja|Manibusan|San Nicolas",
    ),
    G(
        "Marshallese",
        "particle",
        "Hilda|Daisy|Tina;Witten|Kenneth|Alfred",
        "Kabua|Loeak|de Brum|Zackhras|Langidrik|Lemari",
    ),
    G(
        "Tahitian",
        "plain",
        "Hinatea|Vaitiare|Tehani|Moana;Teva|Manutea|Raiarii",
        "Teriitahi|Tetuanui|Temauri|Tehei|Teriierooiterai",
    ),
    G(
        "Ni-Vanuatu",
        "plain",
        "Jenny|Leiwia|Hilda;Kalo|Sethy|Lini",
        "Kalsakau|Natapei|Tabimasmas|Molisa|Vurobaravu",
    ),
    G(
        "Papua New Guinean",
        "plain",
        "Dulcie|Kila|Mary;Gima|Peter|Kila",
        "Kaupa|Tau|Kewa|Yapao|Pokana|Aihi|Gari",
    ),
    # --- Central Asia
    G(
        "Kazakh",
        "patronym",
        "Aigerim|Dana|Aruzhan|Zhanar|Madina|Saule;Nurlan|Yerlan|Daniyar|Askar|Yerzhan",
        "Seitkali|Zhaksybekova|Abenova|Omarova|Kassymova|Bekmukhambetova;Seitkali|Zhaksybekov|Abenov|Omarov|Kassymov|Bekmukhambetov",
        middles="Nurlanqyzy|Askarqyzy|Bolatqyzy;Nurlanuly|Askaruly|Bolatuly",
    ),
    G(
        "Uzbek",
        "plain",
        "Dilnoza|Gulnora|Nodira|Shahnoza|Malika;Bekzod|Jasur|Sardor|Otabek",
        "Karimova|Yusupova|Rakhimova|Usmonova|Ergasheva|Sultanova;Karimov|Yusupov|Rakhimov|Usmonov|Ergashev|Abdullaev",
    ),
    G(
        "Kyrgyz",
        "plain",
        "Aizada|Cholpon|Asel|Ainura;Bakyt|Almaz|Kanybek|Nurbek",
        "Osmonalieva|Sadyrova|Mamytova|Abdyldaeva;Osmonaliev|Sadyrov|Mamytov|Toktogulov|Chynybaev",
    ),
    G(
        "Tajik",
        "plain",
        "Firuza|Zarina|Mehrangez|Parvina;Rustam|Farrukh|Dilshod|Sharif",
        "Nazarova|Saidova|Sharipova|Rahmonzoda|Qurbonova;Nazarov|Saidov|Davlatov|Rahmonzoda|Qurbonov",
    ),
    G(
        "Turkmen",
        "plain",
        "Maral|Aýna|Jeren|Gülälek;Merdan|Serdar|Myrat|Batyr",
        "Atayeva|Baýramowa|Orazowa;Orazow|Annaýew|Hojageldiýew|Nurmyradow",
    ),
    G(
        "Uyghur",
        "patronym",
        "Dilnur|Mihrigul|Gulzira|Rizwangul;Abdurehim|Adil|Mukhtar|Erkin",
        "Tursun|Eziz|Memet|Abdukadir|Rozi|Niyaz|Qurban",
    ),
    # --- Caucasus
    G(
        "Georgian",
        "plain",
        "Nino|Tamar|Mariam|Ketevan|Salome|Eka;Giorgi|Levan|Davit|Irakli|Lasha",
        "Beridze|Kapanadze|Gelashvili|Lomidze|Tsiklauri|Chikhladze|Janelidze|Mchedlishvili",
    ),
    G(
        "Armenian",
        "particle",
        "Ani|Lusine|Narine|Anahit|Gayane;Aram|Tigran|Arsen|Hayk|Vardan",
        "Sargsyan|Petrosyan|Hovhannisyan|Grigoryan|Khachatryan|Avetisyan|Mkrtchyan|Ter-Grigoryan",
    ),
    G(
        "Azerbaijani",
        "patronym",
        "Leyla|Günel|Aysel|Nigar|Sevinj;Elvin|Rashad|Orkhan|Farid",
        "Aliyeva|Huseynova|Ismayilova|Mammadli;Mammadov|Guliyev|Hasanov|Babayev|Mammadli",
        middles="Rashad qizi|Elchin qizi;Rashad oglu|Elchin oglu",
    ),
    G(
        "Chechen",
        "plain",
        "Khava|Zarema|Liana|Madina;Magomed|Adlan|Aslan|Ruslan",
        "Masayeva|Umarova|Bisultanova;Masayev|Bisultanov|Gaziyev|Khadzhiyev|Esambayev",
    ),
    G(
        "Circassian",
        "plain",
        "Zarina|Fatimet|Lyuana|Saida;Aslan|Zaur|Azamat|Murat",
        "Khatukai|Shogenov|Berzegov|Chich|Kushkhov|Thagapsov",
    ),
    G(
        "Ossetian",
        "plain",
        "Zarina|Madina|Alina;Alan|Soslan|Taimuraz",
        "Tsallagova|Kokoeva|Bekoeva;Tsallagov|Kokoev|Bekoev|Dzhioev|Gabaraev",
    ),
    # --- Andes and Latin America
    G(
        "Quechua (Peru)",
        "double",
        "Killa|Sisa|Ñusta|Yaneth|Nilda|Rosa;Inti|Amaru|Wayra|Wilber|Percy|Edwin",
        "Quispe|Mamani|Huamán|Condori|Ccori|Huallpa|Choque|Yupanqui",
    ),
    G(
        "Aymara (Bolivia)",
        "double",
        "Wara|Nayra|Maruja|Wilma|Eulogia;Tupak|Ariel|Wilfredo|Fermín",
        "Mamani|Apaza|Choque|Ticona|Limachi|Callisaya|Quisbert|Chambi|Huanca",
    ),
    G(
        "Kichwa (Ecuador)",
        "double",
        "Sumak|Nina|Tamia|Kuri;Pakari|Yaku|Inti|Kuri",
        "Tituaña|Chalán|Guamán|Cachimuel|Lema|Yamberla|Farinango",
    ),
    G(
        "Mapuche (Chile)",
        "double",
        "Ayelén|Millaray|Rayen|Relmu;Lautaro|Nahuel|Antü|Pillán",
        "Huenchullán|Painemal|Catrileo|Millapán|Ñancucheo|Huaiquimil|Calfucura|Antileo",
    ),
    G(
        "Colombian (Antioquia)",
        "double",
        "Yuliana|Leidy|Maryluz|Yeimy;Jhon Fredy|Brayan|Wilmar|Yeison",
        "Restrepo|Ospina|Cardona|Arango|Zuluaga|Giraldo|Valencia|Londoño",
    ),
    G(
        "K'iche' Maya",
        "double",
        "Ixchel|Juana|Rigoberta|Ixmukané;Tecún|Santos|Marcos|Kab'awil",
        "Tzul|Xicay|Tzoc|Ixcoy|Tum|Cux|Quiej|Batz",
    ),
    G(
        "Yucatec Maya",
        "double",
        "Nidia|Landy|Yazmín;Wilberth|Ek Balam|Gaspar",
        "Canché|Pech|Chan|Poot|Uc|Ek|Balam|Cocom",
    ),
    G(
        "Nahua (Mexico)",
        "double",
        "Citlali|Xóchitl|Itzel|Yaretzi|Quetzalli;Cuauhtémoc|Tonatiuh|Tenoch",
        "Tecuapetla|Cuautle|Xolalpa|Tepox|Hernández|Tlapale",
    ),
    G(
        "Brazilian",
        "particle",
        "Thaís|Rayane|Jéssica|Adriele|Luana;Gleisson|Wellington|Kléber|Ueslei",
        "Nascimento|Conceição|dos Anjos|de Jesus|Cavalcanti|Figueiredo|Bezerra|da Silva Santos",
    ),
    # --- Indigenous North America and the Arctic
    G(
        "Diné (Navajo)",
        "plain",
        "Shandiin|Nizhoni|Dezba|Darlene|Raylene;Ahiga|Leroy|Tyrone|Hastiin",
        "Begay|Yazzie|Tsosie|Benally|Nez|Bitsui|Tso|Yellowhorse",
    ),
    G(
        "Lakota",
        "particle",
        "Winona|Kimimela|Marcella;Wanbli|Chayton|Takoda|Vernon",
        "Two Bulls|Iron Cloud|Little Thunder|Brave Heart|Yellow Bird|Kills Enemy|Runs After",
    ),
    G(
        "Cherokee",
        "plain",
        "Ayita|Tayanita|Wilma|Kimberly;Adahy|Chad|Sequoyah",
        "Sixkiller|Swimmer|Hummingbird|Fourkiller|Oosahwee|Squirrel|Goingsnake|Teehee",
    ),
    G(
        "Anishinaabe",
        "plain",
        "Ziigwan|Waaseyaa|Georgina;Migizi|Makwa|Nimkii|Clifford",
        "Morningstar|Kakegamic|Fiddler|Meekis|Beardy|Keeshig|Whitecloud|Moose",
    ),
    G(
        "Cree",
        "plain",
        "Dolores|Lorraine|Pisim;Harvey|Kisik|Darrell",
        "Cardinal|Makokis|Bearhead|Wuttunee|Badger|Littlechild|Saddleback|Ermineskin",
    ),
    G(
        "Inuit",
        "plain",
        "Elisapee|Maata|Ooloota|Ulaayu;Pauloosie|Tagak|Jobie|Lootie",
        "Akeeagok|Kusugak|Aglukark|Qaqqaq|Akesuk|Pootoogook|Tagalik|Arnatsiaq",
    ),
    G(
        "Kanien'kehá:ka (Mohawk)",
        "plain",
        "Kaniehtiio|Kahentinetha|Kawennotas|Brenda;Tekarontake|Russell|Ratsenhaienhs",
        "Deer|Horn|Jacobs|Diabo|Montour|McComber|Delisle|Two-Axe",
    ),
    G(
        "Mi'kmaq",
        "plain",
        "Mali|Annie|Noelle;Noel|Gerald|Wapek",
        "Paul|Francis|Denny|Sylliboy|Googoo|Knockwood|Prosper",
    ),
    G(
        "Kalaallit (Greenland)",
        "plain",
        "Naja|Paninnguaq|Nivi|Aviaaja;Aqqaluk|Inuk|Minik|Malik",
        "Kleist|Lynge|Berthelsen|Kristiansen|Egede|Motzfeldt|Heilmann",
    ),
    # --- Sámi and the north Atlantic
    G(
        "Sámi",
        "plain",
        "Máret|Biret|Iŋgá|Elle|Sunná|Risten;Ánde|Niillas|Ántte|Mikkal|Jovnna",
        "Gaup|Somby|Balto|Utsi|Eira|Sara|Oskal|Buljo|Hætta|Turi|Magga",
    ),
    G(
        "Faroese",
        "particle",
        "Turið|Guðrun|Hjørdis|Elin|Sólrun;Rógvi|Sjúrður|Bárður|Eyðun|Jógvan|Brandur",
        "Joensen|Poulsen|Jacobsen|Niclasen|við Á|í Dali|á Ryggi|Olsen",
    ),
    G(
        "Icelandic",
        "patronym",
        "Sigrún|Guðrún|Ásdís|Björk|Dröfn|Hekla;Gunnar|Hallgrímur|Þórir|Eyjólfur|Snorri",
        "Jónsdóttir|Sigurðardóttir|Ólafsdóttir|Gunnarsdóttir|Pálsdóttir;Jónsson|Magnússon|Einarsson|Pálsson|Sigurðsson",
    ),
    G(
        "Finnish",
        "plain",
        "Aino|Sanna|Eeva|Hilla|Kielo;Veikko|Jukka|Tapio|Eetu",
        "Virtanen|Korhonen|Mäkinen|Nieminen|Hämäläinen|Laaksonen|Heikkilä",
    ),
    # --- Roma and Travellers
    G(
        "Romanichal",
        "plain",
        "Lavinia|Vashti|Caralina|Sinfai|Delaney|Ember;Major|Levi|Silvester|Jasper|Goliath|Noah",
        "Boswell|Loveridge|Lovell|Buckland|Heron|Ayres|Penfold|Gaskin|Lee",
    ),
    G(
        "Roma (Slovakia)",
        "plain",
        "Denisa|Jolana|Renáta|Erika;Mário|Gejza|Vojtech|Rudolf",
        "Lakatoš|Gaži|Oláh|Dunka|Bandy|Kotlár|Dužda|Horváth",
    ),
    G(
        "Roma (Romania)",
        "plain",
        "Nicoleta|Mădălina|Gabi|Florica;Florin|Sorin|Ionuț|Marian",
        "Căldărar|Stoica|Rostaș|Lingurar|Ursaru|Zlătaru",
    ),
    G(
        "Irish Traveller",
        "plain",
        "Bridgie|Winnie|Kathleen|Nanny|Margaret;Paddy|Mikey|Martin|Johnny",
        "McDonagh|Ward|Joyce|Maughan|Connors|Stokes|Mongan|Cash|Sherlock",
    ),
    # --- The Maghreb
    G(
        "Moroccan",
        "particle",
        "Khadija|Meryem|Salma|Imane|Hajar;Youssef|Hamza|Soufiane|Anouar|Zakaria",
        "El Amrani|Benjelloun|Alaoui|Bennani|Tazi|Lahlou|El Idrissi|Berrada",
    ),
    G(
        "Kabyle (Amazigh)",
        "particle",
        "Tiziri|Tinhinane|Thiziri|Dihya|Tafsut;Massinissa|Amayas|Yuba|Aksel|Anir",
        "Aït Saïd|Amrouche|Hamiche|Ouali|Aït Kaci|Haddadi|Meziane",
    ),
    G(
        "Algerian",
        "plain",
        "Amel|Souad|Lynda|Nesrine;Nassim|Riyad|Walid|Fayçal",
        "Benali|Hadj-Ahmed|Belkacem|Zerrouki|Mebarki|Cherif|Khelifi",
    ),
    G(
        "Tunisian",
        "particle",
        "Rim|Ines|Olfa|Syrine;Oussama|Aymen|Skander|Hedi",
        "Ben Salah|Trabelsi|Jaziri|Ben Youssef|Gharbi|Mejri|Hammami|Ben Ammar",
    ),
    G(
        "Libyan",
        "plain",
        "Huda|Najla|Fawzia;Abdulsalam|Salem|Moatasem",
        "Gheriani|Zlitni|Elgadi|Al-Werfalli|Bukhatwa",
    ),
    G(
        "Mauritanian",
        "particle",
        "Mariem|Aïchetou|Vatimetou|Khadijetou;Mohamed Lemine|Sidi|Cheikhna|Ahmedou",
        "mint Sidi|mint Cheikh|mint Ahmed;ould Sidi|ould Cheikh|ould Ahmed|ould Mohamed",
    ),
    # --- The Gulf and the Middle East
    G(
        "Emirati",
        "particle",
        "Mariam|Shamma|Hessa|Moza|Alyazia;Khalid|Saeed|Rashid|Humaid",
        "Al Mansoori|Al Nuaimi|Al Falasi|Al Ketbi|Al Shamsi|Al Mazrouei|Al Dhaheri|Al Suwaidi",
    ),
    G(
        "Saudi",
        "particle",
        "Nouf|Reem|Lama|Sara|Ghada;Faisal|Turki|Abdulaziz|Bandar",
        "Al-Qahtani|Al-Otaibi|Al-Harbi|Al-Ghamdi|Al-Zahrani|Al-Shehri|Al-Dossary|Al-Mutairi",
        middles="bint Saad|bint Fahad;bin Saad|bin Fahad",
    ),
    G(
        "Omani",
        "particle",
        "Aisha|Maryam|Buthaina|Shurooq;Said|Hilal|Talal|Azzan",
        "Al Busaidi|Al Balushi|Al Harthy|Al Hinai|Al Rawahi|Al Siyabi|Al Lawati",
    ),
    G(
        "Kuwaiti",
        "particle",
        "Dalal|Shaikha|Hanan;Fahad|Anwar|Bader|Mishal",
        "Al-Enezi|Al-Rashidi|Al-Ajmi|Behbehani|Al-Kandari|Al-Awadhi|Al-Mutawa",
    ),
    G(
        "Qatari",
        "particle",
        "Jawaher|Al Anoud|Maha|Noor;Nasser|Hamad|Jassim",
        "Al Kuwari|Al Marri|Al Sulaiti|Al Mohannadi|Al Emadi|Al Kaabi",
    ),
    G(
        "Bahraini",
        "plain",
        "Zahra|Fatema|Ebtisam|Batool;Hussain|Jaffar|Ali",
        "Al Aradi|Kanoo|Fakhro|Al Mahmood|Janahi|Abdulla",
    ),
    G(
        "Yemeni",
        "particle",
        "Arwa|Bilqis|Afrah|Nadia;Nabil|Waleed|Sameer|Ammar",
        "Al-Hadhrami|Ba Wazir|Al-Yafei|Al-Sakkaf|Al-Hakimi|Ba Abbad|Al-Absi",
    ),
    G(
        "Lebanese",
        "particle",
        "Rania|Maya|Nour|Yara|Joelle;Elie|Georges|Karim|Rami",
        "Haddad|Khoury|Nassar|Saab|Azar|Abou Jaoude|El Khazen|Boutros",
    ),
    G(
        "Palestinian",
        "particle",
        "Lina|Dima|Haneen|Ruba;Mahmoud|Omar|Yazan|Tareq",
        "Barghouti|Khalidi|Abu Khalil|Husseini|Shaath|Odeh|Tamimi|Abu Ghosh",
    ),
    G(
        "Iraqi",
        "particle",
        "Zainab|Shahad|Ruqaya|Tabarak;Mustafa|Haider|Ammar|Sajjad",
        "Al-Jubouri|Al-Tamimi|Al-Dulaimi|Al-Saadi|Al-Obaidi|Al-Rubaie|Al-Khafaji",
    ),
    G(
        "Syrian",
        "particle",
        "Hala|Rasha|Lama|Nisreen;Ghaith|Wael|Fadi|Majd",
        "Al-Halabi|Al-Homsi|Shami|Kabbani|Sabbagh|Attar|Mardini",
    ),
    G(
        "Assyrian",
        "plain",
        "Shamiram|Atra|Ramina|Nineveh;Ninos|Ashur|Sargon|Narsai",
        "Odisho|Benyamin|Warda|Khoshaba|Yonan|Shimun|Givargis",
    ),
    G(
        "Kurdish",
        "plain",
        "Rojin|Dilan|Berivan|Shilan|Jiyan;Azad|Rêber|Zana|Karwan",
        "Hawrami|Zebari|Doski|Sindi|Amedi|Berwari|Xoshnaw",
    ),
    G(
        "Persian",
        "plain",
        "Mahsa|Niloufar|Shirin|Parisa|Golnar;Arash|Kourosh|Babak|Farhad",
        "Rezaei|Hosseini|Mohammadi|Ahmadi|Karimi|Tehrani|Shirazi|Esfahani|Ghorbani",
    ),
    G(
        "Pashtun",
        "plain",
        "Zarghuna|Malalai|Palwasha|Spozhmai;Ahmad Shah|Wahid|Naqibullah|Zalmai",
        "Popalzai|Noorzai|Barakzai|Achakzai|Durrani|Stanikzai|Ahmadzai",
    ),
    G(
        "Hazara",
        "plain",
        "Fatima|Zahra|Masuma;Mohammad Reza|Hussain|Ali Akbar",
        "Sultani|Sadiqi|Jafari|Rezai|Hazara|Yaqubi",
    ),
    G(
        "Coptic Egyptian",
        "plain",
        "Marina|Mariam|Demiana|Irini;Mina|Kirollos|Bishoy|Abanoub",
        "Girgis|Hanna|Tadros|Shenouda|Fahmy|Boutros|Iskander",
    ),
    G(
        "Egyptian",
        "particle",
        "Yasmin|Nourhan|Aya|Mai|Salma;Mahmoud|Ahmed|Karim|Hossam",
        "Abdelaziz|El-Sayed|Hassan|Fawzy|Abdel Fattah|Shaaban|Mansour",
    ),
    G(
        "Israeli",
        "particle",
        "Noa|Tamar|Maayan|Shaked|Hila;Itai|Yonatan|Omer|Ido|Lior",
        "Cohen|Levi|Mizrahi|Peretz|Biton|Dahan|Friedman|Ben-David",
    ),
    G(
        "Sephardi / Mizrahi",
        "plain",
        "Mazal|Yael|Esther|Simcha;Shlomo|Avraham|Nissim|Yosef",
        "Abitbol|Benhamou|Azoulay|Ohana|Toledano|Elbaz|Amsalem",
    ),
    G(
        "Ashkenazi (UK)",
        "plain",
        "Rivka|Chaya|Shira|Malka;Mordechai|Yossi|Eliezer|Zev",
        "Goldblatt|Rosenthal|Feldman|Silverstein|Kaplan|Horowitz|Gutman",
    ),
    G(
        "Turkish",
        "plain",
        "Elif|Zeynep|Ayşe|Gülşen|Yağmur|Deniz;Emre|Burak|Mert|Oğuz|Umut|Deniz",
        "Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Arslan|Doğan|Kılıç",
    ),
    # --- Southeast Asia
    G(
        "Tagalog",
        "particle",
        "Maricel|Rowena|Lovely|Princess|Mary Grace|Cherry|Rhea;Jhun|Jericho|Bong|Jun-Jun|Rodel",
        "dela Cruz|Dimaculangan|Macaraeg|Bautista|Mangubat|Manalo|Dimagiba|Panganiban|de los Reyes",
        middles="Santos|Reyes|Garcia|Mendoza|Villanueva|Aquino",
    ),
    G(
        "Cebuano",
        "plain",
        "Kimberly|Rechel|Joevelyn|Genelyn|Ritchel;Jay-ar|Junrey|Jestoni|Rey",
        "Cabahug|Ybañez|Alcoseba|Pepito|Sumalpong|Labrador|Ligutan|Bacalso",
        middles="Cañete|Sarmiento|Tan|Go",
    ),
    G(
        "Ilocano",
        "plain",
        "Leonila|Marites|Cresencia;Ernesto|Rodel|Florencio",
        "Agbayani|Pagdilao|Ulep|Bumanglag|Galiza|Cabanilla|Agustin",
    ),
    G(
        "Kapampangan",
        "plain",
        "Luzviminda|Maricar|Divina;Armando|Rolando|Dodong",
        "Dizon|Manalang|Mallari|Lingad|Pangilinan|Guevarra|Sicat|Yabut",
    ),
    G(
        "Javanese",
        "mono",
        "Wahyuni|Suharti|Sri Rahayu|Endang Lestari|Tri Wulandari|Siti Nurhaliza;Sutrisno|Bambang Pamungkas|Joko Purnomo|Agus Setiawan|Slamet|Sugeng",
        "",
    ),
    G(
        "Sundanese",
        "plain",
        "Euis|Neneng|Enok|Iis;Asep|Ujang|Cecep|Dadang|Yayan",
        "Sunandar|Komariah|Suryana|Hidayat|Permana|Kurniawan|Rusmana",
    ),
    G(
        "Batak",
        "plain",
        "Tiurma|Rotua|Lamtiur|Rumondang;Sahat|Poltak|Hotman|Togar",
        "Simanjuntak|Siregar|Nainggolan|Hutapea|Situmorang|Sitompul|Pardede|Panjaitan",
    ),
    G(
        "Minangkabau",
        "plain",
        "Fitri|Rina|Yuliana|Rahmi;Zulkifli|Hendra|Rahmat|Afdal",
        "Koto|Piliang|Tanjung|Sikumbang|Jambak|Chaniago",
    ),
    G(
        "Balinese",
        "mono",
        "Ni Luh Putu Ayu|Ni Made Ayu Lestari|Ni Komang Sari|Ni Kadek Dewi;I Made Sudarsana|I Ketut Suardana|I Wayan Gede|I Nyoman Arta",
        "",
    ),
    G(
        "Acehnese",
        "plain",
        "Cut Rahmawati|Nurul Aini|Cut Nyak Intan;Teuku Rizal|Zulfikar|Teuku Iskandar",
        "Abdullah|Hasballah|Ibrahim|Yusuf|Muzakkir",
    ),
    G(
        "Minahasan",
        "plain",
        "Meiske|Novita|Fanny|Stevie;Jefry|Ronny|Frangky",
        "Wowor|Lumenta|Pangemanan|Tumbelaka|Rumengan|Sondakh|Mamahit|Kalalo",
    ),
    G(
        "Malay",
        "patronym",
        "Nurul Izzati|Siti Aminah|Nur Aisyah|Farah Hanim;Muhammad Haziq|Ahmad Faiz|Mohd Hafiz|Amirul Hakim",
        "binti Ahmad|binti Yusof|binti Rosli|binti Ismail;bin Ahmad|bin Yusof|bin Rosli|bin Ismail",
    ),
    G(
        "Bamar (Burmese)",
        "mono",
        "Thida Win|Hnin Wai Phyo|Khin Myat Noe|Su Mon Kyaw|Ei Phyu Sin|May Thu;Aung Kyaw Moe|Zaw Min Htet|Ye Yint Aung|Nay Lin Tun|Min Thant|Kyaw Zin",
        "",
    ),
    G(
        "Karen",
        "mono",
        "Naw Paw Htoo|Naw Say Paw|Naw Hser Nay|Naw Eh Wah;Saw Eh Doh|Saw Ler Htoo|Saw Kaw Thoo|Saw Blut",
        "",
    ),
    G(
        "Shan",
        "mono",
        "Nang Hseng Noung|Nang Kham Hom|Nang Lao;Sai Kham Leik|Sai Htee Saing|Sai Mauk",
        "",
    ),
    G(
        "Kachin",
        "plain",
        "Seng Nu|Ja Seng|Roi Ji;Zau Ja|Brang Seng|Tu Ja",
        "Lahpai|Marip|Hkawng|N'Hkum|Maran",
    ),
    G(
        "Thai",
        "plain",
        "Kanokwan|Siriporn|Pimchanok|Wanida|Chutima;Somchai|Nattapong|Anuwat|Thanawat|Kittisak",
        "Srisuk|Jaidee|Wongsawat|Chaiyaporn|Phromphan|Saetang|Kittikhun|Suwannarat|Boonmee",
    ),
    G(
        "Lao",
        "plain",
        "Khamla|Viengkham|Latsamy|Noy;Bounmy|Somphone|Anousone|Phet",
        "Souksavanh|Phonsavanh|Keomany|Sisavath|Phommachanh|Inthavong|Chanthavong",
    ),
    G(
        "Khmer",
        "family-first",
        "Sreymom|Sophea|Bopha|Chantrea|Kolab;Dara|Vannak|Rithy|Visal|Sokha",
        "Sok|Chea|Heng|Meas|Keo|Chhay|Prak|Ouk|Pich",
        first=True,
    ),
    G(
        "Hmong",
        "plain",
        "Pa Nhia|Mai Yer|Kia|Nou|Shoua;Tou|Chue|Pheng|Yia|Txong",
        "Vang|Xiong|Yang|Thao|Moua|Her|Lor|Vue|Khang",
    ),
    G(
        "Vietnamese",
        "family-first",
        "Hà|Linh|Hương|Mai|Thảo|Phương;Tuấn|Dũng|Quân|Khánh|Minh",
        "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Đặng|Bùi",
        middles="Thị|Thị Thu|Ngọc|Thị Kim;Văn|Đức|Minh|Quốc",
        first=True,
    ),
    # --- South Asia
    G(
        "Tamil (India)",
        "patronym",
        "Kavitha|Selvi|Thenmozhi|Yazhini|Meenakshi;Murugan|Karthik|Anbu|Vignesh|Saravanan",
        "Ramalingam|Selvaraj|Subramanian|Annamalai|Palaniappan|Kandasamy|Arumugam|Velusamy",
    ),
    G(
        "Tamil (Sri Lanka)",
        "patronym",
        "Tharshini|Sinthuja|Thuvaraka|Mathusha;Niroshan|Kajan|Pirasanth|Jeyakumar",
        "Sivapalan|Thevarajah|Kanagaratnam|Balasingham|Yogarajah|Sriskandarajah|Ratnasabapathy",
    ),
    G(
        "Tamil (Malaysia)",
        "patronym",
        "Devi|Kalaivani|Shalini|Premala;Kumaresan|Ganesan|Rajesh|Thinesh",
        "a/p Raju|a/p Muthu|a/p Krishnan;a/l Muthu|a/l Raju|a/l Krishnan|a/l Subramaniam",
    ),
    G(
        "Sinhala",
        "plain",
        "Nimali|Chamari|Ishara|Sachini|Dinithi;Dilshan|Kasun|Tharindu|Lahiru|Chathura",
        "Perera|Jayasuriya|Wickramasinghe|Bandara|Fernando|Gunawardena|Dissanayake|Herath|Rathnayake",
    ),
    G(
        "Sinhala (ge name)",
        "family-first",
        "Kumari|Sandamali|Chandrika Malkanthi;Kasun Bandara|Nuwan Pradeep|Ruwan Kumara",
        "Herath Mudiyanselage|Rajapakse Pathirannehelage|Wijesinghe Arachchige",
        first=True,
    ),
    G(
        "Nepali (Khas)",
        "plain",
        "Sunita|Sarita|Anjali|Kabita|Sushmita;Prakash|Bishnu|Rajendra|Dipendra|Sagar",
        "Sharma|Adhikari|Khadka|Thapa|Karki|Bhandari|Poudel|Koirala|Dahal",
    ),
    G(
        "Newar",
        "plain",
        "Rajani|Sujata|Roshani|Sanjita;Bikash|Nabin|Sushil|Rabindra",
        "Shrestha|Maharjan|Shakya|Bajracharya|Pradhan|Tuladhar|Manandhar",
    ),
    G(
        "Sherpa",
        "plain",
        "Pasang Lhamu|Dawa Doma|Mingma Diki|Lhakpa Dolma;Mingma Dorje|Pemba Nuru|Phurba Tenzing|Nima Gyalzen",
        "Sherpa",
    ),
    G(
        "Gurung",
        "plain",
        "Kamala|Manisha|Sunmaya|Dhan Maya;Dil Bahadur|Tek Bahadur|Hom Bahadur|Kiran",
        "Gurung|Ghale|Tamu",
    ),
    G(
        "Magar",
        "plain",
        "Laxmi|Sita|Bimala;Ram Prasad|Bal Bahadur|Gopal",
        "Pun|Rana|Ale|Budha|Gharti|Roka|Thapa Magar",
    ),
    G(
        "Punjabi Sikh",
        "plain",
        "Harpreet|Manjit|Jaspreet|Navjot|Baljit|Simran;Gurdeep|Sukhvinder|Amardeep|Baljit|Navjot",
        "Kaur|Sandhu|Dhillon|Gill|Sidhu|Grewal|Bains|Johal;Singh|Sandhu|Dhillon|Gill|Sidhu|Grewal|Bains|Atwal",
    ),
    G(
        "Pakistani Punjabi",
        "plain",
        "Ayesha|Sana|Nadia|Mehwish|Iqra;Imran|Bilal|Usman|Zeeshan|Faisal",
        "Khan|Butt|Chaudhry|Malik|Iqbal|Mirza|Qureshi|Rana|Akhtar",
    ),
    G(
        "Sindhi",
        "plain",
        "Marvi|Sorath|Sughra;Ayaz|Aijaz|Sikandar",
        "Soomro|Memon|Junejo|Shaikh|Abro|Mahar",
    ),
    G(
        "Kashmiri",
        "plain",
        "Insha|Shazia|Mehnaz;Umar|Faisal|Aadil",
        "Mir|Dar|Lone|Wani|Bhat|Rather|Ganie|Kaul|Raina",
    ),
    G(
        "Sylheti Bengali",
        "plain",
        "Rahima|Shapla|Rumana|Sultana|Shirin;Abdul|Foyez|Jamal|Mizanur|Sabul",
        "Uddin|Miah|Begum|Chowdhury|Rahman|Hussain|Khatun|Ali",
    ),
    G(
        "Gujarati",
        "plain",
        "Hetal|Bhavna|Falguni|Komal|Rupal;Nilesh|Chirag|Jignesh|Paresh|Hiren",
        "Patel|Shah|Mistry|Desai|Parmar|Thakkar|Lad|Chauhan",
    ),
    G(
        "Malayali",
        "plain",
        "Anu|Sreelakshmi|Aswathy|Reshma|Neethu;Jithin|Arjun|Vishnu|Sajan|Binu",
        "Joseph|Varghese|Nair|Menon|Pillai|Kurian|Puthenpurackal|Kallarackal|Panicker",
    ),
    G(
        "Telugu",
        "family-first",
        "Lakshmi|Padma|Swathi|Sravani;Srinivas|Venkatesh|Ravi Teja|Naveen",
        "Kothapalli|Yarlagadda|Bommireddy|Gaddam|Nallamothu|Kondapalli",
        first=True,
    ),
    G(
        "Kannada",
        "plain",
        "Kavya|Shwetha|Rakshitha;Prajwal|Manjunath|Darshan",
        "Gowda|Hegde|Shetty|Kulkarni|Patil",
    ),
    G(
        "Marathi",
        "plain",
        "Sneha|Pooja|Rutuja|Ashwini;Aniket|Omkar|Sachin|Tushar",
        "Deshpande|Jadhav|Gaikwad|Shinde|Pawar|Bhosale|Kale",
    ),
    G(
        "Dhivehi (Maldives)",
        "plain",
        "Aminath|Mariyam|Hawwa|Fathimath|Aishath;Ibrahim|Ahmed|Hussain|Shifaz",
        "Didi|Manik|Rasheed|Shareef|Waheed|Naseem|Latheef",
    ),
    G(
        "Bhutanese",
        "mono",
        "Pema Choden|Tshering Yangzom|Kinley Wangmo|Dechen Pelmo;Karma Wangchuk|Sonam Dorji|Ugyen Tenzin|Jigme Namgyel",
        "",
    ),
    G(
        "Tibetan",
        "mono",
        "Tenzin Dolma|Pema Lhamo|Yangchen|Dickyi Choezom;Lobsang Tsering|Dawa Norbu|Kalsang Dhondup|Tashi Phuntsok",
        "",
    ),
    # --- East and North Asia
    G(
        "Mongolian",
        "patronym",
        "Oyunchimeg|Enkhtuya|Altantsetseg|Saruul|Nomin;Batbayar|Ganzorig|Bat-Erdene|Temuulen|Tuvshin",
        "Ganbold|Tserendorj|Dorjsuren|Bayarsaikhan|Enkhbold|Munkhbat|Erdenebat|Sukhbaatar",
    ),
    G(
        "Buryat",
        "plain",
        "Ayuna|Sesegma|Tuyana;Bair|Zorigto|Bato",
        "Dorzhieva|Tsydenova|Dambaeva;Dorzhiev|Badmaev|Batuev|Tsydenov",
    ),
    G(
        "Sakha (Yakut)",
        "plain",
        "Sardaana|Kyunney|Aitalina;Aital|Ayaal|Nyurgun",
        "Nikolaeva|Egorova|Vinokurova;Vinokurov|Sleptsov|Nikolaev",
    ),
    G(
        "Korean",
        "family-first",
        "Minji|Jiwoo|Ye-jin|Soo-ah|Eun-bi|Ha-eun;Seojun|Hyun-woo|Dong-hyun|Jae-won|Min-ho",
        "Kim|Lee|Park|Choi|Jung|Kang|Yoon|Jang|Lim|Han|Seo|Hwang",
        first=True,
    ),
    G(
        "Japanese",
        "family-first",
        "Misaki|Yui|Aoi|Hina|Mei|Sakura;Ren|Haruto|Sota|Yuto|Riku",
        "Sato|Takahashi|Watanabe|Nakamura|Kobayashi|Yamamoto|Inoue|Kimura|Hayashi",
        first=True,
    ),
    G(
        "Mandarin",
        "family-first",
        "Xiuying|Jing|Yutong|Zihan|Jiayi|Xinyi;Wei|Hao|Haoran|Zhiqiang|Junjie",
        "Chen|Wang|Li|Zhang|Liu|Huang|Zhou|Wu|Xu|Sun",
        first=True,
    ),
    G(
        "Cantonese (Hong Kong)",
        "family-first",
        "Ka-yan|Wing-sze|Apple|Candy|Kitty|Cherry;Chi-wai|Ho-yin|Man-kit|Kelvin|Heman",
        "Chan|Wong|Cheung|Leung|Lau|Ho|Tsang|Yeung|Ng|Kwok",
        first=True,
    ),
    G(
        "Hokkien (Singapore)",
        "family-first",
        "Mei Ling|Hui Min|Siew Hoon|Shirley|Jolene;Boon Huat|Wee Kiat|Kok Leong|Eugene|Desmond",
        "Tan|Lim|Ng|Ong|Goh|Teo|Koh|Chua|Ang",
        first=True,
    ),
    # --- Baltic, Balkan and the rest of Europe
    G(
        "Lithuanian",
        "plain",
        "Rūta|Eglė|Gintarė|Austėja|Milda|Laima;Mindaugas|Dovydas|Žygimantas|Saulius|Rokas",
        "Kazlauskienė|Petrauskienė|Jankauskaitė|Balčiūnaitė|Paulauskienė;Kazlauskas|Stankevičius|Vasiliauskas|Žukauskas|Butkus",
    ),
    G(
        "Latvian",
        "plain",
        "Ilze|Baiba|Zane|Dace|Māra|Laima;Kristaps|Artūrs|Edgars|Valters|Jānis",
        "Kalniņa|Liepiņa|Vītola|Zariņa|Bērziņa;Bērziņš|Ozoliņš|Krūmiņš|Jansons|Pētersons",
    ),
    G(
        "Estonian",
        "plain",
        "Kadri|Triin|Liis|Piret|Maarja;Mart|Rasmus|Tõnu|Siim|Jaanus",
        "Tamm|Saar|Sepp|Mägi|Kask|Kukk|Rebane|Ilves|Pärn|Lepik",
    ),
    G(
        "Albanian",
        "plain",
        "Arta|Blerina|Elira|Mimoza|Fjolla|Drita|Shpresa;Dritan|Ermal|Genti|Besnik|Ilir",
        "Hoxha|Krasniqi|Gashi|Shala|Kelmendi|Morina|Dervishi|Leka",
    ),
    G(
        "Serbian",
        "plain",
        "Milica|Jelena|Dragana|Tijana|Snežana;Nemanja|Stefan|Miloš|Vuk|Dušan",
        "Jovanović|Petrović|Nikolić|Marković|Đorđević|Stojanović|Ilić|Pavlović",
    ),
    G(
        "Croatian",
        "plain",
        "Ivana|Petra|Lucija|Mateja|Nikolina;Luka|Ante|Tomislav|Josip",
        "Horvat|Kovačević|Babić|Marić|Jurić|Knežević|Vuković|Perić",
    ),
    G(
        "Bosnian",
        "plain",
        "Amra|Lejla|Selma|Emina|Ajla;Edin|Haris|Adnan|Kenan|Mirza",
        "Hodžić|Hadžić|Begić|Mehmedović|Delić|Husić|Salihović|Omerović",
    ),
    G(
        "Macedonian",
        "plain",
        "Biljana|Elena|Vesna|Kalina;Goran|Aleksandar|Bojan|Zoran",
        "Nikolovska|Georgievska|Ristovska|Dimitrovska;Stojanovski|Trajkovski|Petrovski|Angelovski",
    ),
    G(
        "Bulgarian",
        "plain",
        "Desislava|Radostina|Tsvetelina|Yordanka|Ralitsa;Petar|Georgi|Nikolay|Kaloyan|Boyan",
        "Ivanova|Dimitrova|Todorova|Stoyanova|Koleva;Georgiev|Petkov|Hristov|Kolev|Ivanov",
    ),
    G(
        "Montenegrin",
        "plain",
        "Jovana|Milena|Andrea;Danilo|Marko|Vukašin",
        "Vujošević|Radulović|Popović|Bulatović|Vučinić|Perović",
    ),
    G(
        "Slovenian",
        "plain",
        "Maja|Urška|Špela|Tjaša;Žiga|Tadej|Jure|Rok",
        "Novak|Krajnc|Zupančič|Potočnik|Kovačič|Mlakar|Vidmar",
    ),
    G(
        "Greek",
        "plain",
        "Eleni|Katerina|Vasiliki|Despina;Giorgos|Dimitris|Nikos|Thanasis",
        "Papadopoulou|Georgiou|Oikonomou|Karagianni|Vlachou|Christodoulou;Papadopoulos|Georgiou|Oikonomou|Karagiannis|Vlachos|Antoniou",
    ),
    G(
        "Greek Cypriot",
        "plain",
        "Chrystalla|Stavroulla|Andri|Eleni;Andreas|Panayiotis|Marios|Christos",
        "Christofides|Kyriacou|Hadjigeorgiou|Ioannou|Charalambous|Constantinou|Hadjipetrou",
    ),
    G(
        "Basque",
        "double",
        "Itziar|Ainhoa|Oihana|Maialen|Nerea|Amaia;Iker|Unai|Gorka|Josu|Eneko",
        "Etxeberria|Goikoetxea|Agirre|Urrutia|Zubizarreta|Arrieta|Larrañaga|Olazabal|Iturbide",
    ),
    G(
        "Breton",
        "particle",
        "Nolwenn|Katell|Soazig|Rozenn|Gwenaëlle|Morgane;Yannick|Loïc|Goulven|Gwendal|Tanguy|Erwan",
        "Le Gall|Le Goff|Kerhervé|Le Bihan|Quéré|Le Floch|Guivarc'h|Kervella|Le Bras",
    ),
    G(
        "Catalan",
        "double",
        "Montserrat|Núria|Mireia|Meritxell|Laia;Jordi|Pau|Oriol|Arnau",
        "Puig|Vilanova|Ferrer|Soler|Casals|Roca|Pujol|Sabaté|Bosch",
        joiner=" i ",
    ),
    G(
        "Galician",
        "double",
        "Uxía|Antía|Iria|Sabela;Brais|Xoán|Breixo|Anxo",
        "Otero|Castro|Iglesias|Seoane|Outeiral|Pazos|Bouzas|Carballo",
    ),
    G(
        "Sardinian",
        "plain",
        "Bonaria|Itria|Grazia;Efisio|Gavino|Salvatore",
        "Porcu|Murgia|Sanna|Piras|Pinna|Melis|Cossu|Deiana",
    ),
    G(
        "Maltese",
        "plain",
        "Marija|Rita|Doris|Antonella|Rebekah;Ġorġ|Ċensu|Pawlu|Kurt",
        "Borg|Camilleri|Vella|Farrugia|Zammit|Galea|Micallef|Grech|Xuereb|Mifsud",
    ),
    G(
        "Frisian",
        "particle",
        "Wytske|Froukje|Aukje|Sjoukje;Sjoerd|Hylke|Jelle|Tsjalling|Durk",
        "Hoekstra|Dijkstra|Jansma|Bergsma|Postma|Wijbenga|de Haan|van der Meer",
    ),
    G(
        "Welsh",
        "particle",
        "Ffion|Siân|Gwenllian|Eluned|Cerys|Nia|Heledd|Lowri;Dafydd|Iwan|Rhodri|Tomos|Owain|Bryn|Gethin",
        "ferch Gruffydd|Pryce|Llywelyn|Bowen|Prosser|Vaughan|Gwilym|Pugh;ap Gruffydd|Pryce|Llywelyn|Bowen|Prosser|Vaughan|Wyn|Pugh",
    ),
    G(
        "Scottish Gaelic",
        "particle",
        "Seonag|Màiri|Eilidh|Catrìona|Peigi|Ealasaid;Ruairidh|Calum|Iain|Alasdair|Dòmhnall",
        "NicLeòid|NicDhòmhnaill|NicAmhlaigh|Caimbeul|Moireach;MacLeòid|MacDhòmhnaill|MacAmhlaigh|Caimbeul|MacAsgaill",
    ),
    G(
        "Irish",
        "particle",
        "Aoife|Saoirse|Niamh|Siobhán|Gráinne|Caoimhe;Oisín|Cian|Tadhg|Donncha|Ruairí|Fiachra",
        "Ní Bhriain|Ní Shúilleabháin|Nic Aodha|de Búrca|Ní Chonchúir;Ó Briain|Ó Súilleabháin|Mac Aodha|de Búrca|Ó Conchúir|Mac Giolla Phádraig",
    ),
    G(
        "Cornish",
        "plain",
        "Morwenna|Tamsin|Kerensa|Demelza|Lowena|Elowen;Jowan|Piran|Jago|Kenver",
        "Trelawny|Pengelly|Penhaligon|Polglase|Nancarrow|Chenoweth|Tremayne|Rowe",
    ),
    G(
        "Manx",
        "plain",
        "Voirrey|Moirrey|Breeshey|Fenella;Juan|Illiam|Orry|Fynlo",
        "Quayle|Kermode|Quilliam|Corlett|Cregeen|Kinvig|Qualtrough|Faragher",
    ),
    G(
        "English (word names)",
        "plain",
        "Hope|Sky|Ember|Lark|Willow|Honour|Faith|Lyric|Raine|Sunny|Autumn|Haven;Major|Sterling|River|Storm|Royal|Sonny|Marvel|Ash|Reed|Heath",
        "Mason|Baker|Fox|Hunter|Bishop|Marshall|Lord|King|Bird|Lamb|Church|Frost|Snow|Winter|Street|Ford|Rivers|Sharp|Stone|Penny",
    ),
    G(
        "English (double-barrelled)",
        "double",
        "Arabella|Clementine|Henrietta|Pippa;Rupert|Hugo|Crispin|Barnaby",
        "Lane|Fox|Heathcote|Drummond|Carew|Pole|Bowes|Lyon|Twisleton|Wykeham|Fiennes",
        joiner="-",
    ),
    G(
        "Scots (Lowland)",
        "plain",
        "Kirsty|Morag|Isla|Shona|Ailsa;Fraser|Hamish|Euan|Callum|Gregor",
        "Dalgleish|Rintoul|Auchterlonie|Carnegie|Baird|Tulloch|Laidlaw|Haig",
    ),
    G(
        "Polish",
        "plain",
        "Agnieszka|Małgorzata|Katarzyna|Zofia|Jadwiga;Grzegorz|Przemysław|Szymon|Wojciech|Bartłomiej",
        "Wiśniewska|Kowalczyk|Wójcik|Szczepańska|Lewandowska|Grzybowska|Krzyżanowska;Wiśniewski|Kowalczyk|Wójcik|Szczepański|Zieliński|Dąbrowski|Krzyżanowski",
    ),
    G(
        "Ukrainian",
        "plain",
        "Oksana|Olena|Iryna|Solomiia|Nadiia;Taras|Bohdan|Mykola|Yaroslav|Ostap",
        "Melnyk|Shevchenko|Kovalenko|Bondarenko|Tkachuk|Kravchuk|Oliinyk|Lysenko|Hnatiuk",
    ),
    G(
        "Belarusian",
        "plain",
        "Alesia|Nasta|Volha;Ales|Yanka|Ulad",
        "Karatkevich|Bahdanovich|Zhuk|Kavaliou|Novik|Hrytsevich",
    ),
    G(
        "Romanian",
        "plain",
        "Ioana|Andreea|Ileana|Roxana|Mădălina;Mihai|Bogdan|Răzvan|Ovidiu|Cosmin",
        "Popescu|Ionescu|Dumitrescu|Munteanu|Constantinescu|Niculescu|Ardeleanu|Vlădescu",
    ),
    G(
        "Moldovan",
        "plain",
        "Doina|Natalia|Corina;Ion|Sergiu|Vasile",
        "Rusu|Ciobanu|Cebotari|Turcan|Lungu|Ceban|Moraru",
    ),
    G(
        "Hungarian",
        "family-first",
        "Zsófia|Réka|Boglárka|Dorottya|Eszter;Bence|Levente|Gergő|Ákos|Zsolt",
        "Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas",
        first=True,
    ),
    G(
        "Czech",
        "plain",
        "Tereza|Kateřina|Lucie|Markéta;Ondřej|Jiří|Vojtěch|Přemysl",
        "Novotná|Procházková|Kučerová|Horáková|Svobodová;Dvořák|Černý|Veselý|Krejčí|Svoboda",
    ),
    G(
        "Slovak",
        "plain",
        "Zuzana|Lenka|Ľubica|Jana;Matúš|Lukáš|Juraj|Ľuboš",
        "Horváthová|Baláž|Molnárová|Slobodníková;Kováč|Baláž|Molnár|Slobodník",
    ),
    G(
        "Tatar",
        "patronym",
        "Alsu|Guzel|Aigul|Leysan;Ildar|Rinat|Rustem|Marat",
        "Khairullina|Sabirova|Gilmanova|Zaripova;Galiev|Nurmukhametov|Valeev|Khairullin",
        middles="Rinatovna|Ildarovna;Rinatovich|Ildarovich",
    ),
)


# Names that are also English words, places or brands (the form notes it: "plain, word").
def _words(text: str) -> list[str]:
    return text.split()


LOOKALIKE: dict[str, str] = {}
for _word in _words(
    "Hope Sky Ember Lark Willow Honour Faith Lyric Sunny Autumn Haven Major Sterling River Storm "
    "Royal Sonny Marvel Ash Reed Heath Mason Baker Fox Hunter Bishop Marshall Lord King Bird Lamb "
    "Church Frost Snow Winter Street Ford Rivers Sharp Stone Penny Comfort Patience Blessing "
    "Precious Favour Goodluck Godswill Fall Then Cupid Providence Cash Lovely Princess Merveille "
    "Bienvenu Dieumerci Trésor Grâce Moose Badger Squirrel Hummingbird Deer Horn Swimmer Kiss "
    "Butt Mir Lone Dar Tamm Saar Sepp Kask Rebane Ilves Said Major Amani Baraka Neema Zawadi "
    "Rehema Lesedi Tui Moana Makana Fetu Lupe Wara Nina Sumak Rayen Yaku Drita Shpresa Nadiia "
    "Umut Deniz Yağmur Björk Hekla Mazal Simcha Shirin Lupe Lee Sara Sunná Jasper Noah Levi "
    "Joy Divine Pacifique Espérance Aimable Apple Candy Kitty Cherry Heman Sam Felix Joseph "
    "Paul Francis Prosper Sherpa Rana Lal Chand Ram Shah"
):
    LOOKALIKE[_word] = "word"
for _place in _words(
    "Barry Bethlehem Jericho Wellington Valencia Labrador Nineveh Chester Hazara Kelso Tehrani "
    "Shirazi Esfahani Al-Halabi Al-Homsi Mardini Shami Santiago Tralee Douglas Hamilton Lincoln"
):
    LOOKALIKE[_place] = "place"
for _brand in _words(
    "Kia Dior Bosch Ford Boden Hobbs Joules Ninja Sage Otto Emma Eve Tala Zara Ted"
):
    LOOKALIKE[_brand] = "brand"

NICKNAMES: dict[str, tuple[str, ...]] = {
    "Oluwaseun": ("Seun",),
    "Babatunde": ("Tunde",),
    "Temitope": ("Tope",),
    "Funmilayo": ("Funmi",),
    "Chukwuemeka": ("Emeka",),
    "Chidinma": ("Chichi",),
    "Oluwafemi": ("Femi",),
    "Damilola": ("Dami",),
    "Tobiloba": ("Tobi",),
    "Ayomide": ("Ayo",),
    "Adebayo": ("Bayo",),
    "Godswill": ("Willy",),
    "Abdirahman": ("Abdi",),
    "Faadumo": ("Fado",),
    "Tafadzwa": ("Taf",),
    "Rutendo": ("Ru",),
    "Thandeka": ("Thandi",),
    "Sibusiso": ("Sbu",),
    "Boitumelo": ("Tumi",),
    "Nonhlanhla": ("Nhlanhla",),
    "Małgorzata": ("Gosia",),
    "Katarzyna": ("Kasia",),
    "Wojciech": ("Wojtek",),
    "Bartłomiej": ("Bartek",),
    "Przemysław": ("Przemek",),
    "Grzegorz": ("Grzesiek",),
    "Agnieszka": ("Aga",),
    "Ketevan": ("Keti",),
    "Giorgi": ("Gio",),
    "Aruzhan": ("Aru",),
    "Dilnoza": ("Dilya",),
    "Bat-Erdene": ("Bataa",),
    "Oyunchimeg": ("Oyuna",),
    "Altantsetseg": ("Altaa",),
    "Saravanan": ("Saro",),
    "Meenakshi": ("Meena",),
    "Gwenllian": ("Gwen",),
    "Dafydd": ("Dai", "Dafs"),
    "Rhodri": ("Rhod",),
    "Siobhán": ("Shiv",),
    "Itziar": ("Itzi",),
    "Mohamed": ("Mo",),
    "Mohamed Lemine": ("Lemine",),
    "Siosaia": ("Saia",),
    "Viliami": ("Vili",),
    "Mereani": ("Mere",),
    "Luzviminda": ("Luz", "Minda"),
    "Rowena": ("Weng",),
    "Jericho": ("Echo",),
    "Maricel": ("Cel",),
    "Mary Grace": ("Grace", "MG"),
    "Sri Rahayu": ("Ayu",),
    "Wahyuni": ("Yuni",),
    "Bambang Pamungkas": ("Bambang",),
    "Kanokwan": ("Ploy",),
    "Siriporn": ("Nok",),
    "Pimchanok": ("Bee",),
    "Wanida": ("Fern",),
    "Chutima": ("Mint",),
    "Somchai": ("Golf",),
    "Nattapong": ("Bank",),
    "Anuwat": ("Boss",),
    "Thanawat": ("Pond",),
    "Kittisak": ("Beer",),
    "Hyun-woo": ("Hyunnie",),
    "Alexandra": ("Sasha",),
    "Oksana": ("Ksiusha",),
    "Yaroslav": ("Slavko",),
    "Mordechai": ("Motti",),
    "Eliezer": ("Eli",),
    "Abdulaziz": ("Aziz",),
    "Ahmad Shah": ("Shah",),
    "Naqibullah": ("Naqib",),
    "Mohammad Reza": ("Reza",),
    "Kahentinetha": ("Kahn-Tineta",),
    "Pauloosie": ("Paul",),
    "Wiremu": ("Wiri",),
    "Ikaika": ("Kaika",),
    "Jhon Fredy": ("Fredy",),
    "Cuauhtémoc": ("Temo",),
    "Bridgie": ("Bridge",),
    "Margaret": ("Peg", "Mags"),
    "Kathleen": ("Kathy",),
    "Johnny": ("Jonno",),
    "Ruairidh": ("Ruaridh",),
    "Alasdair": ("Ali",),
    "Màiri": ("Mairi",),
    "Sterling": ("Sterl",),
    "Major": ("Maj",),
    "Goliath": ("Goli",),
    "Lavinia": ("Vinny",),
    "Hallgrímur": ("Halli",),
    "Sigrún": ("Sigga",),
    "Guðrún": ("Gunna",),
    "Jógvan": ("Jógvi",),
    "Niillas": ("Nils",),
    "Abdurehim": ("Rehim",),
    "Mihrigul": ("Mihri",),
    "Chiamaka": ("Amaka",),
    "Ngozi": ("Ngo",),
    "Nnamdi": ("Nnam",),
    "Uchenna": ("Uche",),
    "Kwabena": ("Kobby",),
    "Kwesi": ("Kwes",),
    "Efua": ("Efe",),
}

TITLES_F = ("Mrs", "Ms", "Miss", "Mrs.", "Ms.")
TITLES_M = ("Mr", "Mr.")
TITLES_X = ("Dr", "Dr.", "Mx", "Prof.", "Rev.", "Pastor", "Cllr")
# titles a culture's own people use: (cultures, female titles, male titles)
CULTURE_TITLES: tuple[tuple[frozenset[str], tuple[str, ...], tuple[str, ...]], ...] = (
    (frozenset({"Bamar (Burmese)", "Shan", "Kachin"}), ("Daw", "Ma"), ("U", "Ko", "Maung")),
    (frozenset({"Yoruba"}), ("Alhaja", "Aunty", "Madam"), ("Chief", "Alhaji", "Baba")),
    (frozenset({"Hausa"}), ("Hajiya", "Malama"), ("Alhaji", "Malam")),
    (frozenset({"Igbo"}), ("Lolo", "Madam"), ("Chief", "Ichie")),
    (frozenset({"Akan (Ghana)", "Ewe", "Ga-Adangbe"}), ("Auntie", "Madam", "Maame"), ("Uncle", "Nana", "Papa")),
    (frozenset({"Fijian (iTaukei)"}), ("Adi",), ("Ratu",)),
    (frozenset({"Emirati", "Saudi", "Omani", "Kuwaiti", "Qatari", "Bahraini"}), ("Sheikha",), ("Sheikh",)),
    (frozenset({"Haitian", "Breton", "Bamileke (Cameroon)", "Duala", "Beti (Cameroon)", "Fang (Gabon)",
                "Kongo / Lingala (DRC)", "Luba (DRC)", "Kinyarwanda", "Kirundi", "Wolof",
                "Bambara (Mali)", "Mossi (Burkina Faso)", "Fon (Benin)", "Kabyle (Amazigh)",
                "Algerian", "Tunisian", "Moroccan", "Mauritanian", "Mauritian"}),
     ("Mme", "Madame", "Mlle"), ("M.", "Monsieur")),
    (frozenset({"Dominican", "Puerto Rican", "Cuban", "Quechua (Peru)", "Aymara (Bolivia)",
                "Kichwa (Ecuador)", "Mapuche (Chile)", "Colombian (Antioquia)", "K'iche' Maya",
                "Yucatec Maya", "Nahua (Mexico)", "Galician", "Catalan", "Basque"}),
     ("Sra.", "Doña"), ("Sr.", "Don")),
    (frozenset({"Brazilian", "Cape Verdean"}), ("Dona", "Sra."), ("Sr.", "Seu")),
    (frozenset({"Polish"}), ("Pani",), ("Pan",)),
    (frozenset({"Jamaican", "Trinidadian", "Barbadian", "Guyanese", "St Lucian", "Vincentian"}),
     ("Miss", "Aunty"), ("Uncle", "Mister")),
    (frozenset({"Thai"}), ("Khun",), ("Khun",)),
    (frozenset({"Tagalog", "Cebuano", "Ilocano", "Kapampangan"}), ("Ate", "Gng."), ("Kuya", "G.")),
    (frozenset({"Javanese", "Sundanese", "Batak", "Minangkabau", "Balinese", "Acehnese", "Minahasan"}),
     ("Ibu", "Bu"), ("Bapak", "Pak")),
    (frozenset({"Malay"}), ("Puan", "Cik"), ("Encik", "Tuan")),
    (frozenset({"Tamil (India)", "Tamil (Sri Lanka)", "Tamil (Malaysia)"}), ("Tmt.", "Selvi"), ("Thiru",)),
    (frozenset({"Nepali (Khas)", "Newar", "Gurung", "Magar", "Sherpa"}), ("Didi",), ("Dai", "Ba")),
    (frozenset({"Lithuanian", "Latvian"}), ("Ponia",), ("Ponas",)),
    (frozenset({"Greek", "Greek Cypriot"}), ("Kyria",), ("Kyrios",)),
    (frozenset({"Irish", "Scottish Gaelic"}), ("Bean",), ("An tUasal",)),
)  # fmt: skip

# Names written in their own script: (given, surname, script, family first, latin given, latin surname)
NON_LATIN: tuple[tuple[str, str, str, bool, str, str], ...] = (
    ("ნინო", "ბერიძე", "Georgian", False, "Nino", "Beridze"),
    ("გიორგი", "კაპანაძე", "Georgian", False, "Giorgi", "Kapanadze"),
    ("Անի", "Սարգսյան", "Armenian", False, "Ani", "Sargsyan"),
    ("Արամ", "Պետրոսյան", "Armenian", False, "Aram", "Petrosyan"),
    ("Айгерім", "Сейтқали", "Cyrillic (Kazakh)", False, "Aigerim", "Seitkali"),
    ("Оксана", "Мельник", "Cyrillic (Ukrainian)", False, "Oksana", "Melnyk"),
    ("Милица", "Јовановић", "Cyrillic (Serbian)", False, "Milica", "Jovanovic"),
    ("Батбаяр", "Ганболд", "Cyrillic (Mongolian)", False, "Batbayar", "Ganbold"),
    ("Десислава", "Иванова", "Cyrillic (Bulgarian)", False, "Desislava", "Ivanova"),
    ("सुनिता", "गुरुङ", "Devanagari", False, "Sunita", "Gurung"),
    ("राम", "श्रेष्ठ", "Devanagari", False, "Ram", "Shrestha"),
    ("கவிதா", "ராமலிங்கம்", "Tamil", False, "Kavitha", "Ramalingam"),
    ("முருகன்", "செல்வராஜ்", "Tamil", False, "Murugan", "Selvaraj"),
    ("නිමාලි", "පෙරේරා", "Sinhala", False, "Nimali", "Perera"),
    ("දිල්ෂාන්", "ජයසූරිය", "Sinhala", False, "Dilshan", "Jayasuriya"),
    ("সুমাইয়া", "বেগম", "Bengali", False, "Sumaiya", "Begum"),
    ("ਹਰਪ੍ਰੀਤ", "ਕੌਰ", "Gurmukhi", False, "Harpreet", "Kaur"),
    ("ਗੁਰਦੀਪ", "ਸਿੰਘ", "Gurmukhi", False, "Gurdeep", "Singh"),
    ("હેતલ", "પટેલ", "Gujarati", False, "Hetal", "Patel"),
    ("അനു", "ജോസഫ്", "Malayalam", False, "Anu", "Joseph"),
    ("లక్ష్మి", "రెడ్డి", "Telugu", False, "Lakshmi", "Reddy"),
    ("ಕಾವ್ಯಾ", "ಗೌಡ", "Kannada", False, "Kavya", "Gowda"),
    ("ခင်မောင်", "", "Myanmar", False, "Khin Maung", ""),
    ("ဇော်ဝင်း", "", "Myanmar", False, "Zaw Win", ""),
    ("กนกวรรณ", "ศรีสุข", "Thai", False, "Kanokwan", "Srisuk"),
    ("สมชาย", "ใจดี", "Thai", False, "Somchai", "Jaidee"),
    ("ចាន់", "សុខ", "Khmer", True, "Chan", "Sok"),
    ("민지", "김", "Hangul", True, "Minji", "Kim"),
    ("서준", "박", "Hangul", True, "Seojun", "Park"),
    ("美咲", "佐藤", "Japanese", True, "Misaki", "Sato"),
    ("蓮", "高橋", "Japanese", True, "Ren", "Takahashi"),
    ("伟", "陈", "Chinese (simplified)", True, "Wei", "Chen"),
    ("秀英", "李", "Chinese (simplified)", True, "Xiuying", "Li"),
    ("嘉欣", "黃", "Chinese (traditional)", True, "Ka-yan", "Wong"),
    ("נועה", "כהן", "Hebrew", False, "Noa", "Cohen"),
    ("Ελένη", "Παπαδοπούλου", "Greek", False, "Eleni", "Papadopoulou"),
    ("ሰላም", "ተስፋዬ", "Ethiopic", False, "Selam", "Tesfaye"),
    ("ዮናስ", "ገብረመድህን", "Ethiopic", False, "Yonas", "Gebremedhin"),
    ("ⵜⵉⴼⴰⵡⵜ", "", "Tifinagh", False, "Tifawt", ""),
    ("ⵎⴰⵙⵉⵏⵉⵙⴰ", "", "Tifinagh", False, "Masinissa", ""),
    ("خالد", "المنصوري", "Arabic", False, "Khalid", "Al Mansoori"),
    ("مريم", "الكعبي", "Arabic", False, "Mariam", "Al Kaabi"),
    ("مهسا", "رضایی", "Persian", False, "Mahsa", "Rezaei"),
    ("عائشہ", "خان", "Urdu", False, "Ayesha", "Khan"),
    ("އާމިނަތު", "ޝިފާ", "Thaana", False, "Aminath", "Shifa"),
    ("བསྟན་འཛིན་", "སྒྲོལ་མ", "Tibetan", False, "Tenzin", "Dolma"),
    ("ܫܡܝܪܡ", "ܐܘܕܝܫܘ", "Syriac", False, "Shamiram", "Odisho"),
    ("ߡߊߡߊߘߎ", "ߖߊ߬ߟߏ", "N'Ko", False, "Mamadu", "Jalo"),
)


def all_given() -> set[str]:
    return {n for g in GROUPS for n in (*g.given_f, *g.given_m)}


def all_surnames() -> set[str]:
    return {n for g in GROUPS for n in (*g.sur_f, *g.sur_m)}
