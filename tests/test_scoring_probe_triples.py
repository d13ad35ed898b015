"""Blind probe triples (round 4): for each situation a good, a fair and a poor answer in
everyday voices — teens, parents, older adults, workmates, non-native speakers. The coach must
rank them good > fair > poor, call the good one `strong` and the poor one `needs work`."""

from __future__ import annotations

import pytest

from trainer.scoring import score_rewrite

TRIPLES = [
    (
        'request',
        '',
        'Could we keep Friday nights for just the two of us, no laptops?',
        'Can you spend more time with me?',
        'I feel that you never make time for me. Stop working so much.',
    ),
    (
        'request',
        '',
        'Would you text me when you leave work so I know when to start dinner?',
        'Please let me know your plans more.',
        "If you cared you'd tell me when you're coming home.",
    ),
    (
        'request',
        '',
        'Can you take Max to football on Saturday mornings this month?',
        'It would help if you did more with the kids.',
        'You always leave the kids to me. Take them for once.',
    ),
    (
        'request',
        '',
        'Would you mind calling Grandma on Sunday afternoons? She loves hearing from you.',
        'You should call Grandma sometimes.',
        "Call Grandma or don't bother asking me for money.",
    ),
    (
        'request',
        '',
        'Is it okay if we split the shopping, you do Tuesdays and I do Saturdays?',
        'Can you help with the shopping?',
        'Why am I the only one who ever buys food in this house?',
    ),
    (
        'appreciation',
        '',
        'You remembered my exam was today and sent that good luck text. So thoughtful, it'
        ' calmed me right down.',
        'Thanks for the text, that was nice.',
        'Thanks for remembering for once.',
    ),
    (
        'appreciation',
        '',
        'Grandad, thank you for teaching me chess all summer. You never once got '
        "impatient, and now I'm in the school team.",
        'Thanks for the chess lessons grandad, I enjoyed them.',
        'Thanks I guess, even though you won every game.',
    ),
    (
        'appreciation',
        '',
        "Honestly the way you handled that angry customer for me today, so calm. I'd have"
        ' cried. Thank you.',
        'Thanks for dealing with that customer.',
        'Thanks, but I could have handled it myself.',
    ),
    (
        'appreciation',
        '',
        'Thank you for fixing my bike. Very kind. Now I can go to work, no more bus.',
        'Thank you for fix my bike.',
        'Thanks. Took you long enough.',
    ),
    (
        'soft_startup',
        '',
        'Hey, I love that you cook for us. Could we agree to wipe the hob after, since '
        "I'm scrubbing it each morning?",
        'The hob is dirty every morning. Please clean it.',
        'I feel that you are messy and you expect me to clean up after you.',
    ),
    (
        'soft_startup',
        '',
        'Mum, I know you worry about me. When you text my friends to check on me, I feel '
        'embarrassed. Could you text me directly instead?',
        "Please stop texting my friends, it's embarrassing.",
        "Why do you always have to embarrass me? You're so annoying.",
    ),
    (
        'soft_startup',
        '',
        'I really value working with you. I got a bit stressed when the report came to me'
        ' at 6. Could we aim for 3 next time?',
        'The report was late yesterday and I was stressed.',
        'Thanks for finally sending the report at 6pm, very helpful.',
    ),
    (
        'soft_startup',
        '',
        'Dad, I miss our walks. Can we go on Sunday like before?',
        "We don't go on walks any more.",
        'You never want to do anything with me any more, you only care about the telly.',
    ),
    (
        'validation',
        'My landlord is selling and we have to move out in two months.',
        "Oh no, two months is nothing. No wonder you're stressed. Want help looking?",
        "That's stressful. Have you started looking on Rightmove?",
        "At least you get to find somewhere nicer. Don't panic.",
    ),
    (
        'validation',
        'I failed my driving test again. Third time.',
        "Third time? That's so discouraging. Anyone would be fed up. Hug?",
        "That's annoying. Maybe book more lessons?",
        "It sounds like you're being dramatic, is that right? It's just a test.",
    ),
    (
        'reflective_listening',
        "My daughter won't talk to me since the wedding.",
        'It sounds like the silence is really painful, and you miss her. Is that right?',
        "So she hasn't talked to you since the wedding.",
        'You should just call her and apologise.',
    ),
    (
        'reflective_listening',
        'I got the flat! They accepted my offer!',
        'You got it! You must be so excited. When do you move?',
        'Oh nice, well done.',
        "Nice. Hope the mortgage isn't too much, rates are awful now.",
    ),
    (
        'i_statement',
        '',
        "I felt worried last night when it got to midnight and I hadn't heard from you. I"
        " need to know you're safe. Could you text if you'll be late?",
        'I was worried last night.',
        "I feel that you are selfish and don't think about me.",
    ),
    (
        'i_statement',
        '',
        'I am feeling sad because you not call me on my birthday. It is important for me.'
        ' Next year please call?',
        'I am sad about my birthday.',
        'I feel you forget me because you are selfish.',
    ),
    (
        'repair',
        '',
        "I'm sorry I laughed at your haircut in front of everyone. That was unkind. I'll "
        'tell them I was wrong.',
        'Sorry about the haircut thing, I was joking.',
        "Sorry if you can't take a joke.",
    ),
    (
        'repair',
        '',
        "I missed your recital and that was my fault. I'm so sorry. Can I take you for "
        'ice cream and hear all about it?',
        'Sorry I missed it, work was crazy.',
        "I'm sorry but I do have a job, you know.",
    ),
    (
        'i_statement',
        '',
        "When the bins weren't out this morning, I felt stressed, because collection is "
        'only every two weeks. Could you put a reminder on your phone for Sunday night?',
        'I feel stressed about the bins.',
        'I feel that you are useless with the bins.',
    ),
    (
        'i_statement',
        '',
        "I felt nervous at the party when I didn't know anyone and you were across the "
        "room. I'd love us to stick together for the first hour next time.",
        'I felt nervous at the party.',
        'I feel abandoned because you left me alone like always.',
    ),
    (
        'i_statement',
        '',
        "Dad, I felt hurt on Sunday when my new job didn't come up at lunch. It matters "
        'to me that you know about my life. Can I tell you about it this week?',
        "I was hurt you didn't ask about my job.",
        "I feel like you don't care about anything I do.",
    ),
    (
        'soft_startup',
        '',
        "Hi love, I know work has been mad. I've been feeling lonely in the evenings. "
        'Could we have a walk together after dinner on Wednesday?',
        "I've been lonely in the evenings lately.",
        "You're always on your laptop. Do you even like me any more?",
    ),
    (
        'soft_startup',
        '',
        'I appreciate you hosting us. I felt a bit uncomfortable when politics came up at'
        ' dinner. Could we keep Sunday lunch politics-free?',
        "Please don't bring up politics at lunch.",
        'It sounds like you just love starting fights, is that right?',
    ),
    (
        'soft_startup',
        '',
        "Hey, can I ask something? I'd like us to share the driving on the long trips. "
        'Could you do the way back on Friday?',
        "I always drive on long trips and I'm tired.",
        'Must be nice to sleep in the passenger seat every trip.',
    ),
    (
        'validation',
        'My dog had to be put down this morning.',
        "Oh, I'm so sorry. He was your family. Of course you're heartbroken. Can I bring "
        'you dinner tonight?',
        "That's so sad. Are you getting another one?",
        "At least he's not in pain any more. It was his time.",
    ),
    (
        'validation',
        "I didn't get into the university I wanted.",
        "Oh no, you worked so hard for that. It makes sense you're gutted.",
        "That's disappointing. But the other uni is good too.",
        "I understand, but it's not the end of the world.",
    ),
    (
        'validation',
        'My boss shouted at me in front of the whole team.',
        "That's humiliating, in front of everyone? No wonder you're shaken. I'm here.",
        "That's bad. You should report him.",
        'Well, maybe you did something wrong? Calm down.',
    ),
    (
        'reflective_listening',
        "I've been so tired lately, the baby won't sleep and I'm back at work.",
        "Sounds like you're running on empty, with nights up and work on top. Is that it?",
        "So the baby isn't sleeping and you're back at work.",
        'Have you tried sleep training? It worked for us.',
    ),
    (
        'reflective_listening',
        'My best friend is moving to Australia.',
        "So your best friend is going far away and you're going to really miss her. Is "
        'that right?',
        "She's moving to Australia?",
        "Australia's amazing, you can visit! Don't be sad.",
    ),
    (
        'reflective_listening',
        'I got a place on the nursing course!',
        'You did it! After all those applications, you must be so happy. When does it start?',
        'Good for you.',
        'Nursing? The pay is terrible though.',
    ),
    (
        'request',
        '',
        'Could you put your shoes on the rack when you come in? Then nobody trips in the hall.',
        'Please be more tidy with the shoes.',
        'How many times do I have to tell you about the shoes?',
    ),
    (
        'request',
        '',
        'Would you be up for a movie night at home on Saturday, just us?',
        'We should spend more quality time together.',
        'You never plan anything. If you wanted to, you would.',
    ),
    (
        'request',
        '',
        "Can you let me choose the restaurant this Friday? I've got a place in mind.",
        'Can I choose sometimes?',
        "It's always your choice. Stop being so selfish.",
    ),
    (
        'appreciation',
        '',
        "Thanks for listening to me rant for an hour on Tuesday. You didn't judge once, "
        'and I slept properly for the first time in weeks.',
        'Thanks for listening on Tuesday.',
        'Thanks for listening, even though you kept checking your phone.',
    ),
    (
        'appreciation',
        '',
        "Mum, the lunchbox notes you write every day make me smile. You're so thoughtful."
        ' Thank you.',
        'Thanks for the notes, mum.',
        "Thanks for the notes but they're a bit embarrassing.",
    ),
    (
        'appreciation',
        '',
        "You helped me move my desk when my back was bad. Very kind. I couldn't have done"
        ' it alone.',
        'Thank you for the help.',
        'Thanks for finally helping out.',
    ),
    (
        'repair',
        '',
        "I read your messages without asking and that was wrong. I'm sorry. It won't "
        'happen again, and you can ask me anything about it.',
        'Sorry about the phone thing.',
        "I'm sorry, but if you weren't hiding stuff I wouldn't have looked.",
    ),
    (
        'repair',
        '',
        "I'm sorry I was so short with you on the phone. That's on me. Can I call you "
        'back tonight and listen properly?',
        'Sorry, I was just tired.',
        'Sorry you got upset. I was only being honest.',
    ),
    (
        'repair',
        '',
        'I forget your mother birthday. It is my fault. I am very sorry. I call her today'
        ' and say sorry also.',
        'Sorry, I forget.',
        'Sorry but you also forget my mother birthday last year.',
    ),
    (
        'i_statement',
        '',
        "I felt embarrassed yesterday when my report was read out to the team before I'd "
        "seen the feedback. I'd like to see comments first. Could you send them to me "
        'privately?',
        'I felt embarrassed in the meeting yesterday.',
        'I feel that you enjoy embarrassing me.',
    ),
    (
        'i_statement',
        '',
        'When the music was loud after midnight on Friday, I felt exhausted, because I '
        'start work at six. Could you use headphones after eleven?',
        'I felt tired because of the music.',
        'I feel like you are the most selfish neighbour ever.',
    ),
    (
        'i_statement',
        '',
        'I am worried when you drive home at night after drinking. I need you safe. '
        'Please take taxi, I pay for it.',
        'I am worried about your driving.',
        'I feel you are stupid when you drink.',
    ),
    (
        'soft_startup',
        '',
        "Hey, I love our Sunday calls. Lately I've felt a bit rushed when they end after "
        'five minutes. Could we set aside half an hour this Sunday?',
        'Our calls are very short lately.',
        'Why do you always rush off the phone? Am I boring you?',
    ),
    (
        'soft_startup',
        '',
        "I know you're tired after your shifts, and I'm grateful you work so hard. I'm "
        "feeling stretched with the kids' bedtimes. Could you take Tuesdays and "
        'Thursdays?',
        "I'm stretched with bedtimes. You need to help.",
        "For years I've done every bedtime while you watch TV.",
    ),
    (
        'validation',
        "I have to have surgery next month and I'm terrified.",
        "That's really scary. Of course you're terrified, surgery is a big deal. I'll be "
        'with you however I can.',
        "That sounds scary. The doctors know what they're doing though.",
        "Don't be silly, it's a routine operation. Loads of people have it.",
    ),
    (
        'validation',
        'My son said he hates me and slammed the door.',
        'Oof, that must have really stung. Anyone would be shaken hearing that from their kid.',
        "That's hard. Teenagers say things they don't mean.",
        "You're overreacting, he's just a teenager. Mine was worse.",
    ),
    (
        'validation',
        "I'm so nervous about my first day at the new school.",
        "Of course you're nervous, new places are scary. Want to practise the walk there "
        'together?',
        "That's normal. You'll be fine.",
        "Stop worrying, it's just school. You're being a baby.",
    ),
    (
        'reflective_listening',
        "My mum keeps asking when I'm having a baby and I don't even know if I want one.",
        "So her questions are putting pressure on you, and you're not sure yourself yet. "
        'Is that right?',
        'So your mum keeps asking about babies.',
        'Just tell her to mind her own business.',
    ),
    (
        'reflective_listening',
        'I finished my first 10k run today!',
        'You ran a whole 10k! You must be buzzing. How did the last kilometre feel?',
        'Nice one.',
        'Cool. I did a half marathon last month actually.',
    ),
    (
        'reflective_listening',
        'Work is so boring. I sit there doing the same thing every day.',
        'Sounds like you feel stuck, and the days all blur into one. Have I got that?',
        "So it's the same thing every day at work.",
        'At least you have a job. Be grateful.',
    ),
    (
        'request',
        '',
        'Could you put the milk back in the fridge after your cereal? It went off twice '
        'this week.',
        'Please remember the milk.',
        "Stop leaving the milk out, it's disgusting.",
    ),
    (
        'request',
        '',
        "Would you come with me to Dad's birthday dinner on the 12th? It would mean a lot.",
        'Can you come to family stuff more often?',
        "You'd better come to Dad's dinner or don't bother coming home.",
    ),
    (
        'request',
        '',
        "Shall we take turns picking the film? I'll go this week and you next Friday.",
        'Let me choose sometimes.',
        "Why do you always get to pick? It's so unfair.",
    ),
    (
        'request',
        '',
        'Could you ask before you borrow my charger? A quick text is fine.',
        'Please respect my things.',
        "Touch my charger again and you'll be sorry.",
    ),
    (
        'appreciation',
        '',
        "Thank you for staying late to help me set up the stall on Friday. You're so "
        'generous with your time, and it meant I could actually enjoy the fair.',
        'Thank you for helping with the stall.',
        'Thanks for helping, shame you were late.',
    ),
    (
        'appreciation',
        '',
        "You made me soup every day I was ill. I felt so looked after. You're a gem.",
        'Thanks for the soup.',
        'Thanks for the soup, it was a bit salty though.',
    ),
    (
        'appreciation',
        '',
        "I love how you always ask about my day, even when you're tired. It makes me feel"
        ' really seen. Thank you.',
        'Thank you for asking about my day.',
        'Nice that you asked about my day for a change.',
    ),
    (
        'repair',
        '',
        "I'm sorry I made that joke about your weight. It was hurtful and I was wrong. I "
        "won't do it again.",
        'Sorry about the joke.',
        'Sorry if you were offended, it was just a joke.',
    ),
    (
        'repair',
        '',
        "I lost my temper and slammed the door. That wasn't fair to you. I'm sorry. Can "
        'we talk about it after dinner?',
        'Sorry I slammed the door, I was angry.',
        "You pushed me to it, so I'm not the only one who should apologise.",
    ),
    (
        'repair',
        '',
        "I forgot to pick you up from the station and you waited an hour in the cold. I'm"
        ' so sorry. Let me make it up to you with dinner on Friday.',
        'Sorry, I forgot.',
        'Sorry, but you could have got a taxi.',
    ),
    (
        'request',
        '',
        "Would you pick up the kids on Wednesdays from now until Christmas? I've got late"
        ' meetings.',
        'Can you do more of the school runs?',
        'I do every school run. Do one for once.',
    ),
    (
        'request',
        '',
        'Could you knock before you come into my room? Even just a quick tap.',
        'Please give me more privacy.',
        "Don't barge into my room ever again.",
    ),
    (
        'request',
        '',
        'Can we agree no phones at the table during dinner, starting tonight?',
        'Can you be less on your phone?',
        "Put that phone down or I'm taking it.",
    ),
    (
        'request',
        '',
        'Please could you help me carry the shopping from the car on Saturdays? My back '
        'is not so good.',
        'Help me more please.',
        'You are young and strong but you never help your old mother.',
    ),
    (
        'request',
        '',
        'Would you be willing to split the electricity bill fifty-fifty from next month?',
        'I think we should be fairer about bills.',
        "It's about time you paid your share.",
    ),
    (
        'request',
        '',
        "Could you let me know by Thursday if you're coming on Saturday, so I can book the table?",
        'Let me know about Saturday at some point.',
        'You never reply. Answer me this time.',
    ),
    (
        'appreciation',
        '',
        "Thank you for sitting with Dad at the hospital all Tuesday. You're so steady, "
        'and I could finally get some sleep.',
        'Thanks for being there with Dad.',
        'Thanks for finally visiting Dad.',
    ),
    (
        'appreciation',
        '',
        'I noticed you emptied the dishwasher without being asked. Thank you, love, it '
        'made my morning so much easier.',
        'Thanks for doing the dishwasher.',
        'Oh, you emptied the dishwasher. Miracles happen.',
    ),
    (
        'appreciation',
        '',
        'Thank you for explaining the new system to me so slowly and clearly. You are a '
        'very good teacher. Now I am not afraid of it.',
        'Thank you for explaining the system.',
        'Thanks, but you explained too fast.',
    ),
    (
        'appreciation',
        '',
        "Cheers for covering my calls while I was at the dentist. You're a star, I came "
        'back to zero stress.',
        'Cheers for covering.',
        'Cheers for covering, I guess.',
    ),
    (
        'soft_startup',
        '',
        'Hi Mum, I love that you want to help. When advice about the baby comes every '
        'day, I feel overwhelmed. Could we keep baby tips to Sunday calls?',
        'Mum, I get too much advice about the baby.',
        'Stop telling me how to raise my own child, you did a terrible job with me.',
    ),
    (
        'soft_startup',
        '',
        "I'm glad we share the car. On Monday it came back on empty and I was nearly "
        "late. Could you fill it up when it's under a quarter?",
        'The car was empty on Monday.',
        'Thanks SO much for leaving me no petrol AGAIN.',
    ),
    (
        'soft_startup',
        '',
        "I really like living with you. The bathroom's been getting me down, and I'd love"
        ' a cleaning rota. Could we make one tonight?',
        'The bathroom needs cleaning more.',
        'Is it too much to ask for you to clean the bathroom once in your life?',
    ),
    (
        'soft_startup',
        '',
        'Can I bring something up? I felt left behind on the walk when you went ahead. '
        'Could we walk together next time?',
        'You walked too fast on Sunday.',
        'You always leave me behind. So typical.',
    ),
    (
        'validation',
        "My grandad doesn't recognise me any more.",
        'Oh, that must be heartbreaking. Of course it hurts, you two were so close.',
        "That's really sad. Do you still visit him?",
        "Well, he's very old. It's to be expected.",
    ),
    (
        'validation',
        'I got dumped by text.',
        "By text?! That's brutal. No wonder you're hurt. Want me to come over?",
        "That's rubbish. Plenty more fish in the sea.",
        "Honestly, at least you know now. He wasn't worth it.",
    ),
    (
        'reflective_listening',
        "I feel like I'm always the one who organises everything with our friends.",
        "So it feels one-sided, like it always falls to you, and maybe you're a bit tired"
        ' of it. Is that right?',
        'So you organise everything.',
        'Then stop organising. Let someone else do it.',
    ),
    (
        'reflective_listening',
        'My visa finally came through! I can stay!',
        'It came through! You can stay! You must be so relieved after all the waiting. '
        'How are you celebrating?',
        'Oh, good.',
        'Good. How much did it cost in the end?',
    ),
    (
        'repair',
        '',
        "I'm sorry I told your sister about the job before you could. That was your news "
        "to share. I'll tell her I jumped the gun.",
        'Sorry I told your sister.',
        "Sorry, I didn't know it was a secret. You should have said.",
    ),
    (
        'repair',
        '',
        "I was rude to you in the meeting and I'm sorry. You didn't deserve that. Can I "
        'buy you a coffee and explain properly?',
        'Sorry about the meeting earlier.',
        "Mistakes were made in the meeting. Let's move on.",
    ),
    (
        'repair',
        '',
        "Sorry I was late again. That's the third time and it's not fair on you. From "
        "next week I'll leave home twenty minutes earlier.",
        'Sorry I was late, the traffic was bad.',
        "Sorry I'm late, but you're always late too.",
    ),
    (
        'validation',
        'My best friend forgot my birthday.',
        'Ouch. That really stings, especially from her.',
        "That's a shame. Maybe she was busy.",
        "I'm sure she didn't mean it. Don't be so sensitive.",
    ),
    (
        'validation',
        "I have to give a speech at my sister's wedding and I'm panicking.",
        'Totally get the panic, it matters so much to you. Want to run it past me tonight?',
        'Speeches are hard. Keep it short.',
        "It sounds like you're making a big deal of nothing, is that right?",
    ),
    (
        'reflective_listening',
        "I keep thinking about quitting my job but I'm scared of having no money.",
        'So part of you wants out, and part of you is scared about money. Is that where you are?',
        'So you want to quit but money is a problem.',
        "Don't quit. The job market is terrible right now.",
    ),
    (
        'reflective_listening',
        "We're having a baby!",
        "A baby! Oh my goodness, you two must be over the moon! When's it due?",
        'Congratulations.',
        'Wow. Are you ready for no sleep though?',
    ),
    (
        'i_statement',
        '',
        "I felt anxious when I didn't hear from you all weekend. I need a quick text when"
        " you're away.",
        'I felt anxious this weekend.',
        'I feel that you are ignoring me on purpose.',
    ),
    (
        'i_statement',
        '',
        'I was scared when you drove fast on the motorway yesterday. Please can we keep '
        "to the limit when I'm in the car?",
        "I don't like it when you drive fast.",
        "I feel like you're a maniac behind the wheel.",
    ),
    (
        'soft_startup',
        '',
        "Can we talk about holidays? I'd love to see my family this Christmas. How would "
        'you feel about going to them on Boxing Day?',
        'We always go to your family at Christmas.',
        "Why is it always your family? Mine don't matter, obviously.",
    ),
    (
        'soft_startup',
        '',
        "I know you're swamped. I've felt a bit lonely since you started the night "
        'course. Could we keep Sundays for us?',
        "You're always at your course.",
        'I feel that you care more about your course than me.',
    ),
    (
        'request',
        '',
        'Can Fridays be pizza and film night for the four of us?',
        'We should do more family stuff.',
        "If you actually cared about this family you'd be home on Fridays.",
    ),
    (
        'request',
        '',
        'Could you turn the music down after ten on weeknights?',
        'Please be considerate about the music.',
        "Turn it down or I'm calling the landlord.",
    ),
    (
        'appreciation',
        '',
        'You stayed up till two helping me with my essay. I got an A! Thank you so much.',
        'Thanks for the help with my essay.',
        'Thanks for the help, even if most of it was wrong.',
    ),
    (
        'appreciation',
        '',
        'Dad, thank you for driving four hours to bring me home. You always show up for me.',
        'Thanks for the lift, dad.',
        'Thanks for the lift. About time you did something for me.',
    ),
    (
        'appreciation',
        '',
        "The flowers you left on my doorstep made my whole week. You're so thoughtful.",
        'Thanks for the flowers.',
        "Flowers? Thanks I suppose, though I'm allergic.",
    ),
    (
        'repair',
        '',
        "I was wrong to read your diary. I'm so sorry. It won't happen again.",
        'Sorry about the diary.',
        "Sorry if I read something I shouldn't have, but you left it out.",
    ),
    (
        'repair',
        '',
        "I'm sorry I laughed when you fell. It wasn't funny for you. Are you okay? Can I "
        'get you some ice?',
        'Sorry for laughing, it just looked funny.',
        "Sorry you can't take a joke.",
    ),
    (
        'i_statement',
        '',
        'I felt really let down on Saturday when the match tickets went to your brother. '
        "I'd been looking forward to it for weeks. Can we talk about how we decide next "
        'time?',
        'I was disappointed about the tickets.',
        'I feel that you always choose your brother over me.',
    ),
    (
        'i_statement',
        '',
        "I'm frustrated that the spare room is still full of boxes three weeks after the "
        'move. I need space to work. Could we unpack two boxes each evening this week?',
        "I'm frustrated about the boxes.",
        'You make me feel like I live in a storage unit.',
    ),
    (
        'i_statement',
        '',
        'I get nervous when plans change last minute, like on Friday. I like to know '
        "what's happening. Can you tell me by Thursday if things change?",
        'I get nervous when plans change.',
        'I feel manipulated because you change plans all the time.',
    ),
    (
        'i_statement',
        '',
        'Grandma, I felt sad when you said my tattoo was ugly at lunch. I want you to '
        'like me as I am. Could you keep those comments to yourself?',
        'I was upset about the tattoo comment.',
        "I feel judged because you're so old-fashioned.",
    ),
    (
        'repair',
        '',
        "I snapped at you when you asked about dinner. You didn't deserve that. I'm "
        "sorry. Let's cook together tonight.",
        'Sorry for snapping, long day.',
        "I'm sorry, but you asked at the worst moment.",
    ),
    (
        'repair',
        '',
        "I broke my promise to come to your play, and I know you looked for me. I'm "
        "really sorry. I'll be at the next one, front row.",
        "Sorry I couldn't make the play.",
        'Sorry, things came up. You know how it is.',
    ),
    (
        'repair',
        '',
        "I shared your private photo in the group chat. That was wrong and I've deleted "
        "it. I'm so sorry.",
        'Sorry about the photo, I deleted it.',
        "Sorry you're so upset, it was just a photo.",
    ),
    (
        'repair',
        '',
        "I made a decision about our savings without you. That wasn't fair. I'm sorry. "
        'Can we sit down on Sunday and decide together?',
        'Sorry, I should have asked.',
        "Mistakes were made. Let's not dwell on it.",
    ),
    (
        'validation',
        'I got passed over for the promotion again.',
        "Again? After everything you've done? That's so unfair. I'd be fuming.",
        "That's frustrating. Maybe it's time to look elsewhere.",
        'Well, there must be a reason. Maybe work harder?',
    ),
    (
        'validation',
        'My cat went missing three days ago.',
        'Oh no, three days. You must be so worried. Want help putting up posters?',
        "That's worrying. Cats usually come back.",
        "It's just a cat. Get another one.",
    ),
    (
        'reflective_listening',
        "My parents keep comparing me to my cousin who's a doctor.",
        'So it feels like nothing you do measures up to her in their eyes, and that '
        'really hurts. Is that right?',
        'So they compare you to your cousin.',
        'Well, being a doctor is impressive. Maybe they just want the best for you.',
    ),
    (
        'reflective_listening',
        "I'm learning to drive at 60 and I passed my theory test today!",
        "You passed! At 60, that's brilliant. You must be so chuffed. What's next, the practical?",
        'Oh, well done.',
        'At your age? Why bother now?',
    ),
    (
        'soft_startup',
        '',
        'I love our lie-ins on Saturdays. When the alarm goes off at six for your run, I '
        'find it hard to get back to sleep. Could you set it to vibrate?',
        'Your alarm wakes me up on Saturdays.',
        'Do you have to be so selfish with that stupid alarm?',
    ),
    (
        'soft_startup',
        '',
        "Hey, thanks for having me to stay. I've been feeling a bit cramped in the "
        'evenings. Could I use the front room for an hour after dinner to study?',
        "I don't have anywhere to study.",
        'Nobody in this house respects my space, obviously.',
    ),
    (
        'appreciation',
        '',
        'Thanks for teaching me how to use the bus app, love. You were so patient with '
        'me. I went to the market on my own today!',
        'Thank you for showing me the app.',
        "Thanks, though I still don't understand it.",
    ),
    (
        'appreciation',
        '',
        "Thank you for remembering I'm vegetarian and making that lasagne. You're such a "
        'thoughtful host, I felt so welcome.',
        'Thanks for the vegetarian option.',
        'Thanks for remembering for a change.',
    ),
    (
        'request',
        '',
        'Could you message me before you invite people over, say by lunchtime?',
        'Can you tell me about guests earlier?',
        'No more surprise guests. I mean it.',
    ),
    (
        'request',
        '',
        "Would you be happy to swap Thursday's shift with me so I can go to my son's concert?",
        'Could you swap a shift sometime?',
        'You owe me a shift, so take my Thursday.',
    ),
    (
        'i_statement',
        '',
        'When you speak only French with your friends at our dinner, I feel lonely, '
        'because I not understand. Please can you translate a little for me?',
        'I feel lonely at the dinner.',
        'I feel that you are rude and you hide things from me.',
    ),
    (
        'i_statement',
        '',
        "I was hurt when you didn't come to my retirement party on Friday. Our friendship"
        ' matters to me. Could we have lunch this week and catch up?',
        'I was hurt you missed my party.',
        'I feel like forty years of friendship mean nothing to you.',
    ),
    (
        'soft_startup',
        '',
        'My dear, I know you are tired from work. I feel worried when you come home after'
        ' midnight with no message. Please send me one text, okay?',
        'You come home very late and I worry.',
        'Why you never tell me anything? You think I am stupid?',
    ),
    (
        'soft_startup',
        '',
        "I've loved having the grandchildren over. I'm feeling worn out after three days "
        'in a row, though. Could we make it two days a week?',
        "I'm worn out with the grandchildren.",
        "You treat me like a free babysitter. It's not on.",
    ),
    (
        'validation',
        'My English teacher laughed at my accent in front of class.',
        "That's so unkind of her. Of course you felt embarrassed. Your English is brave and good.",
        "That's not nice. Just ignore her.",
        "You're overreacting, she was probably joking.",
    ),
    (
        'reflective_listening',
        'In my country we eat together every night. Here everybody eat alone with phone.',
        'So you miss the family meals from home, and here it feels lonely at dinner. Is '
        'that right?',
        'So people here eat alone.',
        "You should adapt. That's how it is here.",
    ),
    (
        'reflective_listening',
        'My grandson called me just to chat, first time ever!',
        'He called just to chat! That must have made your day. What did you talk about?',
        "That's nice.",
        'Probably wanted money. Did he ask for anything?',
    ),
    (
        'request',
        '',
        'Please, can you speak a bit slower when you explain the tasks to me? Then I '
        'understand everything.',
        'Please speak better with me.',
        'You speak too fast always. Stop it.',
    ),
    (
        'request',
        '',
        'Would you pop round on Tuesday mornings to help me with the online shopping?',
        'I could do with some help sometimes.',
        'You never visit unless you want something.',
    ),
    (
        'appreciation',
        '',
        'Thank you for invite me to your family Christmas. Everybody was so warm. I feel '
        'less far from home.',
        'Thank you for the Christmas dinner.',
        'Thanks, but the food was very strange for me.',
    ),
    (
        'appreciation',
        '',
        "Thank you for fixing my computer on Saturday, young man. You're very patient "
        'with an old fellow, and now I can see my grandchildren on video.',
        'Thanks for fixing the computer.',
        'Thanks. Took you all afternoon, mind.',
    ),
    (
        'repair',
        '',
        'I am sorry I shout at you in the kitchen. It was my fault, I was wrong. Tonight '
        'I wash all the dishes.',
        'Sorry for the kitchen.',
        'Sorry but you make me angry first.',
    ),
    (
        'repair',
        '',
        "I shouldn't have criticised your cooking in front of the family. It was unkind, "
        "and I'm sorry. I'll tell them how much I enjoy your roast.",
        'Sorry about the comment at dinner.',
        'Sorry if that came out wrong, I was just being honest.',
    ),
]


@pytest.mark.parametrize(("kind", "said", "good", "fair", "poor"), TRIPLES)
def test_good_beats_fair_beats_poor(kind: str, said: str, good: str, fair: str, poor: str) -> None:
    g, f, p = (score_rewrite(text, kind=kind, said=said) for text in (good, fair, poor))
    assert g.score > f.score > p.score, (g.score, f.score, p.score)
    assert g.verdict == "strong"
    assert p.verdict == "needs work"
