#!/usr/bin/env python3
"""Assembles the labeled policy corpus from the hand-written phrase banks in lang_*.py.

The messages' wording lives in the language files; this script only
- fills slots with realistic look-alike numbers (order ids, tracking numbers, PO numbers,
  dates, prices) and renders contact details in the evasive forms named in each item,
- joins greeting / context / payload / closing into one message, sometimes as HTML,
- assigns each message at random to tuning (about 70 %) or heldout (about 30 %),
- validates every line and prints counts.

Run:  python3 test-corpora/policy/generator/build.py   (deterministic: fixed seed)
"""
import collections
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

RULES = {
    "CONTACT_EMAIL", "CONTACT_PHONE", "LINK_INSECURE", "LINK_EXTERNAL", "TRACKING_PIXEL",
    "REMOTE_IMAGE", "OPT_OUT_LINK", "OFF_PLATFORM", "PROMOTIONAL", "REVIEW_MANIPULATION",
    "THANK_YOU_ONLY", "REDUNDANT_CONFIRMATION", "EMOJI",
}
BUYER_RULES = {"CONTACT_EMAIL", "CONTACT_PHONE", "LINK_INSECURE", "LINK_EXTERNAL",
               "TRACKING_PIXEL", "REMOTE_IMAGE", "OFF_PLATFORM"}
PROACTIVE_ONLY = {"THANK_YOU_ONLY", "REDUNDANT_CONFIRMATION"}
PROACTIVE_ACTIONS = [
    "CONFIRM_CUSTOMIZATION_DETAILS", "CONFIRM_DELIVERY_DETAILS", "ADDITIONAL_INFO_REQUIRED",
    "SHIPPING_ADDRESS_ISSUE", "PAYMENT_ISSUE", "UNEXPECTED_PROBLEM", "SEND_INVOICE", "WARRANTY",
    "LEGAL_DISCLOSURE", "RETURN_REFUND_INFO", "PRODUCT_INSTRUCTIONS",
]

# ---------------------------------------------------------------- digits and numbers
FULLWIDTH = "０１２３４５６７８９"
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
EXT_ARABIC_INDIC = "۰۱۲۳۴۵۶۷۸۹"
DEVANAGARI = "०१२३४५६७८९"

WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
}


def pair_word(lang, n):
    """Two-digit number as words, the way people read phone numbers in pairs."""
    if lang == "fr":
        teens = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept",
                 "dix-huit", "dix-neuf"]
        tens = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
        if n < 10:
            return "zéro " + WORDS["fr"][n]
        if n < 20:
            return teens[n - 10]
        t, u = divmod(n, 10)
        if t in tens:
            if u == 0:
                return tens[t]
            if u == 1:
                return tens[t] + " et un"
            return tens[t] + "-" + WORDS["fr"][u]
        if t == 7:
            return "soixante-" + teens[u] if u != 1 else "soixante et onze"
        if t == 8:
            return "quatre-vingt" + ("s" if u == 0 else "-" + WORDS["fr"][u])
        return "quatre-vingt-" + teens[u]
    if lang == "es":
        teens = ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete",
                 "dieciocho", "diecinueve"]
        veinti = ["veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco",
                  "veintiséis", "veintisiete", "veintiocho", "veintinueve"]
        tens = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta",
                8: "ochenta", 9: "noventa"}
        if n < 10:
            return "cero " + WORDS["es"][n]
        if n < 20:
            return teens[n - 10]
        if n < 30:
            return veinti[n - 20]
        t, u = divmod(n, 10)
        return tens[t] + ("" if u == 0 else " y " + WORDS["es"][u])
    if lang == "de":
        teens = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn",
                 "siebzehn", "achtzehn", "neunzehn"]
        tens = {2: "zwanzig", 3: "dreißig", 4: "vierzig", 5: "fünfzig", 6: "sechzig",
                7: "siebzig", 8: "achtzig", 9: "neunzig"}
        if n < 10:
            return "null " + WORDS["de"][n]
        if n < 20:
            return teens[n - 10]
        t, u = divmod(n, 10)
        if u == 0:
            return tens[t]
        unit = "ein" if u == 1 else WORDS["de"][u]
        return unit + "und" + tens[t]
    # en
    teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen"]
    tens = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
            8: "eighty", 9: "ninety"}
    if n < 10:
        return "oh " + WORDS["en"][n]
    if n < 20:
        return teens[n - 10]
    t, u = divmod(n, 10)
    return tens[t] + ("" if u == 0 else "-" + WORDS["en"][u])


# Phone numbers: (prefix shown to people, groups of national digits). Fictional or
# example ranges that still validate as real numbers.
PHONES = {
    "en": [("+1", ["201", "555", "0147"]), ("+1", ["415", "555", "0192"]),
           ("+1", ["312", "555", "0178"]), ("+44", ["7700", "900", "412"]),
           ("", ["(206)", "555", "0113"]), ("", ["646", "555", "0166"]),
           ("+44", ["20", "7946", "0958"]), ("", ["07700", "900", "871"])],
    "es": [("+34", ["612", "345", "678"]), ("", ["655", "21", "43", "87"]),
           ("", ["91", "123", "45", "67"]), ("+34", ["699", "80", "12", "34"]),
           ("", ["644", "112", "290"]), ("+34", ["93", "412", "77", "05"]),
           ("", ["722", "45", "19", "63"])],
    "de": [("+49", ["151", "2345", "6789"]), ("", ["0151", "23456789"]),
           ("", ["030", "1234567"]), ("+49", ["176", "98765432"]),
           ("", ["0172", "4455", "667"]), ("", ["089", "32168", "204"]),
           ("+49", ["40", "822", "1934"]), ("", ["0160", "917", "20", "48"])],
    "fr": [("+33", ["6", "12", "34", "56", "78"]), ("", ["06", "48", "21", "73", "90"]),
           ("", ["01", "42", "68", "53", "00"]), ("+33", ["7", "81", "64", "22", "09"]),
           ("", ["07", "55", "13", "86", "41"]), ("", ["04", "78", "92", "10", "35"]),
           ("+33", ["6", "70", "28", "44", "17"])],
}

