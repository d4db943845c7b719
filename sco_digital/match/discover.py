"""New actors and initiatives in articles nobody annotated.

What the lexicon does not name is found here: organisations and companies of the gazetteer,
countries of the generated ISO table, and people, organisations and initiatives by pattern (the
extractor in `extract.entities`). Credits, bylines and datelines are metadata, never actors:
nothing inside them is kept, not even a lexicon name ("[Photo/Xinhua]").

One person is one actor per article: a later short form ("Tokayev", "Herr Massimow", "Mr Xiong")
and a name cut short ("Recep Tayyip") join the full name found in the same article; across the
corpus, people whose full names agree share one id. An acronym defined in brackets ("State Bank
of Pakistan (SBP)") names its organisation wherever it stands later in the article.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace
from typing import Any

from ..extract.credits import credit_spans
from ..extract.entities import (
    LEGAL_FORMS_BEFORE,
    STREET_WORD,
    find_entities,
    is_bare_head,
    is_given_name,
    is_title_word,
    names_a_body,
    well_known_person,
)
from ..extract.entity_evidence import is_group_of_countries, stands_for_states
from ..extract.lang import de as _de
from ..extract.lang import en as _en
from ..records import Actor, Article, Evidence, Initiative
from ..textutil import slugify as _slugify
from .countries import country_of, find_countries
from .subject import capital_id, capital_names, region_names
from .mentions import AliasMatcher

_ACTOR_KINDS = {"person", "organization", "place", "company", "media", "country"}
_ORG_KINDS = {"organization", "company", "media"}
_NESTABLE_KINDS = {"country", "place"}
# "held in Tianjin", "im Tiexi-Distrikt", "at Astana": a place an event is at, not one it concerns
_LOCATIVE_BEFORE = re.compile(r"(?i:\b(?:in|at|im|nach|near|bei)\s+(?:der\s+|the\s+)?)$")
_ACRONYM_AFTER = re.compile(r"[^\S\n]*\((?P<acr>[A-ZÄÖÜ][A-Za-zÄÖÜ&]{1,9})\)")
# A legal form right after a gazetteer name belongs to it: "Reliance Industries Limited", "Siemens AG".
# Forms may follow one another ("Alibaba Group Holding Limited", "Tencent Holdings Ltd.").
_LEGAL_FORM_AFTER = re.compile(
    r"(?:[^\S\n]+(?:Holding|Holdings|Limited|Ltd\.?|Pvt\.?[^\S\n]+Ltd\.?|Inc\.|Inc|Corp\.|Corp|Corporation|PLC|Plc|plc|LLC|"
    r"AG|SE|GmbH|N\.V\.|S\.A\.|PJSC|OJSC|JSC|Oy|Oyj|ASA|Co\.,?[^\S\n]+Ltd\.?)(?![\w-])){1,3}"
)
_LEGAL_FORM_END = re.compile(_LEGAL_FORM_AFTER.pattern + r"\Z")  # a name that ends in one
# A German group's word after a company's name: "die Tata Gruppe", "der Tata-Konzern" are written so
_GROUP_WORD_AFTER = re.compile(r"(?:-|[^\S\n]+)(?:Gruppe|Konzern)(?![\w-])")
# A legal form right before a gazetteer name, as Russian and Central Asian companies write it
# ("OAO MAZ", "PJSC Gazprom"), is written with it.
_LEGAL_FORM_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(LEGAL_FORMS_BEFORE, key=len, reverse=True))})[^\S\n]+\Z")
# A state's formal name after a gazetteer body's name is part of the body's name as written.
_STATE_AFTER = re.compile(r"[^\S\n]+(?:of[^\S\n]+the[^\S\n]+Republic[^\S\n]+of|der[^\S\n]+Republik)[^\S\n]+"
                          r"(?P<country>[A-ZÄÖÜ][\w-]+)")
# An English state body named with its state after it ("the Ministry of Industry and Information
# Technology of China", "the General Administration of Customs of the People's Republic of China"):
# the state is part of the name as written. Not a possessive ("the IMF of Pakistan's economy").
_STATE_OF = re.compile(r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+People['’]s[^\S\n]+Republic[^\S\n]+of[^\S\n]+)?"
                       r"(?P<country>[A-Z][\w-]+)(?!['’]s\b|[\w-])")
# Head words of a state's bodies, which a state may follow.
_STATE_BODY_HEADS = frozenset("Ministry Administration Agency Committee Commission Service Bureau Office Department "
                              "Council Inspectorate Authority".split())
# A capital "The" right before a name, after a word of the sentence (not opening it): part of a title
_THE_IN_TITLE = re.compile(r"(?<=[\w,])[^\S\n]The[^\S\n]\Z")
_SHORT_TITLE = re.compile(r"^(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Herr|Frau|Herrn)\s+")


# A firm's name in quotes after a nation's genitive or adjective: what another firm is likened to
# ("Yandex – oft als „Russlands Google“ bezeichnet", "zum „russischen Amazon“", "called "China's Google"")
_LIKENED_BEFORE = re.compile(r"[„“\"«»‚‘][^\S\n]*(?:(?:the|die|der|das|den|dem)[^\S\n]+)?"
                             r"(?:[A-ZÄÖÜ][\w-]*(?:s|['’]s)|[A-Za-zäöü]+(?:ischen|ische|ischer|isches|ian|ese|ish))[^\S\n]+\Z")
_QUOTE_CLOSING = re.compile(r"[“”\"«»‘’]")


def _likened(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a firm's name another firm is likened to (`_LIKENED_BEFORE`),
    the quote closing right after it."""
    return _QUOTE_CLOSING.match(text, end) is not None and \
        _LIKENED_BEFORE.search(text, max(0, start - 40), start) is not None


