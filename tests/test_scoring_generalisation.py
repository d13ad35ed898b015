"""Harmful moves the coach missed in blind probing (new scenarios, everyday wording), so they
stay caught; each beside a good answer in the same situation that must stay `strong`."""

from __future__ import annotations

import pytest

from trainer.scoring import score_rewrite


@pytest.mark.parametrize(
    ("kind", "good", "poor"),
    [
        ("repair",
         "I forgot your birthday, and I know how much that hurt. I'm so sorry. Can I take you "
         "out for dinner on Saturday?",
         "I said sorry already, what more do you want?"),
        ("request",
         "Would you be up for taking the bins out on Sunday nights? It would take a weight off me.",
         "It would be nice if someone in this house ever took the bins out."),
        ("i_statement",
         "I was really anxious on Saturday morning when the car wasn't in the drive. I rely on "
         "it for work. Would you check with me before taking it?",
         "I'm hurt and honestly I'm done, you've let me down for the last time."),
        ("appreciation",
         "Cheers for fixing my bike on Sunday, you're a proper handyman. I cycled to work today "
         "for the first time in months!",
         "Oh wow, you fixed something for a change. Stop the press."),
    ],
)
def test_good_stays_strong_and_poor_needs_work(kind: str, good: str, poor: str) -> None:
    assert score_rewrite(good, kind=kind).verdict == "strong"
    assert score_rewrite(poor, kind=kind).verdict == "needs work"


def test_helping_out_more_is_vague() -> None:
    vague = score_rewrite("Could you help out more around the house?", kind="request")
    concrete = score_rewrite("Could you do the hoovering on Saturday mornings?", kind="request")
    assert "vague_ask" in {f.rule for f in vague.flags}
    assert vague.score < concrete.score


def test_a_demand_later_in_a_soft_start_up_still_counts() -> None:
    result = score_rewrite("I'm stressed about the house. You need to help more.",
                           kind="soft_startup")
    assert {"demand", "vague_ask"} <= {f.rule for f in result.flags}
    assert result.verdict != "strong"
    gentle = score_rewrite(
        "I'm stressed about the house this week. I'd love some help. Could you cook on Tuesday?",
        kind="soft_startup",
    )
    assert gentle.verdict == "strong"


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("request", "I shouldn't have to ask a grown man to pick up his own socks."),
        ("request", "Could you, just this once, pretend you live here too?"),
        ("request", "I want the clothes off the floor. Today."),
        ("appreciation", "Thanks for listening, I know it's not exactly your strong point."),
    ],
)
def test_digs_in_polite_clothing_need_work(kind: str, text: str) -> None:
    assert score_rewrite(text, kind=kind).verdict == "needs work"


def test_a_summing_up_reflection_without_a_stock_stem_is_strong() -> None:
    said = "I love her to bits but I don't recognise my own life any more."
    text = ("So since the baby came you've had no time for yourself, and you're missing the old "
            "you. Is that close?")
    assert score_rewrite(text, kind="reflective_listening", said=said).verdict == "strong"


def test_relief_is_an_effect_of_thanks() -> None:
    text = ("I really appreciate you sorting the car insurance, it's such a faff and you just did "
            "it. Huge relief.")
    found = {f.criterion for f in score_rewrite(text, kind="appreciation").found}
    assert "Says what it meant to you" in found


@pytest.mark.parametrize(
    ("kind", "text", "said", "rule"),
    [
        ("reflective_listening", "Nice. Speaking of kids, did I tell you what Max did at school?",
         "The panel said yes! We've been approved to adopt!", "subject_change"),
        ("reflective_listening", "You'd be mad to take it. What would you even do all day?",
         "They've offered voluntary redundancy and part of me wants to take it.", "judging"),
        ("request", "My flat isn't a kennel. If you bring that dog again, don't bother coming.",
         "", "threat"),
    ],
)
def test_blind_set_two_misses_are_caught(kind: str, text: str, said: str, rule: str) -> None:
    result = score_rewrite(text, kind=kind, said=said)
    assert rule in {f.rule for f in result.flags}
    assert result.verdict == "needs work"