DASHES = {"nbhyphen": "\u2011", "endash": "\u2013", "emdash": "\u2014", "minus": "\u2212",
          "figdash": "\u2012", "hyphen": "\u2010"}


def map_digits(s, table):
    return "".join(table[int(c)] if c.isdigit() and c.isascii() else c for c in s)


def render_phone(lang, style, rnd):
    prefix, groups = rnd.choice(PHONES[lang])
    digits_groups = [g.strip("()") for g in groups]
    plain = " ".join(groups)
    if prefix:
        plain = prefix + " " + plain
    if style == "plain":
        return plain, "plain"
    if style == "compact":
        return (prefix + "".join(digits_groups)), "written without separators"
    if style == "slash":
        if len(groups) == 2:
            s = groups[0] + "/" + groups[1]
        else:
            s = groups[0] + "/" + " ".join(groups[1:]) if rnd.random() < .5 else "/".join(digits_groups)
        return ((prefix + " ") if prefix else "") + s, "slash separators"
    if style == "dots":
        return ((prefix + ".") if prefix else "") + ".".join(digits_groups), "dot separators"
    if style in DASHES:
        d = DASHES[style]
        return ((prefix + d) if prefix else "") + d.join(digits_groups), "Unicode dash " + style
    if style == "nbsp":
        sep = rnd.choice(["\u00a0", "\u202f", "\u2009"])
        return ((prefix + sep) if prefix else "") + sep.join(digits_groups), "non-breaking/thin spaces"
    if style == "arabic":
        return map_digits(plain, rnd.choice([ARABIC_INDIC, EXT_ARABIC_INDIC])), "Arabic-Indic digits"
    if style == "devanagari":
        return map_digits(plain, DEVANAGARI), "Devanagari digits"
    if style == "fullwidth":
        return map_digits(plain, FULLWIDTH).replace("+", "＋"), "full-width digits"
    if style == "spaced":
        return ((prefix + " ") if prefix else "") + " ".join("".join(digits_groups)), "one digit at a time"
    if style == "mixed":
        # first group as digits, the rest as number words (or the reverse)
        w = WORDS[lang]
        parts = []
        for i, g in enumerate(digits_groups):
            if (i % 2 == 1) ^ (rnd.random() < .3):
                parts.append(" ".join(w[int(c)] for c in g))
            else:
                parts.append(g)
        return ((prefix + " ") if prefix else "") + " ".join(parts), "digits mixed with number words"
    if style == "words":
        w = WORDS[lang]
        return " ".join(w[int(c)] for c in "".join(digits_groups)), "phone written as number words"
    if style == "pairs":
        ds = "".join(digits_groups)
        if len(ds) % 2:
            head, ds = ds[0], ds[1:]
            out = [WORDS[lang][int(head)]]
        else:
            out = []
        out += [pair_word(lang, int(ds[i:i + 2])) for i in range(0, len(ds), 2)]
        return ", ".join(out) if rnd.random() < .5 else " ".join(out), "phone read out in number-word pairs"
    if style == "parens":
        g = digits_groups
        return "(" + g[0] + ") " + "-".join(g[1:]), "parentheses and hyphens"
    if style == "br":
        return ((prefix + " ") if prefix else "") + digits_groups[0] + "<br>" + " ".join(digits_groups[1:]), \
            "number split by <br>"
    if style == "tel":
        return "tel:" + prefix + "".join(digits_groups), "number only in a tel: link"
    if style == "letters_o":
        return plain.replace("0", "O").replace("1", "l"), "letter O / l for digits"
    raise ValueError(style)


PHONE_STYLES2 = ["br", "letters_o", "pairs", "mixed", "words", "arabic", "slash", "nbhyphen", "fullwidth",
                 "dots", "spaced", "endash", "nbsp", "parens", "devanagari", "compact", "minus"]
PHONE_STYLES = ["plain", "compact", "slash", "dots", "nbhyphen", "endash", "emdash", "minus",
                "figdash", "nbsp", "arabic", "fullwidth", "spaced", "mixed", "words", "pairs",
                "parens", "devanagari", "slash", "mixed", "dots", "pairs"]

