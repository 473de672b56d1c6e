"""Build the rare-name lexicon: Faker's first names and surnames (training locales only),
kept when English almost never uses them as a word (``wordfreq`` Zipf frequency < 3.0), and
Mimesis's (every locale but the dev split's languages) when rarer still (Zipf < 2.3). A
surname that is an everyday word of a language claims come in (Zipf >= 4.5: Italian
"acquisto", "borsa", Spanish "fuente") is left out too, unless it is also a given name.

    make lexicon          # writes pipeline/detect/data/rare_names.txt

A word on this list is a name in any case and alone ("gift for thandiwe", "szemere lives
on ..."); a name that is also a common word (Max, June, Heather, Chase) is left to the model
and the context rules. Words the detector knows as something else (shops, towns, street and
house words, everyday words of claims) are left out.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from pipeline.detect.training.names import english_names, mimesis_names, name_words, pool

DATA = Path(__file__).resolve().parents[1] / "data"
OUT = DATA / "rare_names.txt"
COMMON_OUT = DATA / "common_words.txt"
FOREIGN_OUT = DATA / "foreign_words.txt"
WORD_NAMES_OUT = DATA / "word_names.txt"
FOREIGN_NAMES_OUT = DATA / "foreign_name_words.txt"
SCRIPT_OUT = DATA / "script_words.txt"
# Latin-script languages wordfreq knows, whose everyday words turn up in UK claim notes.
# (Not Malay, Indonesian, Filipino or Turkish: many of their everyday words are given names.)
FOREIGN_LANGUAGES = ("pl", "cs", "sk", "ro", "de", "fr", "es", "it", "pt", "nl", "sv", "da",
                     "nb", "fi", "sl", "ca")  # fmt: skip
FOREIGN_TOP = 3000
# Greetings and thanks of languages wordfreq has no Latin-script list for (Welsh, Gaelic, Scots,
# Irish, romanised Urdu, Hindi, Punjabi, Arabic, Persian, Swahili, Zulu, Yoruba ...), and the
# greetings and closings of the European languages, whatever their frequency.
GREETINGS = """
diolch shwmae prynhawn noswaith croeso hwyl helo iawn
slainte failte tapadh madainn mhath raibh maith agat
shukriya shukria meherbani salaam assalamu alaikum walaikum khuda hafiz inshallah
mashallah alhamdulillah namaste namaskar dhanyavaad dhanyavad dhanyawad bahut achha theek
kiddan shukran marhaba yalla khodafez mersi
asante jambo habari karibu sawubona ngiyabonga siyabonga dankie
kaabo nagode sannu daalu imela medaase akwaaba
xiexie nihao arigato arigatou konnichiwa kamsahamnida annyeong gamsahamnida
kumusta terima kasih selamat spasibo privet dobroho zdravstvuyte
cordialement salutations bonjour bonsoir merci saludos atentamente hola buenas tardes gracias
cordiali saluti distinti grazie ciao buongiorno pozdrawiam powazaniem czesc dziekuje dzien dobry
hallo danke freundlichen grussen groeten vriendelijke atenciosamente cumprimentos obrigado
obrigada halsning terveisin kiitos cofion cynnes
moien tere zdravo pozdrav pozdravi sveiki labas labdien szia sziasztok saluton kaixo hej hejsan
goddag goeiedag servus gruezi merhaba selam kalimera yassou geia halo howya
salamat maraming kamusta magandang umaga hapon gabi paalam cam chao tam biet
gyfer gyda mae wedi dim eto ond hefyd prynais anfonwyd parsel archeb arian rhif aelod cyfeiriad
bore nos enw ffon siop nwyddau danfon derbyn heddiw ddoe wythnos blwyddyn plis sori
eich ein fy dy yn ar am heb gan neu hwn hon hyn yma yna ydy oedd bydd
nae fae aye wee dinnae cannae didnae wouldnae isnae havnae youse yous craic
"""
# The trade's words in the languages claims come in, with their inflections: a claim note's
# line in another language is made of these ("Objednávka ... doručeno", "zamówienie ...").
TRADE_WORDS = """
objednavka objednavky objednavku objednavce doruceno doruceni dorucena castka castky platba
faktura faktury vraceni reklamace zasilka zasilku obchod nakup nakupu bez
zamowienie zamowienia zamowieniu dostarczono dostarczone dostawa kwota kwoty faktura platnosc
zwrot zwrotu reklamacja reklamacji paczka paczki sklep sklepu zakup zakupu
rimborso rimborsi ordine ordini consegnato consegnata consegna importo fattura pagamento
reso pacco negozio acquisto acquisti
commande commandes livre livree livraison montant facture paiement remboursement colis
magasin achat achats
pedido pedidos entregado entregada entrega importe factura pago reembolso devolucion paquete
tienda compra compras
encomenda encomendas entregue entregues valor fatura pagamento reembolso devolucao pacote
loja
bestellung bestellungen geliefert lieferung betrag rechnung zahlung erstattung rucksendung
paket geschaft einkauf
kundennummer kundennr mitgliedsnummer bestellnummer auftragsnummer rechnungsnummer
sendungsnummer folgt
bestelling bestellingen geleverd levering bedrag factuur betaling terugbetaling retour pakket
winkel aankoop
comanda comenzii livrat livrata livrare suma factura plata rambursare colet magazin
rendeles kiszallitva szallitas osszeg szamla fizetes visszaterites csomag bolt vasarlas
siparis siparisi teslim teslimat tutar fatura odeme iade kargo magaza alisveris
tilaus tilauksen toimitettu toimitus summa lasku maksu palautus paketti kauppa osto
bestilling levert levering belop faktura betaling refusjon pakke butikk kjop
bestallning levererad leverans belopp faktura betalning aterbetalning paket butik kop
uzsakymas pristatyta suma saskaita mokejimas grazinimas siunta parduotuve pirkimas
narudzba isporuceno iznos racun placanje povrat paket trgovina kupnja
"""
MAX_ZIPF = 3.0
SECOND_ZIPF = 2.3  # the second name source's words must be rarer in English still
COMMON_ZIPF = 3.3  # an English word at least this frequent is "common" (about 20,000 words)
# A name word this frequent in one of FOREIGN_LANGUAGES is that language's word, unless it is
# a given name (given names are frequent in every language's text because they are names).
FOREIGN_ZIPF = 4.5


def everyday_abroad(word: str) -> bool:
    """A word at least FOREIGN_ZIPF frequent in one of FOREIGN_LANGUAGES (folded, lower case)."""
    from wordfreq import zipf_frequency

    return any(zipf_frequency(word, lang) >= FOREIGN_ZIPF for lang in FOREIGN_LANGUAGES)


def build() -> list[str]:
    from wordfreq import zipf_frequency

    from pipeline.detect.names import NOT_NAMES
    from pipeline.detect.patterns import (
        HOUSE_WORDS,
        PERSON_NAMED_BRANDS,
        SMALL_WORDS,
        SUFFIX_WORDS,
        TITLES,
        UK_TOWNS,
        fold,
    )

    names = pool(dev=False)
    brands = {w for brand in PERSON_NAMED_BRANDS for w in brand.split()}
    blocked = NOT_NAMES | SMALL_WORDS | SUFFIX_WORDS | HOUSE_WORDS | TITLES | UK_TOWNS | brands
    given = name_words(names.first)
    words: set[str] = set()
    # Faker's names up to MAX_ZIPF; Mimesis's (a second source) only when rarer still.
    for source, limit in (((*names.first, *names.last), MAX_ZIPF), (mimesis_names(), SECOND_ZIPF)):
        for name in source:
            for part in name.replace("-", " ").split():
                folded = fold(part)
                if len(folded) < 3 or not folded.isalpha() or not folded.isascii():
                    continue  # non-Latin scripts are names by script (names.py), not by list
                if folded in blocked or zipf_frequency(folded, "en") >= limit:
                    continue
                if folded not in given and everyday_abroad(folded):
                    continue  # a surname that is a word of its language: "acquisto"
                words.add(folded)
    return sorted(words)


def common_words() -> list[str]:
    """Everyday English words (lower case, letters only) by wordfreq frequency."""
    from wordfreq import top_n_list, zipf_frequency

    words = {w for w in top_n_list("en", 40000) if w.isalpha() and w.isascii() and len(w) >= 2}
    return sorted(w for w in words if zipf_frequency(w, "en") >= COMMON_ZIPF)


def word_names() -> list[str]:
    """Everyday English words that are also given names (Faker's training locales) or
    surnames a UK reader knows (its English-speaking ones): "frank", "comfort", "baker".

    Before a reporting verb or as a chat speaker, a capitalised everyday word is a person
    only when it is one of these ("Frank says", "Baker rang"); the words of a claim's
    trade are not ("Caller rang", "Network says", "Visitor: ...").
    """
    common = set(common_words())
    return sorted(name_words([*english_names(), *pool(dev=False).first]) & common)


# Languages of other scripts whose everyday words a note may hold a line of (Greek, Cyrillic,
# Arabic, Hebrew, Indic, Han, kana, Hangul).
SCRIPT_LANGUAGES = ("el", "ru", "uk", "bg", "mk", "ar", "fa", "he", "hi", "bn", "ur", "ta",
                    "zh", "ja", "ko")  # fmt: skip
SCRIPT_TOP = 6000  # each language's most frequent words: "παραγγελία" (order), "заказ"
SCRIPT_ZIPF = 3.0


def script_words() -> list[str]:
    """Everyday words of languages written in other scripts (wordfreq, folded), no name of
    any Faker locale: a run of these is prose ("Παραγγελία ... από ... ποσό"), not a name."""
    import math

    from wordfreq import get_frequency_dict

    from pipeline.detect.patterns import fold

    names = name_words(n for p in (pool(False), pool(True)) for n in (*p.first, *p.last))
    words: set[str] = set()
    for language in SCRIPT_LANGUAGES:
        # The frequency table itself: zipf_frequency would tokenise Chinese and Japanese.
        table = get_frequency_dict(language)
        for word in sorted(table, key=lambda w: -table[w])[:SCRIPT_TOP]:
            # wordfreq writes Greek's final sigma as a medial one ("σασ"); notes write "σας"
            folded = fold(re.sub("σ$", "ς", word) if language == "el" else word)
            if math.log10(table[word]) + 9 < SCRIPT_ZIPF:
                break
            if word.isalpha() and not folded.isascii() and folded not in names:
                words.add(folded)
    return sorted(words)


def foreign_name_words() -> list[str]:
    """Name words that are everyday words of another language claims come in, and no given
    name an English speaker knows: "durante", "pero", "felice", "gyda". In lower case and
    alone, such a word is that language's ("comprei durante o ...", "diolch am eich help
    gyda ..."); capitalised, or with a surname, it is still a name."""
    from pipeline.detect.lexicon import FIRST_NAMES, RARE_NAMES, UK_FIRST_NAMES

    known = name_words(english_names(surnames=False)) | UK_FIRST_NAMES
    greetings = set(GREETINGS.split())
    return sorted(
        w
        for w in FIRST_NAMES | RARE_NAMES
        if w not in known and (w in greetings or everyday_abroad(w))
    )


def foreign_words() -> list[str]:
    """Everyday words of other languages (folded, four letters or more), and greetings.

    A model PERSON made only of these is a greeting or a phrase, not a person ("Dzień
    dobry", "Diolch!"). A word that is also a name is not taken (``lexicon.py``), bar a
    surname that is an everyday word of its language and no English word ("acquisto",
    "borsa"; not "Storm", "Bank", "Asante")."""
    from wordfreq import top_n_list, zipf_frequency

    from pipeline.detect.patterns import fold

    greetings = set(GREETINGS.split())
    everyday: set[str] = set()
    for language in FOREIGN_LANGUAGES:
        for word in top_n_list(language, FOREIGN_TOP):
            folded = fold(word)
            if len(folded) >= 4 and word.isalpha():
                everyday.add(folded)
    pools = (pool(False), pool(True))
    given = name_words([*english_names(), *(n for p in pools for n in p.first)])
    surnames = name_words([*mimesis_names(), *(n for p in pools for n in p.last)])

    def word_first(word: str) -> bool:  # a surname used far more as a word of its language
        return zipf_frequency(word, "en") < MAX_ZIPF and everyday_abroad(word)

    names = given | {w for w in surnames if w in greetings or not word_first(w)}
    return sorted((greetings | everyday | set(TRADE_WORDS.split())) - names)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    words = build()
    args.out.write_text(
        "# Rare name words: Faker's name lists (training locales), wordfreq Zipf < 3.0, and\n"
        "# Mimesis's (all but the dev split's languages), Zipf < 2.3; no surname that is an\n"
        f"# everyday word of {len(FOREIGN_LANGUAGES)} other languages (Zipf >= {FOREIGN_ZIPF}).\n"
        "# Generated by `make lexicon`; do not edit.\n" + "\n".join(words) + "\n",
        encoding="utf-8",
    )
    print(f"{len(words)} rare name words -> {args.out.name}")
    common = common_words()
    COMMON_OUT.write_text(
        f"# English words with wordfreq Zipf >= {COMMON_ZIPF}. Generated by `make lexicon`.\n"
        + "\n".join(common)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(common)} common English words -> {COMMON_OUT.name}")
    named = word_names()
    WORD_NAMES_OUT.write_text(
        "# Common English words that are also given names (Faker's training locales) or\n"
        "# surnames (its English-speaking ones). Generated by `make lexicon`.\n"
        + "\n".join(named)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(named)} words that are names too -> {WORD_NAMES_OUT.name}")
    write_foreign()
    return 0


def write_foreign() -> None:
    scripts = script_words()
    SCRIPT_OUT.write_text(
        f"# Everyday words of {len(SCRIPT_LANGUAGES)} languages of other scripts (wordfreq, top "
        f"{SCRIPT_TOP}, Zipf >= {SCRIPT_ZIPF}), no Faker name. Generated by `make lexicon`.\n"
        + "\n".join(scripts)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(scripts)} everyday words of other scripts -> {SCRIPT_OUT.name}")
    named = foreign_name_words()
    FOREIGN_NAMES_OUT.write_text(
        f"# Name words that are everyday words of {len(FOREIGN_LANGUAGES)} other languages "
        f"(wordfreq Zipf >= {FOREIGN_ZIPF})\n# or greetings, and no given name of Faker's "
        "English-speaking locales. Generated by `make lexicon`.\n" + "\n".join(named) + "\n",
        encoding="utf-8",
    )
    print(f"{len(named)} name words that are words abroad -> {FOREIGN_NAMES_OUT.name}")
    foreign = foreign_words()
    FOREIGN_OUT.write_text(
        f"# Everyday words of {len(FOREIGN_LANGUAGES)} other languages (wordfreq, top "
        f"{FOREIGN_TOP}, four letters or more) and greetings. Generated by `make lexicon`.\n"
        + "\n".join(foreign)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(foreign)} everyday words of other languages -> {FOREIGN_OUT.name}")


if __name__ == "__main__":
    raise SystemExit(main())
