"""First names common in the UK, from many cultures, to find people the small NER model misses.

Lower-case ("tomasz pawlak"), ALL CAPS ("FOLAKE NWACHUKWU") and lone first names ("Spoke to
Folake at ...") are where the model is weakest; a name from this list is a strong hint. Names
that are also everyday words or places (Will, Rose, Florence) are left out on purpose.
"""

from __future__ import annotations

from pathlib import Path

_NAMES = """
aaliyah aaron abbie abdi abdul abdullah abdulrahman abel abena abigail abimbola abiodun abu
adaeze adam adama adanna adebayo adeel adel adele adeola adesola adewale adil aditi aditya
adnan adriana adrian adrianna agata agnes agnieszka ahmad ahmed ahmet aidan aiden aileen
aimee ainsley aisha aishwarya aisling ajay akash akosua akua alan alana alastair albert
alberto aleksander aleksandra aleksandr alessandra alessandro alex alexander alexandra
alexandru alexei alfie ali alice alicia alina alisha alison alistair aliyu allan alyssa
amal amanda amani amara amarachi amber amelia amina aminata amir amira amit amna amrit amy
ana anastasia anders andre andrea andreas andrei andrew andrzej aneesa angela angelica
angelika angus anil anita anjali ankit ann anna annabel annabelle anne annette anthony
antoine anton antonia antonio anuj anushka anya aoife arash archie arif arjun arnav arthur
arun aryan asha ashley ashok asif asma aston atif aurelia austeja ava ayaan ayesha ayodele
ayomide ayla aylin azadeh aziz babajide babatunde bartek bartosz basia beata beatrice
beatriz becky bella ben benedict benjamin bethan bethany beverley bianca bilal billie
blessing bogdan bola bolanle bradley brandon brenda brendan brian bridget brooke bryony
bukola caitlin callum calum cameron camila camille cara carl carla carlos carmen carol
caroline carys cassandra catalina catarina catherine cathy catriona cecilia cerys chanel
chantelle charles charlie charlotte chen cheng chiamaka chidi chidinma chiedza chika
chinedu chinonso chioma chisom chloe chris christian christina christine christopher
chukwuemeka chukwuma chun ciara cian ciaran ciarán clara clare claire claudia clive cody
colin connor conor constantin corinne craig cristian cristina dafydd daisy dalia damian
damilola daniel daniela daniele danielle daniyal danny darius dariusz darren david dawid
dean debbie deborah declan deepa deepak deepika demi denise dennis derek desmond devon
dhruv diana diego dilip dimitri dimitrios dina dinesh dmitri dominic dominika donna dorota
douglas duncan dylan ebere ebony eddie edward edwin efua eilidh eileen eimear eleanor elena
eleni eli elif elijah elin elisa elizabeth ella ellie elliot elliott ellis eloise elsa
emeka emilia emilie emily emma emmanuel emre eoin erica erin esi esra esther ethan eunice
eva evan eve evelyn ewa ewan ewelina ezra fabian faisal farah farhan farid fariha farouk
fatima fatma fatoumata fawad faye felicity felix femi fenella fergus fernanda fernando
filip finlay finley finn fiona fionn florin folake folasade francesca francesco francis
frankie fraser freddie frederick freya funke funmilayo gabriel gabriela gabriella gareth
gary gavin gemma geoffrey george georgina gerald gerard ghulam gianluca gillian giorgos
giovanni giulia gloria gordon graham gregor gregory grzegorz gurdeep gurpreet gwen
gwenllian habib hadi hafsa haider hailey hakan halima hamid hamza hana hannah hao haris
harjit harley harmony harpreet harriet harrison harry harvey hassan hayden hayley hazel
heather hector helen helena henry hiroshi hoang huda hugh hugo hui hussain hussein
ibrahim ida idris ifeanyi ifeoma igor ihsan ikechukwu ilona imogen imran inaya inderjit
indira ines ingrid ioana ioannis iqbal irene irina isaac isabel isabella isabelle isaiah
isla ismail isobel ivan iwona iyabo izabela jacek jack jacob jacqueline jade jagdeep jai
jaime jake jakub jamal james jamie jan jana jane janet janice jannat jared jasmine jason
jaspreet javed javier jayden jean jeanette jennifer jenny jeremy jerome jess jessica
jesus jia jian jiang jie jin jing jitendra joanna joanne jocelyn jodie joe joel johan john
jon jonathan jordan jorge jose josef joseph josephine josh joshua josie joyce juan judith
julia julian julie julien junaid justin justyna jyoti kacper kadiatou kai kajal kamal
kamil kamila kaptan kareem karen karim karina karol karolina kasia kate katarzyna katherine
kathleen kathryn katie katy kavita kayleigh keira keith kelechi kelly kelvin kemi ken
kenneth kerry kevin kezia khadija khalid kieran kim kimberley kiran kirsty kofi kojo
krishna krystian krzysztof kuldeep kunal kwabena kwaku kwame kwasi kyle kyra lachlan
lakshmi lara laura lauren layla leah lee leila lena leo leon leona leonardo lewis lexi
liam lily lina linda lindsay ling lisa liz lloyd logan lola lorenzo lorna louis louise
luca lucas lucia lucy luis luiza lukas lukasz luke luo lydia lynn maciej madison madeleine
magdalena mahmoud maisie maja malcolm malgorzata malik manish manoj manon manpreet mansoor
marcel marcin marcus marek margaret maria mariam marian marie marina mario marisa mariusz
marta martha martin martyna mary maryam mason mateo mateusz matilda matteo matthew maya
megan mehmet mei melanie melissa mercy mia michael michal michalina michelle miguel mihai
mikolaj milan milena millie ming minh miriam mirela mohamed mohammad mohammed mohsin molly
monica monika morgan moses muhammad mustafa nadia nadine naeem nana nancy naomi nasir
natalia natalie natasha nathan nathaniel navdeep naveen nazia neha neil nia niall nicholas
nicola nicole nikhil nikita nikola nina nisha nkechi nnamdi nneka noah noor nora norah
nuala nur nusrat obinna oisin oisín okechukwu ola olamide olawale oleksandr olena olga
oliver olivia oliwia olu olufemi olumide oluwaseun oluwatobi omar omari oskar oscar owen
pablo paige pamela paolo parveen patricia patrick patryk paul paula paulina pavel pawel
pedro peter petra philip philippa phoebe pierre piotr pooja poppy prakash pranav prisha
priya priyanka przemyslaw qasim qian rabia rachel rafal rahul raj rajesh rajinder rakesh
ramesh rana rania ranjit rashid ravi rayan rebecca reece rehan rekha renata rhian rhiannon
rhys ricardo richard rishi rita robert roberta roberto rohan roisin róisín roman ronan
rory rosa rosie rowan ruairi rukhsana rupinder ruth ryan saanvi sabina sadia safiya sahil
saima sajid salma salman sam samantha samir samira samuel sana sandeep sandra sanjay
sara sarah sasha saskia scott seamus sean seán sebastian sergei sergio seun shabnam
shahid shakil shanice shannon sharon shauna shaun sheila shirin shiv shreya shu siddharth
sienna simon simran sinead sinéad siobhan siobhán siti sofia sonia sophia sophie stacey
stanislaw stefan stefania stella stephanie stephen steven stuart sudha sukhdeep sumaira
sunil sunita suresh susan suzanne svetlana sylwia szymon tadeusz tahir tamara tanya tara
tariq tatiana temitope teresa thabo thanh theo theodore thi thomas tiago timothy tobi
tobias toby tolu tomasz tomas tommy toni tony tracey trevor tristan tunde uchenna umar
usman valentina valeria vanessa vasile venkat vera veronica victor vijay vikram vinay
vincent violeta viorel vishal vivek vladimir wafa waleed wanda wei wendy wiktoria william
wojciech xavier xi xiao xin xu yan yang yara yasmin yasmine yemi yetunde yi ying yiannis
yousef yuki yusuf yvonne zac zach zachary zahra zainab zaid zak zara zeynep zhang zhen
zhi zoe zofia zuzanna
amelie amélie chloé zoé léa inès saoirse caoimhe sorcha orla grainne gráinne padraig pádraig
cathal donal domhnall eamon
eamonn fiachra oonagh roisin brid bríd ailbhe clodagh deirdre dervla enda fearghal orlaith
venkat venkatesh srinivas lakshman ganesh mahesh naresh rajendra sanjeev sangeeta anand
arvind ashwin balaji chandra devendra gopal harish jagdish kailash karthik lalit madhu
mukesh murali nagendra narendra pradeep prasad rajiv rakesh ramya sachin sarita shalini
shanti shobha srinivasan sudhir sunil swati uma usha vandana vasanth vijaya yogesh
ji-woo ji-hoon ji-yeon ji-won ji-ho sung-min min-jun min-ji seo-yeon seo-jun hye-jin jae-won
eun-ji soo-ah soo-jin hyun-woo do-hyun ye-jin yoo-jin jun-ho young-ho kyung-soo
haruto hinata hiroki kaito kenji kenta takeshi yuto yui yuna sakura aiko akiko naoko
tatsuya daiki riku sota
jun-ho wen wenjun xiaoming xiaoling xiaoyu yuxuan zihan haoran yuting jiahui lei lili
linlin meiling weiwei xiuying yong min
"""

