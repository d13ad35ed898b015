"""Each rubric's key behaviours: what it quotes as found, what it flags, what it asks for."""

from __future__ import annotations

from trainer.scoring import RewriteScore, score_rewrite


def flagged(result: RewriteScore) -> dict[str, str]:
    """rule -> quoted phrase of the first flag with that rule."""
    out: dict[str, str] = {}
    for flag in result.flags:
        out.setdefault(flag.rule, flag.quote)
    return out


def found(result: RewriteScore) -> dict[str, str]:
    return {f.criterion: f.quote for f in result.found}


def missing(result: RewriteScore) -> set[str]:
    return {m.criterion for m in result.missing}


# ----------------------------------------------------------------------------- i_statement
def test_i_statement_credits_feeling_moment_and_need() -> None:
    result = score_rewrite(
        "When the dishes were left on Sunday night, I felt worn out. "
        "I need us to share the load. Would you do them on weekdays?",
        kind="i_statement",
    )
    got = found(result)
    assert got["Names a real feeling"] == "worn out"
    assert got["Describes the moment"].startswith("When the dishes were left on Sunday night")
    assert result.verdict == "strong"


def test_i_statement_flags_thoughts_dressed_as_feelings() -> None:
    result = score_rewrite("I feel like you don't care about me.", kind="i_statement")
    flags = flagged(result)
    assert flags["feel_thought"].startswith("I feel like")
    assert "mind_reading" in flags
    assert "Names a real feeling" in missing(result)
    assert result.verdict == "needs work"


def test_i_statement_faux_feelings_suggest_real_ones() -> None:
    result = score_rewrite("I feel abandoned when you go out.", kind="i_statement")
    faux = next(f for f in result.flags if f.rule == "faux_feeling")
    assert faux.quote == "abandoned"
    assert "'lonely'" in faux.why


def test_i_statement_blame_in_because_labels_and_you_make_me_feel() -> None:
    result = score_rewrite("You make me feel sad because you're so lazy.", kind="i_statement")
    flags = flagged(result)
    assert flags["make_me_feel"] == "You make me feel"
    assert flags["blame_clause"].startswith("because you're")
    assert flags["label"] == "lazy"


def test_i_statement_absolutes_aimed_at_the_other_person() -> None:
    result = score_rewrite("I felt hurt because you never listen.", kind="i_statement")
    assert flagged(result)["absolute"] == "never"
    promise = score_rewrite("I felt hurt. I won't bring it up again tonight.", kind="i_statement")
    assert "pattern" not in flagged(promise)


# ----------------------------------------------------------------------------- soft_startup
def test_soft_startup_gentle_opener_and_positive_need() -> None:
    result = score_rewrite(
        "I love our evenings, and I've been feeling a bit lonely this week. "
        "I'd love us to cook together. Could we do Thursday?",
        kind="soft_startup",
    )
    got = found(result)
    assert got["Gentle opening"].startswith("I love our")
    assert "Says what you'd love" in got
    assert result.verdict == "strong"


def test_soft_startup_flags_harsh_openers_kitchen_sink_and_contempt() -> None:
    result = score_rewrite(
        "Why do you never help? And another thing, you're a slob, some of us work.",
        kind="soft_startup",
    )
    flags = flagged(result)
    assert flags["rhetorical_why"].startswith("Why do you never")
    assert flags["kitchen_sink"] == "And another thing"
    assert flags["label"] == "slob"
    assert flags["contempt"] == "some of us"
    assert "Gentle opening" in missing(result)
    assert result.score < 0.1


def test_soft_startup_sarcasm_cues_caps_and_exclamations() -> None:
    result = score_rewrite("Oh great, thanks SO much for the mess!!!", kind="soft_startup")
    flags = flagged(result)
    assert "oh great" in flags["sarcasm"].lower()
    assert "SO" in flags["caps_emphasis"]
    assert flags["exclaim"].endswith("!!!")


# ----------------------------------------------------------------------------- validation
SAID_TEST = "I failed my driving test again. Third time."


