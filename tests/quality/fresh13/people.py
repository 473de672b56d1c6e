"""Fresh13 people: naming cultures of the UK today and its neighbours, typed for this set.

A ``Group`` holds a culture, its shape and its given names and surnames. Shapes: ``plain``
(given surname), ``particle`` (a lower-case or Gaelic particle in the surname), ``double``
(two surnames), ``hyphen`` (hyphenated surname), ``family-first`` (surname written first),
``patronym`` (given, father's name, family name) and ``mono`` (one name). An underscore in a
list stands for a space inside one name.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Group:
    culture: str
    shape: str
    given: tuple[str, ...]
    surnames: tuple[str, ...]


def _g(culture: str, shape: str, given: str, surnames: str) -> Group:
    def words(text: str) -> tuple[str, ...]:
        return tuple(w.replace("_", " ") for w in text.split())

    return Group(culture, shape, words(given), words(surnames))


GROUPS = (
    _g(
        "British Pakistani",
        "plain",
        "Imran Sadia Zubair Nabila Asif Rukhsana Tariq Saima Kamran Shazia Bilal Ayesha Usman Mehwish",
        "Hussain Akhtar Mahmood Iqbal Rafiq Chaudhry Butt Malik Qureshi Siddiqui Aslam Mirza",
    ),
    _g(
        "British Bangladeshi",
        "plain",
        "Shahida Rezaul Nazmul Taslima Jahanara Mizanur Sumaiya Foysal Rumana Ashik Momtaz Sabbir",
        "Miah Uddin Begum Rahman Chowdhury Ali Hoque Khatun Islam Ahmed Talukder Sarkar",
    ),
    _g(
        "Indian Punjabi",
        "plain",
        "Gurpreet Harjit Manjit Jasvinder Balwinder Amandeep Kulwant Rajvinder Navjot Simran Parminder Sukhdeep",
        "Sandhu Gill Dhillon Sidhu Bains Johal Grewal Atwal Kaur Singh Virdee Kang",
    ),
    _g(
        "Indian Gujarati",
        "plain",
        "Hetal Nilesh Bhavna Jignesh Kinjal Mitesh Falguni Pravin Hiral Ketan Dipti Chirag",
        "Patel Shah Mistry Parmar Solanki Chauhan Joshi Desai Thakkar Lad Modha Gohil",
    ),
    _g(
        "Indian Tamil",
        "mono",
        "Senthil Kavitha Murugan Revathi Saravanan Thenmozhi Balaji Anbarasi Karthikeyan Vaishnavi",
        "Subramaniam Raman Natarajan Venkatesan Krishnan Arumugam Pillai Selvaraj",
    ),
    _g(
        "Sri Lankan Tamil",
        "plain",
        "Tharshan Nirosha Sivakumar Keerthana Jeyakumar Luxmi Thulasi Mathivathani Kajan Piriya",
        "Sivapalan Thevarajah Kanagaratnam Yogarajah Balasingham Sritharan Ratnam Jeyaseelan",
    ),
    _g(
        "Sri Lankan Sinhala",
        "plain",
        "Nimal Chamari Dilshan Sanduni Kasun Nadeesha Ruwan Ishara Tharindu Malsha",
        "Perera Fernando Jayasuriya Wickramasinghe Bandara Gunawardena Dissanayake Rajapaksha",
    ),
    _g(
        "Polish",
        "plain",
        "Agnieszka Krzysztof Małgorzata Grzegorz Wojciech Katarzyna Paweł Zofia Jędrzej Bożena Łukasz Dorota",
        "Nowak Kowalczyk Wiśniewska Wójcik Zieliński Szymańska Woźniak Dąbrowski Lewandowska Kamiński Grabowska Pawlak",
    ),
    _g(
        "Romanian",
        "plain",
        "Ionuț Mihaela Florin Andreea Cătălin Ioana Bogdan Roxana Marius Alina Sorin Oana",
        "Popescu Ionescu Dumitrescu Stoica Munteanu Constantin Moldovan Lazăr Rusu Ciobanu Năstase Barbu",
    ),
    _g(
        "Lithuanian",
        "plain",
        "Mindaugas Rūta Darius Giedrė Tomas Aušra Vytautas Eglė Justinas Ieva Žygimantas Lina",
        "Kazlauskas Petrauskienė Jankauskas Stankevičius Vasiliauskaitė Žukauskas Butkus Paulauskienė Urbonas",
    ),
    _g(
        "Bulgarian",
        "plain",
        "Dimitar Tsvetelina Georgi Radostina Stoyan Desislava Hristo Milena Kaloyan Yordanka",
        "Ivanova Petrov Dimitrova Georgiev Stoyanova Todorov Kostadinova Nikolov Angelov Hristova",
    ),
    _g(
        "Portuguese",
        "double",
        "João Conceição Rui Filipa Tiago Inês Gonçalo Leonor Duarte Beatriz Nuno Graça",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Gonçalves Carvalho Lopes Marques Teixeira",
    ),
    _g(
        "Nigerian Yoruba",
        "plain",
        "Oluwaseun Adebayo Folasade Olumide Temitope Babajide Funmilayo Ayodele Oluwakemi Damilola Titilayo Olusegun",
        "Adeyemi Ogunleye Balogun Adewale Olaniyan Oyelaran Akinola Fashola Adesanya Ojo Ogunbanjo Afolabi",
    ),
    _g(
        "Nigerian Igbo",
        "plain",
        "Chinonso Ngozi Chukwuemeka Adaeze Obinna Ifeoma Ikenna Chiamaka Nnamdi Uchenna Chidinma Ebuka",
        "Okonkwo Eze Nwosu Okafor Obi Nwachukwu Onyekachi Okeke Udeh Anyanwu Ezeji Chukwu",
    ),
    _g(
        "Nigerian Hausa",
        "plain",
        "Aminu Hauwa Abubakar Zainab Sani Habiba Nasiru Fatima Yakubu Maryam Ibrahim Hadiza",
        "Danjuma Garba Abdullahi Musa Bello Usman Lawal Sule Dikko Shehu",
    ),
    _g(
        "Ghanaian",
        "plain",
        "Kwame Akosua Kofi Abena Yaw Ama Kwabena Efua Kwesi Adwoa Kojo Akua",
        "Mensah Asante Boateng Owusu Osei Appiah Agyeman Ofori Darko Amoako Gyamfi Acheampong",
    ),
    _g(
        "Somali",
        "patronym",
        "Abdirahman Hodan Mohamed Faadumo Abdiqani Sahra Mahad Idil Liban Ubah Farhan Hibaaq",
        "Warsame Farah Jama Hirsi Abdi Osman Dualeh Egal Yusuf Aden",
    ),
    _g(
        "Eritrean",
        "patronym",
        "Tesfay Selam Yonas Senait Samuel Helen Filmon Saba Dawit Ruth Merhawi Luwam",
        "Gebremedhin Tekle Haile Berhane Tesfamariam Ghebreyesus Woldemichael Kidane Habte",
    ),
    _g(
        "Kenyan",
        "plain",
        "Wanjiru Otieno Njeri Kamau Achieng Kiprotich Wambui Odhiambo Chebet Mwangi Auma Kipchoge",
        "Kariuki Ochieng Wekesa Mutua Njoroge Omondi Kiplagat Wafula Maina Onyango",
    ),
    _g(
        "Zimbabwean",
        "plain",
        "Tendai Rutendo Tatenda Nyasha Farai Chipo Tapiwa Rumbidzai Kudakwashe Vimbai Tinashe Shamiso",
        "Moyo Ncube Chikwanha Mlambo Dube Sibanda Chiweshe Mupfumira Ndlovu Makoni",
    ),
    _g(
        "Jamaican",
        "plain",
        "Delroy Marcia Winston Paulette Errol Claudette Garfield Sharmaine Leroy Beverley Desmond Yvonne Kemar Shanice",
        "Campbell Brown Francis Reid Grant Clarke Wilson Gayle Thompson McKenzie Bailey Powell",
    ),
    _g(
        "Chinese Cantonese",
        "family-first",
        "Siu_Ming Wai_Ling Ka_Fai Mei_Yee Chi_Keung Suk_Fan Kwok_Wing Lai_Kuen Man_Hon Yuk_Lan",
        "Chan Wong Cheung Lau Leung Ng Ho Yeung Tsang Kwok Tse Fung",
    ),
    _g(
        "Chinese Mandarin",
        "family-first",
        "Xiaoling Jianguo Wei Haoran Yuxuan Zhiwei Lina Mingyu Xinyi Zihan Guoqiang Ruolan",
        "Zhang Wang Li Liu Chen Yang Zhao Huang Zhou Wu Xu Sun",
    ),
    _g(
        "Hong Kong",
        "plain",
        "Kelvin Winnie Ivan Cherry Derek Queenie Alvin Phoebe Kenneth Ceci Ricky Heidi",
        "Chau Lam Yip Mak Tam Kwan Siu Fong Lo Chu Poon Choi",
    ),
    _g(
        "Vietnamese",
        "family-first",
        "Thị_Lan Văn_Hùng Minh_Anh Quốc_Bảo Thu_Trang Đức_Thắng Ngọc_Hân Thanh_Tùng Phương_Linh Hoàng_Nam",
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Vũ Đặng Bùi Đỗ",
    ),
    _g(
        "Filipino",
        "particle",
        "Maricel Rodel Jocelyn Arnel Rowena Jerome Lorna Jun Marites Bong Liezl Ferdinand",
        "dela_Cruz de_los_Santos Reyes Bautista Villanueva Mendoza Aquino Dizon Macaraeg Pangilinan delos_Reyes Manalo",
    ),
    _g(
        "Thai",
        "plain",
        "Somchai Siriporn Anong Thanawat Kanokwan Prasert Nattaya Kittisak Pimchanok Wichai",
        "Srisawat Chaiyaporn Rattanakul Wongsuwan Boonmee Sukprasert Thongchai Kaewkla",
    ),
    _g(
        "Turkish",
        "plain",
        "Mehmet Ayşe Emre Elif Burak Zeynep Hakan Gülşen Serkan Özlem Oğuz Şeyma",
        "Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan Doğan Kılıç Koç Yıldız",
    ),
    _g(
        "Kurdish",
        "plain",
        "Rebin Shilan Dilan Hawre Avesta Karwan Nasrin Soran Bahar Sherwan Rojda Zana",
        "Barzani Kurdi Ahmadi Rashid Hawrami Jaf Zebari Mukriyani Doski",
    ),
    _g(
        "Iranian",
        "plain",
        "Shirin Dariush Parisa Kaveh Nasrin Babak Golnaz Arash Maryam Behnam Leila Farhad",
        "Tehrani Hosseini Rezaei Mohammadi Karimi Sadeghi Moradi Jafari Ghorbani Esfahani Shirazi",
    ),
    _g(
        "Arab Gulf",
        "particle",
        "Khalid Noura Faisal Reem Sultan Mariam Hamad Latifa Abdulaziz Shaikha",
        "al-Mansouri al-Qahtani bin_Hamdan al-Suwaidi al-Ketbi al-Nuaimi bin_Saeed al-Harthy",
    ),
    _g(
        "Arab Levantine",
        "plain",
        "Rami Lina Ziad Hala Tarek Rania Samer Dima Walid Nour Fadi Yasmin",
        "Haddad Khoury Nassar Saliba Azar Hajjar Mansour Sabbagh Shami Touma",
    ),
    _g(
        "Greek",
        "plain",
        "Giorgos Eleni Dimitris Katerina Yannis Sofia Nikos Vasiliki Kostas Despina Panagiotis Georgia",
        "Papadopoulos Georgiou Nikolaou Konstantinidou Papageorgiou Vlachos Karagiannis Oikonomou Alexiou Makris",
    ),
    _g(
        "Greek Cypriot",
        "plain",
        "Andreas Christiana Michalis Marina Kyriakos Stella Savvas Androulla Loizos Panayiota Charalambos Elpida",
        "Charalambous Ioannou Kyriacou Christodoulou Hadjipetrou Savva Loizou Panayiotou Neophytou Demetriou",
    ),
    _g(
        "Turkish Cypriot",
        "plain",
        "Hüseyin Emine Mustafa Nilgün Erol Gülay Ahmet Sevgi Kemal Ayten",
        "Hasan Ibrahim Mehmet Raif Salih Niyazi Halil Osman",
    ),
    _g(
        "Italian",
        "particle",
        "Giuseppe Francesca Alessandro Chiara Matteo Giulia Lorenzo Antonella Salvatore Federica Gianluca Rosaria",
        "Russo Esposito Bianchi Romano Colombo De_Luca Ricci Marino Greco Bruno Di_Stefano Lo_Bianco Capaldi D'Angelo",
    ),
    _g(
        "Irish",
        "particle",
        "Siobhán Seán Aoife Pádraig Niamh Cathal Gráinne Oisín Róisín Donncha Caoimhe Tadhg Eithne Ciarán",
        "Ní_Bhriain Ó_Súilleabháin Mac_Giolla_Phádraig Ní_Dhomhnaill Ó_Murchú Ní_Chonaill Mac_Cárthaigh Ó_Ceallaigh Murphy Byrne Doyle McLoughlin Gallagher Kavanagh",
    ),
    _g(
        "Scottish Gaelic",
        "particle",
        "Mòrag Iain Eilidh Ruairidh Catrìona Seumas Oighrig Calum Peigi Tormod Ailsa Dòmhnall",
        "MacAoidh NicLeòid MacDhòmhnaill NicIlleathain MacLeod MacKinnon MacRae Nic_a'_Phearsain Morrison Campbell",
    ),
    _g(
        "Welsh",
        "particle",
        "Dafydd Rhiannon Gethin Angharad Iolo Ffion Emyr Nia Llŷr Cerys Rhodri Gwenllian Aled Siân",
        "ap_Gwilym Jones Pritchard Bowen Llywelyn Vaughan Price Parry Prosser ab_Iorwerth Pugh Powys",
    ),
    _g(
        "Cornish",
        "plain",
        "Jory Demelza Tamsin Kitto Morwenna Piran Kerensa Jago Lowena Tristan Senara Cadan",
        "Trevithick Penhaligon Trelawny Polglase Tregenza Pascoe Chenoweth Nancarrow Rowe Penrose",
    ),
    _g(
        "English regional",
        "plain",
        "Hope Joy Summer Rose Will Mark Bill Grace Sunny Rain Faith Dawn Robin Holly Ivy Amber Jack Dot Cliff Sandy Bernie Glenys",
        "Sheffield Baker Mason Fisher Shepherd Carpenter Thatcher Cooper Turner Fletcher Bolton Kendal Wakefield Hull Dyer Butcher Sawyer Lancaster Pickles Ackroyd Higginbottom Oldroyd",
    ),
    _g(
        "English hyphenated",
        "hyphen",
        "Penelope Rupert Harriet Giles Arabella Crispin Philippa Hugo Tabitha Ptolemy",
        "Fox Hamilton Ward Brooke Cavendish Seymour Lyle Rhodes Bennett Howard Spencer Ashby",
    ),
    _g(
        "Ukrainian",
        "plain",
        "Oleksandr Olena Bohdan Iryna Taras Oksana Mykola Yuliia Andrii Halyna Dmytro Svitlana",
        "Kovalenko Shevchenko Bondarenko Tkachenko Kravchuk Melnyk Boyko Hrytsenko Lysenko Marchenko",
    ),
    _g(
        "Russian",
        "plain",
        "Sergei Natalia Alexei Yekaterina Mikhail Tatiana Pavel Svetlana Vladimir Anastasia",
        "Smirnova Kuznetsov Popova Volkov Sokolova Morozov Lebedeva Novikov Fyodorova",
    ),
    _g(
        "Latvian",
        "plain",
        "Jānis Ilze Andris Līga Kārlis Inese Raimonds Baiba Edgars Zane",
        "Bērziņš Kalniņa Ozoliņš Liepiņa Krūmiņš Vītola Zariņš Kļaviņa",
    ),
    _g(
        "Estonian",
        "plain",
        "Mart Kadri Tõnu Liis Priit Triin Jüri Maarja Rein Kersti",
        "Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn",
    ),
    _g(
        "Slovak",
        "plain",
        "Marek Zuzana Juraj Lucia Peter Jana Miroslav Katarína Ľubomír Silvia",
        "Horváth Kováčová Varga Tóthová Nagy Baláž Szabóová Molnár Hudák",
    ),
    _g(
        "Czech",
        "plain",
        "Jiří Lenka Tomáš Petra Ondřej Hana Vojtěch Markéta Radek Šárka",
        "Novák Svobodová Dvořák Černá Procházka Kučerová Veselý Horáková Němec",
    ),
    _g(
        "Hungarian",
        "family-first",
        "Zsófia László Krisztina Gábor Erzsébet Attila Ildikó Zoltán Réka Csaba",
        "Kovács Szabó Tóth Nagy Horváth Kiss Varga Molnár Farkas Balogh",
    ),
    _g(
        "Serbian",
        "plain",
        "Miloš Jelena Nemanja Dragana Stefan Milica Dušan Snežana Vladan Tijana",
        "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Pavlović",
    ),
    _g(
        "Croatian",
        "plain",
        "Ivana Tomislav Marija Krešimir Ana Zvonimir Petra Hrvoje Nikolina Dario",
        "Horvat Kovačević Babić Marić Jurić Novak Knežević Vuković Perić",
    ),
    _g(
        "Albanian",
        "plain",
        "Arben Drita Besnik Mirela Ermal Valbona Gentian Lindita Florian Elona",
        "Hoxha Krasniqi Berisha Gashi Shehu Dervishi Leka Kola Hysa",
    ),
    _g(
        "Bosnian",
        "plain",
        "Emir Amra Adnan Lejla Mirza Aida Kenan Selma Haris Merima",
        "Hodžić Begović Mehmedović Hadžić Delić Kovačević Sarajlić Mujić",
    ),
    _g(
        "Spanish",
        "double",
        "Begoña Javier Nuria Iñaki Montserrat Álvaro Pilar Sergio Rocío Íñigo Almudena Unai",
        "García López Martínez Sánchez Fernández Gómez Díaz Ruiz Moreno Jiménez Álvarez Romero",
    ),
    _g(
        "Catalan",
        "double",
        "Jordi Montse Pau Núria Arnau Mireia Oriol Laia Xavier Roser",
        "Puig Vidal Soler Ferrer Casals Pujol Font Vila Riera Serra",
    ),
    _g(
        "Basque",
        "plain",
        "Aitor Ainhoa Iker Maite Gorka Nerea Xabier Itziar Mikel Amaia",
        "Etxeberria Agirre Goikoetxea Urrutia Zubizarreta Arrieta Larrañaga Olaizola",
    ),
    _g(
        "French",
        "particle",
        "Jean-Luc Amélie Thibault Océane Grégoire Maëlle Benoît Séverine Loïc Élodie",
        "Lefèvre Dubois Moreau Girard de_la_Fontaine Rousseau Le_Goff Mercier Fontaine du_Pré",
    ),
    _g(
        "Breton",
        "plain",
        "Gwenaël Nolwenn Yannick Maiwenn Erwan Soazig Tanguy Gwenola Ronan Enora",
        "Le_Bihan Kerjean Le_Guen Tanguy Kervella Le_Floc'h Guivarc'h Le_Bras",
    ),
    _g(
        "German",
        "particle",
        "Jürgen Anke Dieter Sabine Lukas Heike Matthias Ute Florian Dörte",
        "Müller Schmidt Schneider Weiß Becker Hoffmann von_Bülow Krüger Schäfer Groß",
    ),
    _g(
        "Dutch",
        "particle",
        "Anouk Joost Femke Pieter Marloes Sander Lieke Bram Annelies Thijs Maartje Wouter",
        "van_der_Berg de_Vries van_Dijk Bakker Jansen de_Jong van_den_Heuvel Visser Smit van_Leeuwen de_Groot",
    ),
    _g(
        "Flemish",
        "particle",
        "Wim Griet Koen Els Jef Hilde Stijn Veerle Dries Lotte",
        "Van_Damme De_Smet Peeters Claes Maes Wouters Van_Aken Verstraete Declercq",
    ),
    _g(
        "Danish",
        "plain",
        "Mette Søren Kirsten Rasmus Birgitte Mads Lærke Jesper Signe Anders",
        "Jørgensen Nielsen Hansen Sørensen Rasmussen Kristensen Madsen Møller Thomsen",
    ),
    _g(
        "Norwegian",
        "plain",
        "Ingrid Håkon Solveig Bjørn Sigrid Eirik Kari Ståle Åse Torbjørn",
        "Johansen Olsen Berg Haugen Bakken Lie Dahl Solberg Strand",
    ),
    _g(
        "Swedish",
        "plain",
        "Åsa Björn Linnéa Göran Märta Olle Britt Pelle Agneta Sven",
        "Lindqvist Johansson Bergström Karlsson Nyström Åberg Sjöberg Lundgren Ekström",
    ),
    _g(
        "Finnish",
        "plain",
        "Jukka Päivi Mikko Satu Teemu Riikka Antti Sanna Ville Tuula",
        "Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Järvinen",
    ),
    _g(
        "Icelandic",
        "patronym",
        "Guðrún Sigurður Þórunn Einar Ragnheiður Gunnar Hildur Ólafur Sigrún Kristján",
        "Jónsdóttir Sigurðsson Guðmundsdóttir Ólafsson Einarsdóttir Magnússon Helgadóttir Þórsson",
    ),
    _g(
        "Faroese",
        "plain",
        "Rúni Bára Heðin Sólja Jóannes Turið Sjúrður Guðrið",
        "Joensen Poulsen Hansen Jacobsen Dam Olsen Mortensen Højgaard",
    ),
    _g(
        "Maltese",
        "plain",
        "Carmel Doris Joseph Marthese Ġorġ Rita Pawlu Josephine Ċensu Mariella",
        "Borg Camilleri Vella Farrugia Zammit Galea Micallef Grech Xuereb Azzopardi",
    ),
    _g(
        "Brazilian",
        "double",
        "Thiago Fernanda Rafael Juliana Leandro Luciana Gustavo Camila Rodrigo Aline",
        "da_Silva dos_Santos Souza Lima Almeida Ribeiro Barbosa Nascimento Araújo Cavalcanti",
    ),
    _g(
        "Colombian",
        "double",
        "Juan_Camilo María_José Andrés Valentina Sebastián Daniela Julián Paola",
        "Restrepo Gutiérrez Ospina Cárdenas Londoño Valencia Quintero Zapata Rojas",
    ),
    _g(
        "Afghan",
        "plain",
        "Ahmad Zarmina Farid Mursal Jawad Mahbooba Naveed Fereshta Hamid Shabnam",
        "Rahimi Noori Hakimi Popal Wardak Safi Sultani Amiri Stanekzai",
    ),
    _g(
        "Nepali",
        "plain",
        "Bishnu Sita Ramesh Gita Dil Sunita Kamal Kabita Hari Pramila",
        "Gurung Thapa Magar Rai Limbu Shrestha Tamang Pun Sherpa Adhikari",
    ),
    _g(
        "Malayali",
        "plain",
        "Anu Shibu Jomon Lincy Biju Reshma Sajan Tintu Praveen Deepthi",
        "Joseph Varghese Kurian Thomas Mathew Nair Menon Pillai Chacko",
    ),
    _g(
        "Telugu",
        "plain",
        "Srinivas Lakshmi Venkat Padma Ravi Sravani Kiran Madhavi Naresh Swathi",
        "Reddy Rao Naidu Chowdary Varma Gupta Yadav Raju",
    ),
    _g(
        "Malay",
        "particle",
        "Ahmad_Faizal Siti_Aishah Mohd_Hafiz Nurul_Huda Azman Farah Khairul Syazwani",
        "bin_Ismail binti_Abdullah bin_Yusof binti_Hassan bin_Osman binti_Rahman",
    ),
    _g(
        "Indonesian",
        "mono",
        "Wahyuni Sukarmi Hartono Suryani Budiman Sulastri Widodo Sumiati",
        "Wijaya Santoso Halim Gunawan Kusuma Setiawan Pratama",
    ),
    _g(
        "Japanese",
        "family-first",
        "Haruka Takeshi Yui Kenji Aiko Daisuke Sakura Hiroshi Emi Ryo",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi",
    ),
    _g(
        "Korean",
        "family-first",
        "Min-jun Seo-yeon Ji-hoon Ha-eun Dong-hyun Soo-ah Jae-won Yu-na",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang",
    ),
    _g(
        "Burmese",
        "mono",
        "Aung_Kyaw_Moe Thida_Win Zaw_Min_Htet Khin_Mar_Lar Myo_Thant Su_Su_Hlaing Nay_Lin Ei_Phyu",
        "Aung Win Htet Oo Naing Soe",
    ),
    _g(
        "Ethiopian",
        "patronym",
        "Abebe Tigist Dawit Mekdes Yohannes Bethlehem Henok Meron Biniam Hirut",
        "Bekele Tesfaye Girma Alemu Tadesse Wolde Mengistu Haile",
    ),
    _g(
        "Sudanese",
        "patronym",
        "Omer Amna Mohanad Sara Osman Hiba Tarig Rayan Musab Arwa",
        "Elhassan Abdelrahman Mohamedali Babiker Elamin Suliman Hamid",
    ),
    _g(
        "Ugandan",
        "plain",
        "Nakato Mukasa Babirye Ssempijja Namutebi Kato Nalwoga Okello Achan Wasswa",
        "Ssebunya Kiggundu Nabukenya Mugisha Byaruhanga Tumusiime Lubega",
    ),
    _g(
        "Congolese",
        "plain",
        "Mbuyi Ngalula Kabongo Mwamba Ilunga Nsimba Kalonji Mputu Tshilombo Bitota",
        "Mukendi Kabila Mbala Lukusa Ngoy Tshibanda Kasongo",
    ),
    _g(
        "Cameroonian",
        "plain",
        "Ngono Etienne Mbarga Chantal Fotso Brigitte Nkeng Aurélien Tchoua Pascaline",
        "Ndjock Ekotto Fouda Nkoulou Tchamba Mbappé Abega",
    ),
    _g(
        "Sierra Leonean",
        "plain",
        "Fatmata Mohamed_Lamin Isatu Abu Mariama Alhaji Kadiatu Ibrahim Sallieu Memunatu",
        "Kamara Sesay Koroma Bangura Conteh Kargbo Turay Jalloh",
    ),
    _g(
        "Gambian",
        "plain",
        "Lamin Awa Ebrima Fatou Modou Isatou Ousman Haddy Momodou Binta",
        "Jallow Ceesay Touray Njie Sowe Bah Jobe Darboe",
    ),
    _g(
        "South African Afrikaans",
        "particle",
        "Johan Annelize Pieter Marelize Gerhard Riana Wynand Elmarie Hennie Lizette",
        "van_der_Merwe Botha du_Plessis Pretorius Venter Nel Coetzee van_Wyk Steyn",
    ),
    _g(
        "Zulu and Xhosa",
        "plain",
        "Thandeka Sipho Nomvula Bongani Lindiwe Themba Zanele Lwazi Ayanda Nokuthula",
        "Dlamini Khumalo Mthembu Zulu Ngcobo Mahlangu Mbeki Nkosi Sithole",
    ),
    _g(
        "Trinidadian",
        "plain",
        "Keston Alicia Ravi Candice Nigel Shalini Dexter Kezia Ramesh Marlene",
        "Ramdial Maharaj Baptiste Joseph Persad Charles Ramoutar Bissoon",
    ),
    _g(
        "Barbadian",
        "plain",
        "Kerry-Ann Dwayne Shontelle Andre Rihanna Carlisle Shakira Wendell",
        "Griffith Alleyne Cumberbatch Worrell Haynes Best Greenidge Holder",
    ),
    _g(
        "Guyanese",
        "plain",
        "Devika Roopnarine Shondell Kamal Indra Clive Nalini Orin",
        "Singh Persaud Ramsaroop Jagdeo Williams Narine Bacchus Seeraj",
    ),
    _g(
        "Mauritian",
        "plain",
        "Vikash Priyanka Jean-Claude Marie-Laure Anil Nirmala Yannick Sharmila",
        "Ramgoolam Jugnauth Bhugaloo Ramdhany Seebaluck Lutchmun Appadoo",
    ),
    _g(
        "British Jewish",
        "hyphen",
        "Miriam Ezra Rivka Shmuel Dina Yossi Tamar Avi Chana Moshe",
        "Cohen Levy Goldberg Rosenthal Blum Kaplan Friedman Shapiro Katz Feldman",
    ),
    _g(
        "Israeli",
        "plain",
        "Noa Itai Yael Omer Shira Eitan Maayan Gilad",
        "Ben-David Mizrahi Peretz Biton Dahan Avraham Ohana",
    ),
    _g(
        "Syrian",
        "plain",
        "Ahmad Rasha Mohammad Ghada Bashar Reem Yazan Hiba Omar Rana",
        "Kayali Halabi Darwish Hamwi Jabri Atassi Kurdi Sibai",
    ),
    _g(
        "Iraqi",
        "plain",
        "Mustafa Zahraa Haider Noor Ali Baneen Hassan Dua Abbas Ruqaya",
        "al-Jubouri al-Obeidi Al-Saadi Al-Tamimi al-Dulaimi Kadhim Jawad",
    ),
    _g(
        "Yemeni",
        "plain",
        "Abdulla Safa Nabil Amal Fuad Huda Adel Samira",
        "Al-Aulaqi Saleh Qasim Al-Yafai Hizam Nasher Mutahar",
    ),
    _g(
        "Moroccan",
        "plain",
        "Youssef Khadija Hicham Naima Rachid Souad Karim Latifa Anas Meryem",
        "El_Idrissi Benali Amrani Bennani Chraibi Alaoui Tazi El_Fassi Berrada",
    ),
    _g(
        "Algerian",
        "plain",
        "Sofiane Amina Nassim Lamia Yacine Nadia Mehdi Samia",
        "Boudiaf Benmansour Haddad Belkacem Kaci Ziani Bouzid Cherif",
    ),
    _g(
        "Egyptian",
        "plain",
        "Mahmoud Mona Ahmed Dalia Sherif Heba Tamer Yasmine Amr Nermeen",
        "Abdelaziz Fahmy Hassan El-Sayed Mostafa Ramadan Shawky Gamal",
    ),
    _g(
        "Armenian",
        "plain",
        "Armen Anahit Tigran Lusine Hayk Nare Vahe Siranush Levon Ani",
        "Petrosyan Hovhannisyan Sargsyan Grigoryan Karapetyan Avetisyan Manukyan Zakaryan",
    ),
    _g(
        "Georgian",
        "plain",
        "Nino Giorgi Tamar Levan Ketevan Davit Mariam Irakli Salome Zurab",
        "Beridze Kapanadze Gelashvili Maisuradze Lomidze Tsiklauri Abashidze Jgenti",
    ),
    _g(
        "Romani and Traveller",
        "plain",
        "Shamus Kathleen Bridget Paddy Mena Tyson Dolly Romeo Chantelle Sonny Esmerelda Noah",
        "Ward McDonagh Lee Boswell Price Cash Doherty Smith Loveridge Stokes Maughan Purcell",
    ),
    _g(
        "Mexican",
        "double",
        "Guadalupe Jesús Ximena Alejandro Itzel Emiliano Fernanda Santiago",
        "Hernández Ramírez Flores Morales Vázquez Castillo Ortega Cruz",
    ),
    _g(
        "Tongan and Samoan",
        "plain",
        "Sione Mele Viliami Losana Tevita Sefo Ana Malakai Fetu Lupe",
        "Tonga Fifita Taufa Vainikolo Leota Tuilagi Faleolo Sapolu",
    ),
    _g(
        "Maori",
        "plain",
        "Aroha Wiremu Mere Hemi Ngaire Tama Kiri Rawiri Anahera Tane",
        "Ngata Parata Tawhiri Walker Te_Whata Pomare Kereama Tipene",
    ),
    _g(
        "Gurkha Nepali",
        "mono",
        "Dhan_Bahadur Kul_Prasad Man_Kumari Til_Bahadur Chandra_Maya Ram_Kumar",
        "Gurung Rai Limbu Pun",
    ),
)

CULTURES = tuple(g.culture for g in GROUPS)
GIVEN = tuple(sorted({n for g in GROUPS for n in g.given}))
SURNAMES = tuple(sorted({n for g in GROUPS for n in g.surnames}))
# given names that are ordinary English words, and surnames that are places or trades
WORD_NAMES = ("Hope", "Joy", "Summer", "Rose", "Will", "Mark", "Bill", "Grace", "Sunny", "Rain",
              "Faith", "Dawn", "Robin", "Holly", "Ivy", "Amber", "Jack", "Dot", "Cliff", "Sandy")  # fmt: skip
TRADE_PLACE_SURNAMES = ("Sheffield", "Baker", "Mason", "Fisher", "Shepherd", "Carpenter",
                        "Thatcher", "Cooper", "Turner", "Fletcher", "Bolton", "Kendal",
                        "Wakefield", "Hull", "Dyer", "Butcher", "Sawyer", "Lancaster")  # fmt: skip

# (script, given, surname, family first): names written in their own script
NON_LATIN = (
    ("Arabic", "محمد", "الأحمد", False),
    ("Arabic", "فاطمة", "الزهراني", False),
    ("Urdu", "عمران", "چوہدری", False),
    ("Urdu", "سائرہ", "بیگ", False),
    ("Persian", "مریم", "رضایی", False),
    ("Pashto", "ګل", "احمدزی", False),
    ("Kurdish Sorani", "ئاران", "کەریم", False),
    ("Bengali", "তানভীর", "হোসেন", False),
    ("Bengali", "সুমাইয়া", "বেগম", False),
    ("Gurmukhi", "ਹਰਪ੍ਰੀਤ", "ਕੌਰ", False),
    ("Gurmukhi", "ਮਨਜੀਤ", "ਸੰਧੂ", False),
    ("Devanagari", "अनीता", "शर्मा", False),
    ("Devanagari", "राजेश", "वर्मा", False),
    ("Gujarati", "નીરવ", "પટેલ", False),
    ("Tamil", "கார்த்திக்", "ராஜா", False),
    ("Tamil", "வள்ளி", "சுப்பிரமணியம்", False),
    ("Sinhala", "නිමල්", "පෙරේරා", False),
    ("Malayalam", "അനു", "ജോസഫ്", False),
    ("Telugu", "శ్రీనివాస్", "రెడ్డి", False),
    ("Kannada", "ರವಿ", "ಕುಮಾರ್", False),
    ("Chinese", "志明", "陈", True),
    ("Chinese", "美玲", "黄", True),
    ("Chinese", "家豪", "李", True),
    ("Japanese", "花子", "佐藤", True),
    ("Korean", "민준", "김", True),
    ("Greek", "Γιώργος", "Παπαδόπουλος", False),
    ("Greek", "Ελένη", "Χαραλάμπους", False),
    ("Cyrillic", "Анна", "Смирнова", False),
    ("Cyrillic", "Петър", "Иванов", False),
    ("Cyrillic", "Олена", "Коваленко", False),
    ("Cyrillic", "Милош", "Јовановић", False),
    ("Hebrew", "יעל", "כהן", False),
    ("Thai", "สมชาย", "ใจดี", False),
    ("Ethiopic", "ሰላም", "ተስፋዬ", False),
    ("Georgian", "ნინო", "ბერიძე", False),
    ("Armenian", "Արամ", "Պետրոսյան", False),
    ("Khmer", "សុខា", "ចាន់", False),
    ("Burmese", "အောင်ကျော်", "မိုး", False),
)

# given name -> what family and friends call them
NICKNAMES = {
    "Oluwaseun": "Seun", "Chukwuemeka": "Emeka", "Abdirahman": "Abdi", "Krzysztof": "Krzysiek",
    "Małgorzata": "Gosia", "Aleksandra": "Ola", "Giuseppe": "Peppe", "Oleksandr": "Sasha",
    "Ngozi": "Ngo", "Temitope": "Tope", "Babajide": "Jide", "Gurpreet": "Gurp", "Alessandro":
    "Ale", "Kudakwashe": "Kuda", "Penelope": "Pen", "Philippa": "Pippa", "Ionuț": "Ionuțu",
    "Folasade": "Sade", "Damilola": "Dami", "Jędrzej": "Jędrek", "Rumbidzai": "Rumbi",
    "Karthikeyan": "Karthik", "Yekaterina": "Katya", "Anastasia": "Nastya",
}  # fmt: skip