def discover_entities(
    article: Article,
    actor_matcher: AliasMatcher,
    initiative_matcher: AliasMatcher,
    actor_mentions: dict[str, list[Evidence]],
    initiative_mentions: dict[str, list[Evidence]],
    found_actors: dict[str, Actor],
    found_initiatives: dict[str, Initiative],
    gazetteer: AliasMatcher | None = None,
    gazetteer_entries: tuple[Any, ...] = (),
) -> None:
    """Add what the article names beyond the lexicon: gazetteer organisations, countries, and
    what `find_entities` sees. Mentions inside credits and datelines are dropped."""
    text = article.text
    entries = _entries_by_id(gazetteer_entries)
    credits = credit_spans(text)
    for mentions in (actor_mentions, initiative_mentions):
        _drop_inside(mentions, credits, article.id)
    _drop_groups_of_countries(actor_mentions, text, article.id)
    _names_without_descriptors(actor_mentions, article.id, actor_matcher)
    _states_after_lexicon_bodies(actor_mentions, text, article.id, actor_matcher)
    gazetteer_matches = gazetteer.find(text) if gazetteer is not None else []
    _drop_words_of_longer_bodies(actor_mentions, article.id, gazetteer_matches)
    taken = _Taken(credits)
    entities = find_entities(text, article.language)
    headed = _headed_names(entities)
    _drop_words_of_headed_bodies(actor_mentions, article, actor_matcher, entities)
    for key, ms in actor_mentions.items():
        nestable = actor_matcher.kinds.get(key) in _NESTABLE_KINDS
        for e in ms:
            if e.article == article.id:
                taken.add(e.start, e.end, nestable)
    for ms in initiative_mentions.values():
        for e in ms:
            if e.article == article.id:
                taken.add(e.start, e.end, initiative=True)
    holders = _bodies_of(entities, text)
    longer = _longer_companies(entities, text, article.language)
    people_spans = [(f.start, f.end) for f in entities if f.kind == "person"]
    if gazetteer is not None:
        for m in gazetteer_matches:
            if any(start < m.start and m.end == end and _given_names_only(text[start : m.start])
                   for start, end in people_spans):
                continue  # "Reinhold Würth", "Martin Herrenknecht": a family name the company bears
            if _held(text, holders, m.start, m.end):
                continue  # "Political Bureau of the Central Committee of the Chinese Communist Party": one name
            if headed.get(m.start, 0) > m.end:
                continue  # "SCO Secretariat": a body of its own, named by the gazetteer's name and a head word
            if _alias_before_a_place(text, m, entries):
                place_body = _body_of_a_place(text, m, entries)
                if place_body is not None:  # "IT Park Dushanbe": that place's body, not the gazetteer's "IT Park"
                    _add_national(place_body, article, actor_mentions, found_actors, taken)
                continue
            if _names_a_longer_company(text, m, longer, entries):
                continue  # "manufacturer Chery Commercial Vehicles": the text names a company of its own
            if _names_its_agency(m, entities, entries):
                continue  # "Kazinform News Agency learned", "the Khovar National Information Agency of Tajikistan"
            if _ends_a_longer_body(text, m, entities):
                continue  # "the Central Bank of China", "Commercial Bank of China": not the Bank of China
            if text[m.end : m.end + 1] == "." and text[m.end + 1 : m.end + 2].isalpha():
                continue  # "Yandex.Money": a name of its own goes on past the dot
            if _inside_compound(text, m.start, m.end):
                continue  # "Falk-Porsche-Technik": a word of another name
            if _likened(text, m.start, m.end):
                continue  # "oft als „Russlands Google“ bezeichnet": what another firm is likened to
            if taken.overlaps(m.start, m.end) or _group_of_countries(text, m.text, m.end) \
                    or stands_for_states(text, m.start, m.end):
                continue
            legal = _LEGAL_FORM_AFTER.match(text, m.end)  # "Reliance Industries Limited": the name ends later
            group = _GROUP_WORD_AFTER.match(text, m.end) if legal is None and getattr(
                entries.get(m.id), "kind", None) == "company" else None  # "die Tata Gruppe", "der Tata-Konzern"
            end = legal.end() if legal else group.end() if group else m.end
            end = _state_after(text, end, m.text, getattr(entries.get(m.id), "country", None))
            national = _national_company(text, m.start, end, entries.get(m.id)) or \
                _group_company(text, m.start, end, entries.get(m.id))
            if national is not None:
                _add_national(national, article, actor_mentions, found_actors, taken)
                continue
            taken.add(m.start, end)
            start = _after_descriptor(m.text, m.id, gazetteer) + m.start
            form = _LEGAL_FORM_BEFORE.search(text, max(0, start - 6), start) if start == m.start else None
            start = form.start() if form else start
            if _THE_IN_TITLE.search(text, max(0, start - 6), start) and getattr(entries.get(m.id), "kind", None) == "media":
                start -= 4  # "provided to The Astana Times": a paper's title as written, its "The" mid-sentence
            actor_mentions.setdefault(m.id, []).append(Evidence(article.id, text[start:end], start, end))
            if m.id not in found_actors and m.id in entries:
                found_actors[m.id] = _gazetteer_actor(entries[m.id])
    countries_here: set[str] = set()
    for c in find_countries(text):
        if taken.overlaps(c.start, c.end):
            continue
        if any(start <= c.start and c.end <= end and end - start > c.end - c.start for start, end in people_spans):
            continue  # "Thomas Jordan": a person's family name, no country; "German Gref": a given name
        lexicon_id = actor_matcher.id_of(c.country.en) or actor_matcher.id_of(c.text)
        if lexicon_id:
            # "the Russian Federation" where the lexicon names "Russia": the lexicon's country, not
            # an organisation headed by "Federation"
            taken.add(c.start, c.end, nestable=True)
            mentions = actor_mentions.setdefault(lexicon_id, [])
            if not any(e.article == article.id and e.start == c.start for e in mentions):
                mentions.append(Evidence(article.id, c.text, c.start, c.end))
            continue
        country_id = slugify(c.country.en)
        countries_here.add(country_id)
        taken.add(c.start, c.end, nestable=True)
        actor_mentions.setdefault(country_id, []).append(Evidence(article.id, c.text, c.start, c.end))
        found_actors.setdefault(country_id, Actor(
            id=country_id, name=c.country.en, names={"en": c.country.en, "de": c.country.de}, kind="country",
            role=None, affiliation=None, country=c.country.alpha3, articles=(), mentions=()))
    found_all = [f for f in entities if not taken.overlaps(f.start, f.end, holds_any=f.category == "initiative")
                 # "the international lender and Islamabad announced": a capital standing for its state;
                 # "funds … including Abu Dhabi, Mubadala": a capital's words of a given name's shape
                 and not (f.kind in ("company", "person") and f.name in capital_names())]
    regions = region_names(text)
    if regions:
        # "China's Guizhou posts 8.1 pct GDP growth" under "Guizhou Province", "Der Handel Yunnans"
        # after "der Provinz Yunnan": a region the article names with its kind is a place
        found_all = [replace(f, kind="place") if f.kind in _ORG_KINDS and f.name in regions else f for f in found_all]
    places = [(e.start, e.end, key) for key, ms in actor_mentions.items()
              if actor_matcher.kinds.get(key) in _NESTABLE_KINDS or key in countries_here
              for e in ms if e.article == article.id and _LOCATIVE_BEFORE.search(text, max(0, e.start - 12), e.start)]
    places += [(f.start, f.end, slugify(f.name)) for f in found_all if f.kind == "place"]
    settings = _Settings(article, places)
    # a person named with an office first: its spelling names the person ("Zhaslan Madiev, Deputy
    # Prime Minister", not the caption's "Zhaslan Madiyev" above it)
    people = _people_ids(f.name for f in sorted((f for f in found_all if f.kind == "person"), key=lambda f: f.role is None))
    acronyms = _acronyms_of_known(text, article.id, actor_mentions, found_actors, actor_matcher)
    for found in found_all:
        if found.text in acronyms:
            continue  # "the NDA" after "the National Data Administration (NDA)": that body (`_acronym_mentions`)
        evidence = Evidence(article.id, found.text, found.start, found.end)
        if found.category != "actor":
            _add_initiative(found, evidence, initiative_matcher, initiative_mentions, found_initiatives, article,
                            settings)
            continue
        if found.kind in _ORG_KINDS and stands_for_states(text, found.start, found.end):
            continue  # "das BIP der Europäischen Union": its member states, as the gazetteer's name would be
        name, country = (_without_country(found.name) if found.kind in _ORG_KINDS
                         and not _proper_adjective(text, found.start, article.language) else (found.name, None))
        known = actor_matcher.id_of(found.name) or actor_matcher.id_of(name)
        by_short_form = False  # the lexicon's actor named by its short form: its record stays the lexicon's
        if known is None:
            # "Zhao fügte hinzu" where the article names "Zhao Yongsheng" in full: that person; a
            # short form whose full name the article never gives names no one ("das usbekische
            # Ministerium" is not the curated ministry)
            short = actor_matcher.short_id_of(found.name)
            if short is not None and any(e.article == article.id for e in actor_mentions.get(short, ())):
                known, by_short_form = short, True
        if known is None and found.kind in _ORG_KINDS:
            # "des Handelsministeriums Chinas (MOFCOM)", "the Ministry of Commerce (MOFCOM)": the
            # body a known acronym in brackets right after the name names
            aliased = _ACRONYM_AFTER.match(text, found.end)
            for matcher in (actor_matcher, gazetteer) if aliased else ():
                alias_id = matcher.id_of(aliased["acr"]) if matcher is not None else None
                if alias_id is not None and matcher.kinds.get(alias_id) in _ORG_KINDS and alias_id in found_actors:
                    known = alias_id
                    break
        if country is not None and known is None and article.language == "de" and "inisteri" in name:
            evidence = _without_adjective(evidence)
        if known is None and found.kind in _ORG_KINDS and gazetteer is not None:
            opened = _opened_by_lower_case(text, found.start, gazetteer)
            if opened is not None:  # "die neue Entwicklungsbank": the gazetteer's "Neue Entwicklungsbank"
                known, start = opened
                evidence = Evidence(article.id, text[start:found.end], start, found.end)
                entry = entries.get(known)
                if entry is not None and known not in found_actors:
                    found_actors[known] = _gazetteer_actor(entry)
        if found.kind == "person":
            if known is None and any(country_of(w) for w in found.name.split()) and not _family_name_of_a_country(found.name) \
                    and well_known_person(found.name, whole=True) is None:
                continue  # "Usbekistans", "Kazakh": a country's name or adjective is no person's ("German Gref" is)
            known, name = known or people[found.name][0], people[found.name][1]
        if known is None and found.kind in _ORG_KINDS and " " not in found.name and country_of(found.name):
            continue  # "the data of the Kyrgyz and Chinese sides": a country's word is no organisation
        if known is None and country and " " not in name and is_bare_head(name):
            # "Deutsche Bank" mid-sentence is a name, whole; "Russische Bank schüttet aus" opening a
            # headline, and "a Russian Bank", describe a bank; they name none
            if _described_not_named(text, found.start):
                continue
            name, country = found.name, None
        if known is None and found.kind == "place":
            place_country = country_of(found.name)
            if place_country is not None:
                continue  # a country the ISO table names: `find_countries` has it
        # a capital has one id in both languages ("Moskau", "Moscow"): two reports of one story name one place
        entity_id = known or (capital_id(found.name) if found.kind == "place" else None) or \
            slugify(f"{_ministry_of(name) or name} {country}" if country else name)
        actor_mentions.setdefault(entity_id, []).append(evidence)
        if found.kind in _ORG_KINDS:
            acronym = _ACRONYM_AFTER.match(text, found.end)
            if acronym:
                acronyms.setdefault(acronym["acr"], entity_id)
        if (actor_matcher.id_of(found.name) is None and not by_short_form) or entity_id in found_actors:
            _add_actor(found, name, country, entity_id, actor_matcher, found_actors)
    _bare_names_join_national(actor_mentions, found_actors)
    _national_heads_join_named(actor_mentions, found_actors)
    _bare_heads_join_longer(actor_mentions, found_actors)
    _names_join_their_complemented_form(actor_mentions, found_actors)
    _names_join_their_adjective_form(actor_mentions, found_actors)
    _names_join_their_place_form(actor_mentions, found_actors)
    _names_join_their_legal_form(actor_mentions, found_actors)
    _listed_beside_organisations(article, actor_mentions, initiative_mentions, found_actors, actor_matcher)
    _acronym_mentions(article, acronyms, taken, actor_mentions)
    link_affiliations(found_actors, actor_matcher)


# --- names listed beside organisations -----------------------------------------------------------
# "representatives from Power China, Three Gorges Corporation, Huawei, Zong and other companies",
# "Chery, Exeed und BYD": a name in a list whose other items include two organisations the article
# already names is one of the same kind. Items may carry a note in brackets ("Shirin
# (confectionery)"); a list does not run across a line break.
_ITEM = r"[A-ZÄÖÜ][\w&'’.–-]*\w(?:[^\S\n]+[A-ZÄÖÜ0-9][\w&'’.–-]*\w){0,5}"
_NOTE = r"(?:[^\S\n]*\([^()\n]{1,60}\))?"
_JOIN = r"(?:[^\S\n]*,[^\S\n]*(?:(?:and|und|sowie|&)[^\S\n]+)?|[^\S\n]+(?:and|und|sowie|&)[^\S\n]+)"
# Items may stand in quotes ('“Siemens Energy“, “Notus Energy“, “SAP SE“'): the quotes are no part of the name.
_QUOTE_CLOSE = r"[”“\"»]?"
_QUOTE_OPEN = r"[„“\"«]?"
_ITEM_END = rf"(?={_QUOTE_CLOSE}[^\S\n]*(?:[,;.:)(–—]|$)|{_QUOTE_CLOSE}[^\S\n]+(?:and|und|sowie|&|[a-zäöü]))"
_NEXT_ITEM = re.compile(rf"{_QUOTE_CLOSE}{_NOTE}{_JOIN}{_QUOTE_OPEN}(?P<item>{_ITEM}){_ITEM_END}")
_PREVIOUS_ITEM = re.compile(rf"(?<![\w'’.&–-]){_QUOTE_OPEN}(?P<item>{_ITEM}){_QUOTE_CLOSE}{_NOTE}{_JOIN}{_QUOTE_OPEN}\Z")
_MAX_ITEMS = 12
_BETWEEN = re.compile(r"\b(?:between|zwischen)[^\S\n]+(?:(?:der|dem|den|die|the)[^\S\n]+)?\Z")
_COMMON_NOUNS = _en.COMMON_NOUNS | _de.COMMON_NOUNS
_NOT_LISTED = frozenset(w.lower() for w in (*_en.NAME_STOP_WORDS, *_de.NAME_STOP_WORDS, *_en.MONTHS, *_de.MONTHS))