EMAILS = {
    "en": [("jake.miller84", "gmail", "com"), ("sales.northwind", "outlook", "com"),
           ("brightlane.support", "yahoo", "com"), ("kim_orders", "hotmail", "co", "uk"),
           ("tomhale", "proton", "me"), ("orders", "oakandpine-goods", "com"),
           ("linda.g.reyes", "icloud", "com")],
    "es": [("ana.perez88", "gmail", "com"), ("ventas.lacasita", "hotmail", "es"),
           ("jlmartin", "yahoo", "es"), ("pedidos", "ceramicasol", "es"),
           ("mariagl.76", "outlook", "com"), ("atencion.cliente", "textilnorte", "com"),
           ("carmen_r", "gmail", "com")],
    "de": [("m.schneider", "web", "de"), ("info", "holzwerk-bauer", "de"),
           ("kundenservice.lindner", "gmx", "de"), ("julia.hoffmann91", "gmail", "com"),
           ("bestellung", "sonnenhof-shop", "de"), ("t.krause", "t-online", "de"),
           ("service", "moebel-weiss", "de")],
    "fr": [("claire.dubois", "orange", "fr"), ("contact", "atelier-lumiere", "fr"),
           ("jmarchand75", "gmail", "com"), ("sav.maisonbleue", "laposte", "net"),
           ("lea.fontaine", "free", "fr"), ("commandes", "savonnerie-provence", "fr"),
           ("p.girard", "sfr", "fr")],
}
AT_DOT = {
    "en": [(" at ", " dot "), (" AT ", " DOT "), (" (at) ", " (dot) "), (" [at] ", " [dot] ")],
    "es": [(" arroba ", " punto "), (" (arroba) ", " (punto) "), (" ARROBA ", " PUNTO "),
           (" [arroba] ", " [punto] ")],
    "de": [(" at ", " punkt "), ("(at)", "(punkt)"), (" Klammeraffe ", " Punkt "),
           (" [at] ", " [punkt] "), (" ät ", " Punkt ")],
    "fr": [(" arobase ", " point "), (" (arobase) ", " (point) "), (" at ", " point "),
           (" [at] ", " [point] "), (" arrobe ", " point ")],
}


def render_email(lang, style, rnd):
    handle, *dom = rnd.choice(EMAILS[lang])
    full = handle + "@" + ".".join(dom)
    if style == "plain":
        return full, handle, "plain address"
    if style == "words":
        at, dot = rnd.choice(AT_DOT[lang])
        h = handle.replace(".", dot) if rnd.random() < .4 else handle
        return h + at + dot.join(dom), h, "at/dot written as words"
    if style == "brackets":
        at, dot = rnd.choice([("[at]", "[dot]"), ("(at)", "(dot)"), ("(@)", "(.)"), ("(a)", "."),
                              ("[@]", "[.]")])
        return handle + at + dot.join(dom), handle, "bracketed at/dot"
    if style == "fullwidth":
        return handle + "＠" + "．".join(dom) if rnd.random() < .5 else handle + "＠" + ".".join(dom), \
            handle, "full-width at sign"
    if style == "spaced":
        s = " ".join(full)
        return s, " ".join(handle), "spaced letters"
    if style == "br":
        if rnd.random() < .5:
            return handle + "<br>@" + ".".join(dom), handle, "address split by <br>"
        return handle + "@<br>" + ".".join(dom), handle, "address split by <br>"
    if style == "provider":
        if not re.search(r"[._\d]", handle):
            # role mailboxes (info, orders...) do not read as a personal webmail handle
            personal = [e[0] for e in EMAILS[lang] if re.search(r"[._\d]", e[0])]
            handle = personal[len(handle) % len(personal)]
        return handle, handle, "'my <provider> is handle'"
    if style == "homoglyph":
        d = ".".join(dom).replace("a", "\u0430", 1).replace("o", "\u043e", 1)
        return handle + "@" + d, handle, "Cyrillic homoglyphs in the domain"
    if style == "zwsp":
        return handle + "\u200b@\u200b" + ".".join(dom), handle, "zero-width spaces around @"
    if style == "entity":
        return handle + "&#64;" + ".".join(dom), handle, "@ written as an HTML entity"
    if style == "mailto":
        return "mailto:" + full, handle, "address only in a mailto: link"
    if style == "words2":
        at, dot = rnd.choice(AT_DOT[lang])
        h = handle.replace(".", dot).replace("_", " underscore ")
        return h + at + dot.join(dom), h, "every dot and the at as words"
    if style == "nospace":
        return handle + " @ " + " . ".join(dom), handle, "spaces around @ and ."
    raise ValueError(style)


EMAIL_STYLES2 = ["homoglyph", "zwsp", "entity", "words2", "br", "provider", "fullwidth", "spaced", "brackets",
                 "words2"]
EMAIL_STYLES = ["plain", "words", "words", "brackets", "fullwidth", "spaced", "br", "words",
                "nospace", "brackets"]

# ---------------------------------------------------------------- look-alike slots


def order_id(r):
    return "%03d-%07d-%07d" % (r.randint(111, 799), r.randint(0, 9999999), r.randint(0, 9999999))


def ups(r):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "1Z" + "".join(r.choice(al) for _ in range(6)) + "".join(str(r.randint(0, 9)) for _ in range(10))


def usps(r):
    d = "9400" + "".join(str(r.randint(0, 9)) for _ in range(18))
    return " ".join(d[i:i + 4] for i in range(0, 22, 4))


