"""Everyday phrasings the coach once flagged wrongly, each beside the harmful use it must still
catch, so a fix for one cannot quietly undo the other."""

from __future__ import annotations

import pytest

from trainer.scoring import score_rewrite


def rules(text: str, kind: str, said: str = "") -> set[str]:
    return {flag.rule for flag in score_rewrite(text, kind=kind, said=said).flags}


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry I didn't mention the party. Next time I'll tell you first, I promise.",
        "I should have told you. That's on me, I'm sorry. next time ill tell you straight away.",
        "I was wrong to keep it from you, I'm sorry. If you want, I'll tell you it all tonight.",
        "I'm sorry. If you need me to, I'll ring your mum and explain.",
    ],
)
def test_offers_and_promises_are_not_threats(text: str) -> None:
    assert "threat" not in rules(text, "repair")


@pytest.mark.parametrize(
    "text",
    [
        "If you keep doing this, I'll tell everyone what you said.",
        "If you want to keep lying to me, I'm done.",
        "Next time you take my car, I'll call the police.",
    ],
)
def test_conditional_threats_are_still_threats(text: str) -> None:
    assert "threat" in rules(text, "request")


def test_time_together_is_not_a_vague_ask() -> None:
    text = "I'd really enjoy some time with you. Could we go for a walk on Sunday morning?"
    assert "vague_ask" not in rules(text, "request")
    assert "vague_ask" in rules("Could you sort the bills out some time?", "request")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("That must be so hard, feeling as if you're on your own with it. Of course you're upset.",
         "validation"),
        ("I felt embarrassed when the meeting ran on as if I wasn't there. Could you ask me first "
         "next time?", "i_statement"),
        ("Thank you for staying late on Friday, you were so patient, as if you had all the time "
         "in the world.", "appreciation"),
    ],
)
def test_as_if_comparing_is_not_sarcasm(text: str, kind: str) -> None:
    assert "sarcasm" not in rules(text, kind)


@pytest.mark.parametrize(
    "text",
    ["As if you'd ever do the dishes without being asked.", "Oh thanks, as if I didn't have enough "
     "to do.", "As if! Could you do it tonight?"],
)
def test_as_if_scoffing_is_sarcasm(text: str) -> None:
    assert "sarcasm" in rules(text, "request")


def test_kind_words_about_them_in_an_apology_are_not_a_counter_complaint() -> None:
    owned = ("You were being kind when you offered to help, and I snapped at you. That was "
             "wrong of me. I'm sorry. Can I make you dinner tonight?")
    result = score_rewrite(owned, kind="repair")
    assert "counter_complaint" not in {f.rule for f in result.flags}
    assert result.verdict == "strong"
    assert "counter_complaint" in rules("I'm sorry I shouted, but you were being unreasonable.",
                                       "repair")
    assert "counter_complaint" in rules("You were being difficult too, but I'm sorry.", "repair")


def test_wanting_to_hear_more_is_not_self_focus() -> None:
    said = "We moved last month and I still feel like a stranger here."
    text = "So it sounds like the move has left you feeling unsettled. I'd like to hear more?"
    assert "self_focus" not in rules(text, "reflective_listening", said)
    story = "Oh that reminds me, I'd like to tell you about my weekend."
    assert "self_focus" in rules(story, "reflective_listening", said)
    assert "self_focus" in rules("Same, I had the same thing when I moved.", "reflective_listening",
                                 said)


def test_echoing_their_own_absolute_in_a_reflection_is_no_verdict() -> None:
    said = "Nobody listened to a word I said in that meeting. No one."
    text = "It sounds like you felt no one was listening in the meeting, is that right?"
    assert "absolute" not in rules(text, "reflective_listening", said)


def test_one_piece_of_advice_is_flagged_once() -> None:
    said = "Everyone in my year got invited to Maya's party except me."
    result = score_rewrite("I'm sorry. Maybe you could invite some friends round that night?",
                           kind="validation", said=said)
    assert [f.rule for f in result.flags].count("advice_first") == 1


def test_thanks_closing_a_sentence_credits_the_deed_before_it_and_their_joy() -> None:
    result = score_rewrite(
        "You were great with Gran today, thank you. She was so happy to see photos of the baby.",
        kind="appreciation",
    )
    got = {f.criterion: f.quote for f in result.found}
    assert got["Names what they did"] == "You were great with Gran today"
    assert got["Says what it meant to you"] == "She was so happy"
    assert result.verdict == "strong"
    assert score_rewrite("You're great, thanks.", kind="appreciation").verdict == "needs work"


def test_a_wish_followed_by_a_checkable_ask_is_not_vague() -> None:
    text = "I'd love a bit more help with bath time. Could you do Tuesdays and Thursdays?"
    result = score_rewrite(text, kind="request")
    assert "vague_ask" not in {f.rule for f in result.flags}
    assert result.verdict == "strong"
    walks = "Could we do more of these Sunday walks? Maybe every other week?"
    assert "vague_ask" not in rules(walks, "request")
    assert "vague_ask" in rules("I'd like you to be more careful when you drive at night.",
                                "request")


def test_grief_words_are_not_ultimatums_or_minimising() -> None:
    said = "I keep thinking about Sunday. I didn't know it was the last time I'd see him."
    text = ("So you said goodbye to him for the last time on Sunday, and it's only hitting you "
            "now. Is that right?")
    assert rules(text, "reflective_listening", said) == set()
    assert "threat" in rules("I'm asking you for the last time to take the bins out.", "request")
    assert "minimising" in rules("It's only a wedding, you'll survive.", "validation",
                                 "I wasn't invited to the wedding.")


def test_telling_someone_not_to_come_when_ill_is_no_threat() -> None:
    text = "If you're feeling rough, don't come tonight, just rest. Could we move dinner to Friday?"
    assert "threat" not in rules(text, "request")


def test_ownership_words_pinned_on_them_are_no_ownership() -> None:
    pinned = score_rewrite("You were in the wrong as much as me. Sorry anyway.", kind="repair")
    assert "Owns your part" not in {f.criterion for f in pinned.found}
    assert "counter_complaint" in {f.rule for f in pinned.flags}
    owned = score_rewrite("I shouted at you and that was out of order. I'm sorry. Can we talk "
                          "tonight?", kind="repair")
    assert owned.verdict == "strong"


def test_taking_blame_off_them_is_no_counter_complaint() -> None:
    text = "im sorry i snapped at u this morning, it wasnt ur fault. can i make u brekkie 2moz?"
    result = score_rewrite(text, kind="repair")
    assert "counter_complaint" not in {f.rule for f in result.flags}
    assert result.verdict == "strong"
    assert "counter_complaint" in rules("Sorry, but it was your fault really.", "repair")


def test_i_was_short_with_you_owns_it() -> None:
    text = ("I owe you an apology. I was short with you at dinner and you didn't deserve it. "
            "I'll put my phone away when we eat from now on.")
    found = {f.criterion for f in score_rewrite(text, kind="repair").found}
    assert {"Owns your part", "Sees the impact"} <= found