# Also words, places or brands: a capitalised one in a name position is still caught by the
# cue and segment recognizers, but the lexicon alone does not claim them.
_AMBIGUOUS_TEXT = """
jack jade jordan lee amber ruby summer hope grace will mark bill pat sue ray rose iris holly eve
ivy dawn faith joy max sky page austin chelsea georgia india paris florence victoria jean john
lewis ted laura charlotte paul karen chris sam ali ken kim mercy blessing harmony mason morgan
bradley lloyd douglas gordon hector isla jan liz luke ola olu rana nur chanel hazel heather
jasmine lily poppy sienna stella nana min harley daisy felicity zara george olive emma
"""
_AMBIGUOUS = frozenset(_AMBIGUOUS_TEXT.split())
# The names above: first names common in the UK.
UK_FIRST_NAMES = frozenset(_NAMES.split())

_DATA = Path(__file__).with_name("data")


def _words(name: str) -> frozenset[str]:
    """A word list built by ``make lexicon`` (one word a line, # comments)."""
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


# Rare name words from Faker's lists: names in any case, alone.
RARE_NAMES = _words("rare_names.txt")
# Everyday English words (wordfreq): a model PERSON made only of these needs more evidence.
COMMON_WORDS = _words("common_words.txt")
# Everyday words of other languages and greetings ("dziękuję", "diolch"), no known names.
FOREIGN_WORDS = _words("foreign_words.txt")
# Everyday English words that are names too ("frank", "grant", "baker"): such a word before a
# reporting verb is a person, where a word of the trade ("Caller rang") is not.
WORD_NAMES = _words("word_names.txt")
# Name words that are everyday words of another language ("durante", "gyda"): in lower case
# and alone, that language's word.
FOREIGN_NAME_WORDS = _words("foreign_name_words.txt")
# Everyday words of languages in other scripts ("παραγγελία", "заказ"), no known name.
SCRIPT_WORDS = _words("script_words.txt")
FIRST_NAMES: frozenset[str] = (frozenset(_NAMES.split()) | RARE_NAMES) - _AMBIGUOUS
# Names that are also common words or brands: used only next to a surname-shaped word.
AMBIGUOUS_FIRST_NAMES: frozenset[str] = _AMBIGUOUS


