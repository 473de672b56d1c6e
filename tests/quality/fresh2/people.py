"""Hand-written given names and surnames by group, and people written in non-Latin scripts.

Typed for this set alone (no name generator, no word-frequency list): each group is a
comma-separated list, so particle and hyphenated surnames keep their spaces and hyphens.
"""

from __future__ import annotations

from dataclasses import dataclass


def _split(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.replace("\n", " ").split(",") if w.strip())


# group -> (given names, surnames)
GROUPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "english words": (
        _split(
            "Hope, Mark, Ivy, Dawn, Bill, Sunny, Joy, Amber, Faith, Rusty, Holly, Heather, Jasmine,"
            " Autumn, Summer, Robin, Grant, Will, Pearl, Ruby, Crystal, Honey, Lily, Daisy, Clay,"
            " Forrest, Chase, Hunter, Sterling, Misty, Poppy, Willow, Rowan, Brook, Sky, Angel,"
            " Cherry, Skip, Buck, Wade, Penny, Patience, Star, River, Storm, Cliff, Dean, Frank,"
            " Lance, Miles, Rich, Jay, Gene, Dusty, Sandy, Melody, Harmony, Destiny, Bunny, Tiger,"
            " Blossom, Coral, Violet, Hazel, Olive, Jade, Ginger, Sage, Wren"
        ),
        _split(
            "Baker, Mason, Fisher, Fletcher, Sawyer, Thatcher, Cook, Bishop, Knight, Steward, Hill,"
            " Wood, Brook, Marsh, Field, Lane, Moss, Rose, Bird, Swan, Crow, Sparrow, Fox, Lamb,"
            " Bull, Hart, Stone, Rock, Frost, Snow, Winter, Summers, Day, Knightley, Goodbody,"
            " Lovejoy, Sweet, Wise, Little, Small, Bright, Young, Strong, Gentle, Goodwin, Church,"
            " Chapel, Bell, Mills, Banks, Castle, Pound, Cash, Price, Sterling, Noble, Grey, Black"
        ),
    ),
    "english": (
        _split(
            "Alfie, Harriet, Nigel, Beverley, Gillian, Trevor, Tracey, Wayne, Kerry, Darren,"
            " Lorraine, Rupert, Imogen, Tabitha, Barnaby, Percy, Clement, Edith, Winifred, Marjorie,"
            " Cyril, Reginald, Dorothy, Mabel, Florence, Archie, Jenson, Kayden, Tyler, Chantelle"
        ),
        _split(
            "Pickering, Ormerod, Sidebottom, Higginbotham, Entwistle, Featherstonehaugh,"
            " Wolstenholme, Ackroyd, Thistlethwaite, Pennington, Braithwaite, Cholmondeley,"
            " Trelawny, Penhaligon, Treloar, Boscawen, Pascoe, Chegwidden"
        ),
    ),
    "irish scottish welsh": (
        _split(
            "Aoife, Siobhán, Niamh, Caoimhe, Saoirse, Róisín, Orlaith, Gráinne, Eoghan, Cathal,"
            " Pádraig, Seán, Tadhg, Oisín, Ruairí, Cian, Éabha, Clodagh, Ailbhe, Fionnuala, Ciarán,"
            " Donnchadh, Iain, Morag, Eilidh, Catriona, Ailsa, Hamish, Fraser, Lachlan, Mhairi,"
            " Ishbel, Struan, Calum, Rhiannon, Gwenllian, Dafydd, Iolo, Bethan, Cerys, Eluned,"
            " Gethin, Rhodri, Siân, Aneurin, Heledd, Owain, Tegwen"
        ),
        _split(
            "Ó Súilleabháin, O'Donoghue, Ní Bhriain, Mac Giolla Phádraig, MacNamara, Mc Cormack,"
            " McGillicuddy, Ó Ceallaigh, Breathnach, Ní Dhomhnaill, O'Shaughnessy, Fitzgerald,"
            " Cullinane, Moynihan, Geraghty, MacLeòid, McKechnie, Urquhart, Menzies, Buchanan,"
            " Drummond, MacAulay, Farquharson, Dalgleish, Ap Rhys, Llewellyn, ab Owain, Pritchard,"
            " Prydderch, Vaughan-Thomas, Gruffydd, Bevan, Powys"
        ),
    ),
    "west african": (
        _split(
            "Adebayo, Oluwaseun, Temitope, Folake, Yetunde, Babajide, Olamide, Ayomide, Chidinma,"
            " Chukwuemeka, Ngozi, Obinna, Ifeoma, Nnamdi, Adaeze, Kelechi, Kwame, Akosua, Kofi,"
            " Yaa, Abena, Kwabena, Efua, Ama, Kojo, Aminata, Mariama, Ousmane, Fatoumata, Seydou"
        ),
        _split(
            "Adeyemi, Olawale, Ogunleye, Balogun, Adekunle, Oyelaran, Okonkwo, Eze, Nwosu,"
            " Chukwu, Obi, Okafor, Anyanwu, Mensah, Asante, Owusu, Boateng, Appiah, Agyeman,"
            " Ofori, Darko, Diallo, Traoré, Keïta, Coulibaly, Sow, Ndiaye, Sesay, Kamara, Bangura"
        ),
    ),
    "east and southern african": (
        _split(
            "Wanjiru, Njeri, Kamau, Baraka, Zawadi, Imani, Juma, Neema, Amani, Thandiwe, Sipho,"
            " Nomvula, Lindiwe, Themba, Bongani, Zanele, Ayanda, Lwazi, Abebe, Tigist, Selamawit,"
            " Yohannes, Meron, Dawit, Hodan, Ayaan, Abdirahman, Faadumo, Warsame, Tendai, Rudo"
        ),
        _split(
            "Mwangi, Otieno, Kiptoo, Wambui, Odhiambo, Njoroge, Mutua, Kariuki, Dlamini, Nkosi,"
            " Khumalo, Ndlovu, Mthembu, Zulu, Mahlangu, Tesfaye, Bekele, Haile, Gebremedhin,"
            " Alemu, Warsame, Abdi, Farah, Hirsi, Jama, Moyo, Chikwanha, Banda, Phiri"
        ),
    ),
    "south asian": (
        _split(
            "Aarav, Ananya, Priyanka, Rohan, Siddharth, Kavya, Ishaan, Meera, Arjun, Lakshmi,"
            " Karthik, Vaishnavi, Senthil, Thenmozhi, Murugan, Anbu, Kayal, Sourav, Debjani,"
            " Anirban, Tanushree, Rituparna, Gurpreet, Harjit, Manpreet, Jaswinder, Baljit, Simran,"
            " Ayesha, Zainab, Imran, Bilal, Sana, Farhan, Nuwan, Dilini, Chamari, Kasun, Tharindu"
        ),
        _split(
            "Sharma, Venkataraman, Iyer, Chatterjee, Bandyopadhyay, Mukherjee, Sengupta,"
            " Subramanian, Ramasamy, Krishnamurthy, Pillai, Nair, Menon, Sandhu, Grewal, Dhillon,"
            " Gill, Sidhu, Chaudhry, Qureshi, Siddiqui, Butt, Malik, Perera, Jayasuriya,"
            " Wickramasinghe, Fernando, Bandara, Desai, Patil, Joshi, Kulkarni"
        ),
    ),
    "east and south-east asian": (
        _split(
            "Xiaoming, Meiling, Zhiwei, Yuxuan, Haoran, Jingyi, Wenjun, Liang, Thảo, Minh, Huệ,"
            " Phương, Quân, Ngọc, Tuấn, Linh, Ji-woo, Seo-yeon, Min-jun, Hye-jin, Dong-hyun,"
            " Eun-ji, Haruto, Yui, Sakura, Ren, Hinata, Sota, Aiko, Somchai, Kanya, Niran, Ploy,"
            " Arnel, Maricel, Jomar, Lourdes, Dewi, Budi, Sri, Wayan, Putu"
        ),
        _split(
            "Zhang, Wang, Chen, Liu, Huang, Zhao, Xu, Sun, Nguyễn, Trần, Lê, Phạm, Hoàng, Võ,"
            " Đặng, Bùi, Kim, Park, Choi, Jung, Kang, Yoon, Jang, Lim, Takahashi, Watanabe,"
            " Yamamoto, Kobayashi, Nakamura, Saito, Matsumoto, Suzuki, Srisuk, Chaiyaporn,"
            " Wongsawat, Rattanakorn, Dela Cruz, Bautista, Macaraeg, Santiago-Reyes, Sutanto,"
            " Wijaya, Kusuma, Hartono"
        ),
    ),
    "arabic persian turkish kurdish": (
        _split(
            "Yusuf, Mariam, Khalid, Layla, Omar, Nour, Hamza, Rania, Tariq, Samira, Karim, Huda,"
            " Amira, Dalia, Ziad, Reza, Shirin, Dariush, Parisa, Kourosh, Arash, Niloufar, Babak,"
            " Emre, Elif, Zeynep, Burak, Ayşe, Mehmet, Çağla, Gökhan, Şebnem, Rojda, Dilan, Azad,"
            " Berivan, Hozan, Shilan"
        ),
        _split(
            "Al-Masri, El-Sayed, Haddad, Khoury, Nasser, Abu-Bakr, al Rashid, Mansour, Barakat,"
            " Hussein, Rahimi, Tehrani, Karimi, Mohammadi, Farahani, Jafari, Yılmaz, Öztürk,"
            " Çelik, Şahin, Doğan, Aydın, Kılıç, Barzani, Zebari, Talabani, Hawrami"
        ),
    ),
    "slavic baltic hungarian romanian": (
        _split(
            "Małgorzata, Wojciech, Zbigniew, Grzegorz, Jadwiga, Krzysztof, Agnieszka, Łukasz,"
            " Bożena, Jiří, Kateřina, Přemysl, Radka, Ondřej, Zdeňka, Oleksandr, Olha, Mykola,"
            " Bohdan, Iryna, Taras, Yuliia, Dmytro, Natálie, Snežana, Dragan, Jovana, Milica,"
            " Goran, Aušra, Vytautas, Rasa, Jānis, Ilze, Aivars, Kärt, Jüri, Zsófia, Gergő, Ildikó,"
            " Bálint, Réka, Ioana, Mihai, Răzvan, Ștefania, Bogdan"
        ),
        _split(
            "Wiśniewska, Kowalczyk, Zieliński, Szymańska, Wróbel, Dąbrowski, Krawczyk,"
            " Grzybowski, Nováková, Dvořák, Procházka, Černý, Kučera, Horáková, Shevchenko,"
            " Kovalenko, Bondarenko, Tkachuk, Melnyk, Petrović, Jovanović, Nikolić, Kazlauskas,"
            " Petrauskienė, Bērziņš, Ozoliņa, Tamm, Saar, Nagy, Szabó, Tóth, Horváth, Kovács,"
            " Popescu, Ionescu, Dumitrescu, Constantinescu, Munteanu"
        ),
    ),
    "greek nordic dutch german": (
        _split(
            "Eleni, Dimitrios, Konstantina, Spyros, Vasiliki, Panagiotis, Despina, Thanos, Ingrid,"
            " Sigrid, Bjørn, Søren, Astrid, Freya, Magnus, Solveig, Eirik, Pernille, Håkon,"
            " Linnéa, Sanne, Bram, Femke, Joost, Anouk, Maarten, Lieke, Wouter, Griet, Jef,"
            " Annelies, Dieter, Jürgen, Wolfgang, Friederike, Uwe, Gudrun, Lukas, Henrike, Ute"
        ),
        _split(
            "Papadopoulou, Georgiou, Konstantinidis, Christodoulou, Antoniadis, Karagiannis,"
            " Lindqvist, Johansson, Sørensen, Halvorsen, Bergström, Åkesson, Nyström, Virtanen,"
            " Korhonen, Mäkinen, van der Berg, de Vries, van Dijk, van den Broek, de Smet,"
            " Vandenbroucke, Janssens, ter Horst, Verhoeven, van Oosterhout, Schröder, Müller,"
            " Weißmann, Hoffmann, von Hohenberg, Bäcker, Krüger, Oberländer"
        ),
    ),
    "french italian iberian latin american": (
        _split(
            "Amélie, Benoît, Clémence, Sébastien, Océane, Loïc, Gaëlle, Thibault, Margaux,"
            " Héloïse, Giuseppe, Chiara, Lorenzo, Francesca, Matteo, Giulia, Alessandro, Ilaria,"
            " Niccolò, Mercedes, Iñaki, Ainhoa, Alejandro, Nerea, Joaquín, Begoña, João,"
            " Conceição, Gonçalo, Inês, Thiago, Luana, Guadalupe, Xiomara, Yesenia, Maximiliano,"
            " Valentina, Camila, Santiago, Esperanza"
        ),
        _split(
            "Lefèvre, Dubois, Moreau, Girard, Rousseau, Lemaître, Fontaine, Beaumont, de la Tour,"
            " Esposito, Romano, Colombo, Ricci, Marchetti, Bianchi, De Luca, Lo Bianco, Di Stefano,"
            " García López, Fernández de la Cruz, Martínez-Ruiz, de la Fuente, Etxeberria,"
            " Goikoetxea, dos Santos, da Silva, Gonçalves, Magalhães, Pereira Lima, Oliveira,"
            " Hernández, Quispe, Mamani, Villalobos, Castañeda, Zúñiga"
        ),
    ),
    "caribbean pacific jewish": (
        _split(
            "Marlon, Shanice, Delroy, Jermaine, Kemar, Tanisha, Roxanne, Desmond, Beverly, Winston,"
            " Sione, Mele, Tevita, Losana, Aroha, Tane, Manaia, Wiremu, Moana, Keanu, Leilani,"
            " Mordechai, Shoshana, Yitzhak, Rivka, Ephraim, Tova, Avraham, Chana, Zev, Miriam"
        ),
        _split(
            "Campbell-Brown, Thompson, Gayle, Ferguson, McKenzie, Grant-Sinclair, Beckford,"
            " Blackwood, Fonoti, Tuilagi, Havili, Taufa, Te Rangi, Ngata, Parata, Kahananui,"
            " Goldberg, Rosenthal, Feldman, Katz, Weinstein, Lieberman, Abramovich, Ben-David,"
            " Shapiro, Hirsch, Mizrahi"
        ),
    ),
    "hyphenated and double": (
        _split("Mary-Jane, Jean-Luc, Anne-Marie, Kim-Ly, Ana-Sofia, Lily-Rose, Eva-Maria, Jo-Anne"),
        _split(
            "Smith-Oduya, Fenwick-Acheampong, Harrington-Kaur, Lloyd-Nakamura, Okoro-Mills,"
            " Brennan-Dlamini, Hughes-Sørensen, Ashworth-Patel, Carrington Hume, Oyelowo-Green,"
            " Bell-Iwu, Tan-Whitfield"
        ),
    ),
}