def digits(r, n):
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def slot_values(lang, r, L):
    d, m = r.randint(1, 28), r.randint(1, 12)
    d2 = min(28, d + r.randint(1, 6))
    sep = {"en": "/", "es": "/", "de": ".", "fr": "/"}[lang]
    if lang == "en":
        date = "%d/%d/2026" % (m, d) if r.random() < .5 else "%s %d" % (L.MONTHS[m - 1], d)
        date2 = "%s %d" % (L.MONTHS[m - 1], d2)
    else:
        fmt = {"es": "%d de %s", "de": "%d. %s"}.get(lang, "%d %s")
        date = ("%02d%s%02d%s2026" % (d, sep, m, sep)) if r.random() < .5 else fmt % (d, L.MONTHS[m - 1])
        date2 = fmt % (d2, L.MONTHS[m - 1])
    euros = r.choice([12, 19, 24, 29, 34, 39, 49, 59, 79, 89, 119, 149, 249, 1299])
    cents = r.choice(["99", "95", "90", "00", "50"])
    if lang == "en":
        price = r.choice(["$", "£"]) + "%d.%s" % (euros, cents)
    elif lang == "de":
        price = "%d,%s €" % (euros, cents) if euros < 1000 else "1.299,00 €"
    else:
        price = "%d,%s €" % (euros, cents) if euros < 1000 else "1 299,00 €"
    return {
        "order": order_id(r), "order2": order_id(r), "ups": ups(r), "usps": usps(r),
        "fedex": digits(r, 12), "dhl": digits(r, 10), "dhlpaket": "00340434" + digits(r, 12),
        "po": "45" + digits(r, 8), "inv": "%s-2026-%05d" % (L.INV_PREFIX, r.randint(100, 99999)),
        "date": date, "date2": date2, "price": price, "qty": str(r.choice([2, 3, 4, 5, 6, 10, 12, 24, 50])),
        "ean": "40" + digits(r, 11), "sku": "%s-%d" % (r.choice(["KT", "LMP", "BX", "TS", "CH"]), r.randint(100, 9999)),
        "name": r.choice(L.NAMES), "signer": r.choice(L.SIGNERS), "shop": r.choice(L.SHOPS),
        "product": r.choice(L.PRODUCTS), "zip": L.zipcode(r), "time": r.choice(L.TIMES),
        "mphone": L.mphone(r), "pct": str(r.choice([5, 10, 10, 15, 20, 20, 25, 30])),
        "code": r.choice(["SAVE20", "WELCOME10", "VIP15", "SPRING25", "BACK10", "THANKS5", "NEXT20", "FAN30"]),
        "handle": r.choice(["@casa_" + r.choice(["bella", "nora", "luz"]), "@northwind.outdoor",
                            "@atelier_lumiere", "@holzwerk.bauer", "@theoakandpine", "@ceramica.sol"]),
    }


def fill(text, vals):
    return re.sub(r"\{(\w+)\}", lambda m: vals[m.group(1)] if m.group(1) in vals else m.group(0), text)


# ---------------------------------------------------------------- assembly

def to_html(paragraphs, r):
    out = []
    for p in paragraphs:
        p = p.replace("\n", "<br>")
        if r.random() < .15 and not p.startswith("<"):
            p = "<b>" + p + "</b>" if len(p) < 40 else p
        out.append(p if re.match(r"<(p|ul|ol|table|picture)\b", p) else "<p>" + p + "</p>")
    return "".join(out) if r.random() < .5 else "\n".join(out)


def head_tail(span):
    toks = list(re.finditer(r"\S+", span))
    out = []
    if len(toks) >= 3:
        out.append(span[:toks[1].end()])
        out.append(span[toks[-2].start():])
    elif len(span) >= 10:
        out.append(span[:6])
        out.append(span[-6:])
    return [x for x in out if len(x) >= 4]