def test_validation_names_their_feeling_and_says_it_makes_sense() -> None:
    result = score_rewrite(
        "That's so disappointing after all that practice. Of course you're gutted. "
        "What would help tonight?",
        kind="validation",
        said=SAID_TEST,
    )
    got = found(result)
    assert got["Names their feeling"] == "disappointing"
    assert got["Says it makes sense"] == "Of course"
    assert got["Offers support"].startswith("What would help")
    assert result.verdict == "strong"


def test_validation_flags_minimising_but_and_advice_first() -> None:
    result = score_rewrite(
        "I understand, but at least you didn't crash. You should book more lessons.",
        kind="validation",
        said=SAID_TEST,
    )
    flags = flagged(result)
    assert flags["pivot"] == "I understand, but"
    assert flags["minimising"].startswith("at least")
    assert flags["advice_first"].startswith("You should book")
    assert result.verdict == "needs work"


def test_validation_one_upping_and_changing_the_subject() -> None:
    result = score_rewrite("Same thing happened to me. Anyway, dinner?", kind="validation")
    flags = flagged(result)
    assert "one_upping" in flags and flags["subject_change"].startswith("Anyway")


def test_validation_does_not_penalise_you_or_anyone_would() -> None:
    result = score_rewrite(
        "You must be so frustrated. Anyone would be, after three tries.",
        kind="validation",
        said=SAID_TEST,
    )
    assert not result.flags
    assert found(result)["Says it makes sense"] == "Anyone would"


# ----------------------------------------------------------------------------- reflective
SAID_MOVE = "I got offered the job in Leeds but I don't know if I can leave my friends."


def test_reflection_with_content_feeling_and_check() -> None:
    result = score_rewrite(
        "It sounds like you're torn between the Leeds job and your friends here. Is that right?",
        kind="reflective_listening",
        said=SAID_MOVE,
    )
    got = found(result)
    assert got["Reflects back"] == "It sounds like"
    assert got["Reflects the feeling"] == "torn"
    assert got["Checks you got it right"] == "Is that right"
    assert "Leeds" in got["Reflects what happened"]
    assert result.verdict == "strong"


def test_reflection_content_only_earns_less_than_content_plus_feeling() -> None:
    content = score_rewrite("So you got the Leeds job offer.", kind="reflective_listening",
                            said=SAID_MOVE)
    both = score_rewrite("So you got the Leeds job offer and you're torn about your friends.",
                         kind="reflective_listening", said=SAID_MOVE)
    assert both.score > content.score


def test_reflection_flags_gordons_roadblocks() -> None:
    result = score_rewrite(
        "You should take it. Don't worry, it'll be fine. When I moved I was fine.",
        kind="reflective_listening",
        said=SAID_MOVE,
    )
    flags = flagged(result)
    assert flags["advising"].startswith("You should take")
    assert "reassuring" in flags
    assert flags["self_focus"].startswith("When I moved")
    assert result.verdict == "needs work"


def test_good_news_rewards_active_constructive_and_flags_the_other_styles() -> None:
    said = "I got the promotion! I start next month."
    joyful = score_rewrite(
        "Congratulations, you got the promotion! You must be so proud. How did they tell you?",
        kind="reflective_listening", said=said,
    )
    assert found(joyful)["Shares the joy"] == "Congratulations"
    assert found(joyful)["Invites more"] == "How did"
    assert joyful.verdict == "strong"
    doubting = score_rewrite("Are you sure you can handle it?", kind="reflective_listening",
                             said=said)
    assert flagged(doubting)["dampening"].startswith("Are you sure")
    changing = score_rewrite("Cool. Did you see the match?", kind="reflective_listening", said=said)
    assert "subject_change" in flagged(changing)
    flat = score_rewrite("Nice, congrats.", kind="reflective_listening", said=said)
    assert doubting.score < flat.score < joyful.score


# ----------------------------------------------------------------------------- request
def test_request_positive_concrete_and_asked() -> None:
    result = score_rewrite(
        "Would you be willing to put your bike in the shed by 8pm? If another spot suits you "
        "better, I'm open to it.",
        kind="request",
    )
    got = found(result)
    assert got["Asks rather than tells"] == "Would you be willing to"
    assert got["Concrete and doable"] == "by 8pm"
    assert got["Leaves room or gives a reason"] == "suits you"
    assert result.verdict == "strong"