_ENDINGS = ("ed", "d", "ing", "s", "es", "ly", "er")


def is_everyday_word(word: str) -> bool:
    """An everyday English word, or one of its inflections ("scanned", "resolving"), or a
    compound of such words that are no names, its first four letters or more ("auto-reply",
    "follow-up"; not "Hope-Baker", "Do-yun")."""
    if word in COMMON_WORDS:
        return True
    if "-" in word.strip("-") and word.index("-") >= 4:  # not "Do-yun", "Min-jun"
        parts = word.strip("-").split("-")
        return all(is_everyday_word(p) and p not in _NAMED_WORDS for p in parts)
    for ending in _ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            doubled = stem[-1:] == stem[-2:-1] and len(stem) >= 5  # "scanned"; not "Nasser"
            if stem in COMMON_WORDS or (doubled and stem[:-1] in COMMON_WORDS):
                return True
            if ending in ("ed", "ing") and stem + "e" in COMMON_WORDS:
                return True
            if ending in ("ed", "es") and stem.endswith("i") and stem[:-1] + "y" in COMMON_WORDS:
                return True  # "queried", "replies"
    for prefix in _PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 5 and rest not in _NAMED_WORDS:
            return is_everyday_word(rest)  # "mismatch", "untracked", "resubmitted"
    return False


_PREFIXES = ("mis", "un", "re", "non", "pre")


_NAMED_WORDS = FIRST_NAMES | AMBIGUOUS_FIRST_NAMES | RARE_NAMES | WORD_NAMES


def could_be_a_name(word: str) -> bool:
    """True when ``word`` (folded) is no everyday English word, or is a name too: "Frank",
    "Comfort", "Baker", "Tenzin" may be people; "Caller", "Network", "Visitor" are not."""
    if word.endswith(("'s", "\u2019s")):
        word = word[:-2]
    return not is_everyday_word(word) or word in _NAMED_WORDS


def is_known_name(word: str) -> bool:
    """True when ``word`` (folded) is on one of the name lists: a first name, a rare name
    word, or an everyday word that is a name too ("sherman", "amber", "bernadeta")."""
    return word in _NAMED_WORDS