class Builder:
    def __init__(self, lang, L, seed):
        self.lang, self.L = lang, L
        self.r = random.Random(seed)
        self.items = []
        self.pstyle = 0
        self.estyle = 0

    def vals(self):
        return slot_values(self.lang, self.r, self.L)

    def subject_for(self, kind, action, vals, topic=None):
        L, r = self.L, self.r
        if kind == "BUYER":
            return fill(r.choice(L.BUYER_SUBJ), vals)
        if kind == "REPLY":
            return fill(r.choice(L.REPLY_SUBJ), vals)
        return fill(r.choice(L.PRO_SUBJ.get(action, L.PRO_SUBJ["_"])), vals)

    def compose(self, kind, parts, vals, html=None, greet=True, close=True, ack=None):
        """parts: list of paragraph strings already filled."""
        L, r = self.L, self.r
        paras = []
        if kind == "BUYER":
            if greet and r.random() < .55:
                paras.append(fill(r.choice(L.BUYER_GREET), vals))
            paras += parts
            if close and r.random() < .7:
                paras.append(fill(r.choice(L.BUYER_CLOSE), vals))
        else:
            if greet:
                paras.append(fill(r.choice(L.GREET), vals))
            if kind == "REPLY" and (ack if ack is not None else r.random() < .55):
                paras.append(fill(r.choice(L.ACK), vals))
            paras += parts
            if close:
                paras.append(fill(r.choice(L.CLOSE), vals))
        paras = [p for p in paras if p]
        if html is None:
            html = r.random() < .22
        if html:
            return to_html(paras, r)
        # some short greetings stay on the first line
        if paras and len(paras[0]) < 25 and r.random() < .3 and len(paras) > 1:
            paras = [paras[0] + " " + paras[1]] + paras[2:]
        return "\n\n".join(paras)

    def add(self, kind, action, subject, body, expect, note, leak=None):
        role = "BUYER" if kind == "BUYER" else "SELLER"
        obj = {"lang": self.lang, "role": role, "kind": kind, "action": action, "subject": subject,
               "body": body, "expect": sorted(set(expect)), "note": note}
        if leak:
            text = subject + "\n" + body
            keep = []
            for i, lk in enumerate(leak):
                if lk in keep:
                    continue
                # the whole detail always; fragments only if identifying and unique in the message
                if i == 0 or (text.count(lk) == 1 and len(lk.strip()) >= 5):
                    keep.append(lk)
            obj["leak"] = keep
        self.items.append(obj)

    # --- honest -----------------------------------------------------------
    def honest_reply(self, core, note):
        v = self.vals()
        parts = [fill(p, v) for p in (core if isinstance(core, list) else [core])]
        body = self.compose("REPLY", parts, v)
        self.add("REPLY", "REPLY", self.subject_for("REPLY", "REPLY", v), body, [], note)

    def honest_pro(self, action, core, note):
        v = self.vals()
        parts = [fill(p, v) for p in (core if isinstance(core, list) else [core])]
        body = self.compose("PROACTIVE", parts, v)
        self.add("PROACTIVE", action, self.subject_for("PROACTIVE", action, v), body, [], note)

    def honest_buyer(self, core, note):
        v = self.vals()
        parts = [fill(p, v) for p in (core if isinstance(core, list) else [core])]
        body = self.compose("BUYER", parts, v)
        self.add("BUYER", "BUYER_QUESTION", self.subject_for("BUYER", None, v), body, [], note)

    # --- violations -------------------------------------------------------
    def next_phone_style(self, allow_br=True):
        styles = getattr(self, "phone_styles", PHONE_STYLES)
        while True:
            s = styles[self.pstyle % len(styles)]
            self.pstyle += 1
            if s != "br" or allow_br:
                return s

    def next_email_style(self, allow_br):
        while True:
            styles = getattr(self, "email_styles", EMAIL_STYLES)
            s = styles[self.estyle % len(styles)]
            self.estyle += 1
            if s not in ("br", "entity", "mailto") or allow_br:
                return s

    def violation(self, kind, text, expect, note, action=None, context=True, subject_text=None,
                  html=None, standalone=False):
        L, r = self.L, self.r
        template = (text, subject_text)
        v = self.vals()
        notes = [note]
        leak = []
        if html is None:
            html = r.random() < .22 or "<" in text
        for target in ("text", "subject"):
            src = text if target == "text" else (subject_text or "")
            if "{phone}" in src:
                style = self.next_phone_style(html)
                ph, how = render_phone(self.lang, style, r)
                src = src.replace("{phone}", ph)
                notes.append(how)
                if kind == "BUYER":
                    leak.append(ph)
                    leak += head_tail(ph)
            if "{email}" in src:
                style = self.next_email_style(html)
                em, handle, how = render_email(self.lang, style, r)
                if style == "provider":
                    # the sentence refers to "our mailbox"; the handle follows as its own sentence
                    phrase = fill(r.choice(L.PROVIDER_PHRASE), {"handle": em})
                    src = src.replace("{email}", L.MAILBOX) + " " + phrase[0].upper() + phrase[1:] + "."
                else:
                    src = src.replace("{email}", em)
                notes.append(how)
                if kind == "BUYER":
                    leak.append(em)
                    if handle != em:
                        leak.append(handle)
            if "{tel}" in src:
                ph, how = render_phone(self.lang, "tel", r)
                src = src.replace("{tel}", ph)
                notes.append(how)
            if "{mailto}" in src:
                em, handle, how = render_email(self.lang, "mailto", r)
                src = src.replace("{mailto}", em)
                notes.append(how)
            if target == "text":
                text = src
            elif subject_text is not None:
                subject_text = src
        text = fill(text, v)
        if kind == "PROACTIVE" and action is None:
            action = r.choice(L.PRO_CONTEXT_ACTIONS)
        parts = []
        if context and not standalone:
            if kind == "REPLY":
                ctx = fill(r.choice(L.REPLY_CONTEXT), v)
            elif kind == "PROACTIVE":
                ctx = fill(r.choice(L.PRO_CONTEXT.get(action, L.PRO_CONTEXT["_"])), v)
            else:
                ctx = fill(r.choice(L.BUYER_CONTEXT), v)
            parts = [ctx, text] if r.random() < .7 else [text, ctx]
        else:
            parts = [text]
        body = self.compose(kind, parts, v, html=html, ack=False if standalone else None,
                            greet=True, close=True)
        if subject_text is not None:
            subject = fill(subject_text, v)
        else:
            subject = self.subject_for(kind, action, v)
        a = {"REPLY": "REPLY", "BUYER": "BUYER_QUESTION"}.get(kind, action)
        self.add(kind, a, subject, body, expect, "; ".join(n for n in notes if n), leak or None)
        self.items[-1]["_tpl"] = template


KIND = {"R": "REPLY", "P": "PROACTIVE", "B": "BUYER"}