@pytest.mark.parametrize(
    "accepting",
    ["Anyone in your position would be scared.", "You've every reason to be upset.",
     "I'm not surprised you're shaken.", "That's so much to take in.",
     "I can only imagine how scary that is.", "I totally get why you're scared."],
)
def test_everyday_ways_of_saying_it_makes_sense(accepting: str) -> None:
    said = "My dad's been diagnosed with Parkinson's."
    result = score_rewrite("Oh no, that must be frightening. " + accepting, kind="validation",
                           said=said)
    assert "Says it makes sense" in {f.criterion for f in result.found}
    assert result.verdict == "strong"


@pytest.mark.parametrize(
    "owning", ["I was in the wrong on Friday.", "That was selfish of me on Friday.",
               "I take full responsibility for Friday.", "I was thoughtless on Friday."],
)
def test_everyday_ways_of_owning_it(owning: str) -> None:
    text = owning + " I'm sorry. Can I take you for lunch on Saturday to make up for it?"
    assert "Owns your part" in {f.criterion for f in score_rewrite(text, kind="repair").found}


@pytest.mark.parametrize(
    "asking", ["Are you able to", "Do you reckon you could", "Is there any way you could"]
)
def test_everyday_ways_of_asking(asking: str) -> None:
    text = asking + " take the bins out on Sunday night? It'd really help me."
    found = {f.criterion for f in score_rewrite(text, kind="request").found}
    assert "Asks rather than tells" in found


def test_sorry_for_whatever_is_no_apology() -> None:
    result = score_rewrite("Sorry for whatever I did.", kind="repair")
    assert "non_apology" in {f.rule for f in result.flags}
    assert result.verdict == "needs work"


@pytest.mark.parametrize(
    "need", ["I'd feel better if I knew the plan.", "I'm hoping we can plan together.",
             "Knowing the plan helps me relax."],
)
def test_everyday_ways_of_saying_a_need(need: str) -> None:
    text = "I felt anxious on Friday when the plan changed at the last minute. " + need
    found = {f.criterion for f in score_rewrite(text, kind="i_statement").found}
    assert "Says what you need" in found


def test_everyday_joy_at_good_news_and_warm_thanks() -> None:
    said = "I passed my driving test! First time!"
    joyful = score_rewrite("Get in! You legend. What was the hardest bit?",
                           kind="reflective_listening", said=said)
    assert "Shares the joy" in {f.criterion for f in joyful.found}
    warm = score_rewrite("Thank you for cleaning the car. That was really kind, and I felt so "
                         "looked after.", kind="appreciation")
    assert "Names their quality" in {f.criterion for f in warm.found}
    smile = score_rewrite("Thank you for cleaning the car on Saturday. You're so thoughtful, and I "
                          "drove to work with a smile on my face.", kind="appreciation")
    assert "Says what it meant to you" in {f.criterion for f in smile.found}


def test_tying_their_feeling_to_what_happened_validates_it() -> None:
    said = "Everyone in my year got invited to Maya's party except me."
    result = score_rewrite("Oh sweetheart, that really hurts, especially when all your friends "
                           "got in.", kind="validation", said=said)
    found = {f.criterion for f in result.found}
    assert {"Names their feeling", "Says it makes sense", "Shows you heard the details"} <= found
    assert result.verdict == "strong"
    advice = score_rewrite("That's so disappointing after all that work. Have you asked them "
                           "for feedback?", kind="validation", said="I didn't get the part.")
    assert advice.score < result.score


def test_soft_start_ups_past_a_name_and_asks_without_you() -> None:
    valued = score_rewrite("Mum, Sam matters a lot to me and I'd really love you two to get on. "
                           "Could we all go for lunch on Sunday?", kind="soft_startup")
    assert {f.criterion: f.quote for f in valued.found}["Gentle opening"] == (
        "Sam matters a lot to me")
    tired = score_rewrite("I've been really tired this week. Could trumpet practice finish by "
                          "ten on weeknights?", kind="soft_startup")
    assert "Says what you'd love" in {f.criterion for f in tired.found}
    assert score_rewrite("Mum, you're so rude to Sam.", kind="soft_startup").verdict == (
        "needs work")


# ------------------------------------------------------------------ blind set 3
def test_office_politeness_that_keeps_score_is_flagged_for_every_kind() -> None:
    for kind, text in [
        ("request", "As per my last email, could you please actually reply to messages?"),
        ("i_statement", "As I have said many times, I feel frustrated when the kitchen is left."),
        ("request", "I'm just saying, normal people don't message at midnight. Stop it."),
    ]:
        result = score_rewrite(text, kind=kind)
        rules = {f.rule for f in result.flags}
        assert rules & {"passive_aggressive", "disclaimer", "contempt"}, (kind, text)
        assert result.verdict == "needs work", (kind, text, result.score)


