"""Hand-written given names and surnames, by group (no Faker, no other set's lists).

Each group is (given names, surnames). Underscores join the words of one surname
("van_den_Bosch" is "van den Bosch"). ``NATIVE`` holds a few people written in their own
script, surname first where their custom is ("陈" + "静").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Group:
    """A naming tradition: its given names and its surnames."""

    key: str
    given: tuple[str, ...]
    surnames: tuple[str, ...]
    surname_first: bool = False  # the full name is written surname first, with no space
    latin: bool = True


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.replace("_", " ") for w in text.split())


_RAW = {
    "english-words": (
        "Rose Grace Frank Hunter Summer Dawn Bill Pat Holly Ivy Faith Hope Joy Daisy Poppy Sky "
        "River Autumn April Robin Jack Mark Will Chase Drew Sandy Penny Ruby Amber Crystal Storm "
        "Heath Dean Miles Gene Violet Hazel Iris Jade Pearl Ginger Honey Melody Clay Cliff Wade "
        "Carol Eve Noel Victor Don Guy Ray Earl Sunny Forrest Rusty Ash Bliss Merry Lark Wren",
        "Baker Cook Wood Hill Green Brown White Short Long Bird Fox Wolf Lamb Bell Church Moon "
        "Stone Pond Marsh Field Rice Hunt Bishop Knight Page Cross Frost Snow Winter Steel Lord "
        "King Castle Moss Sharp Swift Young Little Strong Rich Gold Pike Nightingale Sparrow",
    ),
    "english": (
        "Oliver Harriet Imogen Tobias Rupert Clementine Beatrix Alfie Kayleigh Jordan Shannon "
        "Dylan Courtney Brandon Tyler Chelsea Gemma Stacey Wayne Darren Lorraine Beverley Nigel "
        "Gillian Trevor Maureen Barry Sharon Kieran Jolene Tamsin Bartholomew Ottilie Percival",
        "Thistlethwaite Ramsbottom Higginbotham Pennington Sedgwick Blackwood Whitlock Ashworth "
        "Cholmondeley Fairweather Leadbetter Oakeshott Grimshaw Braithwaite Hollingsworth "
        "Pickering Entwistle Haworth Lockwood Dunmore Kettlewell Smethurst Bagshaw Tolputt",
    ),
    "irish": (
        "Aoife Siobhán Niamh Caoimhe Saoirse Oisín Cathal Tadhg Ruairí Eoin Donncha Orla Gráinne "
        "Fionnuala Clodagh Ailbhe Pádraig Séamus Éabha Róisín Darragh Cian Peadar Bríd",
        "Ó_Dónaill Mac_Giolla_Phádraig O'Driscoll O'Flaherty Ní_Bhriain Mac_Carthaigh Kavanagh "
        "Ó_Ceallaigh McGillycuddy Doherty Geraghty Moynihan Breathnach O'Shaughnessy Ní_Mhurchú "
        "Fitzmaurice",
    ),
    "scottish-welsh": (
        "Eilidh Ailsa Mhairi Catriona Kirsty Hamish Lachlan Ruaridh Seonaid Euan Struan Rhiannon "
        "Gwenllian Angharad Eleri Ffion Cerys Dafydd Gruffydd Iolo Rhodri Emrys Bethan Siân "
        "Llinos Tegid Aled",
        "MacLeod McGregor Urquhart Farquharson MacAulay Buchanan Mackintosh Drummond Menzies "
        "Lamont Cruickshank ap_Rhys Llewellyn Pritchard Prosser Vaughan Gwilym ab_Iorwerth Pugh "
        "Bevan Cadwaladr McCorquodale",
    ),
    "west-african": (
        "Chiamaka Adaeze Nnamdi Obinna Chukwuemeka Folasade Babajide Temitope Oluwaseun Yetunde "
        "Kwabena Akosua Kofi Yaw Efua Abena Kwame Mariama Ousmane Fatoumata Aminata Ibrahima "
        "Sekou Binta Chidinma Ifeoma Adebayo Olamide Ebunoluwa",
        "Okonkwo Adeyemi Nwachukwu Eze Oyelaran Balogun Adebisi Mensah Asante Boateng Owusu Appiah "
        "Darko Diallo Traoré Keïta Ndiaye Sow Camara Sesay Kamara Okafor Ogunleye Akinola Bankole "
        "Olatunji Nnadi Oduya",
    ),
    "east-southern-african": (
        "Wanjiru Njeri Achieng Makena Zawadi Baraka Amani Tesfaye Selam Meron Dawit Hiwot Nakato "
        "Apio Subira Imani Jabari Neema Zanele Sipho Lindiwe Themba Nomvula Bongani Lerato Tshepo",
        "Mwangi Kiprotich Wekesa Odhiambo Njoroge Kariuki Omondi Chebet Tadesse Bekele Haile "
        "Gebremedhin Ssempala Nabukenya Mutua Kimani Mulugeta Dlamini Nkosi Khumalo Mokoena "
        "Ndlovu Sithole Mahlangu",
    ),
    "south-asian": (
        "Aarav Vihaan Ishaan Arjun Rohan Siddharth Ananya Diya Kavya Priyanka Meenakshi Lakshmi "
        "Harpreet Gurpreet Manjit Jaswinder Navdeep Simran Rajinder Sukhwinder Tanvir Farhana "
        "Nusrat Shahid Imran Rukhsana Tahmina Sanjay Deepika Venkatesh Nirmala Anjali Karthik",
        "Venkataraman Subramanian Chatterjee Banerjee Mukherjee Bhattacharya Sandhu Dhillon Grewal "
        "Sidhu Bains Chaudhry Qureshi Siddiqui Hossain Choudhury Iyer Nair Menon Pillai Reddy Rao "
        "Deshpande Kulkarni Patil Ahluwalia Mahmood Thakkar",
    ),
    "east-asian": (
        "Wei Jing Xiaoming Yuxuan Haoran Zihan Mei Jun Hiroshi Takeshi Yuki Haruka Sakura Kenji "
        "Aiko Ren Sora Minjun Seoyeon Jiwoo Hyun Ji-hoon Eun-ji Xiuying Zhiwei",
        "Zhang Liu Huang Zhao Zhou Xu Sun Guo Tanaka Suzuki Takahashi Watanabe Yamamoto Nakamura "
        "Kobayashi Sato Park Choi Jung Kang Yoon Lim Han Ouyang",
    ),
    "south-east-asian": (
        "Minh Anh Thao Linh Tuan Huong Duc Quang Somchai Siriporn Kanya Anong Prasert Maricel "
        "Jericho Rowena Bayani Siti Nurul Farid Putri Wulan Budi Thanh",
        "Nguyen Tran Pham Hoang Phan Vu Dang Bui Srisuk Wongsawat Chaiyaporn Dela_Cruz Bautista "
        "Macaraeg Villanueva bin_Abdullah binti_Hassan Sulistyo Wijaya Hartono Thongchai",
    ),
    "arabic-persian-turkish": (
        "Yousef Khalid Omar Layla Noor Amira Hamza Tariq Rania Samira Zainab Bilal Karim Dalia "
        "Mahmoud Yasmin Faisal Jamila Rashid Shirin Dariush Parisa Kourosh Arash Farnaz Behnaz "
        "Navid Roya Babak Golnaz Emre Burak Elif Zeynep Ayşe Mehmet Kerem Deniz Gökhan Özlem "
        "Çağla Şebnem İlker",
        "al-Masri Al-Hashimi El-Sayed Haddad Khoury Nasser Saleh Abdelrahman Al_Mansouri Barakat "
        "Darwish Hamdan Qasim Shaheen Tehrani Hosseini Karimi Moradi Rezaei Farahani Jafari "
        "Sadeghi Kazemi Esfahani Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan "
        "Kılıç Güneş bin_Rashid",
    ),
    "slavic": (
        "Katarzyna Małgorzata Agnieszka Wojciech Grzegorz Krzysztof Tomasz Łukasz Zofia Dmitri "
        "Svetlana Anastasia Yaroslav Oksana Bogdan Milena Dragan Zoran Jelena Vesna Ludmila "
        "Radek Tereza Jiří Borislav",
        "Wiśniewska Kowalczyk Zieliński Szymańska Wójcik Lewandowski Dąbrowski Nowakowska Ivanova "
        "Petrenko Shevchenko Kovalenko Popović Jovanović Novák Dvořák Horvat Kuznetsov Sokolova "
        "Bondarenko Marković Svoboda Procházka Grabowski",
    ),
    "nordic-germanic": (
        "Sigrid Astrid Ingrid Solveig Freya Björn Leif Sven Espen Håkon Ragnhild Liv Nils Magnus "
        "Jens Mette Sanne Anneke Joost Pieter Greetje Jürgen Dieter Klaus Wiebke Friederike "
        "Maximilian Ute",
        "Lindqvist Johansson Bergström Håkansson Nordahl Sørensen Kristiansen Haugland Jørgensen "
        "Eriksdóttir van_den_Bosch de_Vries van_Dijk Janssen Bakker Visser Schröder Müller "
        "Weißmann Hoffmann Krüger von_Bülow Zimmermann van_der_Linde ter_Haar",
    ),
    "iberian-latin": (
        "Alejandro Guadalupe Ximena Santiago Valentina Mateo Camila Joaquín Inés Rocío Concepción "
        "Itziar Iñaki Nerea João Gonçalo Conceição Thiago Letícia Rafaela Vitória",
        "García_López de_la_Fuente Fernández Gutiérrez Ibáñez Echeverría Etxeberria del_Río "
        "Castañeda Villalobos dos_Santos Gonçalves Magalhães Albuquerque Carvalho Figueiredo "
        "da_Silva Pereira Núñez",
    ),
    "french-italian": (
        "Amélie Théo Clémence Aurélien Margaux Benoît Sébastien Gaëlle Loïc Maëlle Cécile Hélène "
        "Thibault Anaïs Étienne Giulia Francesca Alessandro Lorenzo Chiara Matteo Federica "
        "Giuseppe Salvatore Carmela Rosaria Vincenzo Gianluca",
        "Lefèvre Dubois Moreau Girard Rousseau Fontaine Chevalier Beaumont Lacroix Dupont Bérenger "
        "Marchand Leclerc d'Aubigné Esposito Romano Colombo Ricci Marino Gallo Conti De_Luca "
        "Mancini Lombardi Barbieri Santoro Di_Stefano Lo_Bianco",
    ),
    "greek-jewish": (
        "Eleni Dimitris Giorgos Konstantinos Ioanna Nikos Vasiliki Panagiotis Athanasia Christos "
        "Despina Stavros Kalliopi Avraham Yitzhak Shoshana Miriam Rivka Yael Noa Eitan Tova "
        "Mordechai Chaya Menachem Dov Shira Ezra",
        "Papadopoulos Georgiou Konstantinidis Nikolaidou Papadakis Vlachos Karagiannis "
        "Christodoulou Oikonomou Antoniou Alexiou Makris Goldberg Rosenbaum Levi Katz Friedman "
        "Silverstein Horowitz Abramovich Ben-David Shapiro Mizrahi Weinstein Finkelstein Perlman",
    ),
    "pacific": (
        "Aroha Tama Mere Hemi Ngaio Wiremu Anahera Rawiri Manaia Kiri Tui Sione Losa Mele Tevita "
        "Lupe Sefa Ioane Salote Viliami Malia Epeli Litia",
        "Ngata Parata Tawhiri Te_Whiti Faleolo Tuilagi Vainikolo Fifita Taufa Leiataua Naivalu "
        "Ratuvou Tupou Lealaiauloto Fonoti Te_Rangi",
    ),
}

GROUPS = tuple(
    Group(key, _words(given), _words(surnames)) for key, (given, surnames) in _RAW.items()
)

NATIVE = (
    Group(
        "chinese",
        ("静", "伟", "芳", "洋"),
        ("陈", "刘", "王", "黄"),
        surname_first=True,
        latin=False,
    ),
    Group("japanese", ("花子", "翔太"), ("鈴木", "高橋"), surname_first=True, latin=False),
    Group("korean", ("지민", "서연"), ("박", "김"), surname_first=True, latin=False),
    Group(
        "russian", ("Ольга", "Дмитрий", "Наталья"), ("Смирнова", "Волков", "Орлова"), latin=False
    ),
    Group("greek", ("Ελένη", "Νίκος"), ("Παππά", "Δημητρίου"), latin=False),
    Group("arabic", ("ليلى", "يوسف"), ("حداد", "الخوري"), latin=False),
    Group("hindi", ("प्रिया", "राहुल"), ("शर्मा", "वर्मा"), latin=False),
)

GIVEN_COUNT = len({name for g in GROUPS for name in g.given})
SURNAME_COUNT = len({name for g in GROUPS for name in g.surnames})
