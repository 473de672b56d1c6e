"""Fresh12 people: naming cultures, their shapes, given names and surnames, typed for this set.

A ``Group`` is one naming culture with its shape: ``plain`` (given surname), ``particle``
(a lower-case particle inside the surname), ``patronym`` (a father's name in place of a
surname), ``family-first`` (the family name written first), ``double`` (two surnames) or
``mono`` (one name only; ``_`` joins the words of a multi-word mononym).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Group:
    culture: str
    shape: str
    given: tuple[str, ...]
    surnames: tuple[str, ...]


_RAW = """
Yoruba|plain|Adebayo Folasade Oluwaseun Temitope Babatunde Yetunde Olamide Ayodele|Adeyemi,Ogunleye,Akinola,Oyelaran,Fashola,Adesanya,Olatunji
Igbo|plain|Chiamaka Obinna Nkechi Chukwuemeka Adaeze Ifeanyi Somto Ngozi|Okonkwo,Nwosu,Eze,Okafor,Obi,Nnamdi,Anyanwu
Hausa|plain|Aminu Hadiza Sani Zainab Bashir Hauwa Lawal|Danjuma,Bello,Garba,Abubakar,Shehu,Yakubu
Akan|plain|Kwame Akosua Kofi Ama Yaw Abena Kwabena Efua Kojo|Mensah,Boateng,Asante,Owusu,Acheampong,Ofori,Darko
Ewe|plain|Edem Dzifa Selasi Enyonam Mawuli Esinam|Agbeko,Kpodo,Amegah,Dzokoto,Tsikata
Wolof|plain|Moussa Aminata Cheikh Fatou Ousmane Ndeye Mamadou|Ndiaye,Diop,Faye,Sarr,Gueye,Mbaye,Seck
Mandinka|plain|Lamin Binta Ebrima Kaddijatou Bakary Isatou|Jallow,Ceesay,Touray,Darboe,Sanneh,Sonko
Fula|plain|Alpha Mariama Boubacar Hadja Oumou Thierno|Bah,Diallo,Barry,Sow,Balde,Jalloh
Bambara|plain|Seydou Oumou Modibo Kadiatou Souleymane Assitan|Traore,Coulibaly,Keita,Konate,Diarra,Sissoko
Mossi|plain|Wendkouni Rasmané Pousga Salif Aïssata|Ouedraogo,Sawadogo,Kabore,Compaore,Zongo
Kru|plain|Tarnue Musu Sombo Kebbeh Wleh|Toe,Nyenswah,Kollie,Weah,Gbowee
Temne|plain|Abu Isatu Alimamy Fatmata Sorie|Kamara,Sesay,Kargbo,Conteh,Bangura,Turay
Bamileke|plain|Ngassa Floriane Tchoupo Mireille Kamdem|Fotso,Tchamba,Nguemo,Kouam,Tagne
Lingala|plain|Mbuyi Nsimba Kabongo Ntumba Mputu Dikembe|Lukusa,Mbala,Kalonji,Ilunga,Mutombo
Kikongo|plain|Nzuzi Makiese Lusamba Ndombe Malanda|Matondo,Nsiala,Mbemba,Loemba
Sango|plain|Zokoue Ngaïkoumon Yakite Bondo|Gbaya,Ndoumba,Kossi,Yangongo
Fang|plain|Obiang Nsue Mangue Ayingono Esono|Nguema,Ondo,Mba,Obame,Ekomo
Kinyarwanda|plain|Uwase Mugisha Ineza Habimana Kaliza Ishimwe|Niyonzima,Uwimana,Nshimiyimana,Mukamana,Kagabo
Luganda|plain|Nakato Kato Babirye Wasswa Nalwoga Ssemanda|Ssempala,Nakabuye,Kiggundu,Mukasa,Lubega
Swahili|plain|Baraka Neema Juma Rehema Imani Zawadi Jabari|Mwangi,Otieno,Wanjiru,Kimani,Achieng,Njoroge
Amhara|patronym|Abebe Meskerem Tsion Dawit Selamawit Yonas Hirut|Kebede,Tesfaye,Alemu,Girma,Bekele,Haile
Tigrinya|patronym|Senait Yohannes Tesfalem Mebrat Semhar Filmon|Ghebremedhin,Tekle,Habte,Woldu,Berhane
Somali|patronym|Hodan Abdirahman Faadumo Liban Ayaan Warsame Sagal|Abdi Hassan,Farah Mohamed,Ali Jama,Osman Nur,Yusuf Aden,Hirsi Warsame
Zulu|plain|Thandeka Sipho Nomvula Bongani Lindiwe Sibusiso Zanele|Dlamini,Ndlovu,Zungu,Mkhize,Khumalo,Nxumalo
Xhosa|plain|Lwazi Nandipha Ayanda Siyabonga Thembeka Luthando|Mabaso,Ngcobo,Mthembu,Qwabe,Gqubule
Shona|plain|Tendai Rutendo Farai Chipo Tatenda Kudzai Tafadzwa|Moyo,Chikwanha,Mutasa,Mapfumo,Marufu,Chiweshe
Malagasy|plain|Tahina Fanja Hery Voahangy Rivo Mamy|Rakotomalala,Randrianarisoa,Razafindrakoto,Andrianjafy,Rasoanaivo
Jamaican|plain|Shanice Delroy Tanisha Marlon Kemar Shantelle Dwayne|Campbell,Grant,McKenzie,Brown,Bailey,Spence,Blackwood
Trinidadian|plain|Keisha Rajesh Akeem Nadira Shivani Kerwin|Ramdeen,Persad,Mohammed,Baptiste,Ramkissoon,Joseph
Barbadian|plain|Rihanna Shamar Tricia Jomo Khadijah|Greaves,Forde,Holder,Cumberbatch,Springer
Haitian|particle|Widlene Jean-Baptiste Guerline Fritznel Nadège Wilner|Pierre-Louis,Dorsainvil,Saint-Fleur,Jean-Charles,Beauvais
Guyanese|plain|Ravindra Shondel Kamla Tyrone Devika|Singh,Rampersaud,Chung,Sandiford,Bacchus
Bahamian|plain|Shavonne Dwight Lakeisha Garvin Indira|Rolle,Knowles,Ferguson,Pinder,Moxey
Samoan|plain|Sefo Malia Tavita Leota Ioane Fetu Sina|Tuilagi,Faleolo,Leaupepe,Sapolu,Fa'asavalu,Tamapua
Tongan|plain|Sione Mele Viliami Salote Tevita Lupe|Havili,Taufa,Vainikolo,Lolohea,Fifita,Kaufusi
Fijian|plain|Litia Semi Mereoni Jone Adi Waisale|Ratu,Naivalu,Tuivaga,Koroibete,Vunipola,Radrodro
Maori|plain|Aroha Tane Mereana Wiremu Hemi Kahurangi Rangi Manaia|Ngata,Te Rangi,Parata,Tawhiri,Waititi,Horomona
Hawaiian|plain|Keola Leilani Makana Kealoha Noelani Kainoa|Kahale,Kekumu,Akana,Nakoa,Kamakau
Chamorro|plain|Jesi Mañe Tun Nieves Kiko|Taitano,Cruz,Aguon,Quitugua,Sablan
Uzbek|plain|Dilnoza Sardor Malika Jasur Nodira Bekzod Gulnora|Karimov,Yusupova,Rashidov,Tursunova,Abdullayev,Ergasheva
Kazakh|plain|Aigerim Nurlan Dana Yerlan Madina Askar Zhanar|Nurlanov,Serikbayeva,Zhakupov,Abenova,Tokayev,Dzhaksybekov
Kyrgyz|plain|Aizada Bakyt Cholpon Azamat Nurzhan Elmira|Toktogulov,Osmonova,Beishenaliev,Dzhumabaeva,Usenov
Tajik|plain|Farrukh Manizha Davlat Parvina Rustam Shahnoza|Rahmonov,Sharipova,Nazarov,Qodirova,Saidov
Turkmen|plain|Merdan Ogulgerek Serdar Jemal Batyr|Atayev,Berdiyeva,Orazov,Gurbanova,Annayev
Georgian|plain|Nino Giorgi Tamar Levan Ketevan Davit Mariam Zurab|Beridze,Kapanadze,Gelashvili,Lomidze,Tsiklauri,Chkheidze,Javakhishvili
Armenian|plain|Anahit Aram Lilit Tigran Siranush Hovhannes Narek|Hakobyan,Grigoryan,Sargsyan,Petrosyan,Avetisyan,Ghazaryan
Azerbaijani|plain|Aysel Elvin Günel Rashad Leyla Tural Nigar|Aliyev,Huseynova,Mammadov,Guliyeva,Hasanov,Babayeva
Chechen|plain|Zelimkhan Madina Ruslan Kheda Adlan Petimat|Kadyrova,Magomadov,Baisarov,Dudayeva,Umarov
Ossetian|plain|Alan Zarina Soslan Fatima Kazbek|Dzagoev,Tsallagova,Gazzaev,Kokoeva,Bestaev
Quechua|double|Wayra Illari Yupanqui Inti Killa Amaru Sisa|Mamani Quispe,Huamán Condori,Apaza Ccori,Choque Taipe,Cusi Yupanqui,Tupa Huallpa
Aymara|double|Kusi Wara Nayra Mallku Phaxsi Tayta|Mamani Chambi,Ticona Limachi,Copa Apaza,Laura Nina,Quenta Huanca
Bolivian|double|Ximena Rodrigo Mayerli Franz Wilma Edwin|Choque Vargas,Mendoza Rojas,Gutiérrez Flores,Zambrana Suárez
Peruvian|double|Milagros Jhonatan Yesenia Percy Rocío Elmer|Quispe Huamaní,Ramos Salazar,Cárdenas Ortiz,Torres Villanueva
Mapuche|plain|Ayelen Lautaro Millaray Nahuel Rayen Calfucura|Huenchullán,Painemal,Catrileo,Ancalao,Millapán
Guarani|plain|Arasy Tupã Jasy Ñandú Yvoty|Ocampos,Benítez,Aquino,Ortiz,Riquelme
Navajo|plain|Ahiga Doli Yanaba Hosteen Shilah Naalnish|Begay,Yazzie,Tsosie,Benally,Nez,Tso,Etsitty
Lakota|plain|Wanbli Winona Chaska Kimimela Mato Ehawee|Two Bulls,Red Cloud,Iron Shell,Little Thunder,Many Horses
Cherokee|plain|Adsila Tayanita Waya Galilahi Ahuli|Sixkiller,Fourkiller,Swimmer,Wolfe,Crowe,Standingdeer
Ojibwe|plain|Migizi Zhaawan Niimi Makwa Giizhig Nokomis|Kingbird,Morningstar,Whitefeather,Bemis,Nahgahnub
Cree|plain|Kisik Pisim Nipin Sakastew Wapun|Cardinal,Buffalo,Saddleback,Littlechild,Crowchild
Inuit|plain|Aputi Siku Nuka Ujarak Anaana Qillaq|Kunuk,Arnatsiaq,Qitsualik,Oqaituk,Kigutikakjuk
Mohawk|plain|Kahentinetha Tekahionwake Kanatawakhon Karonhiio|Deer,Jacobs,Montour,Horn,Sky
Sami|plain|Ánde Máret Ravdna Niillas Sunná Biret Issát|Somby,Eira,Gaup,Sara,Nutti,Bals,Valkeapää
Roma|plain|Dragan Esmeralda Zoran Rubina Mirela Šaban Lulja|Hrabal,Balogová,Nikolić,Lakatos,Oláh,Rostás,Kwiek
Romani UK|plain|Levi Shyanne Jimmy Tyson Kizzy Rebecca Mushy|Lee,Boswell,Loveridge,Buckland,Smith,Price,Doe
Irish Traveller|plain|Johnny Bridget Michael Margaret Patrick Winnie|McDonagh,Ward,Joyce,Maughan,Stokes,Collins
Moroccan|particle|Youssef Khadija Hamza Salma Ayoub Imane Zakaria|El Amrani,Bennani,El Idrissi,Tazi,Benjelloun,Alaoui,El Fassi
Algerian|plain|Yacine Amel Sofiane Lamia Karim Nesrine Walid|Boumediene,Benali,Haddad,Kaci,Belkacem,Ait Ahmed
Tunisian|particle|Oussama Rim Slim Ines Mehdi Asma|Ben Salah,Trabelsi,Ben Youssef,Jaziri,Gharbi,Ben Ammar
Amazigh|plain|Massinissa Tiziri Amazigh Dihya Yuba Thanina|Aït Menguellet,Ouali,Idir,Amrouche,Tabti
Libyan|plain|Abdulhakim Najla Moataz Rabia Tarek|Gaddafi,Zuwari,Misrati,Sharif,Warfalli
Emirati|particle|Mansour Hessa Rashid Mariam Hamdan Shamma Khalifa|Al Mazrouei,Al Nahyan,Al Ketbi,Al Shamsi,Al Falasi,bin Zayed
Saudi|particle|Faisal Noura Abdulaziz Reem Turki Lulwa|Al Qahtani,Al Otaibi,Al Ghamdi,Al Harbi,bin Saleh,Al Dosari
Qatari|particle|Tamim Moza Jassim Aisha Hamad|Al Thani,Al Kuwari,Al Marri,Al Sulaiti,Al Mohannadi
Kuwaiti|particle|Bader Dana Fahad Ghadeer Yousef|Al Sabah,Al Enezi,Al Mutairi,Al Rashidi,Al Ajmi
Omani|particle|Said Bushra Haitham Thuraya Salim|Al Busaidi,Al Balushi,Al Habsi,Al Hinai,Al Rawahi
Yemeni|patronym|Nasser Arwa Tawfiq Bilqis Ammar|Saleh Ahmed,Al Hamdani,Abdulwahab Ali,Al Eryani
Emirati nickname|mono|Abu_Rashid Umm_Hamdan Bu_Khalid|
Iraqi Kurdish|plain|Rebin Shilan Dilshad Rozhan Karwan Bafrin|Barzani,Talabani,Hawrami,Zebari,Mahmoud
Filipino|particle|Maricel Jericho Rosalinda Bong Jocelyn Rodelio Divina Marites|dela Cruz,Santos,de los Reyes,Bautista,Macaraeg,Villanueva,Dimaculangan,Pangilinan
Ilocano|plain|Lorelie Ferdinand Imelda Arnel Rowena|Agbayani,Ramones,Pascua,Galang,Valdez
Cebuano|plain|Jun-jun Dodong Inday Lito Cherry|Abellana,Tumulak,Cabahug,Ouano,Sanchez
Javanese|mono|Sukarno Wulandari Suharto Sri_Mulyani Joko Purwanti Slamet Tri_Rismaharini|
Indonesian|plain|Ayu Budi Dewi Agus Putri Rizky Intan Bayu|Setiawan,Wijaya,Kusuma,Pratama,Hidayat,Lestari,Saputra
Balinese|plain|Made Wayan Nyoman Ketut Putu Komang|Sudarsana,Artawan,Wirawan,Suastika,Dharmadi
Minangkabau|plain|Rangkayo Yusril Rahmi Fadli Nurhayati|Chaniago,Piliang,Sikumbang,Tanjung,Koto
Burmese|mono|Aung_Kyaw_Moe Thiri_Htet Zaw_Min_Oo Khin_Myat_Noe Hla_Hla_Win Thet_Naing Ei_Mon_Kyaw May_Thu_Zar|
Karen|mono|Saw_Eh_Doh Naw_Paw_Htoo Saw_Ler_Moo Naw_Hser_Gay|
Thai|plain|Somchai Kanokwan Anucha Ploy Narong Siriporn Thanawat|Srisuk,Wongsawat,Chaiyaporn,Boonmee,Rattanakosin,Sukprasert
Lao|plain|Souksavanh Phonsavanh Keo Viengkham Bounmy|Phommachanh,Sisoulath,Vongkhamsao,Inthavong,Keomany
Khmer|family-first|Sophea Dara Bopha Vuthy Chenda Rithy|Chhim,Sok,Heng,Keo,Pich,Meas
Vietnamese|family-first|Linh Tuan Huong Minh Thao Duc Phuong|Nguyen,Tran,Le,Pham,Hoang,Vu,Dang
Hmong|plain|Pa Tou Mai Chue Yeng Kia|Vang,Xiong,Lor,Thao,Yang,Moua
Tamil|patronym|Kavitha Senthil Anbarasi Murugan Thenmozhi Karthikeyan Vennila Ilango|Ramasamy,Subramaniam,Arumugam,Velusamy,Kandasamy,Natarajan,Sivakumar
Sri Lankan Tamil|plain|Tharshan Nilani Kajan Piraveena Mathuran|Sivanathan,Jeyakumar,Thevarajah,Ponnambalam,Rasiah
Sinhala|plain|Nimal Chathurika Sampath Dilani Kasun Sanduni Pradeep|Perera,Jayasinghe,Wickramasinghe,Gunawardena,Rajapaksa,Dissanayake,Herath
Nepali|plain|Bishnu Sunita Prakash Anjali Ramesh Sabina Suman|Shrestha,Gurung,Thapa,Tamang,Magar,Adhikari,Rai
Sherpa|mono|Pasang Lhamu Ang_Rita Nima Dorje Pemba Mingma Dawa|
Bhutanese|mono|Tshering Pema Karma Sonam Jigme Dechen Kinley|
Tibetan|mono|Tenzin_Dolma Lobsang_Gyatso Yangchen Tashi_Dhondup Dawa_Lhamo|
Mongolian|family-first|Bat-Erdene Oyunchimeg Ganbaatar Narantuya Enkhjargal Temuulen Solongo|Batbayar,Dorj,Ganbold,Tsogt,Munkhbat,Altangerel
Bengali|plain|Tanvir Nusrat Rafiq Farzana Sourav Mithila|Chowdhury,Rahman,Hossain,Talukdar,Banerjee,Mukherjee
Punjabi|plain|Gurpreet Harjit Simran Jaswinder Manpreet Kuldeep|Sandhu,Gill,Dhillon,Grewal,Sidhu,Bains
Gujarati|plain|Hetal Jignesh Nirali Paresh Bhavna Chirag|Patel,Desai,Mehta,Shah,Parekh,Trivedi
Malayali|plain|Anoop Sreeja Jithin Reshma Binu Aswathy|Nair,Menon,Pillai,Kurian,Varghese,Thomas
Pashtun|plain|Zarghuna Khan Malalai Wali Gul Sher|Yousafzai,Durrani,Afridi,Khattak,Mohmand
Hazara|plain|Zahra Ali Fatema Hussain Shakila|Rezaie,Hazara,Jawadi,Sultani,Mohammadi
Persian|plain|Shirin Dariush Niloufar Kourosh Parisa Babak|Tehrani,Moradi,Ahmadi,Rostami,Farahani,Shirazi
Lithuanian|plain|Rūta Mindaugas Gintarė Darius Aušra Vytautas Eglė|Kazlauskas,Jankauskaitė,Petrauskas,Žukauskienė,Butkus,Vasiliauskas
Latvian|plain|Ilze Jānis Laura Mārtiņš Dace Edgars Zane|Bērziņš,Kalniņa,Ozols,Liepiņa,Krūmiņš,Jansons
Estonian|plain|Kadri Tõnu Liis Rein Triin Priit|Tamm,Saar,Sepp,Mägi,Kask,Rebane
Finnish|plain|Aino Eero Satu Juha Kaisa Ilmari|Virtanen,Korhonen,Mäkinen,Nieminen,Laaksonen,Hämäläinen
Faroese|patronym|Rúni Sunnvá Bárður Turið Jógvan Guðrun Heðin|Joensen,Jacobsen,Poulsen,Dahl,á Lakjuni,við Á,í Líð
Icelandic|patronym|Sigríður Gunnar Hrafnhildur Einar Guðrún Ólafur|Jónsdóttir,Sigurðsson,Einarsdóttir,Magnússon,Þórsdóttir
Basque|plain|Ane Iker Maite Unai Nerea Gorka Itziar Aitor|Etxeberria,Agirre,Goikoetxea,Urrutia,Zubizarreta,Arrieta,Elizondo
Breton|plain|Maiwenn Yann Nolwenn Erwan Gwenaëlle Loïc Soazig|Le Goff,Kerhervé,Le Bihan,Tanguy,Le Gall,Kervella
Cornish|plain|Morwenna Jago Demelza Kerenza Peran Tamsin|Trelawny,Penrose,Tregenza,Pascoe,Nancarrow,Polglase
Manx|plain|Juan Aalish Illiam Voirrey Orry|Quayle,Kermode,Quilliam,Corlett,Kinvig
Welsh|particle|Gruffudd Eirlys Dafydd Nia Iestyn Ffion Rhodri Angharad|ap Rhys,Pritchard,Llewellyn,ab Owain,Vaughan,Bevan,Prosser
Scottish Gaelic|particle|Mòrag Ruairidh Seonaid Calum Ealasaid Tormod|MacLeòid,NicAonghais,MacDhòmhnaill,Morrison,MacIver
Irish|particle|Saoirse Cathal Aoife Oisín Gráinne Ciarán Niamh Tadhg|Ó Súilleabháin,Ní Bhriain,Mac Cárthaigh,Ó Murchú,de Búrca,Ní Fhlaithearta
Albanian|plain|Arben Elira Besnik Drita Ilir Mimoza Gëzim|Hoxha,Krasniqi,Berisha,Gashi,Shehu,Dervishi
Serbian|plain|Milica Nemanja Jovana Dušan Ivana Stefan|Jovanović,Petrović,Stanković,Đorđević,Ilić,Marković
Croatian|plain|Ana Tomislav Marija Ivica Petra Domagoj|Horvat,Kovačević,Babić,Jurić,Novak,Knežević
Bosnian|plain|Amra Edin Lejla Senad Selma Adnan|Hadžić,Mujić,Kurtović,Delić,Halilović,Begić
Macedonian|plain|Elena Goran Biljana Zlatko Marija|Stojanovski,Trajkovska,Nikolovski,Ristovska,Angelov
Bulgarian|plain|Desislava Hristo Tsvetelina Boyan Radostina Kaloyan|Dimitrova,Georgiev,Todorova,Ivanov,Petkova
Montenegrin|plain|Vuk Jelena Marko Danijela Luka|Vujović,Radonjić,Popović,Bulatović,Đukanović
Slovene|plain|Špela Matej Nika Rok Urška Jure|Kranjc,Zupančič,Potočnik,Mlakar,Vidmar
Greek|plain|Eleni Giorgos Katerina Dimitris Sofia Vangelis|Papadopoulou,Georgiou,Konstantinidis,Nikolaidou,Vlachos
Greek Cypriot|plain|Andreas Chrystalla Kyriakos Panayiota Christakis|Charalambous,Kyprianou,Ioannou,Christodoulou,Hadjigeorgiou
Turkish|plain|Elif Emre Zeynep Burak Ayşe Mehmet Gülşen|Yılmaz,Kaya,Demir,Çelik,Şahin,Öztürk,Aydın
Hungarian|family-first|Zsófia Bence Réka Levente Csilla Zoltán|Nagy,Kovács,Tóth,Szabó,Horváth,Varga
Polish|plain|Agnieszka Krzysztof Małgorzata Grzegorz Zuzanna Wojciech|Wiśniewska,Kowalczyk,Wójcik,Szymański,Woźniak,Dąbrowski
Romanian|plain|Ioana Mihai Andreea Bogdan Roxana Ștefan|Popescu,Ionescu,Dumitrescu,Stoica,Munteanu,Constantinescu
Moldovan|plain|Doina Vasile Natalia Ion Liliana|Rusu,Ciobanu,Ceban,Lungu,Cojocaru
Ukrainian|patronym|Oksana Taras Olena Bohdan Yaryna Mykola|Shevchenko,Kovalenko,Bondarenko,Tkachuk,Melnyk,Kravchenko
Dutch|particle|Sanne Joris Marieke Bram Femke Thijs|van der Berg,de Vries,van Dijk,Bakker,van den Heuvel,de Jong
Flemish|particle|Lieze Wout Griet Jens Leen|Vermeulen,De Smet,Van Damme,Peeters,Claes
Frisian|plain|Sytske Hylke Baukje Sjoerd Wytske Jelle|Hoekstra,Dijkstra,Visser,Wiersma,de Boer
German|particle|Annika Lukas Friederike Maximilian Svenja Tobias|Schneider,von Bülow,Müller,Weißmann,zu Eltz,Hoffmann
Portuguese|double|Inês João Beatriz Tiago Leonor Rui|Ferreira Costa,Sousa Carvalho,dos Santos Pereira,Rodrigues Lopes,Pinto da Silva
Brazilian|double|Thaís Caio Larissa Rafael Juliana Diego|Oliveira Santos,Souza Lima,Almeida Rocha,Barbosa Nunes,Cavalcanti Melo
Galician|plain|Uxía Brais Antía Xoán Iria|Castro,Otero,Fernández,Lorenzo,Vázquez
Catalan|double|Montserrat Jordi Núria Pau Laia Oriol|Puig i Ferrer,Vila Roca,Soler i Serra,Bosch Mas
Spanish|double|Lucía Álvaro Carmen Javier Marta Sergio|García López,Martínez Ruiz,Sánchez-Gil,Romero Navarro,Jiménez de la Fuente
Mexican|double|Guadalupe Itzel Jesús Xóchitl Rogelio Citlali|Hernández Cruz,Ramírez Ortega,Flores Mendoza,Domínguez Luna
Italian|particle|Giulia Matteo Chiara Alessandro Federica Lorenzo|Rossi,De Luca,Esposito,Ferraro,Di Stefano,Lo Russo
Sardinian|plain|Efisio Bonaria Gavino Grazia Salvatore|Pinna,Sanna,Deiana,Murgia,Piras
Maltese|plain|Marija Ġorġ Rita Ċensu Doris|Borg,Camilleri,Vella,Farrugia,Żammit,Grech
French|particle|Camille Théo Manon Baptiste Océane Mathis|Lefèvre,de la Tour,Dubois,Girard,du Plessis,Moreau
Swiss Romansh|plain|Men Ursina Gian Flurina Curdin|Caduff,Derungs,Cathomen,Tuor,Capaul
Norwegian|plain|Ingrid Sindre Solveig Håkon Ragnhild Eirik|Haugen,Bakken,Solberg,Lund,Østby,Kvam
Swedish|plain|Linnea Oskar Ebba Viktor Alva Gustav|Lindqvist,Bergström,Sjöberg,Åkesson,Holm
Danish|plain|Freja Mads Ida Rasmus Signe Anders|Nørgaard,Kjær,Frederiksen,Østergaard,Thygesen
Greenlandic|plain|Aviaaja Nukappiaaluk Paninnguaq Hans Malu|Kleist,Lynge,Motzfeldt,Olsen,Heilmann
Russian|patronym|Svetlana Dmitri Yekaterina Aleksei Anastasia Pavel|Ivanovna Smirnova,Petrovich Volkov,Sergeyevna Orlova,Nikolayevich Popov
Belarusian|plain|Alesia Ales Volha Siarhei Hanna|Lukashevich,Kavalenka,Bahdanovich,Yermakova,Shushkevich
Chinese|family-first|Wei Xiaoling Jun Meiling Haoran Yuxin Zhiqiang|Wang,Li,Zhang,Liu,Chen,Yang,Huang,Zhao
Cantonese|family-first|Ka-Ming Wing-Yee Chi-Keung Siu-Ling Man-Kit|Chan,Wong,Leung,Ho,Cheung,Lau
Korean|family-first|Ji-woo Min-jun Seo-yeon Hyun-woo Eun-ji Do-yoon|Kim,Park,Choi,Jung,Kang,Yoon
Japanese|family-first|Haruka Ren Yui Sota Aoi Daiki|Sato,Takahashi,Watanabe,Yamamoto,Nakamura,Kobayashi
Ainu|plain|Shiretoko Kamuy Pirka Ekasi|Kayano,Kaizawa,Ukaji,Kitahara
Aboriginal Australian|plain|Jarrah Kirra Yindi Mundara Warrick Alinta|Yunupingu,Gurruwiwi,Namatjira,Tjapaltjarri,Marika
Torres Strait|plain|Eddie Koiki Tanu Ugari|Mabo,Nona,Passi,Ahwang
Papuan|plain|Kila Iamo Wari Boio Dika|Tau,Kila,Moi,Baure,Kaiulo
Ni-Vanuatu|plain|Jif Serah Kalo Lenny|Kalsakau,Tabimasmas,Natapei,Lini
I-Kiribati|plain|Teburoro Tenanoa Kourabi Anote|Tito,Tong,Maamau,Bwebwe
Tuvaluan|plain|Enele Saufatu Kausea Apisai|Sopoaga,Natano,Ielemia,Latasi
Marshallese|plain|Hilda Litokwa Tony|deBrum,Heine,Kabua,Loeak
Palauan|plain|Surangel Tommy Sandra|Whipps,Remengesau,Toribiong,Nakamura
Cook Islands|plain|Tangaroa Mii Teariki Vaine|Puna,Tupou,Marsters,Henry
English word|plain|Hope Sky Ember Major Sterling Lark Faith Rowan Blaze Merit Journey Harbour Summer River Honey Pepper|Goodwin,Fairweather,Merriman,Lightfoot,Winter,Rainbird,Truelove,Sweet
Place names|plain|Kendal Chelsea Brooklyn Paris Devon Kenya India Dakota Sydney Adelaide Lincoln Carlisle|Ashby,Kirkby,Warwick,Preston,Buckingham,Ramsey,Derby
Brand names|plain|Mercedes Chanel Armani Dior Tesla Porsche Nike Lexus|Ford,Boots,Dyson,Cadbury,Morrison,Sainsbury,Gucci
English|plain|Nicola Gareth Dawn Trevor Joanne Stuart Leanne Craig Kerry Wayne|Hartley,Pickering,Ormerod,Thwaite,Hebblethwaite,Royle,Tattersall,Blenkinsop
Scots|plain|Kirsty Fraser Iona Lachlan Ishbel Euan|Drummond,Baird,Menzies,Dalgleish,Imrie,Urquhart
Ulster|plain|Roisin Conal Orla Declan Clodagh Eamon|McAteer,Devlin,Quinn,Hagan,McGuigan,Mallon
Double-barrelled English|double|Araminta Hugo Clementine Rupert Ottoline Piers|Fortescue-Smythe,Bowes-Lyon,Heathcote-Amory,Lane Fox,Vane-Tempest,Spencer-Churchill
"""


def _groups() -> tuple[Group, ...]:
    found = []
    for line in _RAW.strip().splitlines():
        culture, shape, given, surnames = line.split("|")
        found.append(
            Group(
                culture,
                shape,
                tuple(g.replace("_", " ") for g in given.split()),
                tuple(s for s in surnames.split(",") if s),
            )
        )
    return tuple(found)


GROUPS = _groups()
GIVEN = tuple(dict.fromkeys(g for group in GROUPS for g in group.given))
SURNAMES = tuple(dict.fromkeys(s for group in GROUPS for s in group.surnames))
WORD_NAMES = ("Hope", "Sky", "Ember", "Major", "Sterling", "Lark", "Faith", "Rowan", "Merit")

# names in their own scripts: (written name, script)
NON_LATIN = (
    ("أمينة بنعلي", "Arabic"),
    ("يوسف العمراني", "Arabic"),
    ("Ольга Смирнова", "Cyrillic"),
    ("Бат-Эрдэнэ Ганболд", "Mongolian Cyrillic"),
    ("Тарас Мельник", "Cyrillic"),
    ("Ελένη Γεωργίου", "Greek"),
    ("ნინო ბერიძე", "Georgian"),
    ("Անահիտ Հակոբյան", "Armenian"),
    ("सुनीता श्रेष्ठ", "Devanagari"),
    ("கவிதா ராமசாமி", "Tamil"),
    ("නිමල් පෙරේරා", "Sinhala"),
    ("তানভীর চৌধুরী", "Bengali"),
    ("ਗੁਰਪ੍ਰੀਤ ਸੰਧੂ", "Gurmukhi"),
    ("હેતલ પટેલ", "Gujarati"),
    ("അനൂപ് നായർ", "Malayalam"),
    ("שירה כהן", "Hebrew"),
    ("สมชาย ศรีสุข", "Thai"),
    ("အောင်ကျော်မိုး", "Myanmar"),
    ("김민준", "Hangul"),
    ("佐藤 遥", "Kanji"),
    ("さとう はるか", "Hiragana"),
    ("王伟", "Han"),
    ("陳家明", "Han traditional"),
    ("አበበ ከበደ", "Ethiopic"),
    ("ⵜⵉⵣⵉⵔⵉ ⵡⴰⵍⵉ", "Tifinagh"),
    ("ᎠᏓᏏᎳ", "Cherokee"),
    ("ᐊᐳᑎ ᑯᓄᒃ", "Inuktitut"),
    ("សុភា ឈឹម", "Khmer"),
    ("ສຸກສະຫວັນ", "Lao"),
    ("བསྟན་འཛིན་སྒྲོལ་མ", "Tibetan"),
    ("شیرین تهرانی", "Persian"),
    ("زرغونه یوسفزۍ", "Pashto"),
    ("ᠰᠣᠯᠣᠩᠭ᠎ᠠ", "Mongolian"),
)
NICKNAMES = (
    "Bisi", "Chi-chi", "Kojo", "Dee", "Baz", "Shaz", "Taz", "Bongbong", "Jojo", "Nana",
    "Tiny", "Bubba", "Sunny", "Mo", "Gogo", "Liz", "Toks", "Ade", "Ife", "Zuzu",
)  # fmt: skip
TITLES = (
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Dr",
    "Prof",
    "Rev",
    "Sheikh",
    "Chief",
    "Hajia",
    "Pastor",
)
