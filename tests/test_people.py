from __future__ import annotations

from belcoop.parse.people import PeopleFinder
from belcoop.parse.places import gazetteer


def people(*sentences: str) -> list[tuple[str, str | None, str | None]]:
    finder = PeopleFinder(gazetteer().mentions)
    for s in sentences:
        finder.feed(s)
    return [(p.name, p.role, p.country) for p in finder.result()]


def test_names_with_roles_before_them() -> None:
    assert people("The talks were held by Governor of Kursk Oblast Roman Starovoit and Belarus' Deputy PM Leonid Zayats.") == [
        ("Roman Starovoit", "Governor of Kursk Oblast", "RU"), ("Leonid Zayats", "Belarus' Deputy PM", "BY")]


def test_spelling_variants_are_one_person() -> None:
    found = people("Governor Mikhail Degtyaryov visited Mogilev.", "Mikhail Degtyarev said the farm will be built.",
                   "Aleksandr Lukashenko met him.", "President Lukashenko noted the progress.")
    assert [n for n, _r, _c in found] == ["Mikhail Degtyaryov", "Aleksandr Lukashenko"]


def test_surname_first_and_appositive_names() -> None:
    found = people("Wang Yixin, vice-governor of Shanxi province, signed it.",
                   "Zyznevsky, First Vice-Rector of the university, spoke next.")
    assert [n for n, _r, _c in found] == ["Wang Yixin", "Zyznevsky"]


def test_bylines_buildings_and_sentence_adverbs_are_not_people() -> None:
    assert people("By Ilona Krasutskaya: A delegation is visiting Minsk.",
                  "The guests will visit N.N. Alexandrov National Cancer Centre.",
                  "Furthermore, the President reiterated the offer.") == []


def test_brand_words_before_a_name_are_dropped() -> None:
    found = people("The General Director of ChTZ-Uraltrac Valeriy Platonov found the proposal promising.")
    assert [n for n, _r, _c in found] == ["Valeriy Platonov"]


def test_office_words_reach_a_name_before_a_place() -> None:
    found = people("He met Head of Bashkortostan Radiy Khabirov in Ufa.")
    assert found == [("Radiy Khabirov", "Head of Bashkortostan", "RU")]


def test_month_ranges_are_not_surnames() -> None:
    found = people("Trade reached $47.5 billion in January-October, Deputy Prime Minister Viktor Karankevich said.")
    assert [n for n, _r, _c in found] == ["Viktor Karankevich"]


def test_a_role_keeps_the_country_before_it() -> None:
    found = people("The meeting was co-chaired by Belarus' Deputy Minister of Industry Dmitry Korchik.")
    assert found == [("Dmitry Korchik", "Belarus' Deputy Minister of Industry", "BY")]
