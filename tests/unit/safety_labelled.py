"""Tandem's hand-written labelled set for the crisis detector (tests and reports).

Each line of ``DATA`` is ``label<TAB>message``. Labels are a crisis category (suicidal,
self_harm, abuse, substance, other_at_risk) or a negative class (support: ordinary
support-group talk; idiom; media; educational; past; negation). The negatives share words
with the crisis messages on purpose. Batches after the first were written before the
lexicon was tuned on them, to estimate how the detector does on unseen messages.
"""

from __future__ import annotations

CRISIS = frozenset({"suicidal", "self_harm", "abuse", "substance", "other_at_risk"})
NEGATIVE = frozenset({"support", "idiom", "media", "educational", "past", "negation"})

DATA = """
# label<TAB>message. Labels: a crisis category (suicidal, self_harm, abuse, substance,
# other_at_risk) or a negative class (support, idiom, media, educational, past, negation).
# Written by hand for Tandem's tests; crisis messages in many phrasings, and hard
# negatives that share their words.
suicidal	I want to kill myself
suicidal	honestly i just want to die
suicidal	I don't want to be alive anymore
suicidal	everyone would be better off without me
suicidal	I don't want to wake up tomorrow
suicidal	i keep thinking about ending it all
suicidal	I'm planning to end it this weekend
suicidal	i've been thinking about suicide a lot lately
suicidal	i feel suicidal again tonight
suicidal	there's no reason to keep going
suicidal	I want to disappear forever
suicidal	I've said my goodbyes to the people who matter
suicidal	kms
suicidal	i want to kms so bad
suicidal	thinking about unaliving myself
suicidal	I'm gonna unalive myself
suicidal	sewerslide seems like the only option now
suicidal	i want to ctb tonight
suicidal	I wish I was dead
suicidal	I wish I had never been born
suicidal	nobody would even notice if I was gone
suicidal	no one would miss me if i died
suicidal	what's the point of living anymore
suicidal	life isn't worth living
suicidal	I have nothing left to live for
suicidal	I'm done with life
suicidal	I can't do this anymore. I'm sorry, goodbye
suicidal	I just want it all to end
suicidal	I wrote my goodbye letters last night
suicidal	im giving away my stuff because i wont need it
suicidal	I have a plan to end my life
suicidal	I won't be here tomorrow
suicidal	i hope i don't wake up
suicidal	I want to go to sleep and never wake up
suicidal	S U I C I D E is all I think about, I'm so suicidal
suicidal	I w4nt to k!ll mys3lf
suicidal	i want to diiiie
suicidal	I'm seriously considering suicide
suicidal	I tried to kill myself last night and I want to try again
suicidal	my family would be happier without me
suicidal	I'd be better off dead
suicidal	I'm tired of living
suicidal	I've lost the will to live
suicidal	I don't see any point in living
suicidal	I'm going to end my life
suicidal	i just wanna die tbh
suicidal	I feel like killing myself
suicidal	thinking of taking my own life
suicidal	I keep having suicidal thoughts
suicidal	suicide feels like the only way out
suicidal	Ｉ ｗａｎｔ ｔｏ ｄｉｅ
suicidal	I want to k.i.l.l myself
suicidal	i'm ready to die
suicidal	I deserve to die
suicidal	everyone would be better off if I wasn't here
suicidal	i don't want to exist anymore
suicidal	i want to jump off a bridge
suicidal	I'm thinking about jumping in front of a train
suicidal	there's no point in going on
suicidal	I just want to sleep forever
self_harm	I cut myself again last night
self_harm	i started cutting again
self_harm	I've been hurting myself
self_harm	relapsed on sh after 3 months
self_harm	I keep burning myself with a lighter
self_harm	I want to hurt myself so bad right now
self_harm	the urge to self harm is really strong tonight
self_harm	i self harm when things get bad
self_harm	I can't stop scratching myself until I bleed
self_harm	i relapsed with self-harm today
self_harm	my sh urges are back
self_harm	I hit myself when I get angry at myself
self_harm	I've been self-harming for weeks
self_harm	i need to cut, i can't cope
self_harm	I feel better after I cut
self_harm	my fresh cuts won't stop bleeding
self_harm	I'm struggling with self harm again
self_harm	I broke my streak, hurt myself again
self_harm	I have fresh cuts on my arm
self_harm	been starving myself to punish myself
abuse	he hits me
abuse	my dad hits me when he's drunk
abuse	I'm scared to go home
abuse	he said I'll regret it if I leave
abuse	she threatened me again
abuse	my boyfriend locked me in the bedroom
abuse	my stepdad beats me
abuse	I don't feel safe at home
abuse	my husband won't let me leave the house
abuse	he threatened to kill me
abuse	my partner choked me last night
abuse	I'm being abused at home
abuse	I'm terrified he will hurt me when he gets back
abuse	my mom slapped me and pushed me down the stairs
abuse	I live with my abusive dad
abuse	he pointed a knife at me
abuse	I'm afraid of going home tonight
abuse	my brother keeps hitting me and my parents don't care
abuse	i'm not safe in my own house
abuse	people at school keep telling me to kill myself
abuse	my ex is stalking me
abuse	he took my phone so I can't call anyone
abuse	she said she would hurt me if i told anyone
abuse	I'm hiding from him right now
abuse	my boyfriend gave me bruises again
substance	I took too many pills
substance	i think i overdosed
substance	I just took a whole bottle of sleeping pills
substance	I took 30 tablets of paracetamol
substance	i can't stop drinking and I keep blacking out
substance	my friend isn't waking up after taking something
substance	I mixed xanax with alcohol
substance	i think i took too much
substance	he's not breathing after he took those pills
substance	I drank until I blacked out again
substance	my brother overdosed and his lips are blue
substance	i swallowed a handful of pills
substance	I od'd last night
substance	took way too much of my meds
substance	I can't wake him up, he took a lot of pills
other_at_risk	my friend said she wants to die
other_at_risk	I'm worried my brother will hurt himself
other_at_risk	my best friend is suicidal and I don't know what to do
other_at_risk	my girlfriend keeps cutting herself
other_at_risk	my friend told me he wants to kill himself
other_at_risk	someone I know is planning to end their life
other_at_risk	my sister has been self harming again
other_at_risk	he tried to kill himself yesterday
other_at_risk	my friend sent me a goodbye message
other_at_risk	I think my roommate is going to hurt herself
other_at_risk	my son talks about killing himself
other_at_risk	she wants to die and says nobody cares
other_at_risk	my partner is threatening suicide
other_at_risk	my friend who is suicidal stopped answering
other_at_risk	I'm scared my mom will kill herself
support	I set a boundary with my mom today and it felt strange but good
support	does anyone else feel guilty after saying no?
support	I keep trying to fix everyone's problems and I'm exhausted
support	my partner gets upset when I spend time with my friends
support	I realised I've been people pleasing my whole life
support	today was a hard day but I went to my therapy appointment
support	I feel like I lose myself in relationships
support	how do you stop feeling responsible for other people's feelings?
support	I'm trying to learn to ask for what I need
support	thank you all for listening yesterday, it helped a lot
support	my sister always calls me when she's in trouble and I drop everything
support	I'm so tired of being the only one who gives in this friendship
support	it hurt me when she ignored my message
support	I cut my ex out of my life and I feel lighter
support	I cut back on caffeine this week
support	my dad used to yell a lot and I still flinch at loud voices
support	I feel like a burden when I ask for help
support	I hate that I can't say no to my boss
support	we had a big fight and I cried all night
support	I'm feeling anxious about the holidays with my family
support	I keep checking my phone to see if he's mad at me
support	interdependence sounds nice but I don't know what it looks like
support	I took my meds this morning and went for a walk
support	I'm going to end things with my boyfriend, it's not healthy
support	I'm planning to end it with her this weekend
support	she kicked me out of the group chat lol
support	my mom will be home soon and I need to clean
support	I told my friend I need some space and she took it well
support	I don't want to be the rescuer any more
support	I feel drained after every call with my brother
support	I've been journaling and it really helps
support	my therapist says I have anxious attachment
support	sometimes I feel invisible in my own family
support	I gave away my old clothes to charity
support	I am learning that my needs matter too
support	he hit me up last night to apologise
support	it finally hit me that I deserve better
support	I drink too much coffee when I'm stressed
support	my friend beat me at chess again
support	I need to cut down on screen time
support	my grandma is very sick and might die soon, I'm sad
support	I lost my job and I don't know what to do
support	I'm so done with this week
support	I can't do this anymore, my job is draining me
support	I'm scared to tell my parents I'm changing majors
support	I feel empty after helping everyone all day
support	I stayed up late texting him again even though I promised myself I wouldn't
support	he's going to be back soon and I want the apartment to look nice
support	I just want to be heard for once
support	it hurts when people only call when they need something
support	I keep apologising for things that aren't my fault
idiom	this exam is killing me
idiom	I'm dead tired
idiom	I'd die for pizza right now
idiom	you're killing it!
idiom	she's drop dead gorgeous
idiom	this cake is to die for
idiom	I could just die of embarrassment
idiom	my mom is going to kill me when she sees my grades
idiom	ugh I want to die lol that was so cringe
idiom	I'm dying to see that movie
idiom	my phone died again
idiom	I almost killed myself laughing
idiom	kill me now, this meeting won't end
idiom	this heat is killing me
idiom	I hurt myself at the gym
idiom	I accidentally cut myself cooking
idiom	I cut myself off from toxic people
idiom	I'm going to kill myself if I have to hear that song one more time lol
idiom	I'd rather die than wear that
idiom	I'm killing myself trying to finish this project
idiom	my dad will kill me if I'm late again
idiom	I'm drowning myself in work to avoid thinking
idiom	I really shot myself in the foot there
idiom	I'm dying laughing
idiom	I would die on that hill
idiom	we're all going to die someday
idiom	I'm starving, when is dinner
idiom	my back is killing me
idiom	kms this homework is so boring lmao
idiom	ok this song makes me want to die inside lmao
idiom	I nearly died when he said that, so funny
media	I killed the final boss last night
media	my character died in the game again
media	the main character kills himself in the movie
media	I died 20 times to that boss
media	in minecraft I jumped off a cliff to respawn
media	the villain threatened to kill the hero in the book
media	this song is about wanting to die
media	in the show she overdoses and it's so sad
media	in my fanfic the protagonist self harms
media	we wiped on the raid boss three times
media	the episode where he tries to end his life was hard to watch
media	in dnd my rogue got killed by a dragon
educational	what are the signs of self-harm?
educational	what are the warning signs of suicide?
educational	how do I support a suicidal friend?
educational	how can I help someone who is self harming?
educational	what does kms mean?
educational	suicide prevention month starts next week
educational	I'm writing an essay on domestic violence for my class
educational	is cutting a sign of depression?
educational	what should I do if someone tells me they want to die?
educational	our psychology class covered overdose symptoms today
educational	the suicide rate among teens is rising according to the news
educational	where can I find resources for people who self harm?
educational	how do you help a friend who is suicidal
educational	can someone explain what sewerslide means
past	years ago I used to self-harm, I'm doing better now
past	I attempted suicide when I was 16 but I'm in a much better place
past	I've been clean from self harm for two years
past	I used to want to die every day, therapy really helped
past	my uncle died by suicide when I was a kid
past	I survived an abusive relationship
past	I lost my brother to suicide last year
past	when I was a teenager I used to cut
past	I was suicidal in high school
past	I struggled with self harm in the past
past	three years clean from sh today!
past	my ex was abusive but I left him in 2019
negation	I'm not suicidal, just really tired
negation	I would never hurt myself
negation	I don't want to die, I want things to change
negation	I'm not going to kill myself, don't worry
negation	I haven't self harmed in months
negation	no suicidal thoughts this week, which is progress
negation	I'm not thinking about suicide, I promise
negation	I would never kill myself, I have my kids
negation	I don't feel suicidal anymore
negation	I'm safe, I'm not going to do anything
# --- second batch (written after the first tuning round) ---
suicidal	i honestly don't see myself making it to the end of the month
suicidal	tonight i'm going to do it, i've decided
suicidal	i'm so tired. i just want to stop existing
suicidal	what's even the point anymore, i want out of this life
suicidal	i keep looking at the pills and thinking about taking them all
suicidal	i think everyone would be relieved if i was gone
suicidal	i want to end it
suicidal	i'm thinking of ending things for good
suicidal	i feel like dying
suicidal	idk how much longer i can keep going, i just want to die
suicidal	i've been researching ways to kill myself
suicidal	i dont wanna be here anymore
suicidal	if i died tomorrow nobody would care
suicidal	I'm ready to go, I've made my peace with it
suicidal	im gonna end it all tonight
suicidal	can't stop thinking about killing myself
suicidal	i want to die so badly it hurts
suicidal	honestly thinking abt suicide rn
suicidal	i just want to not exist
suicidal	life is pointless and i want it to be over
self_harm	i relapsed, cut again after 6 months clean
self_harm	i've been scratching my arms until they bleed
self_harm	the urge to cut is so strong right now
self_harm	i burned myself again tonight
self_harm	i keep punching walls until my knuckles bleed
self_harm	i hurt myself on purpose last night
self_harm	i want to cut so badly
self_harm	self harming is the only thing that helps me cope
abuse	my dad gets drunk and throws things at me
abuse	my boyfriend hit me again last night
abuse	i'm scared of what he'll do when he gets home
abuse	my mom's boyfriend touches me and i don't know what to do
abuse	he grabbed me by the throat
abuse	she said if i tell anyone she'll hurt my sister
abuse	he won't let me leave and took my keys
abuse	i'm locked in my room and he's screaming outside
abuse	my parents beat me when i get bad grades
abuse	my partner threatens to kill me if i leave
substance	i swallowed all my antidepressants
substance	i took 15 of my sleeping pills
substance	my friend passed out and won't wake up, we were drinking
substance	i think i took too many of my pills, i feel really weird
substance	i overdosed on purpose
substance	i drank a whole bottle of vodka and took some xanax
other_at_risk	my friend keeps saying she wants to kill herself
other_at_risk	i'm really worried about my brother, he said he doesn't want to live anymore
other_at_risk	my girlfriend told me she's going to end her life tonight
other_at_risk	a friend posted a goodbye note on instagram
other_at_risk	my little sister is cutting herself and hides it
other_at_risk	my dad said he wants to die
support	i spent the whole weekend doing things for other people again
support	my mom guilt trips me every time i say no
support	i'm learning that it's okay to rest
support	i don't know who i am outside of my relationship
support	my friend always cancels last minute and i say it's fine
support	i had a panic attack at work today but i'm okay now
support	i'm tired of being everyone's therapist
support	he said sorry but i don't know if i believe him
support	i finally told my partner how i feel and he listened
support	my family doesn't respect my boundaries at all
support	i'm scared of being alone
support	i feel like i'm drowning in responsibilities
support	i can't stop thinking about what she said
support	i want to disappear for a weekend and just sleep
support	i'm done trying to make everyone happy
support	i hate myself for always giving in
support	i feel so stuck
support	i'm exhausted and i cried in my car
support	i think i'm codependent with my sister
support	nobody ever asks how i'm doing
idiom	omg i'm dead 💀
idiom	this traffic is going to be the death of me
idiom	i'm going to kill my brother for eating my leftovers
idiom	that presentation killed me lol
idiom	i literally died when she walked in
idiom	my feet are killing me after that hike
idiom	i'd kill for a nap right now
idiom	i'm so hungry i could die
idiom	i wanted the ground to swallow me up
idiom	ugh i want to die, i just tripped in front of my crush lol
media	the ending where she kills herself destroyed me
media	i keep dying on the last level
media	he died in episode 5 and i'm still not over it
media	my sim died in a fire lol
educational	what are the symptoms of an overdose?
educational	how can i tell if my teen is self harming?
educational	is it normal to have intrusive thoughts about dying?
educational	we're doing a suicide awareness training at work
educational	how do you talk to someone who is thinking about suicide
past	when i was 15 i cut myself a lot, i'm doing way better now
past	i've been sober from self harm for 500 days
past	my friend took her own life two years ago and i still miss her
past	i used to think about killing myself but i don't anymore
negation	i'm not going to hurt myself, i just need to vent
negation	don't worry i'm not suicidal
negation	i would never do anything to hurt myself
negation	i don't want to kill myself, i just want the pain to stop
# --- third batch ---
suicidal	i've been so low lately. honestly i think about dying every day
suicidal	i'm just so tired of everything, i don't think i can keep going
suicidal	sometimes i think it'd be easier if i just wasn't here
suicidal	i have the pills ready
suicidal	i'm going to end it tonight, thank you all for trying
suicidal	every night i pray i won't wake up
suicidal	i'm a burden to everyone and they'd be better off if i was gone
suicidal	i keep thinking about driving my car off the road
suicidal	what's the point of anything. i'm done
suicidal	i want to die and i don't know who to tell
suicidal	no one would notice if i disappeared for good
suicidal	i just want to fall asleep and not wake up
suicidal	i have been thinking of killing myself for weeks
suicidal	i'm at my limit, i want to end my life
suicidal	my kids would be better off without me honestly
suicidal	i'm scared of how much i want to die
suicidal	i looked up how many pills it would take
suicidal	thinking about ending it all again
suicidal	I really feel like ending my life today
suicidal	i don't want to live like this anymore, i'm going to do something
suicidal	this will be my last post here
suicidal	i can't see a future for myself anymore, i just want it to stop forever
suicidal	i wrote a note for my family
suicidal	idk if ill be alive next week
suicidal	im so done i wanna unalive
self_harm	i cut again. i'm so ashamed
self_harm	i started hurting myself again after the fight
self_harm	the only thing that makes me feel anything is cutting
self_harm	i want to burn myself so bad
self_harm	i've been hitting myself in the head when i mess up
self_harm	i'm covering my arms so nobody sees the cuts
self_harm	had a sh relapse last night
self_harm	i need to hurt myself to feel something
abuse	my husband hit me again and i don't know where to go
abuse	my dad said he'll kill me if i tell anyone
abuse	my mom punches me when she's angry
abuse	he shoved me into the wall last night
abuse	i'm scared to be home when he's drinking
abuse	my boyfriend said i'd regret leaving him
abuse	she keeps threatening to hurt me
abuse	my stepdad comes into my room at night and i'm scared
abuse	i have bruises from where he grabbed me
abuse	i'm not allowed to leave the house or talk to anyone
substance	i took a bunch of pills and i feel really dizzy
substance	i think my friend overdosed, she's not responding
substance	i drank way too much and i can't stand up, everything is spinning
substance	took like 20 ibuprofen
substance	my roommate took something and he's barely breathing
substance	i've been drinking all day and took my sleeping pills too
other_at_risk	my best friend just texted me that she wants to end it
other_at_risk	my brother has been cutting himself and i found out today
other_at_risk	i'm scared my friend is going to kill himself, he gave me his stuff
other_at_risk	my girlfriend said she'd be better off dead
other_at_risk	someone in my class said they're going to kill themselves tomorrow
other_at_risk	my friend said goodbye to everyone in the group chat and isn't answering
other_at_risk	my mom keeps saying she wants to die
support	my mom calls me every day and i feel guilty if i don't pick up
support	i'm trying to stop rescuing my brother from his problems
support	i had a good therapy session today about boundaries
support	does anyone know good books on codependency?
support	i feel like i always have to earn love
support	my partner and i had a calm talk about chores, it went well
support	i'm scared that if i say no people will leave me
support	i feel like i'm disappearing in this relationship
support	i'm so anxious i can't sleep
support	i keep saying yes to extra shifts because i can't say no
support	i made dinner just for myself tonight and it felt nice
support	i'm tired of walking on eggshells around my dad
support	i want to stop feeling responsible for my sister's moods
support	i cried in the car after visiting my parents
support	i'm learning to sit with discomfort instead of fixing things
support	it's been a rough week but i'm still here
support	my friend dumped all her problems on me again and i'm drained
support	i'm done being everyone's doormat
support	i wish i could just run away for a while
support	i ended things with him last night and i feel relieved
support	i'm scared of conflict and i always give in
support	my therapist said my needs are valid and i cried
support	he never asks how my day was
support	i can't stop overthinking what i said at the party
support	i gave up on trying to change him
support	i'm exhausted from holding everyone together
support	we're all struggling, thanks for being here
support	i hurt my friend's feelings and i feel awful
support	i want to cut ties with my toxic friend
support	my heart hurts after that conversation
idiom	lmao i'm literally going to die if this meeting runs over
idiom	that comedian killed it last night
idiom	i'm dying to know what happens next
idiom	this workout nearly killed me
idiom	my boss is going to murder me
idiom	i'd rather die than go to that party
idiom	if i have to sit through one more lecture i'll scream
idiom	this pizza is to die for honestly
idiom	the suspense is killing me
idiom	my legs are dead after that run
media	the movie ends with him shooting himself, i cried
media	i keep getting killed by the same boss
media	in the book the main character overdoses
media	we died to the dragon like 10 times
educational	how do i know if someone is thinking about suicide?
educational	what's the difference between self harm and suicidal behaviour?
educational	we're learning about overdose prevention in health class
educational	what should you say to a friend who self harms?
educational	are there support groups for people who self harm?
past	i used to cut but i've been clean for a year
past	my dad used to hit me when i was little, it still affects me
past	i tried to end my life in 2018 and i'm grateful to be alive
past	i haven't wanted to die in a long time, therapy helped
negation	i'm not going to do anything stupid, i just needed to say it
negation	don't worry, i'm safe and not suicidal
negation	i'd never end my life, i love my family too much
negation	i'm not cutting anymore and i'm proud of myself
# --- fourth batch ---
suicidal	i don't think i want to be alive anymore
suicidal	part of me just wants to go to sleep forever
suicidal	i've started planning how i would do it
suicidal	i can't keep living like this. i want out
suicidal	i really want to die right now
suicidal	i think i'm going to kill myself
suicidal	everything would be easier if i were dead
suicidal	i want to end my own life
suicidal	i'm done. goodbye everyone
suicidal	i keep fantasizing about not existing
suicidal	i feel like there's no way out except dying
suicidal	honestly if i didn't wake up tomorrow i'd be fine with that
suicidal	i don't want to be here anymore and i'm scared of what i'll do
suicidal	i've been having thoughts of suicide again
suicidal	i just want to end everything
suicidal	nobody would care if i killed myself
suicidal	i wish i could just disappear and never come back
suicidal	i'm going to take all my pills tonight
suicidal	i'm thinking about overdosing
suicidal	im so close to ending it
self_harm	i cut myself last night and it's really deep
self_harm	i've been picking at my skin until it bleeds
self_harm	the urge to hurt myself won't go away
self_harm	i relapsed and cut myself again
self_harm	i burned my arm with a lighter on purpose
self_harm	i deserve to be hurt
self_harm	i keep wanting to cut
abuse	my father hits my mom and me
abuse	my girlfriend slaps me when she's angry
abuse	i'm terrified of my husband
abuse	he told me he would kill me if i left
abuse	my uncle touched me and i don't know who to tell
abuse	my parents lock me in my room for days
abuse	i'm scared he's going to hurt me again tonight
abuse	my partner strangled me during a fight
substance	i took a whole pack of paracetamol
substance	my friend is unconscious after drinking and i can't wake her
substance	i think i took too many sleeping pills
substance	i mixed my meds with a lot of alcohol
substance	i overdosed on my antidepressants
other_at_risk	my friend told me she's been cutting herself
other_at_risk	my brother said he wants to kill himself
other_at_risk	i found out my daughter is suicidal
other_at_risk	my friend is talking about ending her life
other_at_risk	i think my friend is going to do something to herself tonight
other_at_risk	my cousin said he has a plan to kill himself
support	i'm learning that i don't have to be perfect
support	i miss the old version of me before this relationship
support	my friend said she needs space and i panicked
support	it's hard not to take care of everyone
support	i'm proud of myself for asking for help today
support	i feel like i'm always the one reaching out
support	i'm nervous about seeing my family at the wedding
support	i talked to my sister about boundaries and she cried
support	what do you all do when you feel guilty for resting?
support	my husband doesn't listen when i talk about my feelings
support	i just feel stuck and numb lately
support	i'm trying to stop checking his location
support	i want to feel like myself again
support	i'm sick of being taken for granted
support	i keep going back to him even though i know it's not good for me
support	my mom still treats me like a kid
support	i kill myself trying to keep everyone happy
support	i'm not sure how to stop people pleasing
support	my dad is drinking again and it's stressful
support	i left the conversation because it was getting heated
support	i'm tired of pretending everything is fine
support	i hate asking for help
support	my friends only call when they want something
support	some days i feel like giving up on this whole healing thing
support	i'm afraid i'll never be enough for anyone
support	i hope everyone has a peaceful weekend
support	my ex keeps texting me and i don't answer
support	i said no to my boss and the world didn't end
support	i feel like i'm dying inside when he ignores me
support	i'm fed up with always apologising
idiom	bro i'm gonna die of laughter
idiom	my mom is going to kill me for coming home late
idiom	killing time before my appointment
idiom	you look drop dead gorgeous
idiom	i could kill for some fries rn
idiom	i'm literally dead 😂
idiom	this song slaps so hard i'm dead
idiom	my laptop battery died in class
idiom	ugh kill me, i have three exams tomorrow
idiom	i'd die for my kids
media	in the last episode he dies and i sobbed
media	i keep killing myself by falling off the map lol
media	my favourite character killed herself in chapter 40
educational	what are the warning signs that someone is suicidal?
educational	how can i support my coworker who is grieving a suicide?
educational	what's the number for the suicide hotline?
educational	my psych class is discussing self harm this week
past	i used to self harm when i was a teenager
past	my friend died by suicide five years ago
past	i was in an abusive relationship for years but i got out
negation	i'm not going to kill myself, i just feel sad
negation	i'm not self harming anymore
negation	i don't want to die, i want help
# --- fifth batch ---
suicidal	i keep thinking everyone would be happier if i was dead
suicidal	i dont see the point in being alive
suicidal	im going to jump tonight
suicidal	i've been collecting pills for a while now
suicidal	i'm so tired of fighting, i think it's time to give up for good
suicidal	sometimes i wish i would just not wake up
suicidal	i really don't want to live anymore
suicidal	i hate my life so much i want to end it
suicidal	i'm going to kill myself this weekend
suicidal	i can't take this pain anymore, i'm ending it
suicidal	i've been thinking about how i'd do it
suicidal	i want to stop living
suicidal	i feel like i should just die
suicidal	death would be a relief
suicidal	i'm planning my suicide
suicidal	nobody will miss me when i'm gone
suicidal	i dont want to exist
suicidal	if i disappeared forever no one would notice
suicidal	i think about suicide every day
suicidal	i want to be dead
self_harm	i've been cutting my thighs so no one sees
self_harm	i hurt myself again, sorry
self_harm	i just want to feel the pain, i'm going to cut
self_harm	i keep banging my head against the wall until it hurts
self_harm	my arms are covered in cuts
self_harm	i started self harming again last week
abuse	my mom's boyfriend hits me when she's at work
abuse	i'm afraid to go home, my dad is drunk and angry
abuse	my husband choked me and said next time he'd kill me
abuse	she threw a plate at me and cut my face
abuse	my brother beats me up and nobody believes me
abuse	i think my partner is going to hurt me tonight
abuse	he doesn't let me see my friends or have money
substance	i just took like 40 pills
substance	my friend overdosed and isn't breathing properly
substance	i think i'm overdosing, my heart is racing
substance	i took a lot of xanax and drank
other_at_risk	my friend keeps talking about killing herself
other_at_risk	my boyfriend said he doesn't want to be alive anymore
other_at_risk	i'm worried my sister will take her own life
other_at_risk	my friend has been self harming and won't tell anyone
other_at_risk	my roommate said she's going to end it tonight
support	i'm learning to let people be disappointed in me
support	my partner forgot our plans again and i said it was fine
support	i feel like a different person around my parents
support	what helps you when you feel guilty for saying no?
support	i had a nice walk today and didn't check my phone
support	i'm really struggling to trust people lately
support	my mom called me selfish for taking time for myself
support	i keep replaying the argument in my head
support	i'm scared i'll lose my friends if i set boundaries
support	i feel responsible for everyone's happiness
support	today i asked for help and it was ok
support	i'm exhausted from always being available
support	i wish my dad would respect my decisions
support	i'm trying to care for myself without feeling selfish
support	my sister guilt trips me constantly
support	i don't know how to stop rescuing people
support	i'm grateful for this group
support	i feel empty when nobody needs me
support	my boss keeps piling work on me and i can't say no
support	i finally slept eight hours last night
support	i want to end my friendship with her but i feel bad
support	he makes me feel like everything is my fault
support	i'm tired of living for other people's approval
support	i'm dying to go on holiday honestly
support	i had to cut my mom off for my own peace
support	i'm done fixing other people's problems
support	i feel like i'm drowning in guilt
support	i keep trying to please everyone and it's killing my energy
support	she always threatens to leave when we argue
support	i want to disappear into a book for the weekend
idiom	if my team loses again i'm going to kill myself lol
idiom	i'm going to die laughing at this meme
idiom	my boss will literally kill me if i'm late
idiom	this humidity is killing me
idiom	ugh i could die of embarrassment
media	the main character dies at the end
media	i got killed by a creeper again
educational	how do you help a friend who wants to die?
educational	what does unalive mean on tiktok
past	i was suicidal a few years ago but i'm ok now
past	i survived a suicide attempt in college
negation	i'm not going to hurt myself tonight, promise
negation	i don't want to die, i'm just exhausted
# --- sixth batch ---
suicidal	i have no wish to go on living
suicidal	honestly i'm ready to be done with all of it forever
suicidal	kms fr i can't do this
suicidal	i just want everything to stop, permanently
suicidal	i wanna unalive myself so bad
suicidal	i've got it all planned for friday
suicidal	theres no point in me being here anymore
suicidal	i keep imagining my own funeral and it feels peaceful
suicidal	i'm thinking of taking all my tablets
suicidal	everyones life would be easier without me in it
suicidal	i'm seriously going to end my life
suicidal	i cant see any reason to stay alive
suicidal	i want to die honestly
suicidal	i just want to go to sleep and never wake up again
suicidal	i've written letters to my family
suicidal	im not gonna be around much longer
suicidal	i think this is it for me, thanks for everything
suicidal	i want out of life
suicidal	i'm so close to giving up on life
suicidal	honestly i think about ending my life a lot
self_harm	i've relapsed on self harm
self_harm	cut myself pretty badly tonight
self_harm	i scratch myself till i bleed when i'm anxious
self_harm	i keep hurting myself and i can't stop
self_harm	my thighs are full of fresh cuts
self_harm	i need to feel pain, i just burned myself
abuse	my missus hits me and i'm too ashamed to tell anyone
abuse	my partner controls all my money and hits me when i complain
abuse	he strangled me last night
abuse	my stepmom beats me with a belt
abuse	i'm scared to go back home tonight
abuse	my dad threatened to kill me
abuse	my boyfriend pushed me down the stairs
substance	took a load of tablets and feel sick
substance	i od'd on my meds
substance	my mate took too many pills and won't wake up
substance	i drank loads and took my pills too, i feel weird
other_at_risk	my friend posted that she won't be around much longer
other_at_risk	my mate said he's going to top himself
other_at_risk	my sister keeps saying she wants to end it all
other_at_risk	i think my friend is suicidal, she gave away her things
other_at_risk	my dad is talking about taking his own life
support	i'm knackered after a week of looking after everyone
support	my mum keeps asking me for money and i always give in
support	i feel like a doormat
support	i tried saying no today and my stomach was in knots
support	i want to be a better friend to myself
support	i get so anxious when someone is upset with me
support	my partner sulks when i see my friends
support	i'm done being the family therapist
support	why do i always attract people who need saving
support	i'm going to stop answering work emails after 6
support	i feel lost without someone to look after
support	my sister died last year and i still feel guilty
support	i've been reading about interdependence and it makes sense
support	i cut my hours at work to look after myself
support	i'm so over this week lol
support	i feel like i'm disappearing in my marriage
support	i just want someone to take care of me for once
support	my dad is drunk again and i'm going to my friend's place
support	i hate that i need reassurance all the time
support	i think i need to end this friendship
support	i'm killing myself with overwork and i need to stop
support	i nearly cried at work today
support	my therapist says i over-function in relationships
support	it kills me to see my brother struggle
support	i'm scared of being alone forever
support	he ignored me all day and it hurt
support	thanks everyone, i feel a bit better
support	i'm trying not to give up on therapy
support	my boyfriend yells when he's stressed
support	i wish i could stop caring what people think
idiom	i'm literally going to die if i don't get coffee
idiom	my mum will murder me if she sees this mess
idiom	i'd rather die than go back to that gym
idiom	i'm dying of boredom in this lecture
idiom	that joke killed me lmao
media	the boss in elden ring killed me fifty times
media	in the show the character takes her own life
educational	what are the signs that someone is being abused?
educational	how do i talk to my teenager about self harm
past	i tried to end my life years ago and now i volunteer at a crisis line
past	i used to think about suicide but therapy helped
negation	i'm not going to end my life, don't worry
negation	i don't feel like hurting myself anymore
# --- seventh batch ---
suicidal	every day i think about how to end it
suicidal	i'm going to overdose tonight
suicidal	i feel like i'd be better dead
suicidal	i just want to go away forever
suicidal	i don't want to live anymore, nothing helps
suicidal	i've decided to end my life
suicidal	i'm at the edge and ready to jump
suicidal	i keep googling how to die
suicidal	i want to die in my sleep
suicidal	part of me wants to just end it all
suicidal	i wish i was never born
suicidal	i'm thinking of killing myself
suicidal	i'm not going to be here much longer
suicidal	i'm so done with life i could end it today
suicidal	no one would care if i died tonight
suicidal	can't see a way forward, i want to die
suicidal	i'm saying goodbye now
suicidal	i'm on the bridge right now
suicidal	i want it to be over for good
suicidal	i'm giving up. i'm done living
self_harm	cutting is the only way i can cope
self_harm	i burned myself with a cigarette
self_harm	i have the urge to hurt myself again
self_harm	i've been hitting myself again
self_harm	i carved into my arm last night
self_harm	i want to self harm right now
abuse	my dad punched me in the face
abuse	my partner threatens me with a knife
abuse	i'm scared of my stepdad, he hits me
abuse	he said he'd hurt me if i tell
abuse	my boyfriend forces me to do things i don't want
abuse	i can't go home, he'll beat me
abuse	my husband locked me out of the house in the cold
substance	i swallowed a bottle of pills
substance	my friend took a bunch of pills and is unresponsive
substance	i've taken way too much of my medication
substance	i mixed alcohol with my sleeping pills
other_at_risk	my friend told me she's going to kill herself
other_at_risk	i'm afraid my brother is going to hurt himself
other_at_risk	my girlfriend is threatening to end her life
other_at_risk	my best friend has been cutting again
other_at_risk	someone in my group chat said they want to die
support	i'm proud that i didn't apologise for something that wasn't my fault
support	i keep comparing myself to my sister
support	my partner and i are trying couples therapy
support	i don't know how to relax without feeling guilty
support	my friend cancelled on me again and i'm sad
support	i want to stop checking if everyone is okay with me
support	i'm learning to say how i feel
support	i feel like nobody sees me
support	i'm worried about my mom's health
support	my brother borrowed money again and didn't pay it back
support	i think i'm addicted to being needed
support	i had a really good day today!
support	i'm scared of what people will think if i change
support	my ex texted me and i didn't reply, i'm proud
support	i keep dreaming about my old job
support	i'm giving up sugar for a month
support	i'm done with this toxic job, i quit today
support	i feel drained and numb after family dinners
support	i can't stop crying today
support	i want to disappear from social media for a while
support	how do you all deal with guilt?
support	i need to end things with my boyfriend
support	my dad died when i was young and i still think about it
support	i'm tired of feeling like this
support	it's hard to let go of control
support	sometimes i feel hopeless about changing
support	my sister is going through a divorce and leaning on me
support	i'm giving my notice at work tomorrow
support	i feel like my life is on hold
support	i'm so tired i could sleep for a week
idiom	i'll die if i have to sit next to him again
idiom	this song is killing me, so good
idiom	i'm dead serious
idiom	i nearly died laughing
idiom	i could kill my brother right now
media	i died on the last boss again
media	the hero sacrifices himself at the end
educational	what's a safety plan for suicidal thoughts?
educational	how can i support someone in an abusive relationship
past	i overdosed when i was 19 but i'm sober now
past	it's been two years since i last self harmed
negation	i would never end my life
negation	not suicidal, just burned out
# --- eighth batch ---
suicidal	i won't be a problem for anyone much longer
suicidal	i've made my decision, i'm going tonight
suicidal	please tell my mom i love her, i'm sorry
suicidal	sorry for being a burden. bye everyone
suicidal	i want to kil myslef
suicidal	I WANT TO DIE
suicidal	i dont want to be alive 😞
suicidal	i'm so tired of being alive
suicidal	ive been thinking about suicde again
suicidal	i've been planning to kill myself
suicidal	i just want to end it. i can't anymore
suicidal	i'd rather be dead honestly
suicidal	nothing matters, i want to die
suicidal	thinking about jumping off my balcony
suicidal	i want to take my own life
suicidal	death seems like the only way out
suicidal	i wish i could fall asleep forever
suicidal	i cant live like this anymore i want to die
suicidal	i'm going to end things tonight
suicidal	my family would be better off if i wasn't around
self_harm	i cut my wrist again
self_harm	i keep cutting and i can't stop
self_harm	i wanted to hurt myself so i did
self_harm	i've been burning my arms
self_harm	i self harmed last night and feel awful
self_harm	i slammed my hand in the door on purpose
abuse	i have to hide in my room when he comes home drunk
abuse	he grabbed my neck and squeezed
abuse	my dad threw me against the wall
abuse	my mom hits me with whatever she can find
abuse	my boyfriend threatened to hurt my dog if i leave
abuse	i'm not safe with my partner
abuse	my uncle keeps touching me
substance	i took half a bottle of tylenol
substance	he's turning blue after taking something
substance	my friend can't breathe after taking pills
substance	i took way too many sleeping pills
other_at_risk	my friend's been giving her stuff away and saying goodbye
other_at_risk	my brother said he wants to end it all
other_at_risk	my mom tried to overdose last night
other_at_risk	i think my friend is going to kill herself tonight
other_at_risk	my friend keeps saying she'd be better off dead
support	i'm trying to notice when i'm people pleasing
support	my partner is being really supportive lately
support	i need to stop rescuing my dad every time he's broke
support	what's a good way to start setting boundaries
support	i had coffee with my sister and it went well
support	i feel like i don't matter to anyone
support	i'm scared to upset people
support	my anxiety has been bad this week
support	i feel invisible at family events
support	my friend only texts me when she needs something
support	i'm exhausted but proud of myself
support	i want to give up on trying to please my mom
support	i think i'm finally learning to rest
support	i get so jealous when my partner spends time with others
support	i'm sick of feeling like this
support	my dad's drinking is getting worse and i worry
support	i feel like i'm failing at everything
support	sometimes i just want to run away from it all
support	i'm done trying with people who don't try back
support	i hurt my back lifting boxes
support	my heart is broken after the breakup
support	i cut my sister some slack today
support	i'm learning it's not my job to fix everyone
support	i'm dead tired after work every day
support	i think i need a break from my family
support	thanks for the advice yesterday, it helped
support	i was so angry i wanted to scream
support	i'm done being a people pleaser
support	i struggle to ask for what i need
support	i feel like i'm drowning in everyone else's problems
idiom	if i have to do one more group project i'll kill myself lmao
idiom	i'm so embarrassed i want to crawl into a hole and die
idiom	this traffic makes me want to die
idiom	my mom's going to kill me when she sees my report card
idiom	i'm gonna die of laughter
media	the zombie killed my character
media	she kills herself in the final episode
educational	is there a hotline for people who self harm?
educational	what should i do if my friend says she wants to die?
past	i attempted suicide in 2015 and i'm doing well now
past	years ago i was in an abusive marriage
negation	i'm not in danger, just sad
negation	i don't want to die, i want to feel better
# --- ninth batch ---
suicidal	it's been a really bad week. my partner left and honestly i don't see why i should keep going
suicidal	i keep telling myself it's fine but i've started thinking everyone would be happier without me around
suicidal	i'm sorry to dump this here but i'm thinking about killing myself tonight
suicidal	i don't have the energy to keep living
suicidal	i think i'm going to end it soon. i just wanted someone to know
suicidal	tbh i just want to die and be done with it
suicidal	i'm scared because the thoughts about ending my life are getting stronger
suicidal	i've started to think suicide is my only option
suicidal	if tomorrow doesn't come for me that's fine
suicidal	i can't stop thinking about dying
suicidal	i'm not sure i want to be here much longer
suicidal	every morning i'm disappointed i woke up
suicidal	i have pills saved up in case it gets worse
suicidal	i feel like a burden and want to end it
suicidal	i really feel like giving up on life
self_harm	i've been cutting again and hiding it from my therapist
self_harm	the urges to self harm are so bad tonight
self_harm	i hurt myself after the argument
self_harm	i've been pulling my hair out until it bleeds
self_harm	i keep punching myself in the legs
abuse	my husband gets violent when he drinks and i'm scared for tonight
abuse	my dad hit me so hard i have a bruise on my face
abuse	my partner won't let me leave the house without him
abuse	i'm afraid my ex will find me, he said he'd kill me
abuse	my mom locks me out when she's angry and i sleep outside
abuse	he pinned me down and wouldn't let me go
substance	i took like a whole pack of my antidepressants
substance	my friend is passed out and i can't wake her up
substance	i think i'm having an overdose
substance	i took too much and can't stop shaking
other_at_risk	my friend sent me a message saying goodbye forever
other_at_risk	my brother keeps saying he'll kill himself
other_at_risk	i found my daughter's suicide note
other_at_risk	my partner says he wants to die every day
other_at_risk	i'm scared my friend will take his life
support	my friend died last year and today is the anniversary
support	i'm doing the suicide prevention walk next weekend
support	i'm not okay today but i'm safe, just need to vent
support	i used to cut in high school but that's behind me
support	i work on a crisis hotline and it's draining
support	my therapist asked if i'm safe and i said yes
support	i feel like i lose myself when i'm dating
support	i'm trying to stop over-explaining myself
support	my mom keeps calling and i feel guilty not answering
support	i had a breakthrough in therapy about my childhood
support	why is it so hard to accept help
support	i feel like everyone leaves eventually
support	my partner says i'm too needy
support	i keep attracting people who need fixing
support	i'm scared to be on my own after the breakup
support	i want to stop feeling like i'm too much
support	i finally told my friend no and survived
support	i'm so done with my job, i'm going to quit
support	my brother overdosed two years ago and i still think about it every day
support	i'm nervous about family dinner tonight
support	i can't take another day of my boss yelling
support	i'm learning to enjoy my own company
support	my sister is dying of cancer and i don't know how to cope
support	my anxiety is killing me today
support	i feel like nobody would notice if i stopped talking
support	i sometimes wish i could hit pause on life for a week
idiom	i'm going to kill my roommate if he leaves dishes again
idiom	my feet are dead after that shift
idiom	i'd die for a day off
media	the boss fight made me rage quit
educational	what's the best way to ask someone if they're suicidal?
past	i was abused as a child and i'm working on it in therapy
negation	no plans to hurt myself, just sad
# --- tenth batch ---
abuse	my stepfather hurts me when mom isn't home
abuse	my girlfriend scratches and bites me when we argue
abuse	he slammed my head into the table
abuse	my parents starve me as punishment
abuse	my partner keeps threatening to kill himself and me
abuse	he said if i leave he'll hurt the kids
abuse	i'm hiding at my friend's because he attacked me
abuse	my dad kicked me so hard i can't walk
abuse	my brother sexually assaulted me
abuse	she keeps hitting me and calling me worthless
substance	i drank a bottle of vodka and i can't feel my legs
substance	my boyfriend took fentanyl and isn't responding
substance	i've had like 10 shots and took a xanax
substance	i accidentally took double my dose and now i feel really sick
substance	my friend is having a seizure after taking molly
other_at_risk	my student told me he wants to die
other_at_risk	my wife has been talking about suicide a lot
other_at_risk	my son said he has nothing to live for
other_at_risk	my friend is cutting herself really badly
other_at_risk	my cousin is threatening to jump off a bridge
suicidal	i want to kill myself so badly right now
suicidal	honestly dying sounds better than this
suicidal	i hope i get hit by a car
suicidal	i might just end it all tonight
suicidal	im done. i'm not doing this anymore. goodbye
self_harm	i keep burning my skin with hot water on purpose
self_harm	i made myself bleed again
idiom	i'm dying to tell you what happened
idiom	this meeting is killing me slowly
idiom	i'm dead inside after that exam lol
idiom	my mom would kill me if i got a tattoo
idiom	if i hear that song again i'm going to die
idiom	i could kill for a pizza
idiom	the heat is going to kill me
idiom	i nearly killed myself tripping on the stairs
idiom	i'm so tired i could die
idiom	that shot in the game was killer
idiom	my plant is dying again
idiom	i killed that presentation
idiom	i died when i saw his outfit
idiom	this cold is killing me
media	in the movie he tries to kill himself and she saves him
media	my sim drowned in the pool lol
media	the villain wants to end the world
educational	how do overdoses happen with fentanyl?
educational	what are the signs of domestic abuse?
educational	can someone explain how to do a wellness check
past	my dad used to beat me but i moved out years ago
negation	i'm not going to overdose, i just can't sleep
negation	he has never hit me, he's just loud
support	my brother keeps asking for money to buy drugs and i keep giving it
support	i'm worried my dad drinks too much
support	i stopped drinking last month and feel better
support	my friend relapsed on alcohol and i don't know how to help
support	i keep thinking about my ex
support	i'm scared of my boss honestly
support	my partner raised his voice and i froze
support	i hate conflict so much
support	i don't feel safe sharing my feelings at home
support	i feel like i'm walking on eggshells around my mom
# --- eleventh batch ---
self_harm	i scratched my arms raw last night
self_harm	relapsed after 200 days clean from cutting
self_harm	i keep hurting myself when i'm upset
self_harm	i used a razor on my legs again
self_harm	i want to cut myself so badly it hurts
self_harm	i burn myself to cope
self_harm	my sh has gotten worse this month
self_harm	i hit my head against the wall on purpose
abuse	my dad drags me by my hair when he's mad
abuse	i'm scared my husband will kill me one day
abuse	my mum slaps me across the face for small things
abuse	my partner raped me
abuse	he choked me until i passed out
abuse	i have nowhere to go and he keeps hurting me
abuse	my stepbrother touches me at night
abuse	my boyfriend hit me in front of my kids
substance	i took all of my mom's pills
substance	i can't stop throwing up after taking those pills
substance	my friend snorted something and collapsed
substance	i took a whole sheet of paracetamol
substance	my brother is foaming at the mouth after using
other_at_risk	my friend is standing on the roof and won't come down
other_at_risk	my boyfriend just texted me goodbye and turned off his phone
other_at_risk	my sister cuts herself every night
other_at_risk	my friend wants to kill herself and i don't know what to do
other_at_risk	my dad said he's going to end it all
substance	i think my roommate overdosed
other_at_risk	my friend told me she has a plan to die this weekend
suicidal	i'm going to hang myself
suicidal	i'm done fighting, i want to go
suicidal	it would be so easy to just not be here anymore
suicidal	i'm ready to end my life
support	i cut ties with my toxic friend group
support	my brother's drinking scares me
support	i'm trying to stop saying sorry all the time
support	my mom says i'm killing her with worry
support	i've been feeling really low but i'm seeing my doctor
support	i keep losing myself in other people's problems
support	my partner hit the wall when he was angry and it scared me
support	i'm afraid to disappoint my dad
support	i gave my friend money again even though i can't afford it
support	does anyone else feel guilty eating when they're sad
support	i hate how much i need people
support	my sister overdid it at the party and threw up, she's fine now
support	my friend has depression and i don't know how to help without burning out
support	i'm worried i'm too dependent on my partner
idiom	the commute is killing me this week
idiom	i'm going to kill this interview tomorrow
idiom	ugh my boss is going to murder me
idiom	i'm dying to see the new movie
idiom	i would literally die for that dress
media	my favourite character got killed off
media	he blew himself up in the last level
educational	what are signs of an overdose?
educational	how do you help someone in an abusive relationship?
past	i cut myself years ago and i still have scars
negation	he doesn't hit me, he just ignores me
# --- twelfth batch ---
suicidal	i want to go to sleep and not wake up ever
suicidal	i just don't want to be here
suicidal	i've had enough, i'm ending my life tonight
suicidal	nothing will ever get better, i want to die
suicidal	ending it is all i think about
suicidal	i want my life to be over
suicidal	i think i'm going to kill myself soon
suicidal	i'm so close to doing something to myself
suicidal	what if i just didn't exist anymore
suicidal	i wish i had the courage to end it
suicidal	tonight's the night i end it
suicidal	i'm writing my goodbye letter
self_harm	i cut last night for the first time in months
self_harm	i've been hurting myself to cope with the stress
self_harm	the only way i can calm down is by hurting myself
self_harm	i keep biting my arm until it bleeds
self_harm	i need to hurt myself right now
abuse	my father beats my mother and i'm scared
abuse	my partner gets angry and chokes me
abuse	he punched me and took my phone
abuse	my stepmum hits me with a wooden spoon
abuse	my boyfriend threatened to post my pictures and hurt me
abuse	i don't feel safe living with him anymore
abuse	he broke my arm last year and i'm still with him
substance	i swallowed a handful of my meds an hour ago
substance	my friend is passed out and breathing weird after drinking
substance	i took way too much ketamine
substance	i think i've poisoned myself
other_at_risk	my best friend said she's going to kill herself tonight
other_at_risk	i'm scared for my brother, he's been talking about dying
other_at_risk	my mate said goodbye and won't answer his phone
other_at_risk	my wife tried to hang herself
other_at_risk	my daughter has been self harming
support	i'm so proud of myself for setting a boundary
support	my ex keeps guilt tripping me
support	i keep overthinking everything i say
support	i had a tough session in therapy today
support	i'm trying to be kinder to myself
support	my family only calls when they need money
support	i'm exhausted from caring for my mom
support	i feel like i'm not enough
support	i'm learning to receive help without guilt
support	i can't believe how much i've grown this year
support	i feel anxious when my partner goes out without me
support	my friend's dad died by suicide and i don't know what to say
support	i'm afraid of being abandoned
support	my boss treats me like dirt and i take it
support	i'm giving up caffeine again
support	my sister says i'm too sensitive
support	i feel stuck in the same patterns
support	i just wanted to say this group means a lot
support	i feel like i'm dying inside at this job
support	i'm not sure i want to be in this relationship anymore
idiom	i'll kill you if you spoil the finale
idiom	i'm so dead, i forgot the assignment
idiom	my brother will murder me for borrowing his car
idiom	this show is to die for
idiom	i'd kill myself laughing if that happened
media	my character got killed by a dragon
educational	what does 'unalive' mean?
past	when i was younger i used to hurt myself
negation	i'm not suicidal, i just feel flat
# --- thirteenth batch ---
suicidal	i'm tired of being alive honestly
suicidal	i feel like ending everything today
suicidal	i won't be here by the morning
suicidal	my plan is to do it when everyone's asleep
suicidal	i bought rope today
suicidal	i'm going to drive into a wall
suicidal	i want to die so the pain stops
suicidal	i just want to stop breathing
suicidal	i feel like killing myself every day
suicidal	no one needs me, i should just go
suicidal	i don't think i'll make it through the night
suicidal	please just let me die
self_harm	i've got fresh cuts and they're deep
self_harm	i keep hurting myself when no one is looking
self_harm	i'm addicted to cutting
self_harm	i punched the wall until my hand broke on purpose
abuse	my husband hits me and the kids
abuse	i'm locked in the bathroom, he's trying to get in
abuse	my mom's partner threatens to kill us
abuse	my dad got drunk and beat my mom again
abuse	my boyfriend slapped me today
abuse	he's outside my house and i'm scared he'll hurt me
substance	i'm on too many pills and i feel like i'm dying
substance	i drank bleach
substance	my son took something and is barely conscious
substance	i overdosed on purpose last night
other_at_risk	my friend is threatening to overdose
other_at_risk	my girlfriend said she doesn't want to wake up tomorrow
other_at_risk	i think my friend is going to hurt himself
other_at_risk	my sister is in the bathroom and says she's going to cut herself
support	i'm learning to accept that i can't save everyone
support	i said no to babysitting and didn't die
support	my partner is moody and i tiptoe around him
support	i feel like i'm always apologising
support	my dad drinks every night and i worry about him
support	thank you for listening to me vent yesterday
support	i want to give up on dating for a while
support	i wish i could sleep through the weekend
support	my mom calls me a disappointment
support	i feel so alone even with people around
support	i'm hurting after the breakup but i'm okay
support	i am so tired of everything at work
support	i cut out toxic people this year
support	my therapist says i'm making progress
support	i'm not sleeping well lately
support	i keep having nightmares about my ex
support	i can't handle my family anymore, i need space
support	i'm ready to leave my job
support	my heart hurts for my friend going through a divorce
support	i feel empty sometimes
idiom	i'll die if they cancel the show
idiom	you're killing me with these puns
idiom	i'd rather die than sing karaoke
idiom	my car died on the highway
media	the character jumped off a building in the finale
educational	is self harm a sign of depression?
past	i tried to kill myself at 17, i'm 30 now and doing well
negation	i would never take my own life
# --- fourteenth batch ---
suicidal	i want to be with my dad again, i'm going to join him
suicidal	i'm checking out tonight
suicidal	i'm gonna off myself
suicidal	i want to delete myself
suicidal	i want to rest forever
suicidal	life is too much, i'm out
suicidal	i keep thinking about ending my existence
suicidal	i'm not going to be alive much longer
suicidal	everyone will be relieved when i'm gone
suicidal	i wish i could just stop existing
suicidal	i'm going to take my life
suicidal	i don't want to live in this world anymore
self_harm	i used my blade again
self_harm	i have the urge to scratch myself until i bleed
self_harm	i've been cutting for months and nobody knows
self_harm	i hurt myself on purpose again today
abuse	he forces me to have sex when i don't want to
abuse	my parents hit me with a belt
abuse	he threatened me with a gun
abuse	i'm not allowed to leave, he took my keys and phone
abuse	my husband beat me last night
abuse	my girlfriend pushes me around and hits me
substance	my friend drank a whole bottle of vodka and is unconscious
substance	i've been sniffing glue and i feel like passing out
substance	i took a bunch of my dad's pills
substance	i think i overdosed on my insulin
other_at_risk	my friend is going to jump, she's on the bridge
other_at_risk	my partner said he would be better off dead
substance	my friend took a bunch of pills and isn't answering
other_at_risk	my brother texted that he wants to die tonight
support	i'm trying to rest more
support	my dad is in hospital and i'm scared
support	i feel so much lighter after talking to you all
support	i'm tired of carrying everyone
support	my friend keeps cancelling and i feel rejected
support	i don't know what i want anymore
support	my mother is so controlling
support	i'm exhausted from work and family
support	i'm going to take a break from socials
support	i hate feeling like this
support	my partner forgot my birthday
support	i'm scared of becoming my mom
support	i keep checking his instagram
support	my brother relapsed on drugs and i'm devastated
support	i think i'm finally okay being alone
support	i'm so done with dating apps
idiom	i'm going to kill my sister, she took my charger
idiom	that workout killed me
idiom	i'd die without coffee
idiom	i'm dying here, it's so hot
media	he died in the book and i cried for an hour
educational	how do i report someone who's threatening suicide online?
past	my mom used to hit me when i was a kid
negation	i'm not going to kill myself, i just need support
# --- fifteenth batch ---
suicidal	wanna die
suicidal	i rly want to die rn
suicidal	ngl i think abt killing myself a lot
suicidal	im ready to go tbh
suicidal	i cant anymore. done
suicidal	gonna end it tn
suicidal	i just wanna not exist
suicidal	lowkey want to die
suicidal	i want to sewerslide
suicidal	thinking abt ctb
self_harm	sh again last night
self_harm	cut again
self_harm	i wanna sh so bad
self_harm	ugh relapsed
abuse	he hit me again
abuse	dad hit me
abuse	scared to go home rn
abuse	bf choked me
substance	took too many pills help
substance	i think i od'd
other_at_risk	my friend wants to kms
other_at_risk	bestie said she wants to die
support	ok thanks guys
support	lol same
support	i'm fine just tired
support	ugh monday
support	that's so valid
support	i feel u
support	omg yes
support	ty for the advice
support	i need sleep lol
support	so anxious today
support	ngl today sucked
support	i'm so over it
support	can't wait for the weekend
support	my mom is driving me crazy
support	i cut my hair today!
support	hit me up if u wanna talk
idiom	kms this homework lol
idiom	i'm dead 💀
idiom	dying 😂
idiom	omg kill me now lol
idiom	i'm so dead lmao
idiom	i could die rn lol
media	gg i died
educational	what does ctb mean
past	used to sh, 2 yrs clean
negation	not gonna hurt myself dw
# --- sixteenth batch ---
suicidal	i hate being alive
suicidal	i'm exhausted of existing
suicidal	the world would be better without me
suicidal	there's a way out and i'm taking it
suicidal	i have a plan and i'm going to use it
suicidal	i want to end the pain permanently
suicidal	what's the point of me even being here
suicidal	i'm just a waste of space and should be gone
suicidal	i don't deserve to be alive
suicidal	nobody would care if i vanished forever
suicidal	i've been looking at ways to end it
suicidal	i'm thinking about not being here anymore
self_harm	i hurt myself because i deserve it
self_harm	i can't stop picking at my skin until it bleeds
self_harm	i cut myself to feel something
abuse	my partner beat me up
abuse	i'm scared he'll find me and hurt me
abuse	my father abuses me
abuse	he hurt me badly last night and i can't tell anyone
substance	i overdosed and i'm scared
substance	i took a shitload of pills
other_at_risk	i'm worried my friend will do something to herself
other_at_risk	my dad said he doesn't want to live anymore
support	i'm tired of always being the strong one
support	i hate being the one who always reaches out
support	my mum is unwell and i'm her carer
support	i feel like i have no purpose outside of helping others
support	i'm worried about my friend's drinking
support	i hate feeling needy
support	i'm tired of my job but i need the money
support	i keep waking up at 3am anxious
support	the world feels heavy lately
support	i want to feel like i matter
idiom	i'm so done, this assignment is the worst lol
idiom	i could just die, he saw me trip
media	he kills himself in the last chapter
educational	what are the warning signs of someone planning suicide
negation	i don't want to hurt myself anymore, i'm doing better
"""


def examples() -> list[tuple[str, str]]:
    """(label, message) pairs, in file order."""
    pairs: list[tuple[str, str]] = []
    for line in DATA.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, text = line.split("\t", 1)
        pairs.append((label, text))
    return pairs
