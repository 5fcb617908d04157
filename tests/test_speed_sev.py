"""The speed pass over events, sectors and agreements: what is found once is asked once, with the same answers."""

from collections.abc import Callable

from belcoop.parse.events import _Body, _body_tags
from belcoop.parse.places import Mention, gazetteer


def _counting_mentions() -> tuple[Callable[[str], list[Mention]], list[str]]:
    asked: list[str] = []
    mentions = gazetteer().mentions

    def count(text: str) -> list[Mention]:
        asked.append(text)
        return mentions(text)

    return count, asked


def test_body_asks_the_gazetteer_once_a_sentence_and_only_of_sentences_with_an_event_word() -> None:
    count, asked = _counting_mentions()
    texts = ["Exports of dairy goods to Kazan rose by a tenth.",  # a city, but no word of a meeting
             "The governor held talks in Kazan with the delegation.",  # both
             "Talks were also held on logistics."]  # a meeting word, no city
    body = _Body(texts, count, None)
    read = list(body.sentences(with_places=True, tagged=_body_tags("meeting")))
    assert [s.text for s in read] == [texts[1]]
    assert asked == texts[1:]  # the first has no opener of the tags: the gazetteer is not asked of it
    assert [m.city.name for _a, _b, m in read[0].places if m.city] == ["Kazan"]
    again = list(body.sentences(with_places=True, tagged=_body_tags("meeting")))
    assert again == read and asked == texts[1:]  # read again: nothing asked twice