def _listed_beside_organisations(article: Article, actor_mentions: dict[str, list[Evidence]],
                                 initiative_mentions: dict[str, list[Evidence]], found_actors: dict[str, Actor],
                                 matcher: AliasMatcher) -> None:
    """Add the unknown names of lists that hold two organisations or more as companies, and the
    unknown party of an agreement "between" one and another name."""
    text, article_id = article.text, article.id
    spans: list[tuple[int, int]] = []  # what the article names already; a country may lie inside an item
    organisations: set[tuple[int, int]] = set()
    for key, ms in (*actor_mentions.items(), *initiative_mentions.items()):
        actor = found_actors.get(key)
        kind = actor.kind if actor is not None else matcher.kinds.get(key)
        for e in ms:
            if e.article == article_id:
                if kind not in _NESTABLE_KINDS:
                    spans.append((e.start, e.end))
                if kind in _ORG_KINDS and key not in initiative_mentions:
                    organisations.add((e.start, e.end))
    if not organisations:
        return
    spans.sort()
    # "zwischen Fosun und Bonomi … Der italienische Konkurrent, Andrea Bonomi": a person's family name alone
    families = {actor.name.split()[-1] for key, actor in found_actors.items() if actor.kind == "person"
                and " " in actor.name and any(e.article == article_id for e in actor_mentions.get(key, ()))}
    regions = region_names(text)  # "zwischen dem Verband … (ASEAN) und Yunnan" after "der Provinz Yunnan": a place
    seen: set[tuple[int, int]] = set()
    lower_words: frozenset[str] | None = None  # the words the text writes in lower case, read once if asked
    for start, end in sorted(organisations):
        if (start, end) in seen:
            continue
        items = [*_items_before(text, start), (start, end), *_items_after(text, end)]
        seen.update(items)
        # "ein Vertrag zwischen Uzsanoatexport und Cargill": the other of two parties to an agreement
        # with one organisation is one as well
        parties = len(items) == 2 and _BETWEEN.search(text, max(0, items[0][0] - 16), items[0][0]) is not None
        known = sum(item in organisations for item in items)
        # One organisation in a list of names lends its kind too, to names nothing else reads
        # otherwise ("including NEC and NTT Communications"), under stricter checks (`_names_alone`).
        if known < 1 or len(items) < 2:
            continue
        strict = known < 2 and not parties
        if strict and lower_words is None:
            lower_words = frozenset(w.lower() for w in _LOWER_WORD.findall(text))
        for item in items:
            if (owner := _OWNER_BEFORE.match(text, item[0], item[1])) is not None:
                item = (owner.end(), item[1])  # "Airbus and Italy's Leonardo Finmeccanica": the firm, not its owner
            written = text[item[0] : item[1]]
            if _overlaps(spans, item) or not _names_a_company(written) or written in regions or written in families:
                continue
            if article.language == "de" and _DESCRIBED_BEFORE.search(text, max(0, item[0] - 30), item[0]):
                continue  # "Tatneft, dem fünftgrößten Ölkonzern Russlands, und KAMAZ": what the name before is
            if (after := _LOWER_WORD_AFTER.match(text, item[1])) and after["word"].rstrip("s") in _DESCRIPTORS:
                continue  # "Nvidia, Google and Microsoft, and AI start-ups like …": a field of firms, no name
            if strict and not (_names_alone(written, lower_words or frozenset())
                               and _alone_in_its_place(text, item, article.language)):
                continue
            entity_id = slugify(written)
            actor_mentions.setdefault(entity_id, []).append(Evidence(article_id, written, item[0], item[1]))
            found_actors.setdefault(entity_id, Actor(id=entity_id, name=written, names={}, kind="company", role=None,
                                                     affiliation=None, country=None, articles=(), mentions=()))


_OWNER_BEFORE = re.compile(r"[A-Z][\w.&-]*['’]s[^\S\n]+(?=[A-Z])")


def _items_before(text: str, start: int) -> list[tuple[int, int]]:
    items: list[tuple[int, int]] = []
    for _ in range(_MAX_ITEMS):
        m = _PREVIOUS_ITEM.search(text, max(0, start - 160), start)
        if m is None:
            break
        items.append((m.start("item"), m.end("item")))
        start = m.start("item")
    return items[::-1]


def _items_after(text: str, end: int) -> list[tuple[int, int]]:
    items: list[tuple[int, int]] = []
    for _ in range(_MAX_ITEMS):
        m = _NEXT_ITEM.match(text, end)
        if m is None:
            break
        items.append((m.start("item"), m.end("item")))
        end = m.end("item")
    return items


def _overlaps(spans: list[tuple[int, int]], item: tuple[int, int]) -> bool:
    i = bisect.bisect_left(spans, (item[1],))
    return any(s < item[1] and item[0] < e for s, e in spans[max(0, i - 8) : i])


_LOWER_WORD = re.compile(r"(?<![\w-])[a-zäöüß][\w-]*")
# A German article, maybe with an inflected adjective, right before a capitalised word: a noun it describes
# ("dem fünftgrößten Ölkonzern Russlands"), no name of a list
_DESCRIBED_BEFORE = re.compile(r"(?<![\w-])(?:dem|der|den|des|einem|einer|eines)(?:[^\S\n]+[a-zäöüß]+(?:en|em|er|es|e))?"
                               r"[^\S\n]+\Z")
# The word after a listed item, in lower case: a descriptor there makes the item its modifier
_LOWER_WORD_AFTER = re.compile(r"[^\S\n]+(?P<word>[a-zäöüß][\w-]*)")
_DESCRIPTORS = frozenset(_en.ORG_DESCRIPTORS) | frozenset(_de.ORG_DESCRIPTORS)
_WEEKDAY_WORDS = frozenset(w.lower() for w in (*_en.WEEKDAYS, *_de.WEEKDAYS))
_GERMAN_PLURAL_END = re.compile(r"(?:en|ern|ungen|ien|ionen|täten|keiten|heiten)\Z")


def _names_alone(written: str, lower_words: frozenset[str]) -> bool:
    """What a listed item beside one organisation needs to be a company: no word the text also
    writes in lower case ("Thus", "Engineering"), no weekday, title ("Chairman", "Leiter") or
    possessive ("India's"), not a German plural ("Ministerien", "Transformatoren"), not an adverb."""
    words = written.split()
    if written.endswith(("'s", "’s")) or any(w.lower() in lower_words or w.lower() in _WEEKDAY_WORDS
                                             or is_title_word(w) for w in words):
        return False
    return not (len(words) == 1 and (words[0].endswith("ly") or _GERMAN_PLURAL_END.search(words[0])))


# Last words of a field of study or work, not of a firm ("Computer Science", "European Affairs")
_FIELD_LAST = frozenset("science sciences engineering management affairs law administration studies education "
                        "economics".split())
_PEOPLE_PLURAL_END = re.compile(r"(?i:chairs|chairmen|members|partners|leaders)\Z")
_GROUPS = frozenset(_en.COUNTRY_GROUPS | _de.COUNTRY_GROUPS)
_GERMAN_NOUN_LIKE = re.compile(r"(?:er|es|or|ung|heit|keit|schaft|ion|tät|nis)\Z")
_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?]\s+|\n\s*)\Z")


def _alone_in_its_place(text: str, item: tuple[int, int], language: str | None) -> bool:
    """What else a listed item beside one organisation needs: not opening a sentence ("Thus, …"),
    not after "&" ("Guoling IMP & EXP"), not a field of study, a plural of people ("Co-Chairs"), a
    group of states ("EU"), a head word's fragment ("Neo Institute" of a longer name), or, in German,
    one word shaped like a noun ("Mitarbeiter", "Landes")."""
    written = text[item[0] : item[1]]
    words = written.split()
    last = words[-1]
    if _SENTENCE_OPENS.search(text, max(0, item[0] - 3), item[0]) or text[max(0, item[0] - 2) : item[0]] == "& ":
        return False
    if last.lower() in _FIELD_LAST or _PEOPLE_PLURAL_END.search(last) or written in _GROUPS or is_bare_head(last):
        return False
    if len(words) == 1 and len(last) <= 3 and not last.isupper():
        return False  # "JD. Com": a domain split at its dot
    return not (language == "de" and len(words) == 1 and not any(c.isupper() for c in last[1:])
                and _GERMAN_NOUN_LIKE.search(last))


def _names_a_company(written: str) -> bool:
    """Whether a listed item can be a company's name: four words at most, none a stop word, a
    month or a country's name, not ending in a common noun ("Port Qasim Power Plant")."""
    words = written.split()
    if len(words) > 4 or words[-1].lower() in _COMMON_NOUNS or STREET_WORD.search(words[-1]):
        return False  # "Perleberger Str." of an address: a street
    if any(w.lower() in _NOT_LISTED and country_of(w) is None for w in words):
        return False  # "The", "Minister": sentence words; "Power China" holds a country's name, which may
    # nor a capital, standing for its government ("the international lender and Islamabad announced")
    return country_of(written) is None and not (len(words) == 1 and country_of(words[0]) is not None) \
        and written not in capital_names() and _CONTINENT_PART.fullmatch(written) is None


# A part of a continent: "Lenovo in Russland, der GUS und Osteuropa", "Central Asia and the Caucasus".
_CONTINENT_PART = re.compile(r"(?:(?:Ost|West|Süd|Nord|Zentral|Mittel|Südost|Nordost|Südwest|Nordwest|Inner)"
                             r"(?:europa|asien|afrika|amerika)s?|(?:(?:Eastern|Western|Southern|Northern|Central|"
                             r"South|North|East|West|Southeast|South-East|Inner)[^\S\n]+)?(?:Europe|Asia|Africa|America|Eurasia))")


