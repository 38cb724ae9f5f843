#!/usr/bin/env python3
"""Build the reference-data CSVs in data/ for expatdesk.

Source: Debian's ``iso-codes`` package (apt install iso-codes):
  * <json-dir>/iso_3166-1.json for countries; iso_639-3.json for the
    ISO 639-1 codes in use (it has no collective codes such as the
    withdrawn `bh`, and has `sh`) and their names in direct order
    ("Norwegian Bokmål", not "Bokmål, Norwegian"); iso_639-2.json for the
    older names, kept as accepted aliases
  * <locale-dir>/zh_CN/LC_MESSAGES/iso_3166-1.mo, iso_639-2.mo and
    iso_639-3.mo (gettext catalogs) for the simplified-Chinese names.
Hand-written dicts below add everyday English aliases, and they fix or
shorten some Chinese names to the forms used in the PRC (e.g. 大韩民国 -> 韩国).
The department list is hard-coded.

Output (UTF-8, '\\n' line ends, RFC 4180 quoting, rows sorted by code):
  data/countries.csv    alpha2,alpha3,name_en,name_zh,aliases (';'-separated)
  data/languages.csv    code,name_en,name_zh,aliases (';'-separated; all
                        ISO 639-1 codes in use)
  data/departments.csv  code,name_en,name_zh

Re-run (standard library only; output is the same for the same iso-codes):
  python3 scripts/build_refdata.py [--json-dir DIR] [--locale-dir DIR] [--out-dir DIR]
It asserts its invariants (unique names/aliases, Chinese names present) and
fails loudly if a new iso-codes release breaks them.
"""
import argparse
import csv
import gettext
import json
import os
import re