def test_seriously_is_a_scoff_only_as_a_question_alone_or_opening_at_them() -> None:
    warm = score_rewrite("cheers for the lift this morning, seriously. you always come through "
                         "for me and it made the whole day less stressful", kind="appreciation")
    assert not [f for f in warm.flags if f.rule == "contempt"]
    assert warm.verdict == "strong"
    scoff = score_rewrite("Seriously, are you incapable of buying loo roll?", kind="soft_startup")
    assert "contempt" in {f.rule for f in scoff.flags}


def test_hedge_is_unsure_not_sarcastic_unless_beside_thanks() -> None:
    hedge = score_rewrite("I feel a bit upset about the holiday, I just wanted to say something "
                          "I suppose.", kind="i_statement")
    assert {f.rule for f in hedge.flags} == {"non_committal"}
    sneer = score_rewrite("Thanks for the lift, I suppose.", kind="appreciation")
    assert sneer.verdict == "needs work"


def test_vague_comparatives_and_keeping_in_the_loop_are_vague_asks() -> None:
    for text in ["It'd be great if you could be more mindful of the time when you message.",
                 "Please keep me in the loop more about where you are, I worry.",
                 "Could you be a bit tidier with your shoes?"]:
        result = score_rewrite(text, kind="request")
        assert "vague_ask" in {f.rule for f in result.flags}, text
    concrete = score_rewrite("Would you send me a quick text when you get to a friend's house? "
                             "Just a thumbs up is fine.", kind="request")
    assert concrete.verdict == "strong"
    closer = score_rewrite("Could we eat at the table on Sundays, so we feel a bit closer?",
                           kind="request")
    assert "vague_ask" not in {f.rule for f in closer.flags}


def test_group_non_apologies_and_telling_them_off_in_an_apology() -> None:
    result = score_rewrite("Sorry you all feel that way. Maybe next time don't gang up on me.",
                           kind="repair")
    rules = {f.rule for f in result.flags}
    assert {"non_apology", "counter_complaint"} <= rules
    assert result.verdict == "needs work"
    corporate = score_rewrite("I apologise for any inconvenience caused.", kind="repair")
    assert corporate.verdict == "needs work"
    kind_dont = score_rewrite("I'm sorry I snapped at you, that was unfair. Don't worry about the "
                              "dinner, I'll cook tonight.", kind="repair")
    assert "counter_complaint" not in {f.rule for f in kind_dont.flags}
    assert kind_dont.verdict == "strong"


def test_measuring_them_against_a_role_is_guilt_and_sorry_you_feel_is_a_dismissal() -> None:
    role = score_rewrite("A good grandson would ring his gran. Just saying.", kind="request")
    assert "guilt" in {f.rule for f in role.flags}
    fair = score_rewrite("It would be really nice if you called Gran more often.", kind="request")
    assert fair.score > role.score
    brushed = score_rewrite("Sorry you feel that way but it's five minutes. Stop stressing.",
                            kind="validation", said="I'm dreading the best man speech.")
    assert {"dismissal", "minimising"} <= {f.rule for f in brushed.flags}


def test_normalising_in_everyday_words_and_comparative_calm_as_an_effect() -> None:
    said = "I've got to give the best man speech on Saturday and I'm dreading it."
    good = score_rewrite("That sounds really nerve-racking, especially with everyone watching. "
                         "Loads of people feel sick about speeches. Want me to listen to a "
                         "practice run?", kind="validation", said=said)
    reassured = score_rewrite("I totally get why you're nervous, it's a big deal. Honestly "
                              "you'll smash it though.", kind="validation", said=said)
    assert good.verdict == "strong"
    assert good.score > reassured.score
    calmer = score_rewrite("thanks for talking me through the contract last night. you're really "
                           "good at cutting through the jargon and i went into the meeting "
                           "feeling so much calmer", kind="appreciation")
    assert "Says what it meant to you" in {f.criterion for f in calmer.found}