def _drop_words_of_longer_bodies(mentions: dict[str, list[Evidence]], article_id: str, matches: list[Any]) -> None:
    """Lexicon mentions that open a longer gazetteer body's name ending in a head word ("SCO" in
    "SCO Secretariat") are words of that body: the body is what the text names there."""
    bodies = {m.start: m.end for m in matches if " " in m.text and is_bare_head(m.text.rsplit(None, 1)[-1])}
    if not bodies:
        return
    for key in list(mentions):
        kept = [e for e in mentions[key] if e.article != article_id or bodies.get(e.start, 0) <= e.end]
        if len(kept) == len(mentions[key]):
            continue
        if kept:
            mentions[key] = kept
        else:
            del mentions[key]


_JOINER_FIRST = re.compile(r"(?:für|der|des|zur|zum|for|of)\s|\Z")


def _drop_words_of_headed_bodies(mentions: dict[str, list[Evidence]], article: Article, matcher: AliasMatcher,
                                 entities: list[Any]) -> None:
    """Remove the article's mentions of the lexicon's organisations that stand right before the
    head word of a longer body's name found around them ("SCO University", "the China-SCO
    Institute of Economy and Trade"): a body of its own, as for the gazetteer's names."""
    bodies = [(e.start, e.end) for e in entities if e.kind == "organization"]
    if not bodies:
        return
    text, article_id = article.text, article.id

    def inside(e: Evidence) -> bool:
        head = _NEXT_WORD.match(text, e.end)
        return head is not None and is_bare_head(head.group(1)) and any(
            s <= e.start and head.end(1) <= t for s, t in bodies)

    for key in list(mentions):
        if matcher.kinds.get(key) not in _ORG_KINDS:
            continue
        kept = [e for e in mentions[key] if e.article != article_id or not inside(e)]
        if kept:
            mentions[key] = kept
        else:
            del mentions[key]


_NEXT_WORD = re.compile(r"[^\S\n]+([\w-]+)")


def _headed_names(entities: list[Any]) -> dict[int, int]:
    """Start -> end of found organisations whose name ends in a head word ("SCO Secretariat",
    "UN Security Council"), or whose first word is a German compound with a head ("OPEC-Fonds für
    Internationale Entwicklung"): a gazetteer name opening one is a word of it, not a mention. A
    company's legal form after a gazetteer name is the gazetteer's ("Boeing Corporation")."""
    ends: dict[int, int] = {}
    for e in entities:
        if e.kind != "organization":
            continue
        first, _, rest = e.text.partition(" ")
        if (" " in e.text and is_bare_head(e.text.rsplit(None, 1)[-1])) or (
                "-" in first and is_bare_head(first.rsplit("-", 1)[1]) and _JOINER_FIRST.match(rest)) or (
                not rest and "-" in first and names_a_body(first.rsplit("-", 1)[1])):
            # "OPEC-Fonds für Internationale Entwicklung" (not "Peking-Universität Gong …": a name after
            # it); "des SOZ-Außenministerrates": a body of its own, one compound
            ends[e.start] = max(e.end, ends.get(e.start, 0))  # not "Boeing Corporation": a legal form
    return ends


def _longer_companies(entities: list[Any], text: str, language: str | None) -> dict[int, int]:
    """Start -> end of companies the text calls so by a descriptor or quotes, written with more
    words than a gazetteer company's name that opens them ("Automotive manufacturer Chery Commercial
    Vehicles", 'the “Exxon Mobile” company'): the longer name is the company meant. A country after
    the name is the gazetteer's to join ("Beeline Kasachstan"). In German, where every noun is
    capitalised, only a quoted name counts ("Staatskonzern Rosatom Beteiligungen an …" runs on
    into the object)."""
    ends: dict[int, int] = {}
    for e in entities:
        quoted = text[e.start - 1 : e.start] in ("\"", "“", "„", "«", "»")
        if language == "de" and not quoted and not _FOREIGN_WORDS.fullmatch(e.text) \
                and not _LEGAL_FORM_END.search(e.text):
            continue  # German: quoted, written in words no German noun has ("DHL Global Forwarding"), or
            # ending in a legal form ("die China Railway Urumqi Group Co., Ltd.")
        if e.kind == "company" and " " in e.text:
            ends[e.start] = max(e.end, ends.get(e.start, 0))
    return ends


# A name of capitalised words none of which ends as German nouns often do (-ung, -heit, -keit,
# -schaft, -en, -er, -e), "&" between them: "DHL Global Forwarding", "Gazprom Neft", "DB Engineering &
# Consulting" ("China Railway Container
# Transport" is left to the gazetteer: "Container" ends like a German noun)
_FOREIGN_WORDS = re.compile(r"(?:(?:[A-Z][\w&.-]*?(?<!ung)(?<!heit)(?<!keit)(?<!schaft)(?<!en)(?<!er)(?<!e)|&)(?:\s+|$))+")


_WORD_AFTER = re.compile(r"[^\S\n]+(?P<word>[A-ZÄÖÜ][\w-]+)")


def _alias_before_a_place(text: str, m: Any, entries: dict[str, Any]) -> bool:
    """Whether an alias of a gazetteer body (not one of its names; not a company) stands right
    before a capital or a country that is not the body's own: the words name that place's body
    ("IT Park Dushanbe" is Tajikistan's, not IT Park Uzbekistan)."""
    entry = entries.get(m.id)
    if entry is None or entry.kind == "company" or m.text.strip() in entry.names.values():
        return False  # a company's national arm ("Beeline Kasachstan") is `_national_company`'s
    after = _WORD_AFTER.match(text, m.end)
    if after is None:
        return False
    word = after["word"]
    if word in capital_names():
        return True
    country = country_of(word)
    return country is not None and country.alpha3 != getattr(entry, "country", None)


def _body_of_a_place(text: str, m: Any, entries: dict[str, Any]) -> _National | None:
    """The body `_alias_before_a_place` finds, named by the alias and the place as written, where
    the place is a capital or a country's name itself (not "ASEAN Chinas biggest trading
    partner", a genitive) and the alias is no short name in brackets after another body's ("die
    Deutsche Handelskammer in China (AHK China)")."""
    after = _WORD_AFTER.match(text, m.end)
    if after is None or text[max(0, m.start - 1) : m.start] == "(":
        return None
    word = after["word"]
    country = country_of(word)
    if word not in capital_names() and (country is None or word not in (country.en, country.de)):
        return None
    name = " ".join(text[m.start : after.end()].split())
    return _National(m.start, after.end(), name, country.alpha3 if country is not None else None,
                     entries[m.id].kind)


def _names_a_longer_company(text: str, m: Any, longer: dict[int, int], entries: dict[str, Any]) -> bool:
    """Whether a gazetteer company's name opens a longer company's the text names, more than its
    legal form ("Boeing Corporation" is Boeing's)."""
    end = longer.get(m.start, 0)
    entry = entries.get(m.id)
    if end <= m.end or entry is None:
        return False
    if entry.kind != "company" and not (entry.kind == "organization" and _LEGAL_FORM_END.search(text, m.end, end)):
        return False  # ("NPCI International Payments Ltd": a body's acronym opening its company's name)
    legal = _LEGAL_FORM_AFTER.match(text, m.end)
    if legal is not None and legal.end() >= end:
        return False
    # "Beeline Kasachstan": a country after a one-word name is the gazetteer's to join
    # (`_national_company`); "Volkswagen Group China" names a company of its own
    return " " in m.text.strip() or country_of(text[m.end:end].strip()) is None


_AGENCY_LAST = re.compile(r"(?:Agency|Agentur|Nachrichtenagentur)(?:[^\S\n]+of[^\S\n]+[A-Z][\w-]+)?\Z")


def _names_its_agency(m: Any, entities: list[Any], entries: dict[str, Any]) -> bool:
    """Whether a gazetteer outlet's name opens the longer name of the agency the text writes in
    capitals ("Kazinform News Agency", "Khovar National Information Agency of Tajikistan"): that
    name is the actor, as written (a lower-case "Kazinform news agency" leaves the gazetteer's)."""
    entry = entries.get(m.id)
    if entry is None or entry.kind != "media":
        return False
    return any(e.start == m.start and e.end > m.end and e.kind in _ORG_KINDS and _AGENCY_LAST.search(e.text)
               for e in entities)  # bounded: the article's names


def _ends_a_longer_body(text: str, m: Any, entities: list[Any]) -> bool:
    """Whether a gazetteer name ends a longer organisation's or company's name the text gives,
    whose words before it are capitalised names, no country's ("Central Bank of China",
    "Agricultural Bank of China" are banks of their own, not the Bank of China; "Russian Gazprom"
    is Gazprom). Only a name that opens with its head word ("Bank of China", "Ministry of
    Commerce"), after one or two words: a word before a name like "Shanghai Cooperation
    Organization" is a run-on (a headline's "Meets"), and one word after a descriptor is that
    body's own name ("Handelsministerium MOFCOM")."""
    first, space, _ = m.text.strip().partition(" ")
    one_word = not space  # "des Obersten Staatsrats": a German adjective of rank makes a one-word name another body's
    if not one_word and not is_bare_head(first):
        return False
    for e in entities:  # bounded: the article's names
        if e.kind not in _ORG_KINDS or not (e.start < m.start and m.end <= e.end):
            continue
        before = text[e.start : m.start].split()
        if 0 < len(before) <= 2 and all(w[:1].isupper() and country_of(w.rstrip("’'s")) is None
                                        and (not one_word or _RANK_ADJECTIVE.fullmatch(w)) for w in before):
            return True
    return False


_RANK_ADJECTIVE = re.compile(r"(?:Ober|Höch|Zentral|General|Ständig)[a-zäöüß]*(?:e|en|er|es|em)")