# Everyday English names users may type, on top of official_name/common_name.
COUNTRY_ALIASES = {
    "AE": ["UAE", "Emirates"],
    "AX": ["Aland Islands"],
    "BA": ["Bosnia"],
    "BL": ["Saint Barthelemy"],
    "BN": ["Brunei"],
    "BO": ["Bolivia"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of the Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "CV": ["Cape Verde"],
    "CW": ["Curacao"],
    "CZ": ["Czech Republic"],
    "FK": ["Falklands"],
    "FM": ["Micronesia"],
    "GB": ["United Kingdom", "UK", "Great Britain", "Britain", "England", "Scotland", "Wales"],
    "IR": ["Iran"],
    "KN": ["St Kitts and Nevis"],
    "KP": ["North Korea", "DPRK"],
    "KR": ["South Korea", "Korea", "Republic of Korea"],
    "LA": ["Laos"],
    "LC": ["St Lucia"],
    "MD": ["Moldova"],
    "MK": ["Macedonia"],
    "MM": ["Burma"],
    "MO": ["Macau"],
    "NL": ["Holland", "The Netherlands"],
    "PS": ["Palestine"],
    "RE": ["Reunion"],
    "RU": ["Russia"],
    "SH": ["Saint Helena"],
    "SY": ["Syria"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "TR": ["Turkey", "Turkiye"],
    "TW": ["Taiwan"],
    "TZ": ["Tanzania"],
    "US": ["USA", "United States of America", "America"],
    "VA": ["Vatican", "Vatican City"],
    "VC": ["St Vincent and the Grenadines"],
    "VE": ["Venezuela"],
    "VI": ["US Virgin Islands"],
    "VN": ["Vietnam"],
}

# Chinese names used instead of the catalog (short everyday PRC forms and
# catalog typos / non-mainland spellings). Also the fallback when the catalog
# has no translation: add missing codes here.
COUNTRY_ZH = {
    "BD": "孟加拉国", "BO": "玻利维亚", "BV": "布韦岛", "BW": "博茨瓦纳",
    "DE": "德国", "FR": "法国", "GB": "英国", "GS": "南乔治亚和南桑威奇群岛",
    "GT": "危地马拉", "HK": "中国香港", "IM": "马恩岛", "IR": "伊朗",
    "IT": "意大利", "JP": "日本", "KG": "吉尔吉斯斯坦", "KH": "柬埔寨",
    "KP": "朝鲜", "KR": "韩国", "LA": "老挝", "LC": "圣卢西亚",
    "MD": "摩尔多瓦", "MO": "中国澳门", "MS": "蒙特塞拉特", "PF": "法属波利尼西亚",
    "PN": "皮特凯恩群岛", "RU": "俄罗斯", "SM": "圣马力诺", "SY": "叙利亚",
    "TW": "中国台湾", "TZ": "坦桑尼亚", "US": "美国", "VA": "梵蒂冈",
    "VE": "委内瑞拉", "VN": "越南",
}

# Chinese language names used instead of the catalog (odd or missing ones).
LANGUAGE_ZH = {
    "el": "希腊语", "ko": "韩语", "mr": "马拉地语", "no": "挪威语",
    "rm": "罗曼什语", "se": "北萨米语", "to": "汤加语", "zh": "中文",
    "sh": "塞尔维亚-克罗地亚语",
}

# The English name a desk knows a language by, where the catalogs' names
# are not it (inverted, qualified or rare forms stay accepted as aliases).
LANGUAGE_NAMES = {
    "el": "Greek", "gd": "Scottish Gaelic", "ht": "Haitian Creole",
    "km": "Khmer", "ky": "Kyrgyz", "nb": "Norwegian Bokmål",
    "nd": "North Ndebele", "nr": "South Ndebele", "ny": "Chichewa",
    "oc": "Occitan", "pa": "Punjabi", "ps": "Pashto", "st": "Southern Sotho",
    "to": "Tongan", "ug": "Uyghur", "ia": "Interlingua",
}

# Everyday names people type, on top of the catalogs' names.
LANGUAGE_ALIASES = {
    "zh": ["Mandarin", "Chinese", "Putonghua", "普通话", "汉语", "国语", "华语"],
    "fa": ["Farsi", "波斯文"],
    "en": ["英文"], "ja": ["日文"], "ko": ["韩文", "朝鲜语"], "de": ["德文"],
    "fr": ["法文"], "es": ["西班牙文"], "ru": ["俄文"],
    "no": ["Norsk"], "tl": ["Filipino"], "ms": ["Bahasa Melayu"],
    "id": ["Bahasa Indonesia"],
}

# These must end up with a Chinese name; other languages may stay empty.
COMMON_LANGUAGES = (
    "en zh ja ko de fr es it pt ru ar hi bn ur fa tr vi th id ms tl nl sv no da "
    "fi pl cs uk el he hu ro sr hr bg sw am km my"
).split()

DEPARTMENTS = [
    ("exit-entry", "Exit-Entry Administration", "出入境管理局"),
    ("customs", "Customs", "海关"),
    ("foreign-experts", "Foreign Experts Affairs", "外国专家事务"),
    ("town-gov", "Town Government", "镇政府"),
    ("housing", "Housing Administration", "房屋管理局"),
    ("transport", "Transport Commission", "交通委员会"),
    ("health", "Health Commission", "卫生健康委员会"),
    ("education", "Education Commission", "教育委员会"),
    ("hrss", "Human Resources and Social Security", "人力资源和社会保障局"),
    ("market-reg", "Market Regulation", "市场监督管理局"),
    ("public-security", "Public Security Bureau", "公安局"),
    ("tax", "Tax Bureau", "税务局"),
    ("civil-affairs", "Civil Affairs", "民政局"),
]

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def has_cjk(text):
    return bool(CJK.search(text))


def catalog(locale_dir, domain):
    path = os.path.join(locale_dir, "zh_CN", "LC_MESSAGES", domain + ".mo")
    with open(path, "rb") as f:
        return gettext.GNUTranslations(f)


def translate(cat, msgid):
    """zh_CN translation of msgid, or '' if the catalog has none."""
    text = cat.gettext(msgid).strip()
    return text if has_cjk(text) else ""


def load_json(json_dir, name, key):
    with open(os.path.join(json_dir, name), encoding="utf-8") as f:
        return json.load(f)[key]


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(sorted(rows))


def build_countries(json_dir, locale_dir):
    cat = catalog(locale_dir, "iso_3166-1")
    entries = load_json(json_dir, "iso_3166-1.json", "3166-1")
    codes = {e["alpha_2"] for e in entries}
    unknown = (set(COUNTRY_ALIASES) | set(COUNTRY_ZH)) - codes
    assert not unknown, f"dict entries for unknown countries: {unknown}"

    rows, owner, fallbacks = [], {}, []
    for e in entries:
        a2, a3, name = e["alpha_2"], e["alpha_3"], e["name"]
        catalog_zh = translate(cat, name)
        if not catalog_zh and a2 not in COUNTRY_ZH:
            raise AssertionError(f"{a2} {name!r}: no zh_CN translation; add it to COUNTRY_ZH")
        if not catalog_zh:
            fallbacks.append(a2)
        zh = COUNTRY_ZH.get(a2, catalog_zh)
        assert has_cjk(zh), f"{a2}: Chinese name {zh!r} has no CJK characters"

        aliases, seen = [], {name.casefold()}
        for alias in [e.get("official_name"), e.get("common_name")] + COUNTRY_ALIASES.get(a2, []):
            if alias and alias.casefold() not in seen:
                assert ";" not in alias, f"{a2}: alias {alias!r} contains ';'"
                seen.add(alias.casefold())
                aliases.append(alias)

        # Every lookup key (codes, name, aliases) must belong to one country only.
        for key in {a2.casefold(), a3.casefold()} | seen:
            other = owner.setdefault(key, a2)
            assert other == a2, f"{key!r} is used by both {other} and {a2}"
        rows.append((a2, a3, name, zh, ";".join(aliases)))

    assert len(rows) == len(codes) == 249, f"expected 249 countries, got {len(rows)}"
    zh_names = [r[3] for r in rows]
    assert len(set(zh_names)) == len(zh_names), "duplicate Chinese country names"
    return rows, fallbacks


def build_languages(json_dir, locale_dir):
    cat2 = catalog(locale_dir, "iso_639-2")
    cat3 = catalog(locale_dir, "iso_639-3")
    entries = [e for e in load_json(json_dir, "iso_639-3.json", "639-3") if "alpha_2" in e]
    old = {e["alpha_2"]: e for e in load_json(json_dir, "iso_639-2.json", "639-2")
           if "alpha_2" in e}
    codes = {e["alpha_2"] for e in entries}
    dicts = set(LANGUAGE_ZH) | set(COMMON_LANGUAGES) | set(LANGUAGE_NAMES) | set(LANGUAGE_ALIASES)
    unknown = dicts - codes
    assert not unknown, f"unknown language codes in dicts: {unknown}"
    assert "bh" not in codes and "sh" in codes, "639-3 should drop bh and have sh"

    rows, empty, owner = [], [], {}
    for e in entries:
        code = e["alpha_2"]
        plain = e["name"].replace(" (macrolanguage)", "")
        full = old.get(code, {}).get("name", "")
        older = [n.strip() for n in full.split("; ") if n.strip()]
        # The older catalog's first name unless it is inverted ("X, Y").
        default = older[0] if older and ", " not in older[0] else plain
        name_en = LANGUAGE_NAMES.get(code, default)
        zh = (LANGUAGE_ZH.get(code) or translate(cat2, full)
              or translate(cat2, name_en) or translate(cat3, e["name"]))
        if not zh:
            assert code not in COMMON_LANGUAGES, f"{code}: common language without Chinese name"
            empty.append(code)
        candidates = [plain, e.get("inverted_name"), e.get("common_name")] + older
        candidates += LANGUAGE_ALIASES.get(code, [])
        aliases, seen = [], {name_en.casefold(), zh.casefold()}
        for alias in candidates:
            if alias and alias.casefold() not in seen:
                assert ";" not in alias, f"{code}: alias {alias!r} contains ';'"
                seen.add(alias.casefold())
                aliases.append(alias)
        # Every lookup key must belong to one language only.
        for key in seen | {code}:
            if not key:
                continue
            other = owner.setdefault(key, code)
            assert other == code, f"{key!r} is used by both {other} and {code}"
        assert ", " not in name_en, f"{code}: inverted name {name_en!r}"
        rows.append((code, name_en, zh, ";".join(aliases)))

    assert len(rows) == len(codes) == 184, f"expected 184 languages, got {len(rows)}"
    return rows, empty


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--json-dir", default="/usr/share/iso-codes/json")
    p.add_argument("--locale-dir", default="/usr/share/locale")
    p.add_argument("--out-dir", default=os.path.join(here, os.pardir, "data"))
    args = p.parse_args()
    out = os.path.normpath(args.out_dir)
    os.makedirs(out, exist_ok=True)

    countries, c_fallbacks = build_countries(args.json_dir, args.locale_dir)
    languages, l_empty = build_languages(args.json_dir, args.locale_dir)
    assert len(DEPARTMENTS) == 13 and len({d[0] for d in DEPARTMENTS}) == 13
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", d[0]) for d in DEPARTMENTS)

    write_csv(os.path.join(out, "countries.csv"),
              ["alpha2", "alpha3", "name_en", "name_zh", "aliases"], countries)
    write_csv(os.path.join(out, "languages.csv"),
              ["code", "name_en", "name_zh", "aliases"], languages)
    write_csv(os.path.join(out, "departments.csv"), ["code", "name_en", "name_zh"], DEPARTMENTS)

    print(f"countries.csv:   {len(countries)} rows (catalog misses filled from COUNTRY_ZH: "
          f"{', '.join(c_fallbacks) or 'none'})")
    print(f"languages.csv:   {len(languages)} rows (no Chinese name: {', '.join(l_empty) or 'none'})")
    print(f"departments.csv: {len(DEPARTMENTS)} rows")


if __name__ == "__main__":
    main()