def test_telling_a_feeling_to_go_away_is_reassurance_not_reflection() -> None:
    said = ("We've had to move Gran into a care home. I know it's the right thing but I feel "
            "like I've let her down.")
    reassured = score_rewrite("Don't feel guilty, honestly. Care homes are really nice these "
                              "days.", kind="reflective_listening", said=said)
    assert "reassuring" in {f.rule for f in reassured.flags}
    assert "Reflects the feeling" not in {f.criterion for f in reassured.found}
    content = score_rewrite("So Gran's in a care home now. That's a big change.",
                            kind="reflective_listening", said=said)
    assert content.score > reassured.score


def test_sarcastic_for_once_is_no_time_anchor_and_a_wish_beside_a_concrete_ask_is_fine() -> None:
    dig = score_rewrite("Maybe visit when you don't need money for once.", kind="request")
    assert {f.criterion: f.quote for f in dig.found}.get("Concrete and doable") != "once"
    wish = score_rewrite("It would be nice to see you a bit more, if you get the chance.",
                         kind="request")
    assert wish.score > dig.score
    invite = score_rewrite("Would you like to come for Sunday lunch next week? I'd love to "
                           "catch up properly.", kind="request")
    assert "vague_ask" not in {f.rule for f in invite.flags}


def test_gratitude_without_the_word_thanks_still_counts_as_thanks() -> None:
    warm = score_rewrite("You drove me to every scan in March. I'll never forget it, you're a "
                         "true friend.", kind="appreciation")
    assert "Says thank you" in {f.criterion for f in warm.found}
    assert "Names what they did" in {f.criterion for f in warm.found}
    flat = score_rewrite("Thanks for the lifts.", kind="appreciation")
    assert warm.score > flat.score


def test_someone_elses_story_hijacks_good_news_and_being_jealous_is_judging() -> None:
    said = "I got into the orchestra! First violin!"
    hijack = score_rewrite("Cool. My sister plays violin too, she got in years ago. Was it hard?",
                           kind="reflective_listening", said=said)
    assert "hijacking" in {f.rule for f in hijack.flags}
    plain = score_rewrite("Congratulations, well done.", kind="reflective_listening", said=said)
    assert plain.score > hijack.score
    verdict = score_rewrite("It sounds like you're just being petty, is that right?",
                            kind="reflective_listening", said="She never invites me anywhere.")
    assert {"judging", "label"} & {f.rule for f in verdict.flags}
    assert verdict.verdict == "needs work"


def test_clock_words_anchor_a_request_and_a_bare_sooner_is_vague() -> None:
    clock = score_rewrite("Could you be home by seven on Fridays? I'd love to eat together.",
                          kind="request")
    assert "vague_ask" not in {f.rule for f in clock.flags}
    vague = score_rewrite("Can you reply to my messages sooner?", kind="request")
    assert "vague_ask" in {f.rule for f in vague.flags}
    assert clock.score > vague.score


def test_simple_grammar_threats_ownership_and_validation() -> None:
    threat = score_rewrite("Please turn music down or I call the police.", kind="request")
    assert "threat" in {f.rule for f in threat.flags}
    owned = score_rewrite("I yell at you on Monday. It was wrong. I am sorry. Tonight I make "
                          "your favourite food and we talk.", kind="repair")
    assert {"Owns your part", "Offers to make it right"} <= {f.criterion for f in owned.found}
    accepted = score_rewrite("That sounds so lonely. Of course you don't want to go.",
                             kind="validation", said="I can't face the reunion on my own.")
    assert "mind_reading" not in {f.rule for f in accepted.flags}
    ditched = score_rewrite("I feel ditched.", kind="i_statement")
    assert "faux_feeling" in {f.rule for f in ditched.flags}


def test_a_listening_stem_aimed_at_them_in_a_complaint_is_mind_reading() -> None:
    guess = score_rewrite("Sounds like you enjoy leaving me to tidy up, is that right?",
                          kind="soft_startup")
    assert "mind_reading" in {f.rule for f in guess.flags}
    plain = score_rewrite("The kitchen was messy last night. Please tidy it.", kind="soft_startup")
    assert plain.score > guess.score


def test_a_feeling_word_in_a_dampening_sentence_is_not_their_feeling() -> None:
    damp = score_rewrite("A new flat? The rent must be awful though.",
                         kind="reflective_listening", said="We got the flat! Moving in May!")
    assert "Reflects the feeling" not in {f.criterion for f in damp.found}