def _inside_compound(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is joined by hyphens to words on both sides ("Falk-Porsche-Technik"),
    or is a name in capitals (not an acronym: "ASEAN-GCC") joined by a hyphen to another in capitals
    ("JV AMKODOR-AGROTEXMASH")."""
    if end - start >= 6 and text[start:end].isupper():
        after, before = text[end : end + 2], text[max(0, start - 2) : start]
        if (after[:1] == "-" and after[1:].isupper()) or (before[1:] == "-" and before[:1].isupper()):
            return True
    return (text[start - 1 : start] == "-" and text[start - 2 : start - 1].isalpha()
            and text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha())


def _bodies_of(entities: list[Any], text: str) -> dict[int, int]:
    """End -> start of found organisations named as a part of another body ("Economic Commission
    of the Eurasian Economic Union"): a gazetteer name ending theirs after "of" is a word of it."""
    ends: dict[int, int] = {}
    for e in entities:
        if e.kind in _ORG_KINDS and (" of " in e.text or " der " in e.text or " des " in e.text):
            ends[e.end] = min(e.start, ends.get(e.end, e.start))
    return ends


def _held(text: str, holders: dict[int, int], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends a longer found body's name right after its "of (the)",
    "der" or "des" ("… and Kazatomprom" ends a run-on chain, not a body's name)."""
    return end in holders and holders[end] < start and _OF_BEFORE.search(text, max(0, start - 10), start) is not None


_OF_BEFORE = re.compile(r"(?<![\w-])(?:of(?:[^\S\n]+the)?|der|des)[^\S\n]+\Z")


_DESCRIPTOR_WORDS = frozenset({*_en.ORG_DESCRIPTORS, *_de.ORG_DESCRIPTORS})


def _after_descriptor(written: str, entity_id: str, gazetteer: AliasMatcher) -> int:
    """Where the name starts in a gazetteer name that opens with a descriptor of what it is, when
    the rest is a name of the same entry: "Nachrichtenagentur Xinhua" is the agency "Xinhua"
    (as "die amtliche Nachrichtenagentur Xinhua" shows); the mention is the name."""
    head, _, rest = written.partition(" ")
    if rest and head.lower() in _DESCRIPTOR_WORDS and gazetteer.id_of(rest) == entity_id:
        return len(written) - len(rest)
    return 0


def _state_after(text: str, end: int, name: str, country: str | None) -> int:
    """Where a body's name written up to `end` ends with the state written after it: its formal
    name ("… Digital Development of the Republic of Kazakhstan"), or in English the state after a
    state body's name ("Ministry of … of China"), when that state is the body's own (`country`,
    ISO alpha-3) or the body's state is not known."""
    state = _STATE_AFTER.match(text, end)
    if state is not None and country_of(state["country"]) is not None:
        return state.end()
    state = _STATE_OF.match(text, end)
    if state is None or not _STATE_BODY_HEADS.intersection(name.split()):
        return end
    found = country_of(state["country"])
    if found is None or state["country"].casefold() in found.adjectives or country not in (None, found.alpha3):
        return end
    return state.end()


def _states_after_lexicon_bodies(mentions: dict[str, list[Evidence]], text: str, article_id: str,
                                 matcher: AliasMatcher) -> None:
    """Lexicon state bodies of this article with the state written after their names (`_state_after`)."""
    for key, ms in mentions.items():
        if matcher.kinds.get(key) != "organization":
            continue
        for i, e in enumerate(ms):
            end = _state_after(text, e.end, e.quote, None) if e.article == article_id else e.end
            if end != e.end:
                ms[i] = Evidence(article_id, text[e.start:end], e.start, end)


def _names_without_descriptors(mentions: dict[str, list[Evidence]], article_id: str, matcher: AliasMatcher) -> None:
    """Lexicon mentions of this article as their names, without a descriptor opening them."""
    for key, ms in mentions.items():
        for i, e in enumerate(ms):
            cut = _after_descriptor(e.quote, key, matcher) if e.article == article_id else 0
            if cut:
                ms[i] = Evidence(article_id, e.quote[cut:], e.start + cut, e.end)


def _gazetteer_actor(entry: Any) -> Actor:
    return Actor(id=entry.id, name=entry.names.get("en") or next(iter(entry.names.values())),
                 names=dict(entry.names), kind=entry.kind, role=None, affiliation=None,
                 country=entry.country, articles=(), mentions=())


_LOWER_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<word>[a-zäöüß]+)[^\S\n]+$")


def _opened_by_lower_case(text: str, start: int, gazetteer: AliasMatcher) -> tuple[str, int] | None:
    """(gazetteer id, new start) when the lower-case word before a found name opens a name of the
    gazetteer: "die neue Entwicklungsbank" is the "Neue Entwicklungsbank" (NDB). Any other
    lower-case adjective ("die neue Zentralbank") only describes."""
    m = _LOWER_WORD_BEFORE.search(text[max(0, start - 30) : start])
    if m is None:
        return None
    word = m["word"]
    if country_of(word) is not None:
        return None  # "die russische Zentralbank": whose bank, not a word of its name
    known = gazetteer.id_of(f"{word[0].upper()}{word[1:]} {text[start:].split(None, 1)[0]}")
    return (known, start - (len(text[max(0, start - 30) : start]) - m.start("word"))) if known else None


def _given_names_only(words: str) -> bool:
    """Whether `words` are one or two given names and nothing else ("Reinhold ", "Anna Maria ")."""
    names = words.split()
    return 0 < len(names) <= 2 and all(map(is_given_name, names))


class _National:
    """A company's national subsidiary named as company + country ("Beeline Kasachstan"), or a
    place's body named as a known body's short name + the place ("IT Park Dushanbe")."""

    __slots__ = ("country", "end", "id", "kind", "name", "start")

    def __init__(self, start: int, end: int, name: str, country: str | None, kind: str = "company") -> None:
        self.start, self.end, self.name, self.country, self.kind = start, end, name, country, kind
        self.id = slugify(name)


def _add_national(national: _National, article: Article, actor_mentions: dict[str, list[Evidence]],
                  found_actors: dict[str, Actor], taken: _Taken) -> None:
    taken.add(national.start, national.end)
    # the words as written (the name folds white space)
    written = Evidence(article.id, article.text[national.start : national.end], national.start, national.end)
    actor_mentions.setdefault(national.id, []).append(written)
    found_actors.setdefault(national.id, Actor(
        id=national.id, name=national.name, names={article.language or "en": national.name},
        kind=national.kind, role=None, affiliation=None, country=national.country, articles=(), mentions=()))


_COUNTRY_NAME_AFTER = re.compile(r"[^\S\n]+(?P<country>[A-ZÄÖÜ][\w-]+)(?![\w'’-])")
_INTRODUCED_BEFORE = re.compile(
    r"(?:\b(?:[Dd]as|[Dd]ie|[Dd]er|[Tt]he|[Uu]nternehmen|[Kk]onzern|[Bb]etreiber|company|operator|firm"
    # after a preposition the name is what it governs: "die Kontrolle über Rosneft Deutschland"
    r"|über|von|vom|bei|beim|mit|für|of|at|with|by|from)|^"
    # an item of a list: "Sangtuda-1 hydroelectric power station, Gazprom Neft Tajikistan, and Megafon Tajikistan"
    r"|,(?:[^\S\n]*(?:and|und|sowie))?"
    # opening a sentence: "Gazprom Kyrgyzstan ist eine Tochtergesellschaft der Gazprom"
    r"|[.!?][\"”“»«]?|\n)[^\S\n]*$"
)


def _national_company(text: str, start: int, end: int, entry: Any) -> _National | None:
    """A gazetteer company followed by a country's name (not its genitive, not an adjective) after
    an article or a descriptor: "Das Unternehmen Beeline Kasachstan" names the subsidiary. After a
    verb the country is an object ("lieferte Boeing Kasachstan …") and nothing is joined."""
    if entry is None or entry.kind != "company":
        return None
    m = _COUNTRY_NAME_AFTER.match(text, end)
    if m is None:
        return None
    country = country_of(m["country"])
    if country is None or m["country"] not in country.names:
        return None
    if _INTRODUCED_BEFORE.search(text[max(0, start - 30) : start]) is None:
        return None
    written = text[start : m.end()]
    return _National(start, m.end(), " ".join(written.split()), country.alpha3)


# Words after a group's name that name one of its companies: "Tata Chemicals", "Samsung Engineering",
# "Yara International", "Thyssenkrupp Steel Europe" (at most two, the name ending there)
_GROUP_FIRM_WORDS = frozenset(
    "Engineering Chemicals Chemical International Steel Green Energy Electronics Motors Technologies "
    "Solutions Systems Logistics Telecom Pharma Pharmaceuticals Infrastructure Construction Finance Financial "
    "Securities Fertilisers Fertilizers Petrochemicals Europe Eurasia Asia".split())
# ("Gazprom Power of Siberia": a name that goes on past the words is another's)
_GROUP_FIRM_AFTER = re.compile(r"(?:[^\S\n]+(?P<word>[A-Z][a-z]+)){1,2}(?![\w&'’-]|[^\S\n]+(?:[A-ZÄÖÜ]|of\b|de\b|des\b|der\b))")


# A list of a group's units, each its name and their own words: "Severstal Dearborn, Severstal
# Columbus, Severstal Sparrows Point"
_UNIT_AFTER = re.compile(r"(?:[^\S\n]+[A-Z][a-z]+){1,2}(?=[^\S\n]*[,;.]|[^\S\n]+(?:and|und)[^\S\n])")
_LIST_REACH = 80  # characters before and after a unit where the next or last of its list stands


def _units_listed(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end] opens another item of a comma list near it, with words of
    its own after it ("…, Severstal Columbus, …")."""
    name = re.escape(text[start:end])
    item = re.compile(rf"(?:,|\b(?:and|und))[^\S\n]+{name}[^\S\n]+[A-Z][a-z]")
    return item.search(text, end, min(len(text), end + _LIST_REACH)) is not None or \
        item.search(text, max(0, start - _LIST_REACH), end) is not None and \
        re.compile(rf"{name}[^\S\n]+[A-Z][a-z]").search(text, max(0, start - _LIST_REACH), start) is not None


def _group_company(text: str, start: int, end: int, entry: Any) -> _National | None:
    """A gazetteer company followed by words that name one of its companies (`_GROUP_FIRM_WORDS`):
    "Tata Chemicals", "Samsung Engineering" name that company, of the group's country."""
    if entry is None or entry.kind != "company":
        return None
    m = _GROUP_FIRM_AFTER.match(text, end)
    if m is None or not all(w in _GROUP_FIRM_WORDS for w in text[end : m.end()].split()):
        m = _UNIT_AFTER.match(text, end)
        if m is None or not _units_listed(text, start, end):
            return None
    written = text[start : m.end()]
    return _National(start, m.end(), " ".join(written.split()), getattr(entry, "country", None))


def slugify(name: str) -> str:
    """`textutil.slugify`, kept per name: the same names recur in article after article, and
    folding a name to its slug is the costly part of adding a mention."""
    try:
        return _SLUGS[name]
    except KeyError:
        pass
    if len(_SLUGS) >= 100_000:
        _SLUGS.clear()
    slug = _SLUGS[name] = _slugify(name)
    return slug


_SLUGS: dict[str, str] = {}
_ENTRIES: list[Any] = [None, {}]  # the last gazetteer seen and its entries by id


def _entries_by_id(entries: tuple[Any, ...]) -> dict[str, Any]:
    """The gazetteer's entries by id, built once per registry rather than once per article
    (the tuple is immutable, so the same tuple has the same entries)."""
    if _ENTRIES[0] is not entries:
        _ENTRIES[:] = [entries, {e.id: e for e in entries}]
    by_id: dict[str, Any] = _ENTRIES[1]
    return by_id


_INDEFINITE_BEFORE = re.compile(r"(?i:\b(?:a|an|ein|eine|einer|einem|eines|einen))[^\S\n]+$")


def _described_not_named(text: str, start: int) -> bool:
    """Whether a name starting at `start` opens a sentence or a headline, or follows an indefinite
    article ("a Russian Bank"): there a country's adjective and a head word may only describe."""
    before = text[max(0, start - 40) : start]
    stripped = before.rstrip(" \t")
    return not stripped or stripped[-1] in "\n.!?:" or _INDEFINITE_BEFORE.search(before) is not None


def _group_of_countries(text: str, written: str, end: int) -> bool:
    """An acronym before a plural noun of countries ("EU countries", "GUS-Staaten") names a group
    of countries, not the organisation acting."""
    return written.isupper() and is_group_of_countries(text, end)


def _drop_groups_of_countries(actor_mentions: dict[str, list[Evidence]], text: str, article_id: str) -> None:
    for key in list(actor_mentions):
        kept = [e for e in actor_mentions[key] if e.article != article_id or not _group_of_countries(text, e.quote, e.end)]
        if kept:
            actor_mentions[key] = kept
        else:
            del actor_mentions[key]


class _Taken:
    """Spans already accounted for (lexicon names, credits, kept entities).

    A span blocks a new one that overlaps it, unless it is a country's or a place's name that
    the new one holds whole and is longer: "China Mobile" and "State Bank of Pakistan" are names
    of their own around a country's name (which stays a mention of that country, as the
    lexicon's own nested matches do). Credits and datelines block everything they touch.
    """

    __slots__ = ("_credits", "_ends", "_initiative", "_longest", "_nestable", "_starts")

    def __init__(self, credits: list[tuple[int, int]]) -> None:
        self._credits = sorted(credits)
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._nestable: list[bool] = []
        self._initiative: list[bool] = []
        self._longest = 0

    def add(self, start: int, end: int, nestable: bool = False, initiative: bool = False) -> None:
        """`nestable`: a country's or a place's name, which a longer name may hold; `initiative`: a
        known event's or plan's name, which no longer name of an event holds."""
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        self._nestable.insert(i, nestable)
        self._initiative.insert(i, initiative)
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int, holds_any: bool = False) -> bool:
        """Whether text[start:end] touches a span taken; with `holds_any` (an event's or a plan's
        name: "SCO Development Strategy") an actor's span it holds whole and is longer than is left to it."""
        i = bisect.bisect_left(self._credits, (end, end))
        if i and self._credits[i - 1][1] > start:
            return True
        j = bisect.bisect_left(self._starts, end) - 1
        while j >= 0 and self._starts[j] > start - self._longest:
            s, e = self._starts[j], self._ends[j]
            inside = (self._nestable[j] or (holds_any and not self._initiative[j])) and start <= s and e <= end \
                and e - s < end - start
            if s < end and start < e and not inside:
                return True
            j -= 1
        return False


def _drop_inside(mentions: dict[str, list[Evidence]], spans: list[tuple[int, int]], article_id: str) -> None:
    """Remove the article's mentions that lie inside a credit or dateline."""
    if not spans:
        return
    for key in list(mentions):
        kept = [e for e in mentions[key] if e.article != article_id
                or not any(s <= e.start and e.end <= t for s, t in spans)]
        if kept:
            mentions[key] = kept
        else:
            del mentions[key]


def _family_name_of_a_country(name: str) -> bool:
    """Whether a person's name is a given name the list holds and a country's name as written
    ("Thomas Jordan", "Stephanie Chad"): a family name, not the country."""
    words = name.split()
    if len(words) != 2 or not is_given_name(words[0]):
        return False
    country = country_of(words[1])
    return country is not None and words[1] in (country.en, country.de)


def _people_ids(names: Any) -> dict[str, tuple[str, str]]:
    """Every person name found in one article -> (id, full name) of the person it stands for.

    "Tokayev", "Herr Tokayev", "Mr. Tokayev" and a cut-short "Kassym-Jomart" join "Kassym-Jomart
    Tokayev" when exactly one longest full name in the article fits; otherwise a name is its own.
    A family name alone that no full name fits joins the one full name that spells the same
    well-known person another way ("Mischustin" and "Mikhail Mishustin", `well_known_person`).
    """
    names = list(names)
    times = {n: names.count(n) for n in dict.fromkeys(names)} if len(names) <= _MAX_TYPO_NAMES else {}
    names = list(dict.fromkeys(names))
    bare = {n: _SHORT_TITLE.sub("", n) for n in names}
    # "Alexei Bogdanow" and later "Alexej Bogdanow": one name spelled two ways is the first spelling
    first_spelling: dict[str, str] = {}
    written = set(bare.values())
    for name in names:
        if len(bare[name].split()) > 1 and bare[name].endswith("s") and bare[name][:-1] in written:
            bare[name] = bare[name][:-1]  # "Elon Musks Unternehmen": the German genitive of "Elon Musk"
    for name in names:
        if len(bare[name].split()) > 1:
            # a well-known person's full name in another of the list's spellings is that person too
            # ("Shavkat Mirziyoyev" and later "Shavkat Mirsijojew")
            known = well_known_person(bare[name], whole=True)
            key = f"well-known {known}" if known is not None else _spelling_key(bare[name])
            bare[name] = first_spelling.setdefault(key, bare[name])
    # "Aleksandr Osipov" and later "Alesksandr Osipov": a given name mistyped by one letter
    # (the spelling written more often wins: a caption's "Pan Gonsheng" once, "Pan Gongsheng" twice)
    earlier: list[str] = []
    for name in names:
        if " " not in bare[name] or len(earlier) >= _MAX_TYPO_NAMES:
            continue
        other = next((f for f in earlier if _mistyped(bare[name], f)), None)
        if other is None:
            earlier.append(bare[name])
        elif times.get(name, 0) > sum(times.get(n, 0) for n in names if bare[n] == other):
            for n in names:
                if bare[n] == other:
                    bare[n] = bare[name]
            earlier[earlier.index(other)] = bare[name]
        else:
            bare[name] = other
    people: dict[str, tuple[str, str]] = {}
    for name in names:
        words = bare[name].split()
        fits = {bare[f] for f in names if _fits(words, bare[f].split())}
        if not fits and len(words) == 1 and (known := well_known_person(words[0])) is not None:
            fits = {bare[f] for f in names if " " in bare[f] and well_known_person(bare[f]) == known}
        longest = {f for f in fits if not any(_fits(f.split(), g.split()) for g in fits)}
        full = longest.pop() if len(longest) == 1 else bare[name]
        people[name] = (slugify(full), full)
    return people


_MAX_TYPO_NAMES = 200  # full names of an article compared for a mistyped letter, at most
_TYPO_FROM = 6  # letters a word has at least for a letter more or fewer to be a mistyping


def _mistyped(name: str, earlier: str) -> bool:
    """Whether `name` is `earlier` with one letter more or fewer in one of its words ("Alesksandr
    Osipov" for "Aleksandr Osipov", a caption's "Pan Gonsheng" for "Pan Gongsheng"), in words of
    `_TYPO_FROM` letters or more that open and close alike; every other word the same."""
    words, others = name.split(), earlier.split()
    if name == earlier or len(words) != len(others):
        return False
    differing = [(a, b) for a, b in zip(words, others) if a != b]
    if len(differing) != 1:
        return False
    a, b = differing[0]
    return min(len(a), len(b)) >= _TYPO_FROM and _one_letter_apart(a, b, 2)


def _one_letter_apart(a: str, b: str, opening: int) -> bool:
    """Whether `a` and `b` differ by one letter inserted past their first `opening` letters and
    before their last two, which they share."""
    if abs(len(a) - len(b)) != 1 or a[:opening] != b[:opening] or a[-2:] != b[-2:]:
        return False
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(opening, len(longer) - 2))


def _spelling_key(name: str) -> str:
    """A full name with each word's closing i/j/y folded and a German closing "-ow"/"-ew" read as
    "-ov"/"-ev", and the German and English transliterations of Russian letters read alike (sch/sh/zh,
    ch/kh, w/v, j/y, s/z; a y dropped; a doubled letter single), so the spellings of one name meet
    ("Alexei"/"Alexej", "Laziz Kudratow"/"Laziz Kudratov", "Zhaslan Madiyev"/"Zhaslan Madiev",
    "Schawkat Mirzijojew"/"Shavkat Mirziyoyev"); "Alexander" and "Alexei" stay two."""
    words = (_CLOSING_OW.sub("v", _CLOSING_IJY.sub("", w.casefold())) for w in name.split())
    return " ".join(_DOUBLED.sub(r"\1", _LETTERS.sub(lambda m: _FOLDED[m.group()], w)) if len(w) >= _FOLDED_FROM
                    else w.replace("iy", "i") for w in words)


# German and English transliterations of Russian letters, folded to one skeleton in words this long
# (a short Chinese name keeps its letters: "Wang Ji" is not "Wang Yi")
_FOLDED_FROM = 5
_FOLDED = {"tsch": "ch", "sch": "sh", "zh": "sh", "kh": "ch", "w": "v", "j": "", "y": "", "z": "s"}
_LETTERS = re.compile("|".join(sorted(_FOLDED, key=len, reverse=True)))
_DOUBLED = re.compile(r"(\w)\1")


# A Central Asian name's opening letter written as "J" or as the Russian "Zh"/"Dzh" (German "Dsch"):
# "Jeenbekov" and "Zheenbekov", "Dschaksybekow" and "Jaksybekov"
_OPENING_J = re.compile(r"^(?:Zh|Dzh|Dsch|Dj)(?=[aeiouy])")
_CLOSING_IJY = re.compile(r"(?<=\w{3})[ijy]+$")  # "Yi", "Li" keep theirs
_CLOSING_OW = re.compile(r"(?<=\w{3}[oe])w$")  # "Kudratow", "Tokajew"; not "Wang", "Ow"


def _fits(short: list[str], full: list[str]) -> bool:
    """Whether `short` is a part of `full` that names the same person: its family name (first
    or last word, German genitive "s" allowed) or its first words (a name cut short)."""
    if len(short) >= len(full):
        return False
    if len(short) == 1:
        word = short[0]
        return word in (full[0], full[-1]) or word in (full[-1] + "s", full[0] + "s") \
            or _spelled_otherwise(word, full[-1]) or _spelling_key(word) == _spelling_key(full[-1]) \
            or _spelling_key(_OPENING_J.sub("J", word)) == _spelling_key(_OPENING_J.sub("J", full[-1]))
    return full[: len(short)] == short or full[-len(short):] == short


def _spelled_otherwise(word: str, family: str) -> bool:
    """Whether `word` is a long family name written with one letter more or fewer inside it, as
    transliterations vary within one article ("Ubaidullaev" beside "Ubaidullayev"). The start and
    the last two letters agree, so "Ivanova" stays apart from "Ivanov"."""
    return min(len(word), len(family)) >= 8 and _one_letter_apart(word, family, 4)


def _proper_adjective(text: str, start: int, language: str | None) -> bool:
    """Whether a German name opens with an adjective the text capitalises inside a sentence ("mit
    der Chinesischen Handelskammer in Deutschland"): German writes an adjective with a capital only
    as part of a proper name, so it stays in the name ("die chinesische Handelskammer" describes)."""
    if language != "de" or not text[start : start + 1].isupper():
        return False
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:\"„“»«\n"  # a line or sentence opens with a capital anyway


def _bare_names_join_national(actor_mentions: dict[str, list[Evidence]], found_actors: dict[str, Actor]) -> None:
    """"the Uzbek Ministry of Energy … The Ministry of Energy said": in one article a body named
    without its nation is the one body of that name the article gives a nation, not a second actor.
    With two such bodies ("the Uzbek and the Kazakh Ministry of Energy") the bare name stays apart."""
    national: dict[str, list[str]] = {}
    for key, actor in found_actors.items():
        if actor.kind in _ORG_KINDS and actor.country is not None and key in actor_mentions:
            national.setdefault(actor.name, []).append(key)
    if not national:
        return
    joined: dict[str, str] = {}
    for key, actor in list(found_actors.items()):
        targets = national.get(actor.name) if actor.kind in _ORG_KINDS and actor.country is None else None
        if targets is None or len(targets) != 1 or key not in actor_mentions:
            continue
        _join(actor_mentions, found_actors, key, targets[0], joined)
    _relink(found_actors, joined)


def _national_heads_join_named(actor_mentions: dict[str, list[Evidence]], found_actors: dict[str, Actor]) -> None:
    """"die russische Zentralbank … Die Bank von Russland": in one article a bare head given a
    nation ("Zentralbank", Russia's) is the one body of that nation the article names whose name
    ends in that head ("Russische Zentralbank"), not a second actor."""
    joined: dict[str, str] = {}
    for key, actor in list(found_actors.items()):
        if actor.kind not in _ORG_KINDS or actor.country is None or " " in actor.name or key not in actor_mentions:
            continue
        targets = [k for k, other in found_actors.items() if k != key and other.kind in _ORG_KINDS and k in actor_mentions
                   and other.country == actor.country
                   and any(n != actor.name and n.endswith(" " + actor.name) for n in (other.name, *other.names.values()))]
        if len(targets) == 1:
            _join(actor_mentions, found_actors, key, targets[0], joined)
    _relink(found_actors, joined)


def _join(actor_mentions: dict[str, list[Evidence]], found_actors: dict[str, Actor], key: str, target: str,
          joined: dict[str, str]) -> None:
    """The actor `key` of one article is `target`: its mentions go to it, and it is no actor of its own."""
    actor_mentions[target] = sorted([*actor_mentions[target], *actor_mentions.pop(key)], key=lambda e: e.start)
    del found_actors[key]
    joined[key] = target


def _relink(found_actors: dict[str, Actor], joined: dict[str, str]) -> None:
    """People affiliated with an actor `_join` took into another are affiliated with that one."""
    for key, actor in list(found_actors.items()):
        if actor.affiliation in joined:
            found_actors[key] = replace(actor, affiliation=joined[actor.affiliation])


def _bare_heads_join_longer(actor_mentions: dict[str, list[Evidence]], found_actors: dict[str, Actor]) -> None:
    """"die Usbekisch-Deutsche Wirtschaftskammer … Ziel der Wirtschaftskammer ist": in one article an
    organisation named by one word that ends the name of exactly one longer organisation the
    article names refers back to it, as "the Ministry of Energy" does to a national one."""
    longer: dict[str, list[str]] = {}
    for key, actor in found_actors.items():
        if actor.kind in _ORG_KINDS and key in actor_mentions and " " in actor.name:
            longer.setdefault(actor.name.rsplit(" ", 1)[-1], []).append(key)
    joined: dict[str, str] = {}
    for key, actor in list(found_actors.items()):
        if actor.kind not in _ORG_KINDS or " " in actor.name or key not in actor_mentions:
            continue
        targets = [t for t in longer.get(actor.name, []) if t != key]
        if len(targets) != 1:
            continue
        _join(actor_mentions, found_actors, key, targets[0], joined)
    _relink(found_actors, joined)


# The words that open a body's complement: "National Bank of Kazakhstan", "Nationalbank von Kasachstan".
_COMPLEMENT = re.compile(r"[^\S\n]+(?:of|for|von|für|der|des)[^\S\n]+")


def _names_join_their_complemented_form(actor_mentions: dict[str, list[Evidence]],
                                        found_actors: dict[str, Actor]) -> None:
    """"the National Bank of Kazakhstan … the National Bank's statement", "the Reserve Bank of
    India … the Reserve Bank": in one article an organisation named by the words before the
    complement of exactly one longer organisation's name is that organisation. A bare head ("the
    Bank", "Kommission") is left to the rules above."""
    _shorter_forms_join(actor_mentions, found_actors, _COMPLEMENT, bare_heads=False)


def _shorter_forms_join(actor_mentions: dict[str, list[Evidence]], found_actors: dict[str, Actor],
                        cut: re.Pattern[str], bare_heads: bool) -> None:
    """In one article an organisation named by the words before `cut` in exactly one longer
    organisation's name is that organisation (a bare head word too, when `bare_heads`)."""
    longer: dict[str, list[str]] = {}
    for key, actor in found_actors.items():
        m = cut.search(actor.name) if actor.kind in _ORG_KINDS and key in actor_mentions else None
        if m is not None and m.start() > 0:
            longer.setdefault(actor.name[: m.start()], []).append(key)
    if not longer:
        return
    joined: dict[str, str] = {}
    for key, actor in list(found_actors.items()):
        if actor.kind not in _ORG_KINDS or key not in actor_mentions or (
                not bare_heads and " " not in actor.name and is_bare_head(actor.name)):
            continue
        targets = [t for t in longer.get(actor.name, []) if t != key and t in found_actors]
        if len(targets) == 1:
            _join(actor_mentions, found_actors, key, targets[0], joined)
    _relink(found_actors, joined)


# "der deutsch-usbekischen Regierungsarbeitsgruppe für Handel und Investitionen" after the
# headline's "Deutsch-usbekische Regierungsarbeitsgruppe …": a lower-case adjective is no part of a
# name the finder reads, so the body names the body without it. A German adjective's endings.
_GERMAN_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*(?:e|en|er|es|em)")
_COMPLEMENT_WORDS = frozenset({"für", "der", "des", "von", "zur", "zum"})


def _names_join_their_adjective_form(actor_mentions: dict[str, list[Evidence]],
                                     found_actors: dict[str, Actor]) -> None:
    """In one article a German body's name of three or more words with a complement ("… für
    Handel und Investitionen") that the article also names after one leading adjective
    ("Deutsch-usbekische …", "Staatliches …") is that body, when exactly one such longer name
    is there. The complement makes the name specific; a bare "Bank" or "Ministry of Energy" is
    left to the rules above (the national bodies)."""
    longer: dict[str, list[str]] = {}
    for key, actor in found_actors.items():
        first, space, rest = actor.name.partition(" ")
        if actor.kind in _ORG_KINDS and key in actor_mentions and space and _GERMAN_ADJECTIVE.fullmatch(first):
            longer.setdefault(rest, []).append(key)
    if not longer:
        return
    joined: dict[str, str] = {}
    for key, actor in list(found_actors.items()):
        words = actor.name.split(" ")
        if (actor.kind not in _ORG_KINDS or key not in actor_mentions or len(words) < 3
                or not _COMPLEMENT_WORDS & set(words[1:])):
            continue
        targets = [t for t in longer.get(actor.name, []) if t != key and t in found_actors]
        if len(targets) == 1:
            _join(actor_mentions, found_actors, key, targets[0], joined)
    _relink(found_actors, joined)


def _names_join_their_legal_form(actor_mentions: dict[str, list[Evidence]], found_actors: dict[str, Actor]) -> None:
    """In one article a company named by exactly one company's name without its legal form
    ("Sampo Rosenlew Oy … Sampo Rosenlew will enable Mahindra …") is that company."""
    _shorter_forms_join(actor_mentions, found_actors, _LEGAL_FORM_END, bare_heads=True)


_PLACE_FORM = re.compile(r"(?P<body>.+?) in (?:[A-ZÄÖÜ][\w.-]*)(?: (?:am )?[A-ZÄÖÜ][\w.-]*){0,2}")


def _names_join_their_place_form(actor_mentions: dict[str, list[Evidence]], found_actors: dict[str, Actor]) -> None:
    """"Mitarbeiter der Botschaft der Republik Usbekistan in Berlin … die Botschaft der Republik
    Usbekistan": a body named with where it is and without is one body, when exactly one longer
    name has that form (the longer is kept)."""
    longer: dict[str, list[str]] = {}
    for key, actor in found_actors.items():
        m = _PLACE_FORM.fullmatch(actor.name) if actor.kind in _ORG_KINDS and " in " in actor.name else None
        if m is not None and key in actor_mentions and " " in m["body"]:
            longer.setdefault(m["body"], []).append(key)
    if not longer:
        return
    joined: dict[str, str] = {}
    for key, actor in list(found_actors.items()):
        if actor.kind not in _ORG_KINDS or key not in actor_mentions or actor.name not in longer:
            continue
        targets = [t for t in longer[actor.name] if t != key and t in found_actors]
        if len(targets) == 1:
            _join(actor_mentions, found_actors, key, targets[0], joined)
    _relink(found_actors, joined)


_MINISTRY_EN = re.compile(r"(?:Ministry\s+of\s+(?:the\s+)?(?P<of>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)|"
                          r"(?P<before>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+Ministry)")
_MINISTRY_DE = re.compile(r"(?:(?P<part>[A-ZÄÖÜ][a-zäöüß]+?)s?ministeriums?|Ministeriums?\s+(?:für|des|der)\s+"
                          r"(?P<of>[A-ZÄÖÜ][a-zäöüß]+(?:\s+[A-ZÄÖÜ][a-zäöüß]+)?))")


def _ministry_of(name: str) -> str | None:
    """A state's ministry named by its portfolio alone, in its English form ("Ministry of Commerce"
    for "Handelsministerium", "Commerce Ministry", "Ministry of Trade"), or None: "das chinesische
    Handelsministerium" and "the Chinese Ministry of Commerce" are one actor. A name with more in it
    ("Ministry of Commerce and Industry") is its own."""
    m = _MINISTRY_EN.fullmatch(name)
    if m is not None:
        portfolio = _en.MINISTRY_PORTFOLIOS.get(" ".join((m["of"] or m["before"]).lower().split()))
    elif (m := _MINISTRY_DE.fullmatch(name)) is not None:
        portfolio = _de.MINISTRY_PORTFOLIOS.get(" ".join((m["part"] or m["of"]).lower().split()))
    else:
        return None
    return f"Ministry of {portfolio.title()}" if portfolio else None


# "Ministry of Economy of Kyrgyzstan": a ministry's name, then the state whose it is.
_MINISTRY_OF_STATE = re.compile(r"(?P<body>Ministry[^\S\n]+of[^\S\n]+.+?)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
                                r"(?:Republic[^\S\n]+of[^\S\n]+)?(?P<state>[A-Z][\w-]+(?:[^\S\n]+[A-Z][\w-]+)?)")


def _without_country(name: str) -> tuple[str, str | None]:
    """"Uzbek Ministry of Energy" -> ("Ministry of Energy", "UZB"): a leading country adjective
    says whose organisation it is, the name is what follows. Possessives are left alone. So does a
    state after a ministry's name: "Ministry of Economy of Kyrgyzstan", "Ministry of Foreign Affairs
    of the Republic of Kazakhstan" -> ("Ministry of …", the state), as "the Ministry of Economy"
    later in the article names it."""
    of_state = _MINISTRY_OF_STATE.fullmatch(name)
    if of_state is not None:
        state = country_of(of_state["state"])
        if state is not None and of_state["state"] in state.names:
            return of_state["body"], state.alpha3
    first, _, rest = name.partition(" ")
    if not rest or not rest[:1].isupper():
        return name, None
    country = country_of(first)
    if country is None or first in country.names:
        return name, None
    return rest, country.alpha3


def _without_adjective(evidence: Evidence) -> Evidence:
    """The mention of a German ministry whose leading country adjective `_without_country` took
    off its name: the name's own words as written, inflected ("des russischen
    Finanzministeriums" -> "Finanzministeriums"); the adjective is its `country`. Only a
    ministry: its kind of office is its name ("das Außenministerium" of the story's country),
    while "die usbekische Botschaft" or "Investmentholding" names nothing without the adjective."""
    first, space, rest = evidence.quote.partition(" ")
    if not space or not rest[:1].isupper():
        return evidence
    start = evidence.start + len(first) + 1
    return Evidence(evidence.article, rest, start, evidence.end)


def _acronyms_of_known(text: str, article_id: str, actor_mentions: dict[str, list[Evidence]],
                       found_actors: dict[str, Actor], matcher: AliasMatcher) -> dict[str, str]:
    """Acronyms this article defines in brackets after a lexicon or gazetteer organisation's name
    ("the National Data Administration (NDA)"), to that organisation's id."""
    acronyms: dict[str, str] = {}
    for key, ms in actor_mentions.items():
        actor = found_actors.get(key)
        if (actor.kind if actor is not None else matcher.kinds.get(key)) not in _ORG_KINDS:
            continue
        for e in ms:
            acronym = _ACRONYM_AFTER.match(text, e.end) if e.article == article_id else None
            if acronym is not None and acronym["acr"].isupper() and acronym["acr"] != e.quote:
                acronyms.setdefault(acronym["acr"], key)
    return acronyms


def _acronym_mentions(article: Article, acronyms: dict[str, str], taken: _Taken,
                      actor_mentions: dict[str, list[Evidence]]) -> None:
    """Later uses of an acronym defined in brackets are mentions of its organisation."""
    for acronym, entity_id in acronyms.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w])", article.text):
            if taken.overlaps(m.start(), m.end()):
                continue
            taken.add(m.start(), m.end())
            actor_mentions.setdefault(entity_id, []).append(Evidence(article.id, m.group(), m.start(), m.end()))