def build_lang(b, L):
    """Turns a language's phrase banks into messages."""
    r = b.r
    L.REPLY_CONTEXT = [c for c, _ in L.HONEST_REPLY if isinstance(c, str)]
    L.BUYER_CONTEXT = [c for c, _ in L.HONEST_BUYER if isinstance(c, str)]
    L.PRO_CONTEXT = collections.defaultdict(list)
    for action, core, _ in L.HONEST_PRO:
        if isinstance(core, str):
            L.PRO_CONTEXT[action].append(core)
    L.PRO_CONTEXT["_"] = [c for a, cs in list(L.PRO_CONTEXT.items()) if a not in ("WARRANTY", "LEGAL_DISCLOSURE")
                          for c in cs]
    L.PRO_CONTEXT_ACTIONS = [a for a in L.PRO_CONTEXT if a not in ("_", "WARRANTY", "LEGAL_DISCLOSURE")]
    for core, note in L.HONEST_REPLY:
        b.honest_reply(core, "honest: " + note)
    for _ in range(getattr(L, "EXTRA_REPLY_PAIRS", 0)):
        (a, na), (c, nc) = r.sample([x for x in L.HONEST_REPLY if isinstance(x[0], str)], 2)
        b.honest_reply([a, c], "honest: " + na + " + " + nc)
    for action, core, note in L.HONEST_PRO:
        b.honest_pro(action, core, "honest: " + note)
    for core, note in L.HONEST_BUYER:
        b.honest_buyer(core, "honest: " + note)
    for _ in range(getattr(L, "EXTRA_BUYER_PAIRS", 0)):
        (a, na), (c, nc) = r.sample([x for x in L.HONEST_BUYER if isinstance(x[0], str)], 2)
        b.honest_buyer([a, c], "honest: " + na + " + " + nc)
    build_lang_violations(b, L)


def build_lang_violations(b, L):
    r = b.r
    for item in L.VIOL:
        kinds, expect, text, note = item[:4]
        opts = item[4] if len(item) > 4 else {}
        for _ in range(opts.get("n", 1)):
            kind = KIND[r.choice(kinds)]
            action = opts.get("action")
            if kind == "PROACTIVE" and action is None and "CONTACT_PHONE" in expect:
                action = r.choice(L.PRO_CONTEXT_ACTIONS)
            if isinstance(action, list):
                action = r.choice(action)
            ex = [e for e in expect if kind == "BUYER" and e in BUYER_RULES or kind != "BUYER"]
            ex = [e for e in ex if e not in PROACTIVE_ONLY or kind == "PROACTIVE"]
            b.violation(kind, text, ex, note, action=action if kind == "PROACTIVE" else None,
                        subject_text=opts.get("subject"), standalone=opts.get("standalone", False),
                        context=opts.get("context", True), html=opts.get("html"))


def add_honest(b, items):
    """(kind R/P/B, paragraph, note[, proactive action]) -> one honest message each."""
    for item in items:
        kind, core, note = item[:3]
        if kind == "R":
            b.honest_reply(core, "honest: " + note)
        elif kind == "B":
            b.honest_buyer(core, "honest: " + note)
        else:
            b.honest_pro(item[3], core, "honest: " + note)


def add_violations(b, L, items):
    saved = L.VIOL
    L.VIOL = items
    try:
        build_lang_violations(b, L)
    finally:
        L.VIOL = saved


def build_batch2(b, L):
    add_honest(b, L.HONEST2)
    r = b.r
    for _ in range(getattr(L, "EXTRA2_REPLY_PAIRS", 0)):
        (a, na), (c, nc) = r.sample([x for x in L.HONEST_REPLY if isinstance(x[0], str)], 2)
        b.honest_reply([a, c], "honest: " + na + " + " + nc)
    for _ in range(getattr(L, "EXTRA2_BUYER_PAIRS", 0)):
        (a, na), (c, nc) = r.sample([x for x in L.HONEST_BUYER if isinstance(x[0], str)], 2)
        b.honest_buyer([a, c], "honest: " + na + " + " + nc)
    add_violations(b, L, L.BATCH2)

# ---------------------------------------------------------------- validation

def validate(items):
    errors = []
    seen = set()
    texts = collections.Counter((o["subject"], o["body"]) for o in items)
    for t, n in texts.items():
        if n > 1:
            errors.append("duplicate message: " + t[1][:80])
    for o in items:
        if o["id"] in seen:
            errors.append("duplicate id " + o["id"])
        seen.add(o["id"])
        for rid in o["expect"]:
            if rid not in RULES:
                errors.append(o["id"] + ": unknown rule " + rid)
            if o["role"] == "BUYER" and rid not in BUYER_RULES:
                errors.append(o["id"] + ": rule %s does not apply to buyers" % rid)
            if rid in PROACTIVE_ONLY and o["kind"] != "PROACTIVE":
                errors.append(o["id"] + ": %s only for proactive" % rid)
        if o["kind"] == "PROACTIVE" and o["action"] not in PROACTIVE_ACTIONS:
            errors.append(o["id"] + ": bad action " + o["action"])
        if re.search(r"\{\w+\}", o["body"] + o["subject"]):
            errors.append(o["id"] + ": unfilled slot: " + o["body"][:80])
        text = o["subject"] + "\n" + o["body"]
        for lk in o.get("leak", []):
            if lk not in text:
                errors.append(o["id"] + ": leak string not in text: " + lk)
        if o["role"] == "BUYER" and ({"CONTACT_EMAIL", "CONTACT_PHONE"} & set(o["expect"])) and not o.get("leak"):
            errors.append(o["id"] + ": buyer contact without leak")
        if len(o["subject"]) > 200:
            errors.append(o["id"] + ": subject too long")
        if not o["expect"] and o["role"] == "SELLER" and EMOJI_RE.search(text):
            errors.append(o["id"] + ": honest seller message with emoji")
        if not o["expect"] and re.search(r"http://|@\w", text):
            errors.append(o["id"] + ": honest message with http or @: " + text[:100])
    return errors


EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2764\u00a9\u00ae]")