def test_request_flags_stop_framing_vague_verbs_and_demands() -> None:
    assert flagged(score_rewrite("Stop leaving your bike there.", kind="request"))["negative_ask"]
    vague = score_rewrite("Could you be more supportive?", kind="request")
    assert flagged(vague)["vague_ask"] == "be more"
    assert "Concrete and doable" in missing(vague)
    demand = score_rewrite("From now on you always text me, or I'm leaving.", kind="request")
    flags = flagged(demand)
    assert flags["demand"] == "From now on"
    assert flags["threat"] == "or I'm"
    guilt = score_rewrite("If you loved me you'd call.", kind="request")
    assert flagged(guilt)["guilt"] == "If you loved me"


# ----------------------------------------------------------------------------- appreciation
def test_appreciation_thanks_action_quality_effect() -> None:
    result = score_rewrite(
        "Thank you for driving me to the hospital on Tuesday. You're so thoughtful, "
        "and it meant I could rest.",
        kind="appreciation",
    )
    got = found(result)
    assert got["Says thank you"] == "Thank you"
    assert got["Names what they did"].startswith("for driving me to the hospital")
    assert got["Names their quality"] == "so thoughtful"
    assert got["Says what it meant to you"] == "it meant"
    assert result.score == 1.0


def test_appreciation_flags_but_and_grudging_but_not_praising_always() -> None:
    but = score_rewrite("Thanks for dinner, but it was late.", kind="appreciation")
    assert flagged(but)["qualifier"].startswith("but it was")
    grudging = score_rewrite("Thanks for finally helping, about time.", kind="appreciation")
    assert {"grudging", "sarcasm"} & set(flagged(grudging))
    praise = score_rewrite("Thank you for the soup. You always know how to cheer me up.",
                           kind="appreciation")
    assert "absolute" not in flagged(praise)


# ----------------------------------------------------------------------------- repair
def test_repair_owns_apologises_and_offers() -> None:
    result = score_rewrite(
        "I snapped at you in front of your friends, and that wasn't fair. I'm sorry. "
        "Could I take you for breakfast tomorrow and talk it through?",
        kind="repair",
    )
    got = found(result)
    assert got["Owns your part"] == "I snapped"
    assert got["Apologises"] == "I'm sorry"
    assert got["Offers to make it right"] == "Could I"
    assert result.verdict == "strong"


def test_repair_flags_non_apologies_passive_voice_excuses_and_counter_complaints() -> None:
    assert flagged(score_rewrite("Sorry if you were hurt.", kind="repair"))["non_apology"]
    assert flagged(score_rewrite("I'm sorry you feel that way.", kind="repair"))["non_apology"]
    passive = score_rewrite("Mistakes were made, okay?", kind="repair")
    assert "passive_voice" in flagged(passive) or "non_apology" in flagged(passive)
    counter = score_rewrite("I'm sorry, but you started it.", kind="repair")
    flags = flagged(counter)
    assert flags["non_apology"] == "I'm sorry, but"
    assert counter.verdict == "needs work"
    excuse = score_rewrite("Sorry for shouting. I was stressed.", kind="repair")
    assert flagged(excuse)["excuse"] == "I was stressed"


def test_repair_a_break_with_a_time_to_come_back_counts() -> None:
    pause = score_rewrite(
        "I'm too wound up to talk well. Can we take a break and pick this up in twenty minutes?",
        kind="repair",
    )
    assert "Calls a pause with a time to return" in found(pause)
    assert pause.verdict == "strong"
    walkout = score_rewrite("I'm done talking. Do whatever you want.", kind="repair")
    assert "stonewalling" in flagged(walkout)
    assert walkout.score < pause.score


# ----------------------------------------------------------------------------- every kind
def test_threats_and_mind_reading_are_flagged_for_every_kind() -> None:
    for kind in ("i_statement", "request", "appreciation", "repair", "validation"):
        result = score_rewrite("Obviously you don't care, so do it or else.", kind=kind)
        flags = flagged(result)
        assert flags["mind_reading"] == "Obviously"
        assert flags["threat"] == "or else"


def test_all_caps_answers_are_flagged() -> None:
    result = score_rewrite("I FEEL HURT WHEN YOU LEAVE", kind="i_statement")
    assert "all_caps" in flagged(result)