def _add_initiative(found: Any, evidence: Evidence, matcher: AliasMatcher,
                    mentions: dict[str, list[Evidence]], found_initiatives: dict[str, Initiative],
                    article: Article, settings: "_Settings") -> None:
    known = matcher.id_of(found.name)
    entity_id = known or slugify(found.name)
    mentions.setdefault(entity_id, []).append(evidence)
    existing = found_initiatives.get(entity_id)
    if known is None and (existing is None or existing.date is None):
        date, end_date, place = settings.of(found.start, found.end)
        if existing is not None and date is None:
            return
        found_initiatives[entity_id] = Initiative(
            id=entity_id, name=found.name, names={article.language or "en": found.name},
            kind=found.kind, date=date, end_date=end_date, place=place, actors=(), topics=(),
            articles=(), mentions=(),
        )


class _Settings:
    """When and where the sentence around an initiative's name says it takes place: "the 2025 SCO
    Digital Economy Forum, held in Tianjin on June 30". Dates in photo captions date pictures, not
    events; dates are read once per article and only if an initiative asks."""

    def __init__(self, article: Article, places: list[tuple[int, int, str]]) -> None:
        self._article = article
        self._places = sorted(places)  # (start, end, actor id) of places and countries named
        self._dates: list[Any] | None = None
        self._bounds: list[tuple[int, int]] | None = None
        self._date_starts: list[int] = []

    def of(self, start: int, end: int) -> tuple[str | None, str | None, str | None]:
        from ..extract.credits import caption_spans
        from ..extract.dates import find_dates
        from ..textutil import sentence_around, sentence_bounds

        text = self._article.text
        if self._dates is None or self._bounds is None:
            captions = caption_spans(text)
            self._dates = [d for d in find_dates(text, self._article.language, self._article.published)
                           if d.kind in ("date", "relative") and not any(a <= d.start < b for a, b in captions)]
            self._bounds = sentence_bounds(text)
            self._date_starts = [d.start for d in self._dates]
        s_start, s_end = sentence_around(self._bounds, start, end)
        # both lists are sorted by start: look only inside the sentence
        first = bisect.bisect_left(self._date_starts, s_start)
        date = next((d for d in itertools.takewhile(lambda d: d.start < s_end, self._dates[first:first + 50])
                     if d.end <= s_end and not start <= d.start < end), None)
        first = bisect.bisect_left(self._places, (s_start,))
        place = next((key for a, b, key in itertools.takewhile(lambda p: p[0] < s_end, self._places[first:first + 50])
                      if b <= s_end and not start <= a < end), None)
        if date is None:
            return None, None, place
        return date.date, date.end_date, place