@dataclass(frozen=True, slots=True)
class Scripted:
    """A person written in a non-Latin script: given name, surname, the name as usually
    written in that script (order and spacing its own), and a Latin form for e-mails."""

    given: str
    surname: str
    full: str
    latin: str
    script: str


NON_LATIN: tuple[Scripted, ...] = (
    Scripted("秀英", "李", "李秀英", "li.xiuying", "Chinese"),
    Scripted("建国", "刘", "刘建国", "liujianguo", "Chinese"),
    Scripted("婉婷", "陈", "陈婉婷", "chen.wanting", "Chinese"),
    Scripted("志强", "周", "周志强", "zq.zhou", "Chinese"),
    Scripted("美咲", "佐藤", "佐藤 美咲", "misaki.sato", "Japanese"),
    Scripted("大輔", "高橋", "高橋 大輔", "d.takahashi", "Japanese"),
    Scripted("ゆかり", "森", "森 ゆかり", "yukari.mori", "Japanese"),
    Scripted("지훈", "김", "김지훈", "jihoon.kim", "Korean"),
    Scripted("서연", "이", "이서연", "seoyeon.lee", "Korean"),
    Scripted("민호", "박", "박민호", "minho.park", "Korean"),
    Scripted("Наталья", "Смирнова", "Наталья Смирнова", "n.smirnova", "Cyrillic"),
    Scripted("Дмитрий", "Волков", "Дмитрий Волков", "dvolkov", "Cyrillic"),
    Scripted("Олена", "Гриценко", "Олена Гриценко", "olena.hrytsenko", "Cyrillic"),
    Scripted("Богдан", "Левченко", "Богдан Левченко", "bohdan.levchenko", "Cyrillic"),
    Scripted("Σοφία", "Παπαδάκη", "Σοφία Παπαδάκη", "sofia.papadaki", "Greek"),
    Scripted("Νικόλαος", "Βλάχος", "Νικόλαος Βλάχος", "nvlachos", "Greek"),
    Scripted("فاطمة", "الزهراني", "فاطمة الزهراني", "fatima.zahrani", "Arabic"),
    Scripted("يوسف", "الحسيني", "يوسف الحسيني", "y.alhusseini", "Arabic"),
    Scripted("ليلى", "منصور", "ليلى منصور", "layla.mansour", "Arabic"),
    Scripted("נועה", "לוי", "נועה לוי", "noa.levi", "Hebrew"),
    Scripted("אברהם", "כהן", "אברהם כהן", "avi.cohen", "Hebrew"),
    Scripted("प्रिया", "शर्मा", "प्रिया शर्मा", "priya.sharma", "Devanagari"),
    Scripted("राहुल", "वर्मा", "राहुल वर्मा", "rahulverma", "Devanagari"),
    Scripted("सुनीता", "यादव", "सुनीता यादव", "sunita.yadav", "Devanagari"),
    Scripted("கார்த்திக்", "ராஜா", "கார்த்திக் ராஜா", "karthik.raja", "Tamil"),
    Scripted("மீனா", "சுந்தரம்", "மீனா சுந்தரம்", "meena.sundaram", "Tamil"),
    Scripted("สมชาย", "ใจดี", "สมชาย ใจดี", "somchai.j", "Thai"),
    Scripted("มาลี", "ศรีสุข", "มาลี ศรีสุข", "malee.srisuk", "Thai"),
    Scripted("Ірина", "Ковальчук", "Ірина Ковальчук", "iryna.k", "Cyrillic"),
    Scripted("Γιώργος", "Αλεξίου", "Γιώργος Αλεξίου", "g.alexiou", "Greek"),
)

GIVEN: tuple[str, ...] = tuple(dict.fromkeys(g for given, _ in GROUPS.values() for g in given))
SURNAMES: tuple[str, ...] = tuple(dict.fromkeys(s for _, sur in GROUPS.values() for s in sur))
GIVEN_COUNT = len(GIVEN) + len(NON_LATIN)
SURNAME_COUNT = len(SURNAMES) + len(NON_LATIN)
