"""People of the fresh5 set: given names and surnames typed by hand, by naming culture.

Every name here was written for this set, from no list or library. ``GROUPS`` holds the
Latin-script groups (a shape says how their names are put together), ``NON_LATIN`` people
written in their own scripts, ``NICKNAMES`` the short forms people sign with.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Group:
    """One naming culture: its shape ("plain", "particle", "patronym", "family-first",
    "double", "mono") and the names typed for it."""

    name: str
    shape: str
    given: tuple[str, ...]
    surnames: tuple[str, ...]


def _g(name: str, shape: str, given: str, surnames: str) -> Group:
    return Group(name, shape, tuple(given.split("|")), tuple(surnames.split("|")))


GROUPS = (
    _g("Scottish Highland and Gaelic", "particle",
       "Morag|Ailsa|Eilidh|Catriona|Mhairi|Seonaidh|Kirsteen|Iain|Ruaridh|Calum|Lachlan|"
       "Torquil|Fionnlagh|Hamish|Peigi",
       "MacLeod|MacAulay|Mackinnon|Matheson|Macaskill|MacNeil|Nicolson|Gillies|MacIver|"
       "Maclennan|Urquhart|MacDhòmhnaill|Mac an t-Saoir"),
    _g("Lowland Scots and Borders", "plain",
       "Isla|Kirsty|Shona|Lorna|Elspeth|Agnes|Fraser|Gregor|Alasdair|Euan|Innes|Murdo|Dougie",
       "Baird|Dalgleish|Haig|Rutherford|Elliot|Armstrong|Kerr|Pringle|Laidlaw|Scobie|Menzies|"
       "Drummond|Crichton"),
    _g("Irish", "particle",
       "Siobhán|Aoife|Niamh|Caoimhe|Gráinne|Sorcha|Róisín|Saoirse|Clodagh|Cian|Oisín|Tadhg|"
       "Donnacha|Ruairí|Eoghan|Pádraig",
       "Ó Súilleabháin|Ní Bhriain|O'Donoghue|McGettigan|Breathnach|Mac Giolla Phádraig|"
       "Ó Ceallaigh|Nic Aodha|Fitzgerald|Kavanagh|Ó Dálaigh|Mulcahy|Brennan"),
    _g("Welsh", "particle",
       "Angharad|Bethan|Cerys|Ffion|Gwenllian|Nia|Seren|Rhiannon|Dafydd|Emyr|Gethin|Iolo|"
       "Llŷr|Rhodri|Tomos",
       "ap Gruffydd|Prydderch|Llewelyn|Pritchard|Bowen|Vaughan|ab Owain|Rees|Gwilym|"
       "Cadwaladr|Meredith|Probert"),
    _g("Northern English, older", "plain",
       "Maureen|Brenda|Doreen|Hilda|Phyllis|Wilfred|Cyril|Norman|Clifford|Barry|Trevor|Keith|"
       "Dennis|June|Heather",
       "Ackroyd|Holroyd|Sutcliffe|Greenwood|Butterworth|Ramsbottom|Pickles|Crabtree|"
       "Hebblethwaite|Longbottom|Thwaite|Oldroyd"),
    _g("English, word names", "plain",
       "Max|Skye|Poppy|Summer|Autumn|Harley|Brooklyn|Frankie|Ellis|Jude|Rowan|Hope|Faith|Ivy|"
       "Willow|Storm|Grace|Rich",
       "Bird|Fox|Lamb|Sharp|Frost|Moon|Gold|Dancer|Cash|Sweet|Goodwin|Wellbeloved|Street"),
    _g("Cornish and Manx", "plain",
       "Morwenna|Demelza|Jowan|Peran|Tamsin|Kerensa|Loveday|Breesha|Juan|Illiam|Aalin|Fenella",
       "Trelawny|Penrose|Tregenza|Polglase|Chenoweth|Nancarrow|Quayle|Kermode|Quilliam|"
       "Corlett|Kinvig|Teare"),
    _g("Italian and Scots-Italian", "particle",
       "Giuseppe|Carmela|Nunzia|Salvatore|Gaetano|Concetta|Annunziata|Rocco|Vincenzo|"
       "Beatrice|Ludovica|Matteo|Chiara|Lorenzo|Ginevra",
       "Di Stefano|Lo Presti|D'Amico|La Rosa|Esposito|Russo|Capaldi|Coia|Nardini|Cocozza|"
       "Dell'Orto|Forte|Scarpa"),
    _g("Polish", "plain",
       "Małgorzata|Agnieszka|Katarzyna|Grażyna|Jadwiga|Bożena|Wojciech|Grzegorz|Przemysław|"
       "Łukasz|Szymon|Zbigniew|Kacper",
       "Wiśniewska|Wójcik|Kowalczyk|Szczepański|Grzybowski|Brzęczyszczykiewicz|Żurawska|"
       "Kaczmarek|Pietrzak|Chmielewski|Dąbrowska|Jankowski"),
    _g("Czech and Slovak", "plain",
       "Jiří|Zdeněk|Radek|Ondřej|Tereza|Kateřina|Zuzana|Lenka|Blanka|Miroslav|Ľubomír|Dominika",
       "Dvořák|Novotná|Procházka|Černý|Kučerová|Horváthová|Šťastný|Hrubý|Kováč|Bartošová|"
       "Veselý|Zelenka"),
    _g("Hungarian", "family-first",
       "Zsófia|Réka|Boglárka|Ildikó|Enikő|Csaba|Gergő|Levente|Bence|Zoltán|Ferenc|Tünde",
       "Szabó|Kovács|Tóth|Nagy|Horváth|Varga|Fekete|Szűcs|Molnár|Pásztor|Erdős|Kiss"),
    _g("Romanian and Moldovan", "plain",
       "Ioana|Mihaela|Andreea|Roxana|Florentina|Bogdan|Mihai|Radu|Ionuț|Sorin|Cătălin|Gheorghe",
       "Popescu|Ionescu|Dumitrescu|Stănescu|Constantinescu|Munteanu|Ciobanu|Lungu|Vasilescu|"
       "Ungureanu|Moldovan|Țurcanu"),
    _g("Greek and Cypriot", "plain",
       "Eleni|Despina|Panagiota|Chrysoula|Stavroula|Andreas|Kyriakos|Panagiotis|Stelios|"
       "Christakis|Michalis|Giorgos",
       "Papadopoulos|Christodoulou|Georgiou|Charalambous|Konstantinidis|Hadjipavlou|Kyriacou|"
       "Theodorou|Economou|Papageorgiou|Nikolaidis|Stavrou"),
    _g("Albanian and Kosovar", "plain",
       "Arben|Blerim|Dritan|Fatmir|Ilir|Besnik|Valbona|Mirela|Drita|Lindita|Arta|Elira",
       "Hoxha|Krasniqi|Berisha|Gashi|Shehu|Dervishi|Kelmendi|Leka|Morina|Rexhepi|Bytyqi|Mema"),
    _g("Serbian, Croatian and Bosnian", "plain",
       "Dragan|Milica|Jelena|Nemanja|Dejan|Zlatko|Vesna|Snežana|Goran|Tihomir|Ivana|Amra|Emir",
       "Jovanović|Petrović|Nikolić|Marković|Đorđević|Kovačević|Babić|Hodžić|Hadžić|Šarić|"
       "Radić|Vuković"),
    _g("Bulgarian", "plain",
       "Tsvetelina|Desislava|Radostina|Yordanka|Svetoslav|Hristo|Lyubomir|Stoyan|Kaloyan|"
       "Boyana|Velichka",
       "Georgieva|Dimitrov|Todorova|Ivanov|Hristova|Petkov|Stoyanova|Angelov|Kostadinova|"
       "Vasilev|Nikolova|Zhelyazkov"),
    _g("Ukrainian", "plain",
       "Oksana|Olena|Yuliia|Halyna|Tetiana|Bohdan|Taras|Mykola|Oleksandr|Volodymyr|Dmytro|"
       "Svitlana|Anastasiia",
       "Kovalenko|Shevchenko|Bondarenko|Tkachuk|Melnyk|Kravchenko|Hnatyuk|Lysenko|Marchenko|"
       "Savchuk|Zinchenko|Ostapchuk"),
    _g("Lithuanian and Latvian", "plain",
       "Rūta|Aušra|Giedrė|Vaida|Jurgita|Mindaugas|Darius|Tomas|Žygimantas|Kristaps|Ilze|Līga|"
       "Jānis",
       "Kazlauskas|Petrauskienė|Jankauskas|Žukauskaitė|Vasiliauskas|Bērziņš|Kalniņa|"
       "Ozoliņš|Liepiņa|Butkus|Paulauskas|Krūmiņš"),
    _g("Finnish", "plain",
       "Aino|Kaisa|Tuulikki|Satu|Päivi|Jukka|Matti|Pekka|Lauri|Eero|Ilkka|Helmi|Onni",
       "Virtanen|Korhonen|Mäkinen|Nieminen|Hämäläinen|Laaksonen|Heikkinen|Koskinen|"
       "Järvinen|Lehtonen|Räikkönen|Kinnunen"),
    _g("Swedish, Norwegian and Danish", "plain",
       "Ingrid|Sigrid|Astrid|Solveig|Linnéa|Maja|Björn|Sven|Øystein|Håkon|Leif|Torbjörn|Ebba|"
       "Freja",
       "Lindqvist|Bergström|Sjöberg|Åkesson|Holmgren|Johansen|Sørensen|Haugen|Kristiansen|"
       "Brekke|Nyström|Lundgren|Fjeld"),
    _g("Icelandic", "patronym",
       "Guðrún|Sigríður|Ragnheiður|Þórunn|Jóhanna|Gunnar|Einar|Þórður|Ragnar|Hallgrímur|"
       "Sæunn|Ólafur",
       "Jónsdóttir|Sigurðsson|Gunnarsdóttir|Magnússon|Einarsdóttir|Þorsteinsson|"
       "Ólafsdóttir|Björnsson|Helgadóttir|Árnason|Kristjánsdóttir"),
    _g("Portuguese and Brazilian", "double",
       "João|Gonçalo|Tiago|Rui|Leonor|Inês|Conceição|Mafalda|Thiago|Luana|Raimundo|Graça|"
       "Vitória",
       "da Silva|dos Santos|Gonçalves|Magalhães|Carvalho|Azevedo|Figueiredo|Rodrigues Pinto|"
       "Sousa e Melo|Brandão|Assunção|Nogueira"),
    _g("Basque and Andean", "double",
       "Guadalupe|Ximena|Itzel|Yolanda|Esperanza|Fernando|Joaquín|Alejandro|Maite|Nerea|Iker|"
       "Begoña|Xabier",
       "Fernández de Córdoba|Etxeberria|Goikoetxea|Ibarra|Quispe|Mamani|Huamán|Villalobos|"
       "Sepúlveda|Zúñiga|Arriaga|Ocampo"),
    _g("Turkish", "plain",
       "Ayşe|Elif|Zeynep|Gülşen|Hülya|Özlem|Mehmet|Mustafa|Emre|Burak|Oğuz|Serkan|Çağlar",
       "Yılmaz|Öztürk|Çelik|Şahin|Aydın|Kılıç|Doğan|Arslan|Güneş|Özdemir|Kaya|Erdoğan"),
    _g("Kurdish", "plain",
       "Rojda|Berfin|Hêvî|Nazdar|Jiyan|Shilan|Karwan|Dilshad|Soran|Rêbwar|Hawre|Azad",
       "Hawrami|Zebari|Jaff|Doski|Baban|Sindi|Amedi|Berwari|Kakayi|Surchi|Herki"),
    _g("Persian", "plain",
       "Shirin|Parisa|Niloufar|Golnaz|Mahsa|Roya|Farhad|Dariush|Kourosh|Babak|Arash|Kian|Behnaz",
       "Hosseini|Tehrani|Rahimi|Moradi|Jafari|Sadeghi|Ghorbani|Farahani|Esfahani|Mirzaei|"
       "Nouri|Shahbazi"),
    _g("Levantine Arabic", "particle",
       "Rania|Lina|Dima|Ruba|Hiba|Nour|Samir|Tarek|Wael|Ziad|Bassam|Fadi|Rami",
       "Haddad|Khoury|Nasrallah|Al-Masri|Abu Ghazaleh|Saliba|Hamdan|Qassem|El-Hajj|Bitar|"
       "Shalhoub|Tannous"),
    _g("Gulf, Egyptian and Maghrebi Arabic", "particle",
       "Mariam|Aisha|Fatima|Yasmin|Nadia|Amira|Omar|Yusuf|Khalid|Hamza|Mahmoud|Youssef|Karim|"
       "Sofiane|Nassim",
       "Al-Qahtani|Al-Shamsi|El-Sayed|Abdelrahman|Boukhari|Benali|Belkacem|Mansour|Farouk|"
       "Al-Harthy|Ben Youssef|Hamdi"),
    _g("Somali", "patronym",
       "Hodan|Sahra|Ifrah|Ubah|Filsan|Asad|Guled|Abdirahman|Abdiwali|Liban|Warsame|Ayaan",
       "Jama|Hersi|Farah|Abdi|Mohamud|Egal|Dirie|Nur|Samatar|Gedi|Ismail|Aden"),
    _g("Ethiopian and Eritrean", "patronym",
       "Selam|Meron|Tigist|Hirut|Almaz|Senait|Dawit|Yonas|Tesfaye|Kidane|Biniam|Yohannes|"
       "Mulugeta",
       "Gebremedhin|Tesfamariam|Haile|Bekele|Tadesse|Woldemichael|Girma|Mengistu|Assefa|"
       "Negash|Berhane|Kebede"),
    _g("Yoruba", "plain",
       "Oluwaseun|Adebayo|Olumide|Folasade|Yetunde|Funmilayo|Temitope|Babatunde|Adewale|"
       "Oladele|Bolanle|Ayodele",
       "Adeyemi|Ogunleye|Oladipo|Ajayi|Babalola|Adebisi|Olaniyan|Ogundipe|Akinola|Fashola|"
       "Oyelaran|Bankole"),
    _g("Igbo", "plain",
       "Chiamaka|Ngozi|Adaeze|Ifeoma|Nkechi|Uchenna|Chukwuemeka|Obinna|Ikenna|Chidi|Kelechi|"
       "Ebuka",
       "Okafor|Nwosu|Eze|Okonkwo|Obi|Nnamdi|Uzoma|Chukwu|Onyekachi|Anyanwu|Ibekwe|Nwachukwu"),
    _g("Hausa and Fulani", "plain",
       "Aminu|Abubakar|Sani|Bashir|Zainab|Hadiza|Halima|Hauwa|Murtala|Rabi|Maryam",
       "Danjuma|Bello|Garba|Sule|Abdullahi|Dantata|Yar'Adua|Lawal|Usman|Jibrin|Gwarzo"),
    _g("Akan and Ghanaian", "plain",
       "Kwame|Kofi|Kwabena|Yaw|Kojo|Akosua|Abena|Afia|Ama|Adwoa|Esi|Efua",
       "Mensah|Owusu|Boateng|Asante|Ofori|Amoah|Antwi|Appiah|Darko|Quaye|Agyeman|Osei-Bonsu"),
    _g("Kenyan, Ugandan and Tanzanian", "plain",
       "Wanjiru|Njeri|Akinyi|Atieno|Nafula|Wambui|Otieno|Kamau|Kipchoge|Mwangi|Odhiambo|"
       "Baraka|Zawadi",
       "Njoroge|Kariuki|Ochieng|Wafula|Cheruiyot|Mutua|Nyambura|Kiprotich|Onyango|Mugisha|"
       "Nakato|Ssempala"),
    _g("Southern African", "particle",
       "Thandiwe|Nomvula|Lerato|Palesa|Zanele|Ayanda|Sipho|Thabo|Themba|Bongani|Mandla|Lwazi|"
       "Nkosinathi|Marlize",
       "Dlamini|Nkosi|Ndlovu|Khumalo|Mokoena|Zulu|Mahlangu|Sithole|Mthembu|Botha|van Wyk|"
       "Mabuza"),
    _g("Shona and Zimbabwean", "plain",
       "Tendai|Rudo|Chipo|Nyasha|Tatenda|Farai|Tinashe|Kudzai|Munyaradzi|Tafadzwa|Rumbidzai",
       "Moyo|Ncube|Chikwanha|Mutasa|Mapfumo|Chiwenga|Makoni|Gumbo|Zvobgo|Madziva|Chinotimba"),
    _g("Punjabi and Sikh", "plain",
       "Gurpreet|Harjit|Jaswinder|Manpreet|Sukhwinder|Balwinder|Navjot|Simranjit|Amrit|"
       "Paramjit|Kulvinder|Harleen",
       "Sandhu|Dhillon|Gill|Sidhu|Grewal|Bains|Johal|Atwal|Virdi|Kaur|Singh|Bhullar"),
    _g("Gujarati", "plain",
       "Hetal|Bhavna|Falguni|Jignesh|Nilesh|Mitesh|Kalpesh|Hiral|Dhruti|Parth|Krupa|Rupal",
       "Patel|Shah|Mistry|Desai|Parekh|Modi|Thakkar|Chauhan|Solanki|Gohil|Vaghela|Kotecha"),
    _g("Tamil and Keralan", "plain",
       "Karthik|Senthil|Murugan|Lakshmi|Kavitha|Meenakshi|Priyanka|Anand|Vignesh|Divya|"
       "Saravanan|Thenmozhi",
       "Subramaniam|Krishnan|Raghavan|Pillai|Nair|Iyer|Venkatesan|Ramasamy|Sundaram|"
       "Balakrishnan|Menon|Rajendran"),
    _g("Bengali and Sylheti", "plain",
       "Tanvir|Shafiq|Rezaul|Mahmuda|Nasrin|Sharmin|Farhana|Anik|Rupa|Sumon|Tahmina|Jahanara",
       "Rahman|Chowdhury|Uddin|Begum|Miah|Hossain|Islam|Ahmed|Khatun|Sarkar|Talukdar|Bhuiyan"),
    _g("Pakistani and Kashmiri", "plain",
       "Imran|Bilal|Usman|Asif|Kashif|Sajid|Ayesha|Sana|Mehreen|Rabia|Shazia|Nasreen|Zubair",
       "Qureshi|Malik|Butt|Chaudhry|Raja|Mirza|Akhtar|Iqbal|Bhatti|Hussain|Siddiqui|Awan"),
    _g("Nepali and Gurkha", "plain",
       "Bishnu|Sunita|Sita|Anita|Gita|Ramesh|Dil|Bhim|Kamala|Prakash|Suman|Laxmi",
       "Gurung|Thapa|Rai|Limbu|Magar|Tamang|Shrestha|Sherpa|Pun|Ghale|Adhikari|Bhandari"),
    _g("Sinhalese", "particle",
       "Nimal|Sunil|Chaminda|Kumari|Dilani|Sanduni|Nuwan|Tharindu|Ishara|Chathura|Piumi|"
       "Lasantha",
       "Perera|Fernando|de Silva|Jayawardena|Wickramasinghe|Bandara|Rajapaksa|Gunasekara|"
       "Dissanayake|Herath|Senanayake|Weerasinghe"),
    _g("Mandarin Chinese", "family-first",
       "Wei|Jing|Xiaoling|Yifan|Zhiwei|Mei|Hui|Jun|Xin|Lei|Yan|Qiang|Ting",
       "Wang|Zhang|Liu|Chen|Zhao|Huang|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo"),
    _g("Cantonese and Hong Kong", "family-first",
       "Ka Yan|Wing Yee|Siu Ming|Chi Keung|Mei Ling|Kwok Wai|Hoi Yan|Cherry|Winnie|Ivan|"
       "Kelvin|Ashley",
       "Chan|Wong|Cheung|Leung|Lau|Ng|Yip|Tsang|Kwok|Chow|Lam|Ho"),
    _g("Vietnamese", "family-first",
       "Linh|Hương|Thảo|Trang|Phương|Ngọc|Minh|Tuấn|Đức|Quang|Hiếu|Khánh|Thanh",
       "Nguyễn|Trần|Lê|Phạm|Hoàng|Phan|Vũ|Đặng|Bùi|Đỗ|Hồ|Ngô"),
    _g("Korean", "family-first",
       "Min-jun|Seo-yeon|Ji-hoon|Ha-eun|Do-yun|Su-bin|Hyun-woo|Ji-woo|Eun-ji|Jae-sung|Yu-na|"
       "Sung-min",
       "Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin"),
    _g("Japanese", "family-first",
       "Haruto|Yuto|Sota|Hiroshi|Takeshi|Kenji|Yui|Aoi|Sakura|Hana|Yuki|Emi|Naoko",
       "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|"
       "Yamada"),
    _g("Filipino", "particle",
       "Maricel|Lourdes|Rowena|Jocelyn|Marivic|Rhea|Bong|Romeo|Rodel|Arnel|Jericho|Princess",
       "Dela Cruz|Santos|Reyes|Bautista|Macapagal|Villanueva|Dimaculangan|Mangubat|"
       "Panganiban|Sison|Tolentino|Magsaysay"),
    _g("Thai", "plain",
       "Somchai|Suda|Nattapong|Kanya|Pim|Ploy|Anong|Thanawat|Wichai|Siriporn|Malee|Chalerm",
       "Srisuk|Chaiyaporn|Wongsawat|Rattanakorn|Boonmee|Phromma|Saetang|Kittisak|Thongchai|"
       "Jaidee|Sombat"),
    _g("Malay and Indonesian", "mono",
       "Nurul|Siti|Aishah|Farah|Putri|Dewi|Ahmad|Hafiz|Faizal|Rizal|Budi|Agus|Wahyu",
       "bin Ismail|binti Osman|Susanto|Wijaya|Hartono|Santoso|Pratama|Kusuma|Setiawan|Halim|"
       "Nasution|Siregar"),
    _g("Jamaican and Caribbean", "plain",
       "Marcia|Claudette|Beverley|Sharmaine|Delroy|Winston|Errol|Desmond|Lloyd|Leroy|Jermaine|"
       "Shanice|Kareem",
       "Campbell|Thompson|Grant|McKenzie|Brissett|Forbes|Bailey|Beckford|Gayle|Ebanks|Dacosta|"
       "Chin-Quee"),
    _g("Jewish and Israeli", "plain",
       "Avigail|Shira|Tova|Yael|Rivka|Miriam|Yosef|Moshe|Eliezer|Shmuel|Avraham|Noam|Tzvi",
       "Cohen|Levy|Mizrahi|Friedman|Goldberg|Rosenthal|Katz|Ben-David|Shapiro|Birnbaum|"
       "Abramovich|Peretz"),
    _g("Armenian and Georgian", "plain",
       "Anahit|Lusine|Nare|Tigran|Armen|Hovhannes|Gohar|Nino|Tamar|Giorgi|Levan|Davit|Ketevan",
       "Petrosyan|Hakobyan|Sargsyan|Grigoryan|Avetisyan|Beridze|Kapanadze|Gelashvili|"
       "Tsiklauri|Lomidze|Chkheidze|Kvaratskhelia"),
    _g("Māori and Pacific", "particle",
       "Aroha|Mere|Hine|Ngaio|Wiremu|Tama|Rangi|Manaia|Sione|Losana|Mele|Tevita",
       "Ngata|Te Whata|Parata|Tamihana|Waititi|Horomona|Fifita|Tuilagi|Vunipola|Havili|Taufa|"
       "Moala"),
)  # fmt: skip

GIVEN = sorted({g for group in GROUPS for g in group.given})
SURNAMES = sorted({s for group in GROUPS for s in group.surnames})

# short forms people go by and sign with (given name -> nicknames)
NICKNAMES = {
    "Małgorzata": ("Gosia", "Małgosia"), "Katarzyna": ("Kasia",), "Agnieszka": ("Aga",),
    "Wojciech": ("Wojtek",), "Grzegorz": ("Grzesiek",), "Giuseppe": ("Peppe", "Pino"),
    "Salvatore": ("Totò", "Sal"), "Vincenzo": ("Enzo",), "Alasdair": ("Ally", "Ali"),
    "Dougie": ("Doug",), "Siobhán": ("Shiv",), "Pádraig": ("Paudie", "Pat"),
    "Donnacha": ("Donncha", "Don"), "Dafydd": ("Dai", "Dafs"), "Gwenllian": ("Gwen",),
    "Rhodri": ("Rhod",), "Catriona": ("Cat", "Trina"), "Seonaidh": ("Shona",),
    "Hamish": ("Hamie",), "Oleksandr": ("Sasha", "Olek"), "Volodymyr": ("Volodya",),
    "Anastasiia": ("Nastya",), "Chukwuemeka": ("Emeka",), "Oluwaseun": ("Seun", "Shaun"),
    "Babatunde": ("Tunde",), "Funmilayo": ("Funmi",), "Temitope": ("Tope",),
    "Munyaradzi": ("Munya",), "Nkosinathi": ("Nathi",), "Abdirahman": ("Abdi",),
    "Jaswinder": ("Jas",), "Sukhwinder": ("Sukhi",), "Simranjit": ("Simran",),
    "Kalpesh": ("Kal",), "Meenakshi": ("Meena",), "Hallgrímur": ("Halli",),
    "Ragnheiður": ("Ragga",), "Konstantinos": ("Kostas",), "Panagiotis": ("Panos", "Takis"),
    "Christakis": ("Chris",), "Chrysoula": ("Roula",), "Stavroula": ("Voula",),
    "Kyriakos": ("Kyri",), "Eliezer": ("Eli",),
    "Avraham": ("Avi",), "Rivka": ("Rivki",), "Hovhannes": ("Hovo",), "Ketevan": ("Keti",),
    "Wiremu": ("Wiri",), "Jericho": ("Jeck",), "Marivic": ("Vic",), "Romeo": ("Jun-Jun",),
    "Bong": ("Bongbong",), "Leroy": ("Roy",), "Desmond": ("Des", "Dessie"),
    "Clifford": ("Cliff",), "Wilfred": ("Wilf",), "Phyllis": ("Phyl",),
    "Frankie": ("Frank",), "Zsófia": ("Zsófi",), "Boglárka": ("Bogi",),
    "Torbjörn": ("Tobbe",), "Ondřej": ("Ondra",), "Kateřina": ("Katka",),
    "Nattapong": ("Nat",), "Thanawat": ("Tan",), "Siriporn": ("Porn",),
}  # fmt: skip

TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Mr.", "Mrs.", "Dr.", "Rev", "Prof.")


@dataclass(frozen=True, slots=True)
class NonLatin:
    """A person written in their own script, with the Latin spelling of their e-mail."""

    given: str
    surname: str
    script: str
    family_first: bool
    latin: str  # e-mail local part


NON_LATIN = (
    NonLatin("Олена", "Коваленко", "Cyrillic", False, "olena.kovalenko"),
    NonLatin("Дмитрий", "Соколов", "Cyrillic", False, "d.sokolov"),
    NonLatin("Стефан", "Георгиев", "Cyrillic", False, "stefan.georgiev"),
    NonLatin("Милош", "Јовановић", "Cyrillic", False, "milos.jovanovic"),
    NonLatin("Γιώργος", "Παπαδόπουλος", "Greek", False, "g.papadopoulos"),
    NonLatin("Ελένη", "Κωνσταντίνου", "Greek", False, "eleni.k"),
    NonLatin("Νίκος", "Αντωνίου", "Greek", False, "nikos.antoniou"),
    NonLatin("ليلى", "منصور", "Arabic", False, "layla.mansour"),
    NonLatin("خالد", "العمري", "Arabic", False, "k.alomari"),
    NonLatin("يوسف", "حداد", "Arabic", False, "yousef.haddad"),
    NonLatin("مریم", "احمدی", "Persian", False, "maryam.ahmadi"),
    NonLatin("رضا", "کریمی", "Persian", False, "reza.karimi"),
    NonLatin("بلال", "قریشی", "Urdu", False, "bilal.qureshi"),
    NonLatin("עאישה", "מלכה", "Hebrew", False, "aisha.malka"),
    NonLatin("דוד", "כהן", "Hebrew", False, "david.cohen"),
    NonLatin("נועה", "לוי", "Hebrew", False, "noa.levi"),
    NonLatin("राहुल", "शर्मा", "Devanagari", False, "rahul.sharma"),
    NonLatin("प्रिया", "वर्मा", "Devanagari", False, "priya.verma"),
    NonLatin("सुनीता", "थापा", "Devanagari", False, "sunita.thapa"),
    NonLatin("অনিক", "রহমান", "Bengali", False, "anik.rahman"),
    NonLatin("তানিয়া", "চৌধুরী", "Bengali", False, "tania.chowdhury"),
    NonLatin("ਗੁਰਪ੍ਰੀਤ", "ਸਿੰਘ", "Gurmukhi", False, "gurpreet.singh"),
    NonLatin("ਹਰਪ੍ਰੀਤ", "ਕੌਰ", "Gurmukhi", False, "harpreet.kaur"),
    NonLatin("નિલેશ", "પટેલ", "Gujarati", False, "nilesh.patel"),
    NonLatin("હેતલ", "શાહ", "Gujarati", False, "hetal.shah"),
    NonLatin("கார்த்திக்", "ராஜா", "Tamil", False, "karthik.raja"),
    NonLatin("மீனா", "கிருஷ்ணன்", "Tamil", False, "meena.krishnan"),
    NonLatin("නිමල්", "පෙරේරා", "Sinhala", False, "nimal.perera"),
    NonLatin("කුමාරි", "සිල්වා", "Sinhala", False, "kumari.silva"),
    NonLatin("伟", "王", "Han", True, "wang.wei"),
    NonLatin("娜", "李", "Han", True, "lina.li"),
    NonLatin("静", "陈", "Han", True, "chenjing"),
    NonLatin("健", "佐藤", "Japanese", True, "ken.sato"),
    NonLatin("花子", "鈴木", "Japanese", True, "hanako.suzuki"),
    NonLatin("結衣", "田中", "Japanese", True, "yui.tanaka"),
    NonLatin("민준", "김", "Hangul", True, "minjun.kim"),
    NonLatin("서연", "이", "Hangul", True, "seoyeon.lee"),
    NonLatin("지훈", "박", "Hangul", True, "jihoon.park"),
    NonLatin("สมชาย", "ใจดี", "Thai", False, "somchai.j"),
    NonLatin("นภา", "ศรีสุข", "Thai", False, "napha.srisuk"),
    NonLatin("ნინო", "ბერიძე", "Georgian", False, "nino.beridze"),
    NonLatin("გიორგი", "კაპანაძე", "Georgian", False, "giorgi.kapanadze"),
    NonLatin("Արամ", "Պետրոսյան", "Armenian", False, "aram.petrosyan"),
    NonLatin("Անի", "Հակոբյան", "Armenian", False, "ani.hakobyan"),
    NonLatin("ሰላም", "ተስፋዬ", "Ethiopic", False, "selam.tesfaye"),
    NonLatin("አበበ", "በቀለ", "Ethiopic", False, "abebe.bekele"),
)


@dataclass(frozen=True, slots=True)
class Person:
    """One person as the notes and the claim rows write them."""

    given: str
    surname: str  # empty for a one-name person
    group: str
    shape: str
    script: str = "Latin"
    nickname: str = ""
    title: str = ""
    middle: str = ""  # a middle name, written as an initial or in full
    latin: str = ""  # e-mail local part for non-Latin people

    @property
    def family_first(self) -> bool:
        return self.shape == "family-first"


def draw_person(rng: random.Random, non_latin_share: float = 0.06) -> Person:
    """A person from a random group: a surname of the group (sometimes two, hyphenated or,
    for "double" groups, spaced), a nickname where one is known, a title."""
    title = rng.choice(TITLES)
    if rng.random() < non_latin_share:
        p = rng.choice(NON_LATIN)
        shape = "family-first" if p.family_first else "plain"
        return Person(p.given, p.surname, p.script, shape, p.script, "", title, "", p.latin)
    group = rng.choice(GROUPS)
    given = rng.choice(group.given)
    surname = rng.choice(group.surnames)
    roll = rng.random()
    if group.shape == "double" and roll < 0.4:
        other = rng.choice([s for s in group.surnames if s != surname])
        surname = f"{surname} {other}"
    elif roll < 0.07:
        other = rng.choice(rng.choice(GROUPS).surnames)
        if " " not in other and " " not in surname and other != surname:
            surname = f"{surname}-{other}"  # a married or double-barrelled name
    if group.shape == "mono" and rng.random() < 0.3:
        surname = ""
    nick = rng.choice(NICKNAMES[given]) if given in NICKNAMES and rng.random() < 0.5 else ""
    middle = rng.choice(rng.choice(GROUPS).given) if rng.random() < 0.15 else ""
    if " " in middle:
        middle = ""
    return Person(given, surname, group.name, group.shape, "Latin", nick, title, middle)