def add_late_batch(langs, all_items, files, seed, split_seed, attr, fill):
    """A batch added after earlier ones were committed: own seeds, ids numbered after the
    language's highest id, split drawn per message, so no earlier message moves."""
    split_rnd = random.Random(split_seed)
    for i, lang in enumerate(langs):
        L = importlib.import_module("lang_" + lang)
        if not hasattr(L, attr):
            continue
        b = Builder(lang, L, seed + i)
        fill(b, L)
        b.r.shuffle(b.items)
        start = max(int(o["id"].split("-")[1]) for o in all_items if o["lang"] == lang)
        for n, o in enumerate(b.items, start + 1):
            o["id"] = "%s-%04d" % (lang, n)
            o["_split"] = "heldout" if split_rnd.random() < 0.30 else "tuning"
            files[(o["_split"], lang)].append(o)
        all_items += b.items


def build_batch3(b, L):
    add_honest(b, L.HONEST3)


def build_batch4(b, L):
    b.phone_styles, b.email_styles = PHONE_STYLES2, EMAIL_STYLES2
    add_violations(b, L, L.BATCH4)


def main():
    langs = ["en", "es", "de", "fr"]
    langs = [l for l in langs if os.path.exists(os.path.join(HERE, "lang_%s.py" % l))]
    split_rnd = random.Random(20261201)
    all_items = []
    for i, lang in enumerate(langs):
        L = importlib.import_module("lang_" + lang)
        b = Builder(lang, L, 1000 + i)
        build_lang(b, L)
        b.r.shuffle(b.items)
        for n, o in enumerate(b.items, 1):
            o["id"] = "%s-%04d" % (lang, n)
        all_items += b.items
    # batch 2: added after the first batches were committed; its own seeds, so the ids and the
    # tuning/heldout assignment of batch 1 never change.
    batch2 = []
    for i, lang in enumerate(langs):
        L = importlib.import_module("lang_" + lang)
        if not hasattr(L, "BATCH2"):
            continue
        b = Builder(lang, L, 5000 + i)
        b.phone_styles, b.email_styles = PHONE_STYLES2, EMAIL_STYLES2
        build_batch2(b, L)
        b.r.shuffle(b.items)
        start = sum(1 for o in all_items if o["lang"] == lang)
        for n, o in enumerate(b.items, start + 1):
            o["id"] = "%s-%04d" % (lang, n)
        batch2 += b.items
    errors = validate(all_items + batch2)
    if errors:
        print("\n".join(errors[:60]))
        print(len(errors), "errors")
        sys.exit(1)
    for split in ("tuning", "heldout"):
        os.makedirs(os.path.join(OUT, split), exist_ok=True)
    files = collections.defaultdict(list)
    for o in all_items:
        split = "heldout" if split_rnd.random() < 0.30 else "tuning"
        o["_split"] = split
        files[(split, o["lang"])].append(o)
    split_rnd2 = random.Random(20261202)
    for o in batch2:
        split = "heldout" if split_rnd2.random() < 0.30 else "tuning"
        o["_split"] = split
        files[(split, o["lang"])].append(o)
    all_items += batch2
    # batch 3: fresh honest paragraphs, each used once and never as context
    add_late_batch(langs, all_items, files, 9000, 20261203, "HONEST3", build_batch3)
    # batch 4: more violations for the thin categories (images, pixels, links, opt-out, emoji...)
    add_late_batch(langs, all_items, files, 13000, 20261204, "BATCH4", build_batch4)
    errors = validate(all_items)
    if errors:
        print("\n".join(errors[:60]))
        sys.exit(1)
    # A held-out message whose every paragraph also occurs in some tuning message tests nothing
    # new (honest paragraphs are reused as context and in pairs): drop it. Ids keep their gaps.
    seen_in_tuning = set()
    for o in all_items:
        if o["_split"] == "tuning":
            seen_in_tuning.update(paragraphs(o))
    dropped = [o for o in all_items if o["_split"] == "heldout" and paragraphs(o)
               and all(p in seen_in_tuning for p in paragraphs(o))]
    drop_ids = {o["id"] for o in dropped}
    all_items = [o for o in all_items if o["id"] not in drop_ids]
    for key in files:
        files[key] = [o for o in files[key] if o["id"] not in drop_ids]
    print("dropped %d held-out messages made only of tuning paragraphs" % len(dropped))
    HYGIENE["dropped"] = len(dropped)
    tuning_paras = set(p for o in all_items if o["_split"] == "tuning" for p in paragraphs(o))
    ho = [o for o in all_items if o["_split"] == "heldout"]
    HYGIENE["honest"] = sum(1 for o in ho if not o["expect"])
    HYGIENE["honest_shared"] = sum(1 for o in ho if not o["expect"] and any(p in tuning_paras for p in paragraphs(o)))
    HYGIENE["viol"] = sum(1 for o in ho if o["expect"])
    HYGIENE["viol_shared"] = sum(1 for o in ho if o["expect"] and any(p in tuning_paras for p in paragraphs(o)))
    keys = ["id", "lang", "role", "kind", "action", "subject", "body", "expect", "note", "leak"]
    for (split, lang), objs in files.items():
        with open(os.path.join(OUT, split, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for o in objs:
                f.write(json.dumps({k: o[k] for k in keys if k in o}, ensure_ascii=False) + "\n")
    tuning_tpl = {o["_tpl"] for o in all_items if "_tpl" in o and o["_split"] == "tuning"}
    reused = sum(1 for o in all_items if o["_split"] == "heldout" and o.get("_tpl") in tuning_tpl)
    print("held-out violations whose violating sentence (before rendering) also occurs in tuning: %d of %d"
          % (reused, sum(1 for o in all_items if o["_split"] == "heldout" and o["expect"])))
    HYGIENE["tpl_reused"] = reused
    report(all_items)
    write_counts(all_items)


HYGIENE = {}


def paragraphs(o):
    """Paragraphs of a message's text long enough to carry content (greetings excluded)."""
    text = re.sub(r"<[^>]+>", "\n", o["body"])
    return [p.strip() for p in re.split(r"\n+", text) if len(p.strip()) >= 45]


def write_counts(items):
    """Replaces the block between the count markers in ../README.md."""
    langs = ["en", "es", "de", "fr"]
    lines = []

    def table(title, rows, cols):
        lines.append("| %s | %s | total |" % (title, " | ".join(cols)))
        lines.append("|" + " --- |" * (len(cols) + 2))
        for label, pred in rows:
            vals = [sum(1 for o in items if pred(o) and o["lang"] == c) for c in cols]
            lines.append("| %s | %s | %d |" % (label, " | ".join(str(v) for v in vals), sum(vals)))
        lines.append("")
    table("messages", [
        ("tuning", lambda o: o["_split"] == "tuning"),
        ("heldout", lambda o: o["_split"] == "heldout"),
        ("all", lambda o: True),
        ("seller reply (`REPLY`)", lambda o: o["kind"] == "REPLY"),
        ("seller proactive (`PROACTIVE`)", lambda o: o["kind"] == "PROACTIVE"),
        ("buyer (`BUYER`)", lambda o: o["kind"] == "BUYER"),
        ("honest (`expect` empty)", lambda o: not o["expect"]),
        ("honest, tuning", lambda o: not o["expect"] and o["_split"] == "tuning"),
        ("honest, heldout", lambda o: not o["expect"] and o["_split"] == "heldout"),
        ("violation", lambda o: bool(o["expect"])),
        ("violation, tuning", lambda o: o["expect"] and o["_split"] == "tuning"),
        ("violation, heldout", lambda o: o["expect"] and o["_split"] == "heldout"),
        ("buyer with `leak`", lambda o: "leak" in o),
        ("HTML body", lambda o: "<" in o["body"]),
    ], langs)
    table("rule expected (seller / buyer)", [], langs)
    lines.pop(); lines.pop(); lines.pop()
    lines.append("| rule expected | %s | total |" % " | ".join(langs))
    lines.append("|" + " --- |" * (len(langs) + 2))
    for rid in sorted(RULES):
        cells = []
        tot = [0, 0]
        for l in langs:
            s = sum(1 for o in items if rid in o["expect"] and o["lang"] == l and o["role"] == "SELLER")
            b = sum(1 for o in items if rid in o["expect"] and o["lang"] == l and o["role"] == "BUYER")
            tot[0] += s
            tot[1] += b
            cells.append("%d / %d" % (s, b))
        lines.append("| `%s` | %s | %d / %d |" % (rid, " | ".join(cells), tot[0], tot[1]))
    lines.append("")
    actions = sorted({o["action"] for o in items if o["kind"] == "PROACTIVE"})
    table("proactive action (honest + violation)", [(a, (lambda a: lambda o: o["action"] == a)(a)) for a in actions], langs)
    h = HYGIENE
    lines.append("| held-out hygiene | messages |")
    lines.append("| --- | --- |")
    lines.append("| held-out messages dropped: every paragraph also in tuning | %d |" % h["dropped"])
    lines.append("| held-out honest messages sharing a paragraph with tuning (each has one of its own too) | %d of %d |"
                 % (h["honest_shared"], h["honest"]))
    lines.append("| held-out violations sharing their honest context paragraph with tuning | %d of %d |"
                 % (h["viol_shared"], h["viol"]))
    lines.append("| held-out violations whose contact-detail sentence is also in tuning (other rendering) | %d |"
                 % h["tpl_reused"])
    lines.append("")
    path = os.path.join(OUT, "README.md")
    if not os.path.exists(path):
        return
    text = open(path, encoding="utf-8").read()
    start, end = "<!-- counts: generated by generator/build.py -->", "<!-- /counts -->"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        _, tail = rest.split(end, 1)
        text = head + start + "\n\n" + "\n".join(lines) + "\n" + end + tail
        open(path, "w", encoding="utf-8").write(text)


def report(items):
    c = collections.Counter()
    for o in items:
        c[("lang", o["lang"], o["_split"])] += 1
        c[("role", o["lang"], o["kind"])] += 1
        c[("honest", o["lang"], "honest" if not o["expect"] else "violation")] += 1
        for rid in o["expect"]:
            c[("rule", rid, o["lang"])] += 1
    langs = sorted({o["lang"] for o in items})
    print("total", len(items))
    print("%-24s" % "" + "".join("%8s" % l for l in langs) + "   total")

    def row(label, key):
        vals = [c[key(l)] for l in langs]
        print("%-24s" % label + "".join("%8d" % x for x in vals) + "%8d" % sum(vals))
    for s in ("tuning", "heldout"):
        row(s, lambda l: ("lang", l, s))
    for k in ("REPLY", "PROACTIVE", "BUYER"):
        row(k, lambda l: ("role", l, k))
    for h in ("honest", "violation"):
        row(h, lambda l: ("honest", l, h))
    for rid in sorted(RULES):
        row(rid, lambda l: ("rule", rid, l))


if __name__ == "__main__":
    main()