def link_affiliations(found_actors: dict[str, Actor], matcher: AliasMatcher) -> None:
    """Keep an affiliation only when it names a known actor: lexicon or found in the article (a
    gazetteer's organisation by the slug of one of its names: "National Data Administration")."""
    by_slug: dict[str, str] = {}
    for actor_id, actor in found_actors.items():
        if actor.kind != "person":
            for name in (actor.name, *actor.names.values()):
                by_slug.setdefault(slugify(name), actor_id)
    for actor_id, actor in list(found_actors.items()):
        aff = actor.affiliation
        if aff and aff not in found_actors and matcher.id_of(aff) is None and aff not in matcher.ids:
            found_actors[actor_id] = replace(actor, affiliation=by_slug.get(aff))


def _add_actor(found: Any, name: str, country: str | None, entity_id: str, matcher: AliasMatcher,
               found_actors: dict[str, Actor]) -> None:
    existing = found_actors.get(entity_id)
    if existing is not None and (existing.role or found.role is None):
        return
    affiliation = None
    if found.affiliation:
        # A lexicon organisation, else one the extractor names in this article (linked by slug;
        # `link_affiliations` drops the link if no such organisation turns up).
        affiliation = matcher.id_of(found.affiliation) or slugify(found.affiliation)
    kind = found.kind if found.kind in _ACTOR_KINDS else "organization"
    found_actors[entity_id] = Actor(
        id=entity_id, name=existing.name if existing else name,
        names=existing.names if existing else {},
        kind=kind, role=found.role, affiliation=affiliation, country=country, articles=(), mentions=(),
    )
