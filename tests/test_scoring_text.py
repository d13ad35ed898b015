"""Forgiving of how people type: case, apostrophes, spellings, text-speak, typos, whitespace."""

from __future__ import annotations

from trainer.scoring import score_rewrite
from trainer.scoring.doc import Doc
from trainer.scoring.text import phrase_key, tokenise


def norms(text: str) -> list[str]:
    return [token.norm for token in tokenise(text)[0]]


def test_apostrophes_straight_curly_or_missing_are_the_same() -> None:
    assert norms("You're") == norms("youre") == norms("You’re") == ["youre"]
    assert norms("don't") == norms("dont") == norms("do not") == ["dont"]
    assert norms("I am sorry") == norms("Im sorry") == norms("I'm sorry")


def test_british_and_american_spellings_match() -> None:
    assert norms("I apologize") == norms("I apologise")
    assert norms("criticized") == norms("criticised")
    assert norms("favor") == norms("favour")


def test_text_speak_and_whitespace() -> None:
    assert norms("could  u\n\tpls") == ["could", "you", "please"]
    assert norms("thx") == ["thanks"]


def test_tokens_keep_offsets_for_quoting_what_was_typed() -> None:
    doc = Doc("Honestly, I’M  sorry.")
    quote = doc.quote(1, 3)
    assert quote == "I’M  sorry"


def test_phrases_normalise_like_answers() -> None:
    assert phrase_key("You're overreacting") == ("youre", "overreacting")


def test_small_typos_in_long_feeling_words_are_forgiven_and_noted() -> None:
    result = score_rewrite(
        "I felt lonley when you went out on Friday. Could we plan a night in on Saturday?",
        kind="i_statement",
    )
    assert any(f.criterion == "Names a real feeling" and f.quote == "lonley" for f in result.found)
    assert "Read 'lonley' as 'lonely'." in result.notes
    doc = Doc("you must be really dissapointed")
    assert ("dissapointed", "disappointed") in doc.corrections


def test_typo_tolerance_stays_precise() -> None:
    # Real words one letter from a feeling are left alone, and short words are never guessed.
    doc = Doc("I tried to present to the board. I was mda.")
    assert doc.corrections == []
    assert not Doc("Sam was at the hosue").corrections
    # Real words and inflections are not slips: "losing" is not "loving", "closer" not "close".
    assert not Doc("scared of losing my friends as Friday gets closer").corrections
    slips = Doc("I felt lobely and nervus").corrections
    assert slips == [("lobely", "lonely"), ("nervus", "nervous")]


def test_apostrophe_less_typing_scores_like_careful_typing() -> None:
    careful = score_rewrite(
        "I'm feeling worn out. I'd love us to share the cooking. Could you cook on Tuesdays?",
        kind="soft_startup",
    )
    quick = score_rewrite(
        "im feeling worn out. id love us to share the cooking. could you cook on tuesdays",
        kind="soft_startup",
    )
    assert abs(careful.score - quick.score) < 0.1
    assert quick.verdict == "strong"
