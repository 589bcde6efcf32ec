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


# Batch seventeen, written for the cue tier (bot/safety/cues.py) before any tuning, in a
# different style (lower case, typos, no punctuation, rambling or very short, emoji,
# lyrics). Split in two: the cue rules and the lexicon exclusions appended with them were
# tuned on "dev" only; "test" was measured once at the end (tests/unit/test_safety_cues.py).
# Kept out of DATA until the cue tier is wired into CrisisDetector.detect: the phrase pass
# alone finds about 40% of these crisis messages, which would fail the recall test above.
CUE_BATCH = """
# half: dev
suicidal	honestly whats the point of any of it anymore nothing is ever gonna get better for me
suicidal	sorry for being a burden to all of you. i love you guys. this is the last time ill post here
suicidal	cant keep doing this. im so tired of waking up every morning
suicidal	i wanna sleep and not wake up ever again 😔
suicidal	im at the end of my rope. i dont think i can hold on much longer
suicidal	whats even the point of trying anymore. ill always be this broken
suicidal	nobody would care if i disapeared tbh
suicidal	i wrote a note. i dont know if im going to go through with it
suicidal	lowkey ready to check out of life for good
suicidal	i really dont want to be here anymore guys
suicidal	i feel like im just a waste of oxygen and the world would be better without me
suicidal	i cant take this anymore i just want it over
suicidal	i keep praying i just dont wake up tomorrow
suicidal	what if i just. didnt exist anymore. would anyone even miss me
suicidal	there's no way out of this except dying
suicidal	if i end it now at least i wont hurt anyone anymore
suicidal	i think about dying like every single day now
suicidal	i want to die i want to die i want to die
suicidal	i already picked the day
suicidal	i have nothing left. no job no friends no reason to stay
suicidal	i feel like i'm already dead inside so whats the difference if i actually go
suicidal	im so close to just ending everything tonight
suicidal	i dont want to live like this anymore and i dont see it changing
suicidal	i just want to fall asleep and never wake up. is that so much to ask
suicidal	there's a rope in my closet and i keep thinking about it
suicidal	tired of existing tbh
suicidal	i want my life to be over
suicidal	nothing is ever going to change so why bother staying alive
self_harm	i relapsed last night after 4 months clean. i feel so stupid
self_harm	i hurt myself again and i promised i wouldnt
self_harm	need to feel something so im gonna cut tonight
self_harm	its been 3 days since i last cut and i want to so bad
self_harm	i have a blade hidden in my room and i keep thinking about using it
self_harm	my thighs are covered in fresh cuts and i have to wear shorts for pe tomorrow
self_harm	i want to hurt myself so bad right now
self_harm	i cut deeper than i meant to and it wont stop bleeding
self_harm	i bang my head against the wall until it goes quiet
self_harm	i keep starving myself as punishment
self_harm	i cant stop picking at my wounds on purpose till they bleed
self_harm	ngl i've been sh'ing again
self_harm	i carved into my arm again last night
self_harm	i burnt my wrist with the curling iron on purpose
self_harm	i want to cut so badly but im trying to hold off
self_harm	i bit my arm until it bruised because i was so angry at myself
self_harm	i want to reopen my old cuts
self_harm	i used the blade again tonight
self_harm	the urges are back and i dont think i can fight them tonight
self_harm	i want to hurt myself just to feel something other than this
self_harm	i cut again. its bad this time
self_harm	i burn myself when i feel numb
self_harm	i just need to bleed a little
self_harm	my arms are a mess and i dont care anymore
self_harm	i sh'd for the first time in months
abuse	my dad came home drunk again and threw me against the wall
abuse	my bf choked me during an argument last night and now hes acting like nothing happened
abuse	i'm locked in my room and my stepdad is screaming outside the door
abuse	my husband said if i leave he'll take the kids and i'll never see them again
abuse	i have bruises all over my arms from where he grabbed me
abuse	my brother keeps hitting me and my parents dont do anything
abuse	i dont feel safe at home. my dad gets violent when he drinks
abuse	help hes downstairs and hes really angry and i think hes gonna hurt me
abuse	my mom locked me out of the house in the cold as punishment
abuse	im hiding in the bathroom hes throwing things
abuse	my parents starve me when they're mad
abuse	my stepmom burns me with cigarettes
abuse	my dad broke my nose last week and told the hospital i walked into a door
abuse	i'm afraid hes going to kill me one day
abuse	someone at home is hurting me
abuse	i can hear him smashing stuff and i'm scared to come out of my room
abuse	my mom's boyfriend keeps coming into my room at night
abuse	i got kicked out and my mom said dont come back, im sleeping in my car and hes been following me
abuse	he put his hands around my neck
abuse	i have to go back home tomorrow and i know my dad is going to beat me
abuse	my parents hit me every day and i have nowhere to go
abuse	my boyfriend grabbed me by the hair and dragged me
abuse	my dad said he'd kill me if i came out to him
abuse	i'm not allowed to leave and he checks my phone and he hurt me when i tried
abuse	he raped me and i don't know what to do
abuse	im scared for my life honestly
substance	i took like 30 of my sleeping pills i think im feeling weird
substance	i drank a whole bottle of vodka and took some xanax help
substance	my brother is passed out and his lips look blue
substance	i mixed my meds with alcohol and i cant stop throwing up
substance	i took the whole pack of my antidepressants an hour ago
substance	my bf snorted something and now hes shaking and wont answer me
substance	my friend drank bleach what do i do
substance	i just downed a bottle of pills
substance	think i took too much and my vision is going weird
substance	i overdosed earlier and i didnt tell anyone
substance	i swallowed a bunch of my moms pills
substance	i took 20 ibuprofen is that bad
substance	i think i poisoned myself
substance	my friend is having a seizure after taking pills
substance	i need help i think i took too many sleeping pills
substance	i keep throwing up blood after drinking
substance	i took a handful of xanax and drank
substance	i downed a bottle of my meds an hour ago, starting to feel dizzy
substance	my friend took a ton of adderall and his heart is racing
substance	my cousin is foaming at the mouth
substance	i took 15 of my sleeping meds
substance	my friend took fentanyl and is turning grey
substance	i think my boyfriend overdosed he wont wake up
substance	my little brother swallowed some of the pills from the cabinet
substance	i took pills and now im regretting it
other_at_risk	my best friend keeps saying she wants to die and i dont know how to help her
other_at_risk	my friend posted a goodbye message on her story and i cant reach her
other_at_risk	my friend told me she has a plan to kill herself this weekend
other_at_risk	my friend said he wont be around much longer
other_at_risk	i found out my girlfriend has been self harming
other_at_risk	my friend said everyone would be better off without her
other_at_risk	my friend just sent me a message saying sorry for everything and thanks for being a good friend
other_at_risk	my dad keeps saying he'd be better off dead
other_at_risk	i think my friend is going to do something tonight
other_at_risk	my friend is in a really dark place and mentioned jumping
other_at_risk	my cousin said he's going to end it
other_at_risk	he said he has a gun and he's thinking about using it on himself
other_at_risk	worried about my friend, she wrote a letter to everyone
other_at_risk	my friend is drunk and saying she wants to die
other_at_risk	my friend has been starving herself and cutting
other_at_risk	im scared my dad is going to kill himself
other_at_risk	my friend cut herself really bad and wont go to the hospital
other_at_risk	my daughter is 14 and i found cuts on her arms
other_at_risk	my friend told me she wants to disappear forever
other_at_risk	my friend sent me a pic of pills and said this is it
other_at_risk	my wife said she's done and took the car keys, she won't answer her phone
other_at_risk	my brother said if she leaves him he'll kill himself
other_at_risk	my friend keeps saying shes worthless and that we'd be better without her
other_at_risk	my friend's dad beats her and she's scared to go home
other_at_risk	my mate said he's got nothing left to live for
support	i always end up doing everything for my partner and then i resent him for it
support	set a boundary with my sister today and she gave me the silent treatment lol
support	i'm tired of being the one who fixes everything in my family
support	my therapist says im codependent and honestly i think she's right
support	bad day at work, my boss yelled at me in front of everyone
support	anyone else feel empty when they're not taking care of someone
support	i'm exhausted from holding everyone together
support	why do i always fall for people who need saving
support	i want to feel like my needs matter too
support	i wish i could just relax without feeling guilty
support	my dad's drinking is getting worse and im worried but i cant fix it
support	i feel like a burden when i ask for help, does anyone else feel that
support	i'm so done with my ex's mind games, blocked him finally
support	i'm tired of always apologizing for things that arent my fault
support	ugh i messed up again and snapped at my kid
support	how do i stop reading into every text he sends
support	i feel invisible at family dinners
support	the loneliness hits different at night
support	does it ever get easier to let people be disappointed in you
support	i finally told my mom how i felt and she cried and now i feel awful
support	my husband says i'm too needy and maybe he's right
support	i'm so tired of pretending everything is fine at work
support	nothing changes with my sister no matter how many times we talk
support	i feel like i'm drowning in responsibilities this month
support	i'm scared of being alone but i know this relationship isnt good for me
support	i want to be there for my friend without losing myself
support	i'm sick of being everyone's therapist
support	i keep thinking i'm the problem in every friendship
support	just wanted to say this group helped me a lot this week 💛
support	i had a really rough day and just need to vent for a sec
support	im tired of feeling like the villain for having boundaries
support	i keep losing sleep over stuff i cant control
support	felt jealous and clingy today and i hate that about myself
support	i want to stop texting him first every single time
support	i feel guilty for moving out even though it was the right call
support	my family thinks therapy is stupid
support	i cant stop overthinking what i said at the meeting
support	had a fight with my best friend and now the group chat is weird
support	i'm learning to sit with the discomfort instead of fixing it
support	i'm so over dating apps
support	does anyone else find it hard to ask for what they need
support	my sister relapsed on alcohol and im trying not to rescue her this time
support	i keep feeling like i'm not enough
support	i feel stuck in a job i hate and a relationship that's meh
support	i'm scared to disappoint my parents by changing careers
support	my friend keeps cancelling on me and i take it so personally
support	i dont have anyone to talk to about this except you guys
support	i hate conflict so much i agree to things i dont want
support	what helps you guys when you feel really low
support	i lost my temper and i feel horrible
support	my therapist is going on leave and i'm panicking a bit
support	i'm just so tired of everything lately
support	how do you stop checking if someone is mad at you
support	i want to stop over-explaining myself
support	i'm so anxious about my court date for the custody thing
support	i love him but i cant keep fixing his problems for him
support	i want to cut ties with my toxic friend but we have the same friends
support	i need to cut down on caffeine lol it's making my anxiety worse
support	today i chose myself and it felt scary but good
support	i hurt my friend's feelings by accident and i keep apologising
support	i'm tired of feeling like a burden to my partner when i'm sick
support	i'm ready to give up on this friendship honestly
support	i'm struggling to find a reason to get out of bed some mornings but i do it anyway for my dog
support	it feels like i'm always the last choice
support	i keep putting everyone else first and i'm exhausted
support	my friend is going through a divorce and i'm trying to support her without overdoing it
support	i'm worried about my dad's health he won't go to the doctor
support	feeling so lonely since moving to a new city
support	i want to stop living my life for other people
support	is it normal to feel empty after finally leaving a bad relationship
support	im ready to stop chasing people who dont chase me
support	i feel like i'm going crazy trying to keep everyone happy
support	i'm scared to tell my partner i need more alone time
support	today was hard but i made it to my support group
idiom	this chem homework is literally killing me rn
idiom	i'm dead 💀 that video
idiom	i could murder a burger right now
idiom	i nearly died when she walked in wearing the same outfit
idiom	my mom is gonna kill me when she sees my grades
idiom	you absolutely slayed that presentation
idiom	that joke killed me
idiom	i'm literally dead tired
idiom	i would rather die than go back to that gym
idiom	my back is killing me today
idiom	i'm gonna lose my mind if my neighbor does construction one more morning
idiom	i'm drowning in laundry lmao
idiom	he killed it on stage last night
idiom	my plants are dying again rip
idiom	i'd die for that dress
idiom	i'm about to end it all... by going to bed at 9 lol
idiom	my boss is going to murder me for being late
idiom	i shot myself in the foot by agreeing to host
idiom	kill me this spreadsheet is never ending
idiom	deadass this is the best pizza in town
idiom	that movie was so boring i wanted to die
idiom	i nearly had a heart attack when my cat jumped out
idiom	my dog is the death of my shoes
idiom	over my dead body am i wearing that
idiom	ok that last tiktok ended me 😂
idiom	my brain is fried
idiom	she's killing me with these puns
idiom	this deadline is slowly killing me
idiom	lol i'm ending it with the gym membership
idiom	i'd literally kill to have her hair
media	the last of us episode 3 had me sobbing
media	i died 12 times on the same boss in elden ring
media	anyone watched 13 reasons why? thoughts on the ending
media	playing dead by daylight tonight if anyone wants in
media	my character got stabbed in the dnd session and we're all devastated
media	in the movie she overdoses and her friends find her
media	ok who else cried when the dog died in that movie
media	the protagonist wants to die in the first act but finds hope later
media	im writing a story where the mc's dad is abusive, is it ok to post here for feedback
media	just got headshotted for the 10th time i'm uninstalling
media	my favourite song is literally about wanting to disappear lol
media	we got wiped in the raid again and the tank rage quit
media	the show handles the character's cutting storyline really badly imo
media	that twitch streamer said "kill me" after losing and chat went wild
media	my oc's backstory is dark, her dad hits her and she runs away
media	lyrics of the week: "i'm not okay (i promise)"
media	got killed by a creeper right as i was about to save
media	the final episode where she says goodbye to everyone broke me
media	the main character in that manga wants to die and it's weirdly comforting to read
media	this album is all about grief and i've been looping it
media	i keep dying in hollow knight on the same part
media	in the show the kid gets hit by his dad and nobody notices, so realistic it hurt
media	that song by twenty one pilots about wanting to stay alive
media	my character in the rp is suicidal, is that ok for this server
media	final boss killed me again at 1 hp
educational	what should i say if my friend tells me she's thinking about suicide
educational	what are the signs someone is being abused at home
educational	doing a presentation on overdose prevention, any good sources
educational	how common is domestic abuse among men
educational	can someone explain what passive suicidal ideation means
educational	how do i know if my relationship is emotionally abusive or just rocky
educational	how can parents spot self harm in teens
educational	why do people who self harm hide it
educational	what are the warning signs of an overdose
educational	what is coercive control exactly
educational	how do helplines like 988 work, do they call the police
educational	how do you support a partner with suicidal thoughts long term
educational	is it true alcohol and benzos are dangerous together
educational	what does it mean when someone says they're "not here for long"
educational	what's the best way to respond when someone says they want to die
educational	does anyone know good books on surviving emotional abuse
educational	how do i talk to my teen about self harm
educational	can you overdose on melatonin
educational	how do abusers isolate their victims
educational	what's the role of means restriction in suicide prevention
educational	what is the difference between codependency and being abused
educational	are there crisis lines for people who don't want to call
educational	how do i know if my friend's drinking is dangerous
educational	is it safe to take ibuprofen with alcohol
educational	can you explain what mandated reporting means for teachers
past	i used to cut a lot in high school but i've been clean for 6 years
past	my ex used to hit me but that's over, i've been out for 2 years
past	i went through a really suicidal period in college
past	my dad was violent when i was a kid and it still affects how i handle conflict
past	i have old scars from self harm and people still ask about them
past	my mom used to lock me out of the house as a kid
past	2 years clean from self harm today 🎉
past	the last time i self harmed was before covid
past	when i was little my stepdad beat my mom and i hid in the closet
past	i used to drink until i blacked out every weekend, sober 3 years now
past	i spent years believing everyone would be better without me but therapy helped
past	i used to burn myself when i was a teenager
past	i overdosed once when i was younger and my friend saved me
past	i had a plan once, a long time ago, and i'm grateful i reached out
past	i used to think about suicide constantly in my teens
past	i went through a self harm phase in middle school
past	my ex threatened to kill me when i left him, that was 4 years ago
past	i think about the night i almost jumped, it was years ago but it still shapes me
past	my uncle abused me when i was a child
past	i used to starve myself in high school
past	i struggled with self harm for a long time as a teen
past	i used to take too many pills to sleep back in uni, stopped years ago
past	my mom tried to kill herself when i was 12 and i found her
past	i healed from my old cutting scars and i'm proud of them now
past	the year i was self harming was the worst of my life
negation	i'm not suicidal, just really really tired
negation	i would never actually kill myself, my cat needs me
negation	i'm safe, no plans to do anything, just sad
negation	i'm not in danger, he's not violent, we just argue a lot
negation	no thoughts of self harm today, just a normal sad day
negation	not trying to worry anyone, i'm okay, just low
negation	i'm not thinking about suicide, i just feel numb
negation	i'm not taking too many pills, i'm taking exactly what the doctor said
negation	no urges tonight for the first time in a while
negation	i'm not going to overdose, i flushed the extras
negation	i'm not going anywhere, just tired
negation	never tried to kill myself and dont plan to
negation	i'm sad but i'm not suicidal or anything
negation	my parents have never laid a hand on me, they're just cold
negation	i dont want to cut anymore and i haven't
negation	i'm not going to drink tonight, i'm staying in
negation	i dont feel suicidal like i used to, it's just grey
negation	i don't think about dying anymore
negation	my friend isn't suicidal, she's just going through a breakup
negation	i would never leave my kids like that
negation	i havent self harmed in a year and i'm proud of that
negation	i don't want to hurt anyone including myself
negation	i am not thinking about ending it, please don't call anyone
negation	i'm not gonna act on it, the thoughts are just annoying
negation	i'm not overdosing i just feel sick from the flu
# half: test
suicidal	i keep looking at the bridge on my way home and thinking how easy it would be
suicidal	i dont see a future where im still around tbh
suicidal	everyone would be so much happier if i just wasnt here
suicidal	ive been giving my stuff away to my sister. she doesnt know why
suicidal	tonight is the night i think. thanks for everything
suicidal	i just want everything to stop. permanently
suicidal	i have the pills lined up on my desk and im just staring at them
suicidal	i hate myself so much i want to just stop existing
suicidal	idk how much longer i can pretend im fine. i just want out
suicidal	been researching ways to go and its all i think about
suicidal	no one would even notice if i was gone, my family forgets i exist anyway
suicidal	"and i'm tired of being alive" that lyric is literally me rn and i mean it
suicidal	ive decided. im done. i wont be around much longer
suicidal	i'm such a burden on my parents, they'd be better off if i was dead
suicidal	i want to jump off my balcony so bad rn
suicidal	im done fighting. ive been fighting for years and im just done
suicidal	its hopeless. i'll never get better and im tired of trying
suicidal	goodbye everyone, it was nice knowing some of you
suicidal	life is pointless and i dont want to live it anymore
suicidal	just wanna go to sleep forever ngl
suicidal	my family will be fine without me, they will get over it
suicidal	i keep wishing a car would hit me on my walk
suicidal	i'm not going to be here for the holidays. trust me
suicidal	i cant see any reason to keep living
suicidal	i wish i could just dissapear and never come back
suicidal	this world is better off without me in it
suicidal	i think im going to end things soon
self_harm	the urge to cut is so strong rn i dont know what to do
self_harm	i keep scratching my arms until they bleed
self_harm	i burned myself with a lighter on purpose earlier
self_harm	i punch walls until my knuckles bleed when i get like this
self_harm	i deserve the pain so i keep doing it
self_harm	i started hitting myself again when i get overwhelmed
self_harm	relapsed. again. 0 days clean
self_harm	having really bad sh urges tonight 😣
self_harm	i just want to feel the sting again
self_harm	i broke my streak today. i cut
self_harm	im hiding my razors from myself but i know where they are
self_harm	i feel like i need to punish myself
self_harm	the only thing that helps is when i hurt myself
self_harm	my cuts are getting deeper every time
self_harm	i scratched myself raw again
self_harm	is it bad that i want to hurt myself after every argument
self_harm	i self harmed again i'm sorry
self_harm	i keep hitting my legs with things until theyre purple
self_harm	relapsing on self harm after a year is so embarrassing
self_harm	i keep pulling my hair out on purpose when im stressed until it bleeds
self_harm	i'm sitting in the bathroom with a razor
self_harm	cant stop thinking about cutting
self_harm	lost my clean streak
self_harm	i keep wanting to hurt myself when my mom yells at me
self_harm	i slammed my hand in the door on purpose
abuse	im scared to go home tonight. he said hed kill me if i told anyone
abuse	my mom hits me with a belt when i get bad grades
abuse	he took my phone and wont let me leave the house
abuse	hes punching the door i think hes going to break it down
abuse	my partner threatened me with a knife
abuse	he pushed me down the stairs and told me i fell
abuse	my girlfriend slapped me again and said it was my fault
abuse	my uncle touches me when no one's around and i dont know who to tell
abuse	he strangled me until i almost passed out
abuse	my ex keeps showing up at my work and said i'll regret blocking him
abuse	he said no one would believe me if i told
abuse	im scared of my boyfriend. he gets so angry and he's hurt me before
abuse	he threatened to kill my dog if i leave
abuse	my partner won't let me see my friends or have money and hit me when i tried
abuse	my father beat me up again tonight
abuse	he forced me to have sex when i said no
abuse	my husband kicked me while i was on the floor
abuse	my wife hits me and i'm a guy so nobody believes me
abuse	my brother threatened to stab me
abuse	hes been really violent lately and i think im in danger
abuse	he said he'll hurt me if i ever talk to you guys again
abuse	i got hit again. im fine i guess but my face is swollen
abuse	my roommate keeps threatening me and i'm afraid to sleep
abuse	my mom throws things at me when she gets angry, today it was a glass
abuse	my step dad hits my little brother and me
abuse	he threatened to hurt me if i tell the police
substance	my friend took something at the party and now shes not waking up
substance	i think i od'd idk my heart is going crazy
substance	i swallowed all the tylenol in the cabinet
substance	my roommate took too many pills and isnt responding what do i do
substance	took a bunch of pills idk how many
substance	i cant feel my legs after what i took
substance	i took way more than i should have and i'm scared
substance	my mom took too much of her medication and shes barely breathing
substance	i've been drinking all day and took my pills on top
substance	my sister is unconscious and there are empty pill bottles next to her
substance	help my friend isnt breathing right after smoking something
substance	i cant stop using and i blacked out again last night and woke up somewhere i dont know
substance	im so high i cant breathe properly
substance	took my whole prescription at once
substance	my dad drank antifreeze
substance	my brother overdosed and theyre doing cpr
substance	she took something and shes cold and not waking up
substance	i used again and i think i took too much this time
substance	i ate a bunch of edibles and i think im dying my heart wont slow down
substance	i swallowed the rest of the bottle
substance	i drank so much i cant stand and my friends left
substance	i cant stop drinking and im scared of what im doing to myself, i blacked out twice this week
substance	i took all of my anxiety meds
substance	im relapsing on heroin and i used way too much
substance	i took 40 paracetamol
other_at_risk	my bf texted me goodbye and now hes not answering
other_at_risk	im scared my brother is going to hurt himself, hes been giving his stuff away
other_at_risk	my sister has been cutting again and she made me promise not to tell
other_at_risk	someone in my class keeps talking about ending it
other_at_risk	my mom said she doesnt want to live anymore
other_at_risk	im worried about my roommate, she said she has pills saved up
other_at_risk	my little sister said she wants to kill herself
other_at_risk	my friend is talking about suicide in the group chat and nobody is taking it seriously
other_at_risk	my partner has been talking about not wanting to wake up
other_at_risk	my bestie keeps hurting herself and i dont know what to do
other_at_risk	my friend's been saying weird stuff like "it won't matter soon"
other_at_risk	my friend went quiet after saying she cant do this anymore and now her phone is off
other_at_risk	my brother tried to kill himself last week and he keeps saying he'll try again
other_at_risk	my son says hes a burden and wants to disappear
other_at_risk	my gf said she's going to jump
other_at_risk	someone in this server just said theyre going to end their life tonight
other_at_risk	my friend keeps joking about killing himself but i think hes serious
other_at_risk	my friend just said goodbye forever and logged off
other_at_risk	my best mate said he doesn't see the point in living anymore
other_at_risk	my roommate hasnt left her room in days and said she wishes she was dead
other_at_risk	my friend is on the roof and wont come down
other_at_risk	my friend is talking about taking all her meds
other_at_risk	i think my student is being hurt at home
other_at_risk	my friend told me she self harms every night
other_at_risk	my friend said she's ready to die
support	my mom calls me every day to vent and i feel like i cant say no
support	how do you guys stop feeling guilty when you say no to people
support	i feel like i lose myself in every relationship
support	i keep checking his location and i hate that i do it
support	i want to stop people pleasing but i dont know where to start
support	my bf wants space and im spiraling a bit
support	i cant sleep because i keep replaying the argument we had
support	had a panic attack at the grocery store today but i got through it
support	my friend only texts when she needs something and im tired of it
support	it's hard to watch my brother drink and not try to control it
support	today i said no to covering a shift and the world didnt end
support	i cried in the car after therapy but it was a good cry
support	nothing i do is ever good enough for my mom
support	i give and give and then i have nothing left for me
support	i dont know who i am when im not in a relationship
support	my partner forgot my birthday and i'm trying not to make it a big deal
support	i want to leave my job but im scared
support	feeling kinda hopeless about finding a therapist i can afford
support	i keep rescuing my friend from her own choices and it's draining me
support	i'm trying to learn that love isnt earned by sacrifice
support	i dont want to be like this anymore, always needing approval
support	there's no point arguing with my dad he never listens
support	i cant take it anymore with my roommate leaving dishes everywhere
support	my friend said i'm too much and it hurt
support	trying to figure out the difference between caring and controlling
support	my mom guilt trips me every time i visit my in laws
support	the holidays are stressing me out already
support	he said he needs a break and i dont know what to do with myself
support	i want to quit caring what everyone thinks of me
support	my sponsor says i need to focus on my own recovery not my brother's
support	my partner is struggling with depression and i'm running on empty
support	i'm burnt out from caregiving for my grandma
support	my boss keeps piling work on me because i never say no
support	i'm worried my friend is drinking too much at parties
support	does anyone have tips for detaching with love
support	i feel like everyone would be annoyed if i shared how i really feel
support	i just want someone to take care of me for once
support	my kid is struggling at school and i feel like a failure as a parent
support	i want to disappear into a cabin in the woods for a week lol no phones
support	it hurts that my dad never asks how i'm doing
support	i'm tired all the time and i dont know if it's depression or just life
support	i told him i need time alone and he took it really personally
support	i cancelled plans to rest and felt so guilty
support	anyone else feel weird when things are calm, like waiting for the other shoe to drop
support	my partner yells when hes stressed and i shut down
support	i'm trying to get better at not taking responsibility for other people's feelings
support	i'm grieving my grandpa and it comes in waves
support	i'm worn out and i still have to cook dinner for everyone
support	having one of those days where everything feels heavy
support	my mom is sick and im the only one looking after her
support	whenever my partner is upset i feel like it's my job to fix it
support	i feel like nobody really knows me
support	i'm going to try journaling again this week
support	trying to accept that my mom will never change
support	i'm scared my relationship is ending
support	my friend ghosted me and i keep wondering what i did
support	i'm cutting back on how much i help my brother with money
support	i'm afraid of being abandoned so i cling
support	i'm dreading going home for christmas, my family is so critical
support	i feel like i'm failing at everything this semester
support	my boyfriend keeps making plans without me
support	i dont want to go to work tomorrow
support	i wish my parents understood me
support	i want to end this relationship but i'm scared of being alone
support	my mom said she's disappointed in me and i cant stop crying
support	i'm learning that i can't save everyone
support	i hate how much i depend on his approval
support	i'm giving up sugar for a month, wish me luck
support	codependency is so exhausting, i didnt know it had a name until this server
support	my brother borrowed money again and i said yes again 🙃
support	i'm tired of waking up anxious every day
support	everyone would be better off if i stopped trying to control everything lol, working on it
support	why do i feel responsible for my mom's moods
support	i dont know how to stop caring so much about what he thinks
idiom	if i have to sit through one more meeting im going to scream
idiom	my feet are killing me after that shift
idiom	ngl i'd kill for a nap
idiom	this heat is going to be the death of me
idiom	i'm dying to know what happened next
idiom	bro i'm weak 😭 im crying
idiom	this traffic makes me want to die lol
idiom	my phone is dying can someone call me later
idiom	i'm so embarrassed i want the floor to swallow me
idiom	ugh kill me now, monday again
idiom	that exam destroyed me
idiom	the cringe, i want to crawl into a hole and die
idiom	i almost died laughing at that meme
idiom	the wifi died in the middle of my call
idiom	i'm so hungry i could eat a horse
idiom	this song slaps so hard it should be illegal
idiom	dying of cuteness over this puppy
idiom	i'm so done with this week haha
idiom	i'm going to explode if i eat one more bite
idiom	cut me some slack im new here
idiom	she's gonna kill me for telling you this lol
idiom	honestly i'm ready to throw my laptop out the window
idiom	i'm dying inside waiting for the results
idiom	i'd rather eat glass than call customer service
idiom	its a killer workout, my legs are jelly
idiom	i overdosed on netflix this weekend
idiom	i'm drop dead exhausted after the move
idiom	i want to die of embarrassment he heard me singing
idiom	my heart exploded when she said yes
idiom	i'm gonna cut the cord on cable tv finally
media	in the book the main character tries to end her life and it's handled really carefully
media	my sims all drowned because i removed the pool ladder oops
media	that song "everybody hurts" hits hard today
media	i killed the dragon finally after 3 hours
media	the villain's backstory where he gets beaten by his father was so well written
media	reading a fanfic where he self harms and the author did a content warning
media	my minecraft dog died and i'm in mourning
media	rewatching bojack and the episode with sarah lynn wrecked me
media	that anime where the girl jumps off the roof in episode 1
media	the podcast episode about the overdose crisis was really good
media	in the game you have to kill your own brother at the end
media	watching a documentary about cult leaders who beat their followers
media	in hamlet he debates whether to be or not to be
media	the ending where he sacrifices himself for the team made me cry
media	just finished omori and i need a minute
media	the book club pick this month is about a woman escaping an abusive marriage
media	in among us i always get killed first lmao
media	playing valorant and my team threw the whole match
media	our dnd villain poisoned the king last session
media	that movie scene where he takes all the pills was hard to watch
media	the protagonist's mom drinks herself to death in the book
media	my pokemon fainted and i lost the nuzlocke run
media	the new season has a suicide storyline so check the warnings
media	we watched girl interrupted in class today
media	the villain chokes her in the trailer and people are mad
educational	is it true that asking someone about suicide doesnt put the idea in their head
educational	how do i help a friend who self harms without making it worse
educational	what's the difference between self harm and suicidal behaviour
educational	what does narcan actually do during an overdose
educational	is it normal for survivors of abuse to blame themselves
educational	writing an essay about suicide prevention in schools
educational	what should you do if someone is not breathing after taking drugs
educational	how many people die by suicide every year in the uk
educational	is cutting usually a suicide attempt or something else
educational	our nursing lecture today was about overdose recognition
educational	what makes someone more at risk of suicide
educational	what's a safety plan and how do you make one
educational	reading about the cycle of abuse and it explains so much
educational	how can i tell if my friend is in danger at home
educational	is self harm an addiction
educational	what happens when you call a crisis line
educational	my psych class is covering suicide risk assessment this week
educational	what are the symptoms of alcohol poisoning
educational	should i tell someone if my friend told me they self harm
educational	how do i report abuse of a child anonymously
educational	how long does it take to recover from an overdose
educational	what should a moderator do if someone posts about suicide
educational	why do abuse victims stay
educational	what are the stats on teen self harm
educational	what does "ctb" mean, i saw it online
past	years ago i tried to end my life and honestly im glad it didnt work
past	when i was 15 i overdosed and spent a week in hospital
past	i was in an abusive relationship for 5 years before i got out
past	i used to want to die every day, now i actually look forward to things
past	back in 2019 i was hospitalized for an overdose
past	i was suicidal for most of my twenties
past	i lost my cousin to an overdose last year
past	i survived an abusive marriage and now i help others
past	i attempted when i was 17 and it took years to feel okay
past	my best friend died by suicide in 2020 and i still miss her
past	i was raped in college and it took a long time to talk about it
past	my father was an alcoholic who hit us, he passed away last year
past	i relapsed on cutting a few years back but i've been okay since
past	my first boyfriend choked me once, i was 16
past	i grew up with a mom who threw things when she was angry
past	i used to wish i wouldn't wake up. now i have a kid and a reason
past	i was homeless and using heroin in my early twenties, clean 8 years now
past	as a kid i was beaten a lot and i'm only now unpacking it
past	i'm a suicide attempt survivor, 10 years this month
past	my sister died of an overdose when i was 20
past	i got out of an abusive home at 18 and never went back
past	i was so suicidal after my divorce, that was in 2015
past	i spent most of my teens wanting to disappear
past	my dad used to say he'd kill us all, i moved out long ago
past	i used to be the friend who always wanted to die, now i'm the friend who checks in
negation	don't worry i'm not going to hurt myself, i just need to vent
negation	i dont want to die i just want things to be different
negation	haven't cut in 8 months and i'm not going to start again
negation	i dont feel like dying anymore which is new for me
negation	i'm not going to do anything stupid, promise
negation	i dont want to end my life, i want to end this job
negation	he has never hit me, but he yells a lot
negation	i didn't relapse even though i really wanted to 💪
negation	i don't want to disappear, i want to be seen
negation	i wouldn't hurt myself, i just need to sleep this off
negation	i'm not in any danger, just lonely tonight
negation	i'm not unsafe at home, my parents are just strict
negation	i dont want to be dead, i want to be happy
negation	not feeling like hurting myself today, small win
negation	i'm not planning anything, i just needed to say it out loud
negation	i'm okay, i'm not going to do anything to myself
negation	i didn't take anything, i'm just really anxious
negation	i'm not going to end it, i'm going to keep going
negation	i'm not in danger, i just needed to get out of the house for a bit
negation	not gonna lie i'm sad but i'm safe
negation	no, i'm not gonna kms lol, i'm just venting
negation	nobody hits me, i just feel unloved
negation	i never wanted to die, i just wanted the pain to stop and now it has
negation	he's not dangerous, just immature
negation	i don't have any plans to hurt myself
# half: b3
# Batch eighteen: written after the first test-half measurement, measured once after
# the dev+test tuning (see tests/unit/test_safety_cues.py), then tuned on too.
suicidal	i honestly cant see myself making it to 25
suicidal	everybody keeps saying it gets better but it never does and im so done waiting
suicidal	i just want to go to sleep and stay asleep
suicidal	i looked up how many it would take
suicidal	nobody would have to deal with me anymore if i was gone
suicidal	im tired. not sleepy tired. tired of being alive tired
suicidal	been thinking its time for me to go
suicidal	tbh i dont think ill be here next year
suicidal	i keep imagining my funeral and feeling relieved
suicidal	if i dont wake up tomorrow thats fine by me
suicidal	i want out. of everything. permanently
suicidal	whats the point in even being alive if it's always going to hurt like this
suicidal	i'm going to end my life tonight i'm sorry
suicidal	i'd rather be dead than keep feeling this way
suicidal	nobody will miss me when im gone
suicidal	i feel like dying is the only option left
suicidal	i've been planning how to do it
suicidal	life is too much and i want to stop living
suicidal	i keep hoping i get into a crash on the way to work
suicidal	my family would be better off with the insurance money
suicidal	can't do this for another day. i'm done with life
suicidal	i hate my life and i want to end it
suicidal	i'm just waiting for the right moment to go
suicidal	honestly thinking about ending things this weekend
suicidal	i dont want to exist anymore 😞
self_harm	ive been cutting again and i cant stop
self_harm	i want to hurt myself really bad rn
self_harm	my wrists are covered and summer is coming 😭
self_harm	slipped up tonight. cut my thigh
self_harm	i keep burning myself with my lighter when no one's home
self_harm	i feel like i deserve to hurt
self_harm	i punched myself in the face until my nose bled
self_harm	i need to cut. i need to. please someone talk me out of it
self_harm	i'm craving the blade so bad
self_harm	the only way i can calm down is hurting myself
self_harm	i scratched my arm with a pin until it bled
self_harm	relapsed on sh yesterday after 2 months
self_harm	i hid the razor in my sock drawer just in case
self_harm	hitting my head on the wall again
self_harm	i want to carve into my skin
self_harm	feeling the urge to self harm really strongly tonight
self_harm	i starve myself because i don't deserve food
self_harm	i cut myself at school in the bathroom today
self_harm	trying not to hurt myself but its getting harder
self_harm	i keep digging my nails into my arms till they bleed
abuse	my dad hit me in the face tonight and my lip is bleeding
abuse	im scared my husband will hurt me when he gets home
abuse	he slammed me into the wall and now my shoulder hurts
abuse	my mom keeps threatening to kick me out and hit me
abuse	my boyfriend choked me during sex without asking and wont stop
abuse	i dont want to go home my stepdad is drunk and angry
abuse	my parents lock me in my room for days
abuse	he told me if i ever leave he'll find me
abuse	my girlfriend throws stuff at me when she gets mad
abuse	my brother has been hitting me and threatening me with a knife
abuse	my partner controls all my money and hits me if i complain
abuse	im being abused at home and nobody knows
abuse	he grabbed my throat last night
abuse	my dad gets drunk and hits my mom and me
abuse	my uncle keeps touching me and says i cant tell anyone
abuse	hes yelling and breaking things and i'm hiding under my bed
abuse	my ex broke into my apartment and threatened me
abuse	my mom beat me with a shoe today
abuse	i'm terrified of my husband
abuse	my husband hurt me again and i'm scared to call anyone
substance	i took like 12 xanax idk what happens now
substance	just swallowed a whole strip of my meds
substance	my friend is puking and not really conscious after drinking a whole bottle
substance	took a lot of pills and i feel really sleepy and weird
substance	i mixed xanax and alcohol and i cant feel my body
substance	my boyfriend is overdosing i think, hes blue
substance	my mom took all her sleeping pills and wont wake up
substance	i took 50 tylenol an hour ago
substance	i snorted way too much and my heart feels like its going to explode
substance	my roommate drank a bunch of hand sanitizer
substance	i took too many of my adhd meds and i'm shaking
substance	my brother's passed out with a needle next to him
substance	i overdid it on the pills and i'm scared
substance	help my friend took a bunch of molly and she's overheating
substance	i think i took too much of my insulin
substance	ate a whole bottle of melatonin gummies
substance	my dad mixed his pills with vodka and hes barely breathing
substance	i popped like 8 percs and i cant keep my eyes open
substance	my friend wont respond after smoking something laced
substance	swallowed a bunch of pills i found
other_at_risk	my friend just texted me she's going to kill herself tonight
other_at_risk	my brother keeps saying he wants to die
other_at_risk	my gf said she's not going to be around much longer
other_at_risk	my friend said goodbye to everyone in the group chat and left
other_at_risk	i think my roommate is suicidal, she gave away her cat
other_at_risk	my friend told me she's been cutting herself every night
other_at_risk	my son said he wishes he was never born
other_at_risk	my best friend is talking about ending her life
other_at_risk	my friend said she has the pills ready
other_at_risk	my partner said he'd be better off dead
other_at_risk	my friend is sitting on the edge of a bridge and texting me
other_at_risk	my sister says she wants to disappear forever
other_at_risk	my mom has been talking about killing herself
other_at_risk	my friend keeps posting about wanting to die
other_at_risk	my friend wrote a goodbye note and i can't reach her
other_at_risk	someone in our server said they took a bunch of pills
other_at_risk	my dad told me he doesn't want to live anymore
other_at_risk	my friend is in the bathroom cutting and won't open the door
other_at_risk	my friend's boyfriend beats her and she won't leave
other_at_risk	my cousin keeps saying nobody would care if he died
support	i always feel responsible when my friends are upset
support	my husband never helps with the kids and im drowning
support	i'm trying to stop apologizing for existing in spaces lol
support	had a really good talk with my sister today
support	i feel empty since the breakup
support	my mom keeps calling me selfish for setting boundaries
support	i can't stop thinking about him even though he hurt me emotionally
support	i'm scared i'll never find someone who loves me back the same way
support	i feel like i'm always giving more than i get
support	i'm done trying to make my dad proud
support	i want to stop caring so much about my ex
support	worked a double shift and i'm wiped
support	i wish i could disappear for a while and just rest
support	i want to quit my job so bad
support	my best friend moved away and i'm lonely
support	i'm tired of being the only one who tries
support	nobody in my family ever says thank you
support	i feel like a failure because my marriage is ending
support	i took a mental health day today and feel guilty about it
support	my partner drinks every night and i keep making excuses for him
support	i'm so tired of fighting with my mom
support	i hate that i need people to like me
support	i'm struggling with my self worth lately
support	i want to be less dependent on my boyfriend
support	my dad is in the hospital and i'm not coping well
support	trying to learn to say no without explaining
support	i cried for an hour today and i don't even know why
support	i'm dreading this weekend with my in-laws
support	my friend keeps borrowing money and never pays me back
support	i'm done being everyone's doormat
support	i just feel so lost right now
support	nothing ever seems to be enough for my partner
support	i'm trying to stop rescuing my brother from his debts
support	i feel like i'm invisible to my husband
support	i feel like nobody would notice if i left the group chat
support	i'm killing myself trying to keep this house clean for him
support	i need to cut back on how much i do for others
support	i don't know how to be alone
support	the anxiety is so bad today i can't focus
support	i'm tired of being tired
support	my sister keeps dumping her kids on me
support	i keep choosing partners who need fixing
support	i want to end things with my boyfriend but i feel so guilty
support	i gave up trying to talk to my mom about it
support	i had a bad day and just want to sleep
support	i feel like such a burden when i ask my friends for rides
support	i'm scared my partner will leave me if i set boundaries
support	my therapist thinks i should go to coda meetings
support	i'm grieving the relationship i thought we had
support	i lost my job today and i feel numb
support	i want to run away from all my responsibilities for a day
support	i feel so hopeless about my relationship with my dad
support	my mom drinks too much and i can't make her stop
support	i can't keep living my life around his moods
support	i'm worried about my friend, she seems really stressed with exams
support	i feel like my family would be fine without me at thanksgiving tbh, they never include me
support	my friend is going through a rough breakup and i want to help
support	i'm exhausted from pretending i'm okay at work
support	i feel stuck and i don't know what i want anymore
idiom	if this meeting goes any longer i'm going to jump out the window lol
idiom	ugh i'm gonna kms if i have to redo this essay
idiom	that plot twist killed me
idiom	i'm dead serious about quitting sugar
idiom	my roommate is going to kill me i ate her leftovers
idiom	the heat is killing my plants
idiom	ur killing me with these puns
idiom	i'm dying to try that new ramen place
idiom	this outfit is to die for
idiom	my feet are dead after that hike
idiom	i would literally die for a day off
idiom	that workout nearly killed me
idiom	my laptop died right before i saved
idiom	i'm going to lose it if he chews that loud again
idiom	i'm drowning in emails
idiom	this commute is slowly killing my soul
idiom	i almost died when she said that lmao
idiom	my mom will murder me if i forget her birthday again
idiom	i'd sooner die than go to that party
idiom	kill me now, 3 more hours of this lecture
media	my favourite character died and i'm not okay lol
media	we watched a movie where the dad hits the kids and it was hard to watch
media	the song "the night we met" makes me cry every time
media	in elden ring i died 40 times to the same boss
media	the book is about a girl who self harms and her recovery
media	this anime has a suicide in episode 2, just a warning
media	got killed by my own teammate in fortnite
media	the villain poisons everyone in the last chapter
media	my d&d character is an overdose survivor, is that too heavy
media	that podcast about abusive cults was wild
media	lyrics: "i'm so tired of being here" evanescence hits different
media	in the game you can choose to let him die or save him
media	the film shows the overdose really graphically
media	in the show his stepdad beats him and it was so realistic
media	the sims died in a fire because i forgot to put in smoke alarms
educational	how can i tell if my friend is suicidal
educational	what should i do if someone tells me they're being abused
educational	how long does it take tylenol to damage your liver
educational	is self harm always linked to suicide
educational	what are the signs of an opioid overdose
educational	how do i support my partner who self harms
educational	what's the number for the domestic violence hotline
educational	why do people cut themselves
educational	how do i bring up suicide with my teenager
educational	my class is doing a unit on abuse prevention
educational	what happens if you mix alcohol and xanax
educational	is it okay to ask someone directly if they're suicidal
educational	how do i help a friend who wants to die
educational	what does being gaslit look like
educational	what's the difference between passive and active suicidal thoughts
past	i used to want to kill myself every day in college
past	my ex used to choke me but i left him in 2021
past	i cut for years as a teenager but stopped at 19
past	i overdosed when i was 16 and survived
past	when i was a kid my dad would beat us with a belt
past	i haven't thought about suicide since i started therapy two years ago
past	i was in a really dark place last year and wanted to die
past	my mom used to hit me, i don't talk to her anymore
past	i got sober 5 years ago after nearly dying from alcohol poisoning
past	my brother died of an overdose in 2018
past	back in school i used to burn myself
past	i attempted twice in my early twenties
past	my ex threatened to kill himself when i left, that was years ago
past	i was abused as a child and i'm working through it in therapy
past	i went through a time where i cut every day, it's been 3 years now
negation	i'm not suicidal, i promise, just exhausted
negation	i don't want to die, i want my life to change
negation	i'm not going to hurt myself, i just need to talk
negation	he's never hurt me physically, just words
negation	i haven't cut in 6 months and don't plan to
negation	i'm not going to take anything, i just want to sleep
negation	i don't feel like ending it, just sad
negation	not suicidal just really burnt out
negation	i would never do that to my family
negation	i'm safe tonight, no urges
negation	no one is hurting me, i just feel unloved at home
negation	i'm not in danger, just lonely
negation	i'm not going to do anything to myself don't worry
negation	my friend isn't in danger, she's just going through a lot
negation	i dont want to disappear anymore, therapy is helping
# half: b4
# Batch nineteen: written after batch eighteen was tuned on, measured once, then tuned on.
suicidal	so yeah i think this is my last week. ive made peace with it
suicidal	i dont want to keep waking up to this
suicidal	every night i go to bed hoping its the last time
suicidal	i'm so sick of being alive honestly
suicidal	the world would keep spinning without me. probably better
suicidal	it would be easier for everyone if i just vanished for good
suicidal	i'm not scared of dying anymore, i'm scared of living
suicidal	thinking of writing letters to my family tonight
suicidal	i have a plan and a date
suicidal	whats stopping me honestly. nothing
suicidal	i wish i could just stop breathing
suicidal	i want to fall asleep forever 💤
suicidal	i keep standing at the edge of the platform wondering
suicidal	i just want all of this to be over for good
suicidal	cant see myself getting through this week alive
suicidal	maybe the world is telling me i shouldnt be here
suicidal	i'm a burden and everyone knows it, i should just go
suicidal	lately i think about killing myself more than i think about anything else
suicidal	i dont want to wake up tomorrow or any day after
suicidal	i feel like my time is up
suicidal	why am i even still here
suicidal	its all too much i want to die
suicidal	i'm done. thank you all for trying. bye
suicidal	i want to end my life but im scared
suicidal	nothing matters and i dont want to be here
self_harm	been cutting every night this week
self_harm	i keep thinking about grabbing a knife from the kitchen and using it on my arm
self_harm	i slipped and cut again after 90 days
self_harm	i'm hiding long sleeves because of what i did last night
self_harm	the blade is the only thing that makes sense right now
self_harm	i want to burn my skin so bad
self_harm	i scratched my wrists till they bled with my keys
self_harm	my legs are covered in new cuts
self_harm	i got the urge to sh again and gave in
self_harm	i hurt myself on purpose tonight
self_harm	i keep banging my fists on the table until they bruise
self_harm	i need to feel pain to feel real
self_harm	i took apart a sharpener to get the blade out
self_harm	i relapsed on self harm last weekend and haven't told anyone
self_harm	its been a bad night, i cut
self_harm	i wanna hurt myself so bad rn
self_harm	i keep punching my thighs when i'm upset
self_harm	i want to cut deeper this time
self_harm	i promised myself i wouldn't but i did it again, my arm is a mess
self_harm	i keep thinking about hurting myself when i'm alone
abuse	my dad slapped me so hard my ear is ringing
abuse	im scared to go back to my house, my mum's partner hits me
abuse	my boyfriend pinned me down and wouldn't let me go
abuse	he broke my phone so i cant call anyone
abuse	my wife threatened to stab me last night
abuse	he keeps saying he'll kill me and i believe him
abuse	my stepbrother touches me when my parents are out
abuse	my parents beat me when i fail a test
abuse	hes outside my door right now yelling that he's going to hurt me
abuse	my fiance shoved me into the counter and i have a huge bruise
abuse	my mom burned my hand on the stove as punishment
abuse	he chokes me when he's angry
abuse	im not safe at home
abuse	my dad pulled a gun on me
abuse	my partner hits me and then cries and says sorry
abuse	my brother beat me up again and no one cares
abuse	my girlfriend keeps hitting me when she drinks
abuse	i'm scared my ex is going to come back and hurt me, he knows where i live
abuse	my dad kicks me when im on the floor
abuse	my mum grabs me by the neck when she's mad
substance	i took a whole box of sleeping tablets
substance	i drank way too much and took some pills and now i feel really weird
substance	my friend is blue and not waking up please help
substance	i took 25 of my antidepressants
substance	think i overdosed on my meds
substance	my brother took something and hes having a fit
substance	i swallowed a load of painkillers an hour ago
substance	my mom isnt breathing properly after her pills
substance	i took so many xanax i cant stay awake
substance	i chugged a bottle of cough syrup and i'm freaking out
substance	i just took everything in the medicine cabinet
substance	my friend drank a whole bottle of vodka and is throwing up and cant stand
substance	i did too much coke and my chest hurts really bad
substance	my dad is passed out and we cant wake him, he took his pills with beer
substance	i ate a bunch of pills and i regret it
substance	i just snorted something i bought and my heart is pounding
substance	my girlfriend swallowed a bottle of pills and locked herself in the bathroom
substance	took 10 tylenol pm, is that dangerous i feel funny
substance	my friend injected too much and isnt responding
substance	i took double my dose and then some more
other_at_risk	my friend told me tonight is the night for her
other_at_risk	my brother said he's got a plan to end it
other_at_risk	i'm worried my girlfriend might kill herself tonight
other_at_risk	my friend keeps saying she doesn't want to be alive
other_at_risk	my dad said he'd be better off gone
other_at_risk	my friend is cutting herself really badly and won't see anyone
other_at_risk	my sister left a goodbye letter and isn't answering
other_at_risk	my friend says she wants to jump off a bridge
other_at_risk	my roommate said she has been saving pills
other_at_risk	my friend posted that she wants to die and deleted it
other_at_risk	my son keeps talking about death and giving his things away
other_at_risk	i think my best friend is suicidal, she said she's tired of living
other_at_risk	my mom said she wants to end it all
other_at_risk	my friend said he's going to shoot himself
other_at_risk	my friend says her stepdad hits her every day
other_at_risk	my friend just told me she swallowed a bunch of pills
other_at_risk	my partner keeps saying the world would be better without him
other_at_risk	someone in the group chat said they're going to kill themselves
other_at_risk	my friend has been hurting herself and hiding it
other_at_risk	my friend texted "i'm sorry for everything, goodbye"
support	my partner and i had a huge fight about money and i feel sick
support	i always apologize even when it's not my fault
support	i feel like i have to earn love
support	my family expects me to fix everything
support	i'm tired of being taken for granted
support	it's hard being the strong friend all the time
support	i keep thinking about what my ex said to me
support	my therapist said i need to stop rescuing people
support	i feel so lonely even when i'm surrounded by people
support	i don't want to go to my parents' this weekend
support	i'm so done with people who only call when they need something
support	i can't stop checking my phone to see if he texted
support	anyone else find it hard to accept compliments
support	i'm stressed about my exams and my mom keeps adding pressure
support	i want to stop feeling responsible for my dad's happiness
support	my friend said she's done with me and i don't know why
support	i feel guilty all the time for no reason
support	i hate asking for help
support	my husband's drinking is ruining our family
support	i can't handle my job anymore, i need to quit
support	i want to disappear under a blanket and watch movies all day
support	i'm drowning in work and my partner doesn't help
support	i don't see the point of texting him anymore, he never answers
support	i'm ready to let go of this friendship
support	sometimes i feel like i'm just a burden at home because i lost my job
support	my sister said nobody would miss me at her wedding lol she's so dramatic
support	i give so much and get nothing back
support	i'm so tired of trying to please my mother
support	my dad never said he was proud of me
support	i'm nervous about setting a boundary with my roommate
support	i feel like i'm falling apart
support	i'm sick of feeling this way about myself
support	every relationship i have ends the same way
support	i don't know how to say no to my boss
support	my anxiety is through the roof today
support	i'm worried about my brother's gambling
support	i can't sleep again, my mind won't stop
support	i'm sad all the time and i hate it
support	i want to leave this town and start over
support	i'm letting go of people who hurt me
support	i finally blocked my toxic ex 🎉
support	i feel like my friends are drifting away
support	my mom is an alcoholic and i'm exhausted from taking care of her
support	i think my boyfriend is cheating and i feel crazy
support	i just need someone to listen tonight
support	nobody ever asks how i'm doing
support	i'm trying to stop people pleasing at work
support	i want to stop caring about what my family thinks
support	my partner shuts down when i bring up feelings
support	i'm so angry at my dad i could scream
support	i don't know who i am without him
support	i cried at work again today
support	i hate myself for going back to him
support	my friend keeps making me feel guilty for having other friends
support	i'm done being the bigger person
support	i just want someone to hug me
support	everything feels pointless at work lately
support	i'm struggling but i'm getting through it day by day
support	i wish my mum would stop comparing me to my sister
support	i'm trying to let my adult son make his own mistakes
idiom	i'm gonna die if i don't get coffee in the next 5 min
idiom	this professor is going to be the end of me
idiom	my mom is gonna kill me, i dented the car
idiom	i'd literally kill for some pizza rn
idiom	that concert killed, i'm dead
idiom	my battery is dying and so am i lol
idiom	he's slaying in that suit
idiom	i could die of embarrassment right now
idiom	i'm about to lose my mind with these kids
idiom	these shoes are killing my feet
idiom	the cringe is killing me
idiom	stick a fork in me i'm done
idiom	i'm so full i might explode
idiom	she's going to murder me for spoiling the ending
idiom	i'm dying over here this meme 😂
idiom	ugh shoot me now, another group project
idiom	this game is killing my sleep schedule
idiom	my knees are dead after leg day
idiom	i nearly died of fright at that jump scare
idiom	i'm gonna kill my brother for eating my leftovers
media	the main character takes her own life at the end of the book and i can't stop thinking about the ending
media	in the movie his dad beats him and he runs away
media	my favourite anime character just died and i'm devastated
media	the song is about wanting to disappear and it's so relatable lol
media	i killed the final boss finally 🎉
media	in the show she overdoses on pills and her sister finds her
media	watching a documentary about domestic violence survivors
media	my sim died of old age
media	the villain strangles the hero in act 2
media	playing a horror game where you have to kill zombies
media	this album is about the singer's suicide attempt
media	the character self harms in season 2 and it's handled well
media	died to the same boss 20 times
media	our rp character is being abused by the king
media	that book about a girl escaping her abusive dad was so good
educational	what should i do if my friend says she wants to kill herself
educational	how do i know if someone is overdosing
educational	is it abuse if my partner checks my phone
educational	what are common signs of self harm in teenagers
educational	how do i help my sister who's in an abusive relationship
educational	why do abusers apologize and then do it again
educational	what is the suicide hotline number in canada
educational	how much tylenol is too much
educational	can you die from mixing benzos and alcohol
educational	how can i support someone after a suicide attempt
educational	what does it mean when someone says they feel like a burden
educational	my psychology exam is on suicide risk factors
educational	what's the best way to ask a friend if they're suicidal
educational	is it normal to feel numb after leaving an abuser
educational	how do you report child abuse
past	i used to cut but i've been clean for 5 years
past	i had a suicide attempt in 2017 and im doing well now
past	my dad used to beat us when he was drunk, he's sober now
past	years ago i overdosed on purpose, now i volunteer at a crisis line
past	i was abused by my ex for years but i'm safe now
past	back in high school i wanted to die every day
past	i survived an overdose and got clean
past	my first husband used to choke me
past	when i was 14 i started self harming
past	i lost my best friend to suicide last year
past	i burned myself a lot as a teen
past	my mum hit me as a child and i'm still processing it
past	i attempted suicide when i was 20, i'm 35 now
past	i used to think everyone would be better off without me
past	i got out of a violent relationship 2 years ago
negation	i'm not going to hurt myself tonight, i just feel sad
negation	i don't want to kill myself, i just want things to stop hurting
negation	no, he doesn't hit me, he just ignores me
negation	i'm not suicidal, just lonely
negation	i won't relapse, i've come too far
negation	i'm not thinking about ending my life, i'm thinking about ending my lease lol
negation	my parents aren't abusive, just really strict
negation	i haven't taken anything, i'm just tired
negation	i don't feel unsafe, just stressed
negation	i would never hurt myself, i'm just venting
negation	i'm not in crisis, just need a chat
negation	i don't cut anymore
negation	nobody's hurting me, i promise
negation	i'm not going to drink tonight even though i want to
negation	i'm not planning anything, don't worry
# half: b5
# Batch twenty: written after batch nineteen was tuned on, measured once, NOT tuned on
# (the latest honest held-out estimate; see tests/unit/test_safety_cues.py).
suicidal	ok real talk i dont think i want to be alive much longer. i'm just so tired
suicidal	i've started saying goodbye to people in my head
suicidal	if i died tonight would anyone even come to the funeral
suicidal	i just want the pain to end forever
suicidal	i'm thinking of taking all my pills tonight
suicidal	i want to die so badly i can't think straight
suicidal	nobody would miss me, not even my mom
suicidal	tomorrow i'm going to do it
suicidal	i can't see a way forward. i want to end it
suicidal	there is no reason for me to be alive
suicidal	i'm worthless and i want to disappear forever
suicidal	i'm counting down the days until i can finally go
suicidal	im just so exhausted of life i want it to stop
suicidal	everyones lives would improve if i was dead
suicidal	i dont wanna live anymore 😭😭
suicidal	ive got the rope ready
self_harm	i cut myself last night for the first time in a year
self_harm	i keep burning my arm with a hot spoon
self_harm	i really want to cut right now
self_harm	i broke a pencil sharpener again 😔
self_harm	i hurt myself again, i'm sorry guys
self_harm	i'm covered in scratches i made myself
self_harm	i want to see blood
self_harm	i've been hitting myself with a belt
self_harm	i have fresh cuts and my mom almost saw
self_harm	i can't stop hurting myself
self_harm	i keep wanting to cut and i'm scared i'll go too deep
self_harm	i sliced my arm open again
self_harm	urges to self harm are winning tonight
self_harm	i punched the wall until my hand broke, i wanted it to hurt
self_harm	i pulled my hair out in chunks tonight to punish myself
self_harm	i burned my thigh with a cigarette
abuse	my dad threw a chair at me tonight
abuse	my husband beats me when the kids are asleep
abuse	im scared he will kill me if i try to leave
abuse	my mom hit me with a hanger and i have marks
abuse	he raped me last night and i cant stop shaking
abuse	my boyfriend won't let me leave the apartment
abuse	my stepdad threatened to hurt my little sister
abuse	i'm hiding in my car because he's going crazy inside
abuse	my partner pushed me and i hit my head on the table
abuse	my parents said they'll hurt me if i tell the school
abuse	he choked me until i blacked out
abuse	my ex keeps threatening to post my nudes and hurt me
abuse	my brother punches me all the time and my parents laugh
abuse	i'm scared to sleep, my dad comes in my room drunk
abuse	my girlfriend hit me with a bottle
abuse	my grandpa touches me and says it's our secret
substance	i took 40 of my sleeping pills like 20 minutes ago
substance	my friend isnt waking up and theres empty bottles around
substance	help my sister took a bottle of pills and is vomiting
substance	i think im overdosing my chest is so tight
substance	my dad drank something from under the sink
substance	i took too much oxy and i can barely breathe
substance	i swallowed a handful of benzos
substance	my boyfriend passed out after using and his breathing is weird
substance	i took a lot of my mums medication
substance	i mixed a bunch of pills with wine, feeling really dizzy
substance	i drank half a bottle of nyquil
substance	my friend took way too much ketamine and wont respond
substance	i think my brother overdosed, his lips are purple
substance	i used heroin again and i think i took too much
substance	i just took all my antidepressants
substance	took like 15 of my adderall and my heart is racing
other_at_risk	my friend says she's going to end her life this weekend
other_at_risk	my boyfriend keeps saying he should just die
other_at_risk	my friend sent me a voice note saying goodbye
other_at_risk	my sister has been cutting herself for weeks
other_at_risk	i'm scared my friend is going to kill herself
other_at_risk	my friend wants to overdose on purpose
other_at_risk	my brother said life isn't worth living anymore
other_at_risk	my mom said she doesnt want to be here anymore
other_at_risk	my friend told me he's going to jump off the bridge near our school
other_at_risk	my friend keeps saying everyone hates her and she wants to disappear
other_at_risk	my friend has pills and says she's going to take them all
other_at_risk	my daughter wrote that she wants to die in her diary
other_at_risk	my friend told me her dad hits her when he's drunk
other_at_risk	my best friend is hurting himself again
other_at_risk	my friend just texted me bye forever
other_at_risk	someone in this server said they're going to end it tonight
support	i keep over-functioning in my relationship and i'm burnt out
support	my partner is the love of my life but i lose myself around him
support	i want to be better at asking for what i need
support	i'm tired of waiting for my mom to change
support	i had to leave my friend's party early because i was overwhelmed
support	i keep thinking i'm too much for people
support	i feel like i'm going to cry all day
support	i'm so tired of my roommate's drama
support	my husband got laid off and i'm scared about money
support	i feel like a failure as a daughter
support	my friend relies on me for everything and i can't keep up
support	i'm trying to set limits with my brother
support	my kids are driving me up the wall today
support	i wish someone would check on me for once
support	i hate that i care what he thinks
support	my dad is sick and i'm scared of losing him
support	i'm working on not taking things personally
support	i feel so disconnected from everyone
support	i'm tired and i want to go home
support	i don't want to be codependent anymore
support	my partner's depression is affecting me too
support	i feel hopeless about my career
support	nobody understands how hard this is
support	i can't stop crying after our fight
support	i'm scared of being alone forever
support	i keep giving my sister money and she never changes
support	i need to stop checking his social media
support	i feel like i'm failing everyone
support	my boyfriend says i'm too clingy
support	i'm exhausted from the holidays
support	i just want my mom to love me
support	i'm so done with my sister's excuses
support	i'm starting therapy next week and i'm nervous
support	it feels like nobody would notice if i stopped texting first
support	i want to stop being a people pleaser
support	i'm really struggling today but i'll be ok
support	i keep ending up in the same kind of relationship
support	my dad yelled at me and i just froze
support	i feel so stupid for trusting him
support	i'm scared to tell my family i'm moving out
support	i feel like i'm always the one who cares more
support	i miss my grandma so much
support	my friend is going through a hard time and i don't know what to say
support	i'm learning to rest without guilt
support	my whole body hurts from stress
idiom	if this bus doesn't come soon i'm going to die of old age
idiom	honestly the math final killed me
idiom	my mom's gonna kill me, i forgot to take out the trash
idiom	i'm dead 😭 he really said that
idiom	i could literally die for a burrito right now
idiom	my phone is dead again
idiom	she killed that song at karaoke
idiom	i'm dying of boredom
idiom	this headache is killing me
idiom	i'd rather die than wear crocs
idiom	that joke murdered me
idiom	my legs are dying after the stairs
idiom	i want to bury myself under my blanket and hibernate
idiom	i'm literally going to explode if he's late again
idiom	my boss is gonna kill me for missing the deadline
media	i love the episode where she finally leaves her abusive husband
media	the manga has a character who cuts herself
media	in the movie the mom overdoses and the kid finds her
media	i got killed by a sniper in the first minute
media	the song "suicide and redemption" by metallica is underrated
media	my dnd character died heroically last night
media	the book deals with a teen who wants to die
media	that show has such a realistic portrayal of an abusive dad
media	i died in the lava level again
media	watching a series about a cop who hits his wife, it's intense
educational	how do i talk to my friend who keeps saying she wants to die
educational	what are the signs that someone is being abused
educational	how many pills is an overdose
educational	is it normal for self harm scars to itch
educational	what should a teacher do if a student says they are suicidal
educational	why do people overdose on purpose
educational	how do i support a friend who was raped
educational	what are the long term effects of childhood abuse
educational	how do crisis text lines work
educational	what's the difference between self harm and a suicide attempt
past	i cut myself for years in my teens, now i'm 30 and doing okay
past	my dad used to throw things at us when we were kids
past	i overdosed at 19 and it changed my life
past	i was suicidal during my divorce but i'm better now
past	i used to self harm a lot back in the day
past	my ex used to hit me, i left him 3 years ago
past	i lost my mom to an overdose when i was 10
past	i was in an abusive home until i was 18
past	i survived a suicide attempt in 2016
past	i haven't been suicidal in years
negation	i'm not going to kill myself, i just hate my job
negation	i don't want to hurt myself, i want to feel better
negation	he doesn't hurt me, he's actually really kind
negation	i'm not taking any pills, just sleeping it off
negation	i'm not suicidal i'm just really down today
negation	i dont want to die, i'm just overwhelmed
negation	i haven't self harmed and i'm not going to
negation	i'm not unsafe, i just need to talk
negation	i'm not in any danger, promise
negation	i would never do anything to hurt myself
# half: b6
# Batch twenty-one: written this session after all tuning, measured once, NOT tuned on
# (a second honest held-out estimate; see tests/unit/test_safety_cues.py).
suicidal	honestly i just want to go to sleep and never wake up
suicidal	i've been looking up ways to end my life
suicidal	i don't see the point in staying alive anymore
suicidal	i wrote letters for everyone tonight
suicidal	everyone would be happier if i wasn't here
suicidal	i'm so done with everything, i want to die
suicidal	i keep thinking about killing myself
suicidal	i think this is my last night
suicidal	i'm planning to end things this weekend
suicidal	i just want it all to stop permanently
suicidal	life isnt worth living anymore
suicidal	i'm going to jump off the bridge near my house
suicidal	sometimes i wish i would just die in my sleep
suicidal	there's no way out except dying
suicidal	i'm giving away my stuff because i won't need it
suicidal	i've decided i'm going to kill myself
suicidal	i cant keep living like this, i want out for good
suicidal	if he leaves me i'm going to end my life
suicidal	i'm a burden to everyone and i want to be gone
suicidal	i just want to disappear and never come back
suicidal	thinking about suicide again tonight
suicidal	no one will notice when i'm gone
suicidal	this is goodbye, thank you all for trying
self_harm	i relapsed on self harm last night
self_harm	i punched the wall until my knuckles split, on purpose
self_harm	i keep hitting myself when i get angry
self_harm	i need to cut, it's the only thing that helps
self_harm	i burned myself with a lighter
self_harm	i've been hurting myself to cope
self_harm	the urge to cut is really strong tonight
self_harm	i hid the blades but i know where they are
self_harm	i want to feel pain so i feel something
abuse	my husband hit me again last night
abuse	my boyfriend choked me during an argument
abuse	i'm scared to go home, my dad will beat me
abuse	she threw a plate at me and said it was my fault
abuse	my partner won't let me leave the house
abuse	he said he'd kill me if i ever left
abuse	my stepdad touches me and i don't know what to do
abuse	my girlfriend slapped me and took my phone
abuse	i'm hiding in the bathroom because he's drunk and angry
abuse	my mom's boyfriend pushed me down the stairs
abuse	he locks me in the room when he's mad
abuse	my partner threatens to hurt the kids if i tell anyone
abuse	i have bruises everywhere from him
substance	i took way too many of my pills and i feel weird
substance	i drank a whole bottle and took some xanax
substance	i think i overdosed, my heart is racing
substance	i swallowed a bunch of tylenol an hour ago
substance	my friend took something and won't wake up
substance	i mixed pills with alcohol and can't stand up
substance	i just took 20 sleeping pills
substance	i can't stop throwing up after taking all those pills
substance	i used way more than usual and i'm scared
substance	overdosed last night and i'm still shaky, didn't tell anyone
other_at_risk	my friend just texted me that she's going to kill herself
other_at_risk	my brother said he wants to die and won't answer his phone
other_at_risk	i think my roommate is going to hurt herself
other_at_risk	my best friend is cutting again and made me promise not to tell
other_at_risk	my sister is talking about suicide
other_at_risk	my friend posted a goodbye message and nobody can reach him
other_at_risk	my mom took a lot of pills and is acting strange
other_at_risk	my partner says he'll end his life if i leave him
other_at_risk	a kid in my class said he has a plan to kill himself
other_at_risk	my dad hits my little brother and i'm worried for him
support	i finally told my partner i needed a night to myself and it went okay
support	does anyone else feel guilty when they say no to their mom?
support	i'm trying to stop checking his phone, it's hard
support	today i did something just for me: i went to a pottery class
support	i realised i always apologise even when it's not my fault
support	how do you stop feeling responsible for everyone's mood?
support	my therapist says i'm a people pleaser and i think she's right
support	i said what i needed out loud and the world didn't end
support	feeling proud, i kept my boundary with my sister
support	it's so hard to let him deal with his own problems
support	i keep fixing everyone's problems and ignoring mine
support	anyone have tips for when you feel anxious after setting a boundary?
support	i feel lost without someone to take care of
support	we had a calm talk about chores, first time in months
support	i'm tired of being the strong one all the time
support	i don't know who i am outside of this relationship
support	my friend cancelled and i didn't spiral about it, growth!
support	i'm learning that his anger is not my responsibility
support	it's a rough week but i'm hanging in there
support	i want to stop rescuing people who don't ask to be rescued
support	my mom guilt-trips me every time i visit less
support	does it get easier to ask for help?
support	i cried in therapy today but it was a good cry
support	i journaled for 10 minutes and it helped me calm down
support	i'm scared that if i stop helping him he'll leave
support	i feel exhausted from carrying everyone's feelings
support	i'm trying to notice when i abandon my own needs
support	i'm dying to try the new recipe someone posted here
support	i slept badly but i'm still going to my support group tonight
support	thank you all, this server really helps me feel less alone
idiom	this traffic is killing me
idiom	i'm dead 😂 that meme is too accurate
idiom	i could murder a pizza right now
idiom	ugh kill me now, another meeting
idiom	i nearly died laughing at that video
idiom	if i have to hear that song again i'll shoot myself lol
idiom	this essay is going to be the death of me
idiom	i'm literally dying of embarrassment
media	my character died in the boss fight again
media	the ending where she kills herself in the show wrecked me
media	just finished a book about a man who survives an overdose, so moving
media	in the game you have to kill the dragon to save the town
media	that movie about domestic violence was hard to watch but important
media	the song is about wanting to die young, it's so sad
media	anyone watched the documentary on suicide prevention?
media	lol i keep dying in minecraft
educational	what are warning signs that someone is suicidal?
educational	how do i support a friend who self harms?
educational	what should i do if someone overdoses in front of me?
educational	is emotional abuse a form of domestic violence?
educational	how do crisis lines work, do they call the police?
educational	for my psych class: why do people self harm?
educational	what's the difference between codependency and abuse?
educational	how can i tell if my friend is in danger?
past	years ago i tried to kill myself, i'm doing much better now
past	i used to cut when i was a teen
past	my ex used to hit me but i left him in 2019
past	i overdosed once in college and it changed my life
past	i was suicidal last year but therapy helped a lot
past	back when i was drinking i almost died
past	i survived an abusive relationship and i'm healing
negation	i'm not suicidal, just really sad today
negation	i don't want to hurt myself, i just feel numb
negation	he's never hit me, he just yells sometimes
negation	i haven't cut in two years and i'm not starting again
negation	no i'm safe, just venting
negation	i would never take my own life, i have my kids
# half: dev
# Batch twenty-two (this session): probes written for the miss families of the last held-out
# batch (cryptic goodbyes and finality; having or hiding means; children or someone else at
# risk now; injuries described by their result; dangerous use now) and a few more families
# (threats to leak pictures, an ex at the door, threats against a school, fresh cuts hidden),
# in varied lower-case phrasing, with hard negatives sharing their words. The cue rules and
# exclusions added with them were tuned on these lines (dev, not an estimate). Crisis
# probes left uncovered on purpose (every generic rule found for them also caught ordinary
# messages) are kept here as comments, not as labelled lines:
#   suicidal: pretty sure tonight is gonna be my last night here
#   suicidal: im ready to go now
#   suicidal: see you all on the other side
#   suicidal: i wont be here when you wake up
#   suicidal: everythings ready for tonight
#   suicidal: got everything i need for tonight
#   suicidal: i have enough saved up to do it
#   suicidal: ive been collecting them for weeks
#   suicidal: i have a stash hidden for when im ready
#   suicidal: i bought what i need today
#   suicidal: wrote the note and got everything together
#   suicidal: i have the stuff ready i just need to do it
#   abuse: he threatened to take the kids and hurt them
#   other_at_risk: my brother said hes got everything ready and wont tell me what he means
#   abuse: told everyone i fell but it was him
#   substance: i think i overdid it, everything is spinning
#   suicidal: i cant see a way out of this except one
#   suicidal: im so done. with everything. with life
suicidal	tonight is my last night
suicidal	this is the last time youll hear from me
suicidal	you wont hear from me again after tonight
suicidal	yall wont be hearing from me anymore
suicidal	wont be around much longer
suicidal	im not gonna be around much longer tbh
suicidal	i dont have much time left and thats ok
suicidal	tonights the night
suicidal	tonight's the night. im done
suicidal	thank you all for everything, take care of each other
suicidal	thanks for everything guys. take care of yourselves for me
suicidal	please look after my cat when im gone
suicidal	i just wanted to say i love you all and im sorry
suicidal	i guess this is goodbye
suicidal	this is goodbye. i love you all
suicidal	by the time you read this ill be gone
suicidal	when you read this i wont be here anymore
suicidal	ive made my peace with it. its time
suicidal	it will all be over soon
suicidal	soon none of this will hurt anymore
suicidal	after tonight i wont be a problem for anyone
suicidal	last post. love u all
suicidal	wanted to say goodbye before i go
suicidal	tell my mom i love her and that its not her fault
suicidal	today is my last day on earth
suicidal	i wont make it to my birthday and thats fine
suicidal	this is it for me. thank you for trying
suicidal	dont try to find me
suicidal	my last message here. im sorry for everything
support	my last night in paris was amazing
support	last night was rough but we got through it
support	this is my last night shift before vacation
idiom	this is the last time youll hear me complain about my boss lol
support	tonights the night!! first date in years
media	tonights the night the new season drops
support	thank you all for everything, this server has helped me so much
support	thanks everyone, take care of yourselves over the holidays
support	i wont be around much this week, exams
support	my grandma wont be around much longer, shes in hospice
support	by the time you read this ill be on the plane lol
support	see you on the other side of finals
support	ive made my peace with the breakup
support	this is goodbye to my old job, new one starts monday
support	my last day at work is friday
support	im stepping away from discord for a while, take care of each other
support	leaving this server for a bit to focus on school, thanks for everything
support	please look after my plants while im on holiday
support	i just wanted to say i love you all, this community means a lot
support	its finally over, i passed my exams
support	tell my mom i love her, she made dinner for us
past	last year i thought it was my last night but i got help
negation	im not saying goodbye, i'm just tired tonight
educational	what are the warning signs someone is saying goodbye for good
self_harm	i still have my blades hidden in my room
self_harm	i kept one blade just for emergencies
self_harm	i couldnt throw my blades away
self_harm	i know exactly where the razors are and its all i can think about
suicidal	i know where my dad keeps his gun
suicidal	ive been saving up my meds
suicidal	ive been saving my pills for a while now
suicidal	i have everything i need ready
suicidal	i have it all ready now
suicidal	i have enough pills now
suicidal	i have a plan and the means
suicidal	i know exactly how id do it
suicidal	i know how i would do it and when
support	im saving up for a car
support	saving up my paycheck for a trip to see my sister
support	i hid the christmas presents but i know where they are
support	i have everything i need for the trip ready
support	i have everything ready for the party tomorrow
support	got everything i need from the store
support	ive been taking my meds every day like my doctor said
support	my mom keeps my meds now and that helps
support	i hid my phone so i wouldnt doomscroll
support	i have my meds ready for the week in a pill organizer
support	i know exactly how i would do it differently next time, the interview i mean
support	i have a plan for tomorrow, gym then study
support	i have enough money saved for rent finally
support	i know where my keys are now lol
support	i bought what i need for my art project
past	i threw out all my blades last month and im proud
past	i gave my blades to my therapist last year
negation	i dont have anything saved up, im safe
educational	why do people hide blades and what should i do if i find some
abuse	he said hed hurt the kids if i leave
abuse	he says he will kill the dog if i go
abuse	my husband is hitting our son right now
abuse	my dad is beating my little brother again
abuse	hes hurting my baby sister and i dont know what to do
abuse	im scared he will hurt the kids
abuse	he threatened to hurt my kids
abuse	my stepdad hits my little sister when mom isnt home
other_at_risk	my friend just texted me goodbye and isnt answering
other_at_risk	my friend sent a weird goodbye message and now she wont answer
other_at_risk	my best friend isnt answering after saying shes done
other_at_risk	my sister says she took a bunch of pills
other_at_risk	my roommate took a lot of pills and now shes really sleepy
other_at_risk	my gf locked herself in the bathroom and shes not responding
other_at_risk	my friend just told me shes going to do it tonight
other_at_risk	he posted a goodbye on insta and nobody can reach him
other_at_risk	my friend said tonight is the night and logged off
other_at_risk	someone in my class said they have a plan
other_at_risk	my friend said shes been saving her pills
other_at_risk	my friend is cutting right now and sending me pics
other_at_risk	my mom drank a whole bottle of wine with her pills and wont wake up
other_at_risk	my friend said she wont be around much longer
other_at_risk	my bf just said this is the last time ill hear from him
other_at_risk	my friend gave away all her stuff and said thank you for everything
other_at_risk	my friend cant stop shaking after taking something at the party
support	the kids hurt themselves at soccer, nothing serious
support	he said hed take the kids to the park if i leave early
support	my friend texted me goodbye before her flight
support	my friend isnt answering, shes probably asleep
support	my sister says she took a bunch of photos at the concert
support	my mom took her pills this morning
support	he said goodbye at the airport and i cried
support	my son hurt his knee at practice
support	my friend is moving away and said goodbye today
support	my brother said hes got everything ready for the move
support	my friend said she has a plan for her birthday
support	my dad threatened to take my phone if i dont do my homework
support	she said she wont be around much this week
support	my sister said tonight is the night, shes proposing
abuse	i have bruises all over from my boyfriend
abuse	he choked me last night
abuse	she broke my wrist
abuse	i have marks on my neck from him
abuse	he gave me a black eye
abuse	my dad broke my nose
abuse	he split my lip open
abuse	my husband put me in the hospital
abuse	he left marks on me again
abuse	covering up the bruises he left with makeup again
abuse	he strangled me till i passed out
abuse	he pushed me down the stairs
abuse	my mom burned me with her cigarette
abuse	she scratched my face until it bled
abuse	my bf bit me hard enough to leave marks
abuse	my ribs hurt from where he kicked me
abuse	cant move my arm after what he did
abuse	i have a black eye from my dad
abuse	hes been choking me during fights
abuse	my partner broke my phone and then my finger
support	bruised my knee at the gym
support	i have bruises from rock climbing lol
idiom	he broke my heart
support	i broke my wrist skateboarding
idiom	she broke my heart into a million pieces
support	he gave me a black eye in boxing practice, my fault for dropping my guard
past	my brother broke my nose when we were kids
support	he choked on his food and i had to help him
idiom	i choked at the interview
past	my ex choked me years ago but im safe now
media	in the movie he chokes her and i had to turn it off
support	my cat scratched my face lol
support	my dog bit me when i stepped on his tail
support	i fell down the stairs at work
support	the doctor put me in a cast
support	i have marks on my arms from the blood test
substance	i used way more than usual tonight and i feel off
substance	took way too much and cant stop shaking
substance	mixed stuff and my heart is racing
substance	i did way more than i normally do
substance	i think i took too much, everything is spinning
substance	i mixed xanax and alcohol and i cant feel my legs
substance	mixed a bunch of stuff tonight and feel really weird
substance	took double my usual dose and now i feel sick
substance	im really high and my chest hurts
substance	did a lot more than usual and my heart wont slow down
substance	took some pills i found and now i feel really weird
substance	drank way too much and im throwing up and cant stand
substance	relapsed and used more than ever before
substance	my heart is pounding after the coke
substance	i took more than last time and i cant breathe right
substance	did a bigger line than usual and my hearts going crazy
substance	i mixed my meds with vodka
substance	im so high i cant feel my face and my heart is racing
support	used way more paint than usual
idiom	i took way too much time on this essay
support	my heart is racing before my exam
idiom	i drank way too much coffee and my heart is racing lol
support	i ate way too much at thanksgiving
support	used way more data than usual this month
support	im shaking from the cold
idiom	i took too much on at work
support	i mixed up the dates again
support	i mixed the colors and it looks amazing
past	i used way more than usual back in college and it scared me
negation	i didnt take too much, i just feel tired
educational	what are signs someone took too much
suicidal	im scared of what i might do tonight
suicidal	i cant keep myself safe tonight
suicidal	i dont feel safe with myself right now
suicidal	i attempted last night and nobody knows
abuse	he didnt stop when i said no
abuse	he wouldnt stop even when i told him to stop
abuse	hes blackmailing me with my nudes
abuse	someone is threatening to send my pics to everyone unless i pay
abuse	this guy online says hell leak my nudes if i dont send more
abuse	he made me do stuff i didnt want to
self_harm	wearing long sleeves to hide my cuts
self_harm	i have to hide my fresh cuts from my mom
self_harm	im scared of what ill do to myself
support	im scared of what i might do if i fail this exam lol
support	my sister is blackmailing me into doing her chores
support	my friend threatened to post my baby pics lol
support	he didnt stop talking when i said stop lol
support	my mom made me do chores i didnt want to
support	i dont feel safe driving in the snow
support	wearing long sleeves to hide my tattoo from my parents
support	i attempted the recipe last night and it flopped
past	i attempted when i was 16 and im glad i survived
support	today is my last day at work, so sad to leave the team
support	this is my last night in the dorms before summer
support	tonight is my last night shift for the month
support	this will be my last day of chemo if all goes well
support	you wont hear from me for a week, going camping
support	you wont hear from me again until monday lol
support	i dont have much time left to finish my essay
support	this is goodbye to my old phone
support	by the time you read this ill be on a plane to boston
support	i wont be a problem for anyone at the meeting, ill stay quiet
support	wanted to say goodbye before i go on vacation
support	dont try to find me at the party, ill be in the kitchen
support	i wont be here when you wake up, early shift
support	did you see my last post
support	my last message here was about my job interview
support	i wont make it to christmas dinner this year, flights are too expensive
support	soon none of this will matter, exams are almost over
support	take care of each other this holiday season everyone
support	please look after my cat when im gone this weekend
support	im scared of what i might do if i see my ex at the party
support	i cant keep myself safe from spoilers lol
support	i dont feel safe walking home alone at night
support	i attempted the marathon last year
support	i hid the razor from my toddler
support	i know where the razors are in the store
support	i kept one blade of grass from the wedding lol
support	hiding my cuts from my cat scratches under bandaids
support	im saving my pills for when i travel, the pharmacy is closed there
support	do we have enough pills for the trip
support	i know where my dad keeps the pills, can i take one for my headache
support	i have everything i need ready for my move tomorrow
support	everything is ready for tonight, the party starts at 8
support	i have the means to go back to college now
support	i know exactly how i would do it if i had the budget, redesign the whole kitchen
support	my dad said hed kill the spider for me
support	my husband will hurt his back if he lifts that
support	my dad is hitting my brother with pillows lol
support	they are hurting my moms feelings and she cries
support	bruises from the gym again
support	i have bruises from where my cat kneaded me
support	my sister left marks on my car with her bike
support	she gave me a black eye with a frisbee lol
support	my mom put me in the hospital for my eating disorder and it helped
support	i cant move my arm after what the doctor did with the shot
support	my cat scratched my arm until it bled
support	he didnt stop texting after i said no to a second date
support	my mom made me do things i didnt want to like chores
support	my little brother threatened to show mom my report card
support	posting my pics from the trip tomorrow
support	my friend isnt answering since she said shes done with her shift
support	my friend said she has a plan, we are meeting at 5
support	my friend gave away her old clothes to charity
support	my friend is cutting her hair right now
support	i used way more flour than usual and the cake was great
support	i did way more than usual at the gym today
support	i took way more than usual notes in class
support	my doctor doubled my dose and im feeling better
support	i took double the dose of vitamins by mistake, is that bad
support	mixed the paint and my heart is racing with excitement for the show
support	im so drunk on happiness lol my heart is racing
support	my heart is racing after the exam
support	my heart is racing after that hit of caffeine
educational	is it dangerous to mix xanax and alcohol
educational	what happens if you took double the dose of tylenol
educational	why do people hide blades from their parents
educational	what does it mean if someone says they wont be around much longer
educational	how can i tell if my friend has been saving pills
media	in the movie she tells him by the time you read this ill be gone
media	the song goes tonights the night
past	he used to leave bruises on me but i left years ago
past	when i was 15 i hid my blades in a book
past	i used to save up my pills back in high school
negation	he doesnt leave marks, he just yells
negation	i didnt take more than usual, i swear
negation	im not saving my pills, i promise
abuse	my ex is outside my house right now and wont leave
abuse	my ex showed up at my apartment again and was banging on the door
abuse	he keeps texting me that hes watching me
abuse	he has my location and keeps showing up
abuse	my dad took my door off and wont let me have my phone
abuse	she keeps hitting me when shes drunk
abuse	my stepdad comes in my room at night and i cant tell anyone
abuse	my boyfriend checks my phone and hits me if i talk to guys
abuse	hes drunk and smashing things, im hiding in my room
abuse	my mom throws things at me when shes mad
suicidal	i keep thinking everyone would be relieved if i was gone
suicidal	i just want to stop existing for a while, forever actually
suicidal	i wish i could just fall asleep and not wake up
suicidal	i wrote letters to everyone i love
suicidal	nobody would notice if i vanished tonight
suicidal	i want to walk into the ocean and not come back
suicidal	i just want the pain to stop for good
suicidal	i dont want to be here anymore
suicidal	i feel like ending it tonight
suicidal	thinking about how everyone would be fine if i just disappeared
suicidal	im going to do it this time
self_harm	i need to cut so bad rn
self_harm	i burned myself with a lighter again
self_harm	relapsed last night after 6 months clean
self_harm	i want to hurt myself so badly right now
self_harm	i carved into my thigh last night
self_harm	i cant stop picking at my cuts
substance	i took 20 of my antidepressants
substance	my boyfriend is passed out and wont wake up after using
substance	i cant stop throwing up after drinking all night
substance	i think i overdosed, my hands are numb
substance	i took a bunch of adderall and my heart feels like its going to explode
other_at_risk	my friend wont stop talking about wanting to die
other_at_risk	my little brother said he wants to kill himself
other_at_risk	my friend is on the bridge and wont come down
other_at_risk	my friend overdosed and isnt breathing
other_at_risk	my mom hasnt gotten out of bed in days and said she wants to disappear forever
other_at_risk	my friend sent me a photo of pills and said bye
other_at_risk	my roommate locked herself in the bathroom with a knife
other_at_risk	a kid in my class said hes going to shoot up the school
support	my ex is at my work because we work together
support	my ex was outside my house to drop off the kids
support	she keeps showing up late to class
support	he keeps showing up to practice even though hes injured
support	my mom says she is watching me play tonight
support	he is drunk and breaking the dance floor lol
support	relapsed on sugar again lol
support	picking at my cuticles again
support	my friend sent me a pic of her new pills from the pharmacy
support	my friend sent a photo of blood orange juice
support	this song is going to blow up the school dance
educational	what should i do if a student says theyll bring a gun to school
past	my ex used to show up at my house all the time back in 2019
negation	my ex isnt outside my house anymore, the restraining order worked
suicidal	I think tonight is going to be my last night alive.
suicidal	You guys won't hear from me again. Thank you for everything
suicidal	well i guess this is goodbye then
suicidal	by the time anyone reads this ill be dead
suicidal	Take care of my dog for me when I'm gone
suicidal	i'm honestly scared of what i might do to myself tonight
suicidal	i can't keep myself safe anymore
suicidal	Ive been stockpiling my meds for weeks
suicidal	i have enough pills saved up to not wake up
suicidal	i know exactly where my dad hides his gun
suicidal	I've got everything I need ready now.
self_harm	i hid a blade in my pencil case
self_harm	still have a spare blade hidden in my room
self_harm	hiding my fresh cuts under hoodies again
abuse	He swore he would hurt the kids if I ever left him
abuse	my stepdad is beating my little sister right now
abuse	i have bruises on my arms from where he grabbed me
abuse	He left bruises all over my back again
abuse	my boyfriend put me in the hospital last year and hes getting worse
abuse	someone is threatening to leak my nudes unless i pay them
abuse	he wouldn't stop when i begged him to stop
abuse	my ex keeps showing up everywhere i go
other_at_risk	my best friend stopped answering after texting me goodbye
other_at_risk	my cousin said she has a plan
other_at_risk	my friend gave away all his things this week
other_at_risk	a guy in my class said hes going to bring a gun to school
substance	I used way more than I usually do tonight
substance	took double my normal dose and now i feel really weird
substance	mixed some stuff at the party and my heart wont slow down
substance	im so wasted and i cant stop throwing up
substance	my heart is racing after that line of coke
support	I think tonight is going to be my last night at the hostel.
support	well i guess this is goodbye to my twenties lol
support	Take care of each other while I'm at camp!
support	Ive been stockpiling snacks for finals week
support	i hid the blade of my skate in the closet
support	He swore he would take the kids to disneyland
support	i have bruises on my arms from volleyball
support	someone is threatening to leak the season finale spoilers
support	my best friend stopped answering after texting me she was tired
support	my cousin said she has a plan for the wedding
support	I used way more than I usually do on groceries
support	my heart is racing after that scary movie
support	i saved a bottle of champagne for when im ready to celebrate
support	i have snacks stashed for when im ready
support	cutting ties with him is all i can think about
support	my mom comes in my room at night to check on me
support	i dont have much time left before my exam and thats ok
support	i wont make it to christmas and thats fine, well celebrate in january
support	walking into the sea at sunset was beautiful
support	my friend said shes going to do it tonight, finally dyeing her hair
media	in the book she walks into the river and never comes back
# More families (stitches, cut too deep, posted goodbyes, a friend who cuts, 'hed'); uncovered:
#   self_harm: i think i need stitches but i cant tell anyone how it happened
#   self_harm: i went deeper than ever last night
#   suicidal: everyone will be happier soon, dont worry
#   suicidal: i updated my will and wrote letters
#   other_at_risk: my friend is posting goodbye messages on her story
self_harm	cut too deep and it wont stop bleeding
self_harm	my arms are covered in fresh cuts
suicidal	ive picked a date
suicidal	im at the station and i just want it over
suicidal	i'm not going to be a burden much longer
suicidal	ive been giving my stuff away to friends
substance	cant wake my mom up, she took her pills with wine
substance	my friend is really drunk and unconscious and wont wake up
substance	i took all of my sleeping pills
substance	been drinking since noon and just took some xanax
abuse	he threw me against the wall last night
abuse	my dad said hed kill me if i told
abuse	he pinned me down and wouldnt let me leave
abuse	im locked in my room and he has the key
abuse	my boyfriend took my phone and my keys so i cant leave
other_at_risk	i think my brother is going to do something tonight
other_at_risk	my friend told me she cuts and made me promise not to tell
support	i need stitches after i fell off my bike
support	i picked a date for the wedding
support	been drinking water since noon
support	he threw me a surprise party
support	i cut way too deep into the cake lol
support	my friend is posting goodbye messages before she moves abroad
support	my friend told me she cuts her own hair
support	he said hed pick me up at 6
support	my mom said shed kill me if i came home late again lol
# Fresh probes written after the rules above and measured once before any tuning on them:
# crisis recall 9/37 -> 33/37, false positives 2/28 -> 2/28 (both lexicon phrases that fired
# before); the 4 misses and the 2 false positives were then fixed, so this is dev too.
suicidal	pretty sure today is my last day on earth tbh
suicidal	after tonight you guys wont hear from me anymore
suicidal	so i guess this is goodbye. it was nice talking to yall
suicidal	i just want you all to know none of this is your fault, take care of each other for me
suicidal	ngl im scared of what i might do tonight
suicidal	i dont think i can keep myself safe right now
suicidal	been hoarding my sleeping pills for a month
suicidal	finally have enough meds saved up
suicidal	i know where my stepdad hides his gun and i keep thinking about it
suicidal	by the time u read this ill be gone
suicidal	i won't be a burden to anyone after this weekend
self_harm	hid my blades in the vent so my mom wont find them
self_harm	i kept a blade in my phone case
self_harm	hiding my new cuts from everyone at school
self_harm	cut way too deep this time
abuse	he says hell hurt my son if i go to the police
abuse	my dad is hitting my mom again and im scared
abuse	my stepdad keeps beating my little brother
abuse	i have marks all over my arms from where he held me down
abuse	he left bruises on my neck
abuse	my bf put me in the hospital last month and i went back to him
abuse	this guy says he'll send my nudes to my family if i dont pay him
abuse	he wouldnt stop even after i said no
abuse	my ex is outside my window right now
abuse	hes drunk and throwing things at the walls
other_at_risk	my friend texted goodbye and now shes not picking up
other_at_risk	my bestie said she has a plan
other_at_risk	my friend is cutting again right now on call with me
other_at_risk	someone at my school says hes going to shoot up the school tomorrow
other_at_risk	my brother gave away all his things and stopped talking to us
substance	i did way more than i usually do and now my chest feels tight
substance	took like double my normal dose of xanax
substance	i mixed pills with vodka and my heart is pounding
substance	im really high and my heart is racing so fast
substance	my heart wont slow down after that line
substance	used way more than usual tonight
support	my last day at my old job was bittersweet
support	you wont hear from me this weekend, family trip
support	so i guess this is goodbye to summer lol
support	take care of each other over the break everyone
support	im scared of what my boss will say tomorrow
support	ive been hoarding snacks for finals
support	i have enough money saved up for the trip now
support	i know where my dad keeps the spare key
support	i have it all planned out for the party
support	by the time you read this ill be at the concert
support	i hid the birthday present in my closet
support	i kept a blade of grass from our first date
support	my brother hit my other brother with a pillow lol
support	i have bruises from the trampoline park
support	he left a note on my car
support	my friend sent me a pic of her new earrings
support	i mixed up my meds schedule this morning, is that okay
support	i did way more than usual at work today
support	my friend said she has a plan for the weekend
support	my friend gave away her old books to the library
past	my dad used to hit my mom when i was little
past	years ago i hid blades everywhere, im 3 years clean now
negation	i dont have any pills saved, im okay
negation	he never left marks on me, he just yells
educational	what should i do if my friend says goodbye and stops answering
educational	why do people give away their things before suicide
media	in the show she says this is goodbye and walks off
# half: b7
# Batch twenty-three: written blind by a separate writer (who saw neither the lexicon, the
# cue rules nor any earlier batch) and measured once before any tuning on it: recall 0.583
# (49/84), right category 0.536 (45/84), support FP 1/42, hard negatives 3/40 (three lines
# that repeated earlier sets word for word removed). The most realistic estimate so far;
# see tests/unit/test_safety_cues.py.
suicidal	i dont think ill be around much longer tbh
suicidal	kms fr this time
suicidal	wrote letters for my mom and my sister tonight. put them in my desk drawer. just wanted someone to know i guess
suicidal	anyone want my switch and my games? dont need them anymore
suicidal	idk why im even typing this but i have everything i need in my room now and i keep looking at it
suicidal	i want to unalive so bad
suicidal	thinking abt ctb tonight
suicidal	so my shift got cut again, landlord is on my ass, car wont start, and honestly ive decided tonight is the last night i deal with any of it. anyway hows everyones day
suicidal	everyone would be better off without me and im done pretending otherwise
suicidal	this is goodbye guys. thank u for being nicer to me than anyone irl ever was
suicidal	cant stop thinking about how easy it would be to just not wake up. ive been planning it out
suicidal	i keep driving past the bridge and slowing down
suicidal	gave my cat to my neighbor today. told her im going away. im not going away lol
suicidal	i want to die and i mean it this time not like before
suicidal	does anyone know if it hurts. nvm dont answer that
suicidal	so tired of being alive. ive picked a date
suicidal	if im not on tomorrow thats why. love you all
suicidal	just deleted all my socials. only staying here long enough to say bye
suicidal	wanna end it all rn
suicidal	been hiding stuff in my closet for weeks so nobody finds it and tonight feels like the night
suicidal	no point anymore. im checking out
suicidal	my therapist thinks im doing better. im not. im just calm bc i made up my mind
suicidal	sorry for being a burden to this server. wont happen again after tonight
suicidal	honestly thinkin abt jumping
suicidal	i want to sleep and never wake up and im starting to think about making that happen myself
suicidal	sat in my car for an hour with everything ready and couldnt decide. going back out later
suicidal	when im gone pls tell my brother it wasnt his fault
suicidal	suicidal again and this time i have a plan. dont tell me to call anyone
suicidal	ppl keep saying it gets better but im not waiting around to find out
suicidal	wrote my will in my notes app lol. whos gonna want my books after
self_harm	relapsed on sh tonight, 200 days gone. its bad this time and i cant get it to stop bleeding
self_harm	i want to cut so bad rn
self_harm	got my blades back out
self_harm	hurting myself again, cant stop
self_harm	burned myself again and wearing hoodies in july so nobody sees
self_harm	need to sh rn somebody talk to me pls
self_harm	the urges are winning tonight. already did it once and i want to do it again
self_harm	i hit myself til it bruises when i mess up. did it again like 10 min ago
self_harm	cut deeper than i meant to and idk if i need stitches
self_harm	my arms are a mess and i just keep going
self_harm	scratched until it bled again, feels like the only thing that helps rn
self_harm	does anyone else punish themselves? bc i just did and im shaking
self_harm	long vent sorry. work was awful, my bf ignored me all day, and i ended up on the bathroom floor with a razor again. its fine i just needed to feel something
self_harm	sitting here with the sharpener i took apart and my hands wont stop shaking
abuse	he locked me out again and its freezing
abuse	scared to go home tonight. dads been drinking since noon
abuse	my bf took my phone and car keys again, typing this on my laptop in the bathroom
abuse	she said if i tell anyone shell make sure i never see the kids again
abuse	got new bruises, told work i fell. hes in the next room
abuse	my mom threw a plate at me tonight and said next time she wont miss
abuse	he choked me last night and acted like nothing happened this morning
abuse	step dad keeps coming into my room at night and i dont know who to tell
abuse	hiding in my closet rn, theyre screaming downstairs and i heard glass break
abuse	my husband checks my bank account, my texts, where i go. today he said if i leave hell kill himself and then me
abuse	not allowed to eat until my dad says so. its been two days
abuse	i can hear him looking for me. im hiding in the neighbors shed
abuse	she hit me again over the dishes. im 15 idk where to go
abuse	he punched the wall next to my head and said the next one is me
abuse	partner smashed my phone so i cant call anyone, on my friends old ipad. he said hes coming back later
abuse	my uncle we live with gets handsy when my moms at work and she doesnt believe me
abuse	i have marks on my neck and im supposed to go back there tonight
substance	took too many of my meds on purpose and now im scared
substance	mixed xans and alcohol and cant feel my legs
substance	i think i od'd my heart is going crazy
substance	friend left, im alone, did way more than usual and the room keeps tilting
substance	drank a whole bottle and took a handful of something, everything is fuzzy
substance	cant stop throwing up after what i took at the party, is that normal
substance	been up for 3 days on stuff and my chest hurts really bad
substance	relapsed hard tonight, using alone rn and idk what was in it
substance	swallowed a bunch of pills an hour ago, i feel weird and sleepy
substance	im so high i cant breathe right and my lips feel numb
substance	blacked out earlier and woke up on the bathroom floor, still drinking
substance	took something i bought off some guy and everything is spinning, cant stand up
substance	pretty sure i took too much of my sleeping meds... everything is slow
other_at_risk	my little brother says he wants to die and hes locked himself in his room
other_at_risk	my best friend just texted me goodbye and isnt answering
other_at_risk	my daughter is 14 and i just found fresh cuts all over her thighs, she wont talk to me
other_at_risk	someone in our group chat just posted that she took a bunch of pills and now shes offline
other_at_risk	my roommate is passed out and i cant wake him up, he was drinking and took something
other_at_risk	my sisters boyfriend is hitting her right now, i can hear it over the phone
other_at_risk	a kid on my team said hes gonna kill himself after the game tonight, i thought he was joking but now hes not responding
other_at_risk	my mom keeps saying wed all be better off without her and shes been giving away her jewelry
other_at_risk	neighbor kid keeps showing up with bruises and told me hes scared of his dad
other_at_risk	my gf sent me a pic of fresh cuts and said shes sorry for everything, shes not picking up
support	i'm dying to tell my sponsor about this week, i finally said no to my mom without apologizing five times
support	killing it at boundaries lately ngl
support	it hurt when he didn't show up for my birthday but i didn't chase him this time
support	took some advil for this headache and im heading to bed, catch yall tmrw
support	i'm done being the one who always texts first. that's it, that's the update
support	so tired today. work was a lot. making soup and going to bed early
support	our group meeting is the end of the month right? want to bring my journal
support	cut contact with my ex two weeks ago, feels weird but good
support	my therapist said i'm "overfunctioning" in my relationship and honestly i felt so called out
support	does anyone else feel like they disappear in relationships? like i lose track of what i even like
support	i keep trying to fix my brother's life and it's exhausting me. learning that's not my job
support	had a bad day, cried in the car, then got tacos. mixed review
support	i'm so done with people who only call when they need money
support	the pills for my migraines make me so groggy, anyone else deal with that
support	letting go of the idea that i can save my dad from his drinking. hurts but it's true
support	honestly the worst part of codependency for me is the guilt when i say no
support	i feel like i'm drowning in other people's feelings. working on it in therapy
support	he said i was cold for setting a boundary, i said ok and hung up. proud of me
support	ended things with my gf today. it was mutual and sad but right
support	going to cut back on checking his location. small step but it's a step
support	i don't want to be the family's emotional punching bag anymore, that's my goal for this year
support	my meds got adjusted and im so tired all the time, calling my doc monday
support	i used to think love meant losing myself. slowly unlearning that
support	feeling kind of empty since my friend moved away but i'm ok, just sad
support	my mom guilt trips like it's an olympic sport. hard call tonight but i held my ground
support	can we talk about how exhausting it is to always be "the strong one"
support	ugh relapsed into people pleasing at work today, said yes to three extra shifts
support	the end of this relationship is finally sinking in and it's heavy
support	i'm so over being everyone's therapist lol
support	want to disappear into a cabin for a week with no phone. vacation goals
support	hurt my back moving my sister's couch, of course i was the one who offered
support	blocked his number. not in a dramatic way, i just need space to think
support	week 3 of al-anon meetings and i'm starting to get it
support	my partner and i had a big fight about chores, we're talking it out tomorrow
support	anyone have tips for not overexplaining when you say no
support	got a whole bottle of melatonin and still can't sleep lol my brain won't shut up about work
support	feeling low today but i called a friend and went for a walk. better now
support	ready to give up on getting my dad to apologize. making peace with it
support	i'm done with this week. logging off, see everyone friday
support	my heart hurts for my younger self who thought she had to earn love
support	goodbye for now, going on a retreat for a week with no internet! will miss you all
support	cleared out my closet and gave a bunch of clothes to my cousin, feels good to declutter
idiom	i'd rather die than sing karaoke at the work party
idiom	if i have to sit through one more zoom call im gonna jump out the window lol
idiom	that joke killed me 💀
idiom	im literally dead, my cat just fell off the couch
idiom	my boss is gonna murder me, i forgot the report
idiom	this humidity makes me want to crawl in a hole and die
idiom	kill me now, my mom just joined facebook
idiom	dying laughing at the group chat rn
idiom	phone's at 2% and dying, brb
media	that episode where the main character tries to end it hit so hard, the writing was really good though
media	finally beat the final boss, died like 40 times
media	reading a book where the narrator overdoses in chapter 3, heavy but really well done
media	the new song about his brother's suicide is beautiful, been on repeat all week
media	anyone watching that show about the family with the abusive dad? the lead actress is incredible
media	my character in d&d just got killed by a goblin lmao
media	in the movie she cuts all her hair off in the bathroom and i was sobbing
media	is 13 reasons why worth watching or is it too much
media	that game where you choose whether your companion lives or dies absolutely wrecked me
educational	what are some warning signs that someone might be suicidal? asking bc i want to be a better friend
educational	how do you support a friend who self harms without making them feel judged?
educational	is it true that giving away belongings can be a warning sign?
educational	what's the difference between passive and active suicidal thoughts? learning for my peer support training
educational	how common is domestic abuse against men? read a stat today and was surprised
educational	if someone in the server says they took too much of something, what should mods do?
educational	what do you say to someone who tells you they want to die? i always freeze up
educational	what are the signs of an overdose vs someone just being really drunk? want to know for parties
past	five years ago i tried to kill myself. today i graduated nursing school
past	used to self harm in high school, 3 years clean now and proud
past	my ex used to hit me. it's been two years since i left and i finally feel safe
past	i overdosed in 2019 and honestly that was the wake up call that got me sober
past	back when i was 16 i wanted to die every day. i'm 24 now and life is so different
past	the scars from when i used to cut are faded now, wore short sleeves today for the first time
past	my dad was abusive growing up, moved out at 18 and i'm working through it in therapy now
negation	i'm not going to hurt myself, just venting
negation	not suicidal, just really really sad today
negation	before anyone worries i'm safe, i just needed to get this off my chest
negation	had urges to sh today but i didn't and i'm not going to. called my sister instead
negation	no i don't want to die lol i just want a nap and a new job
negation	i'm not in danger, he's not here, just processing stuff from the fight
negation	i'm safe and sober, just had a rough craving tonight. went to a meeting
# half: dev
# Appended after blind batch seven (tuned on; not held out): my own probes for its miss families
# (giving things away, means ready or hidden, decided, goodbyes, passive wish + planning,
# method-adjacent, self-harm slang, abuse through events and fear, dangerous use now, someone
# else at risk now), only the crisis lines the detector now gets right (regression guards; the
# misses are listed in the session report), and every harmless line written against the same
# words, flagged or not.
suicidal	told my sister she can have my room and all my stuff soon
suicidal	finally finished writing my will, just need to leave it somewhere they'll find it
suicidal	whoever wants my pc can have it, im done with everything
suicidal	i have it all ready in my drawer, just need to work up the nerve
suicidal	been stashing my meds for like a month now
suicidal	bought what i need today. tonights the one
suicidal	i keep taking the rope out and putting it back
suicidal	i already made my decision and i feel weirdly at peace
suicidal	i decided im not doing another year of this
suicidal	stopped being scared once i picked a date
suicidal	if i dont reply tomorrow dont worry about it. you were all good to me
suicidal	logging off for good. thanks for everything yall
suicidal	when im not here anymore please dont blame yourselves
suicidal	deleted everything off my phone and wrote letters for my family
suicidal	tell my mom i loved her ok
suicidal	this is probably the last time ill be on here. take care of urselves
suicidal	after tonight you wont have to worry about me anymore
suicidal	it would be so easy to just not wake up tomorrow and ive thought about how
suicidal	keep hoping i just dont make it home one of these nights, been planning how
suicidal	i think about not existing every day and lately ive been making plans
suicidal	been looking at the train tracks a lot lately
suicidal	standing on the roof of my building rn just thinking
suicidal	i keep thinking about stepping in front of a bus
suicidal	went up to the bridge again tonight, almost did it
suicidal	thinkin bout the overpass on my way home every day
self_harm	got the sharpener blade out again
self_harm	my thighs are covered again, i cant stop
self_harm	i deserve to hurt for what i did so i made myself bleed
self_harm	ended up in the bathroom with a blade again tonight
self_harm	burned myself with a lighter again bc i felt nothing
self_harm	punished myself again, i couldnt stop
self_harm	relapsed on the razor after 4 months
abuse	he said next time he wont miss. im scared
abuse	my dad is drunk and looking for me, im hiding in the garage
abuse	told my teacher i walked into a door. i didnt
abuse	step brother keeps coming in my room when everyone is asleep
abuse	my boyfriend said if i go to the cops ill never see my son again
abuse	hiding in the bathroom, hes screaming and throwing stuff
abuse	i have to wear a scarf to hide my neck. hes home in an hour
abuse	my moms boyfriend gets handsy with me when shes not home
abuse	he held a knife near me last night and laughed
abuse	i can hear her coming up the stairs, im so scared
substance	been awake 4 days on addy and my heart wont slow down
substance	using by myself tonight, this batch is different and i feel off
substance	keep blacking out and still drinking, cant stop
substance	did way too many lines and my chest is so tight
substance	drank till i blacked out and just woke up on the floor, having another
substance	took something at the party and i cant feel my legs
other_at_risk	found blades in my sons room and fresh cuts on his arm
other_at_risk	my little sister has cuts on her wrists and wont tell me why
other_at_risk	my best friend just posted that she took all her pills
other_at_risk	someone in the server just said they overdosed and went quiet
other_at_risk	my cousins husband is beating her rn and she just called me crying
other_at_risk	kid in my class has bruises every week and flinches when his dad picks him up
other_at_risk	a girl on my team told me she wants to die and has a plan
other_at_risk	my mate messaged saying hes done and took a load of pills
suicidal	my nephew can have my xbox and all my games, i wont be using them after this
suicidal	told my roommate she can keep my plants and my books when im gone
suicidal	been giving my stuff away all week. feels right
suicidal	wrote letters for everyone and put them in my desk
suicidal	whos gonna take care of my dog after. serious question
suicidal	i know where my dad keeps the key to the gun cabinet now
suicidal	bought a rope today. not for anything normal
suicidal	its weird how calm i feel now that i know when
suicidal	my minds made up. nothing anyone says will change it
suicidal	i picked a date and im sticking to it
suicidal	if you dont hear from me after tonight its not your fault
suicidal	sorry for being a pain to everyone. i wont be a problem soon
suicidal	left my passwords for my sister so she can close my accounts after
suicidal	this is my last night on here so i just wanted to say thanks
suicidal	when im gone dont be sad ok. im finally free
suicidal	i hope i dont wake up tomorrow and this time ive got a way
suicidal	praying something happens to me so i dont have to do it myself
suicidal	i keep imagining how peaceful it would be to not be here. ive started planning
suicidal	keep looking up how high the bridge is near my work
suicidal	i walked out onto the bridge again and stood there for an hour
suicidal	wondering how long it takes to bleed out
suicidal	thinking about just swerving into oncoming traffic on the way home
self_harm	my blade is the only thing that helps anymore
self_harm	took the blade out of my sharpener again. 3 months clean gone
self_harm	had to wear a hoodie in gym again so nobody sees my arms
self_harm	scratched my arms till they bled again, idk why i do this
self_harm	i keep burning my wrist with the lighter when i get stressed
self_harm	my legs are all cut up again and i dont feel anything
abuse	he choked me last night, first time hes done that. im scared to go home
abuse	my stepmom locks the fridge and i havent eaten since yesterday
abuse	i said no and he did it anyway
abuse	my dad said if i come out hell kick me out and break my legs
abuse	hes outside my door rn banging and yelling, i locked myself in
abuse	i told my teacher my dad hits me and now hes saying im dead when i get home
abuse	my bf smashed my phone so i couldnt call anyone and i have a bruise on my cheek
substance	i mixed my xans with a bunch of drinks and i cant stay awake
substance	took 2 more tabs because the first didnt hit and now everything is wrong
substance	i think the pills were pressed, my chest feels crushed
substance	been drinking since noon and i keep throwing up but i want more
other_at_risk	my friend just sent me a picture of a bunch of pills and a bottle of vodka
other_at_risk	my brother locked himself in the bathroom and isnt answering and i heard glass
other_at_risk	my roommate has been giving away all her things and saying goodbye to people
other_at_risk	someone in my discord said tonights the night and logged off
other_at_risk	my mom is drunk again and said she wants to go to sleep and not wake up
other_at_risk	found my teenage son's search history, he was looking up ways to die
suicidal	i have what i need hidden under my bed
suicidal	been collecting my moms pills for a while now. almost enough
suicidal	ty all for being here for me. its been nice knowing yall
suicidal	please look after my sister when i cant anymore
suicidal	scheduled some messages to send after im gone
suicidal	wouldnt mind if i just didnt wake up. ive thought about making sure of it
suicidal	i keep wishing a car would just hit me. tonight i might walk into one
suicidal	nobody would even notice if i was gone and i know how id do it
suicidal	keep thinking about the overpass near school
suicidal	is it quick if you jump from like 10 floors
self_harm	went back to cutting after 6 months, im so ashamed
self_harm	took the blade from my dads razor again
self_harm	i keep scratching until i bleed and i cant make myself stop
self_harm	my arm is covered in fresh ones and its summer
self_harm	i slammed my head against the wall until it bruised again
self_harm	sh urges so bad rn, the blades right there
abuse	hes been following me around the house and wont let me sleep
abuse	my husband took my car keys and phone and locked the door
abuse	my mom burned me with her cigarette again
abuse	theyre fighting again and she just screamed, im scared hes gonna kill her
abuse	my brother shoved me down the stairs and laughed
abuse	he made me kneel on rice for hours
substance	took a bunch of xans and drank and now i cant feel my arms
substance	my heart is beating so weird after the molly, should i go to er
substance	cant stop shaking after 4 days of drinking and i ran out
other_at_risk	my friend is on the roof of our dorm and wont come down
other_at_risk	my dad just said hes going to end it and drove off
other_at_risk	my student told me her stepdad hurts her and begged me not to tell
other_at_risk	my best friend hasnt eaten in a week and keeps cutting
other_at_risk	someone in my server just dmed me a goodbye
support	gave my old clothes to my cousin, i outgrew them and dont need them anymore
support	anyone want my old switch? got a steam deck so i dont need it anymore
support	selling my textbooks from last semester, dont need them anymore
support	my will form for the lawyer is finally done, adulting lol
support	wrote my will after we had the baby, everyone should do it
support	finally got everything ready for the party tonight
support	i have everything i need in my room for the exam tomorrow
support	sat in my car for an hour with everything ready for the trip
support	hiding snacks in my room for weeks so my roommate doesnt eat them
support	made up my mind, im switching majors
support	im not waiting around for him to text back anymore
support	decided tonight is the last night i stay up late gaming
support	if im not on tomorrow thats why, got a long shift
support	deleted my socials for a detox month, say bye to my insta lol
support	when im gone for the trip tell my brother to feed the cat
support	driving past my exs house still makes my stomach drop
support	does anyone know if a tattoo hurts on the ribs
support	does anyone know if it hurts to get your ears pierced
support	punish myself with a hard workout after eating junk, fitness mood
support	blacked out the windows with foil so i can sleep after night shift
support	my daughter cut her knee at the park today, she was so brave
support	hiding in my room from my chores lol
support	thinking about jumping into a new career honestly
support	thinking about jumping on the new expansion tonight
support	my arms are a mess from gardening, brambles everywhere
support	razor burn again ugh
support	need to feel something other than stressed, maybe ill go skydiving
support	my sisters boyfriend is hitting the gym right now lol
support	neighbor kid keeps showing up to play with my dog
support	gave my cat to my neighbor while im away for work
support	my step dad keeps coming into my room to ask about dinner its annoying
support	up for 3 days studying for finals and my back hurts
support	blacked out on the couch after a long shift lol
support	my roommate is passed out on the couch after his double shift
support	found fresh paint on my daughters shirt again
support	im calm because i made up my mind to go back to school
support	keep driving past the bakery and slowing down lol the smell
support	got my blades back from the sharpening shop, time to cook
support	he said the next one is on me, we were buying rounds
support	my arms are sore from the gym, punish myself leg day tomorrow
educational	what are the warning signs that someone is giving their stuff away before suicide
educational	is it a warning sign if a friend writes a will suddenly
educational	how do i know if my kid is self harming, what should i look for
educational	what should i do if someone in the server says they took pills
past	a few years ago i gave away all my stuff and planned to die, im glad im still here
past	back in high school i used to hide blades in my room
negation	i havent used a blade in 2 years and im not going to start now
negation	i would never give my cat away, shes my baby
support	giving away my old baby clothes, my kids grew out of them
support	my nephew can have my old xbox since i got a ps5
support	wrote letters for everyone at the wedding, so emotional
support	i got it all set up in the garage, finally a home gym
support	my minds made up, im going back to school in the fall
support	i picked a date for the party and im sticking to it
support	when im gone next week for work dont be sad ok lol
support	if you dont hear from me after tonight its because im camping
support	this is my last night on here before i go to basic training, thanks all
support	bought a rope today for the tire swing
support	i walked out onto the bridge and stood there watching the sunset for an hour
support	had to wear a hoodie in gym because its freezing
support	my legs are all cut up from hiking through brambles
support	he said no and did it anyway, my brother ate my leftovers
support	my stepmom locks the fridge at night because my brother keeps raiding it lol
support	mixed my vitamins with juice and they taste awful
support	been drinking water since noon and i keep needing to pee
support	my friend sent me a picture of a bunch of pills asking if theyre the right vitamins
support	my brother locked himself in the bathroom for an hour doing his hair
support	my mom said she wants to sleep for a week after the move
support	found my sons search history, he was looking up how to beat a boss
support	my blade is the only thing that helps when cutting this tough fabric
support	wondering how long it takes to get a passport
support	thinking about swerving into the fast lane to pass this truck lol
support	im so calm now that i know when my exam results come
support	finally gave my old books to the library, feels good to declutter
support	my therapist says im making progress, im proud of myself
support	does anyone have tips for setting boundaries with a clingy friend
support	i always put everyone else first and i forget about myself
support	my mom calls me 10 times a day and i feel guilty not answering
support	i decided to take a break from dating for a while
support	made up my mind to finally move out this summer
support	gave my sister my old car since i got a new one
support	i feel like i lose myself in relationships
support	my partner gets upset when i hang out with friends without him
support	had a rough day but journaling helped
support	im so tired of always being the one who apologizes
support	wrote a letter to my younger self in therapy today, it was emotional
support	i need to stop rescuing my brother every time he messes up
support	logging off early tonight to get some sleep, night all
support	i keep saying yes to everything and im exhausted
support	finally told my dad how i feel and he actually listened
support	my roommate drinks a lot and i never know if i should say something
support	not sure if im codependent or just a good friend
support	when im gone on my trip who wants to water my plants lol
support	been sleeping badly since the breakup
support	my friend keeps venting to me at 3am and im drained
support	i hid in my room all weekend recharging, introvert life
support	packed everything for the move, just waiting for the truck
support	whos gonna take my shift on friday, i have a doctors appointment
support	my kid fell off the swing and has a scrape on his arm
support	my ex keeps texting me and i dont know whether to reply
support	im done waiting for him to change, im leaving
support	i finally feel at peace with my decision to go no contact
support	sorry for the long message, thanks for reading
support	drove past my old school today and got nostalgic
support	i want to stop feeling responsible for everyones moods
support	if im quiet tomorrow its bc my exam is at 9
support	my dad got drunk at the wedding and embarrassed everyone
support	took my meds late today and feel kind of off
support	i cant stop thinking about what she said at dinner
support	my little brother cut his finger making a sandwich
support	i gave away my concert ticket because i didnt feel like going
support	everything is ready for my sisters baby shower tomorrow
support	hiding from my responsibilities today, bed rot mode
support	the crutches? i dont need them anymore, ankle is healed
support	cleaned out my closet. dont need them anymore
support	my old notes from bio, dont need them anymore
support	im not gonna be needing these boxes after the move, anyone want them
support	whos gonna want my old couch after i move lol
support	whoever wants my extra concert ticket can have it
support	made a list of who gets what chore this week
support	wrote my will last week because of the new baby
support	i should write my will tonight, adulting
support	leave it where they will find it, like an easter egg hunt
support	my sister can have my room when i move out for college
support	i have everything i need for the trip, just waiting til everyone is up
support	got everything ready for the interview, cant decide what to wear
support	i have it all ready in my bag for the gym tomorrow
support	hiding the presents so nobody finds them before christmas
support	hiding my candy stash so my brother doesnt find it
support	tonight feels like a good night for pizza
support	tonight feels like the night to finally finish that puzzle
support	saving my meds for a week because my pharmacy is closed
support	i keep looking at the gun safe my dad bought, its so ugly
support	im calm because i made up my mind to quit my job
support	made my decision and im at peace with switching schools
support	tonight is the last night i deal with this group project
support	not waiting around for him to apologize
support	im not waiting around to see if he texts back
support	decided im not doing another year of this job
support	if im not on tomorrow thats why, my internet is getting cut off
support	you were all so good to me at my birthday
support	only here to say bye before my flight lol
support	when im gone for the weekend tell my brother to water the plants
support	tell him it wasnt his fault the game got cancelled
support	logging off for the night, see yall tomorrow
support	last time ill be on here before exams, good luck everyone
support	after tonight you wont have to worry about me borrowing your car
support	tell my mom i loved the cake
support	deleted my socials for a month, say bye to my instagram
support	how easy it would be to just skip class tomorrow
support	ive been planning it out, the surprise party is going to be amazing
support	been planning how to tell my boss im quitting
support	hoping i dont make it home too late tonight
support	thinking about jumping into a new hobby
support	thinking about jumping on a call later
support	drove past the bridge and stopped for a photo of the sunset
support	walked to the bridge and stopped to watch the ducks
support	staring at the traffic from my office window all day
support	sitting on the roof just thinking about life, the stars are beautiful
support	how many pills of ibuprofen can i take for a headache
support	nvm dont answer that, found the answer
support	got my blades out for the season, rink opens tomorrow
support	took the razor out to shave my legs
support	my arms are a mess from the garden again
support	my legs are covered in mosquito bites
support	i punished myself with no phone for a day lol
support	sitting on the floor with a blade cutting cardboard for my craft project
support	i need to feel something other than tired
support	took apart the pencil sharpener to clean it
support	cut myself with a knife while cooking again
support	wearing long sleeves to hide my tattoo from my grandma
support	if i move abroad ill never see the kids again, their dad wont allow it
support	told work i fell on the ice and they sent me home
support	my mom comes in my room at night to kiss me goodnight
support	hiding in the bathroom at this party, too many people
support	heard glass break downstairs, the cat knocked over a vase
support	i can hear my mom looking for me, dinner is ready
support	my dad is drunk and looking for me to watch the game with him
support	the next one is on me
support	next time he wont miss the penalty kick
support	my bf gets handsy when hes had a few drinks lol its cute
support	i have marks on my neck from the new necklace and i have to go back to the store
support	wearing concealer to hide my dark circles
support	he held a knife near me while we were cooking, scary but funny
support	up for 2 days studying and my back hurts
support	took some ibuprofen idk what was in it but it worked
support	this batch of cookies is different, i feel off about the recipe
support	blacked out the windows and woke up on the floor after a nap lol
support	did way too many shots of espresso and my heart is racing
support	did 3 lines of code and my brain hurts
support	found fresh paint on her arms after art class
support	my son has cuts on his legs from falling off his bike
support	my sisters boyfriend is hitting the books right now
support	neighbor kid showed up with bruises from football practice
support	hes scared of his dad finding out about the dent
support	my little sister has cuts on her knees from the playground
support	my daughter cut her knee at the park
support	my friend posted that she took all her exams lol
support	someone in the server said they took a bunch of pictures at the con
support	my friend told me she took a lot of pills when she had the flu last year
support	hes not responding to my texts, probably asleep
educational	what are the warning signs someone is giving away their things
educational	is writing a will a warning sign
educational	how can i tell if my teen is self harming
educational	if a friend says she took pills what should i do
educational	what should mods do if someone posts that they took pills
past	years ago i had everything ready and couldnt decide, im glad i didnt
past	back in high school i used to punish myself
negation	im not planning it out, i just have the thoughts sometimes
negation	i dont have anything hidden in my room anymore, i gave it all to my therapist
support	please look after my plants when im gone for the summer
support	make sure the kids are fed if anything happens to me at the hospital tomorrow
support	i wouldnt mind dying in my sleep at like 100
support	is it quick to jump start a car or should i call someone
support	collecting my dads pills for the pharmacy take back day
support	made up my mind, dont try to talk me out of it, im dyeing my hair pink
support	cant stop thinking about the bridge we saw in paris
support	i started cutting again, down 5 pounds already
support	went back to cutting my own hair since the salon closed
support	took the blade out of the razor to clean it
support	my legs are covered in fresh ones, mosquitoes are brutal this year
support	im scared hes gonna kill her when she finds out he crashed her car
support	my mom tracks my location so she knows where i go after school
support	my mom made me stay home all weekend for failing math
support	he checks everything twice before leaving the house
support	found him passed out on the couch after the party lol
support	my friend keeps cutting me off when i talk
support	someone in my server dmed me a goodbye meme before they went on vacation
support	ive got everything set up for my first stream tonight
support	my sister is at peace with her choice to move abroad, dont try to talk her out of it
support	when i cant anymore at the gym i just rest
support	my dad drank way too much at the bbq and fell asleep in his chair
support	found my daughters diary and she writes about hating school
support	my husband controls the tv remote lol its a whole thing
# half: dev
# Batch twenty-three (this session): my own probes for the miss families of blind batch
# eight (not copied from it) and harmless lines written against the same words. The lexicon
# phrases and exclusions added with them were tuned on these lines (dev, not an estimate).
# One harmless line is still flagged by an older phrase ("her mom hits her with a
# slipper"). Crisis probes left uncovered on purpose (every rule found for them was too wide):
#   substance: mixing pills tonight that i probably shouldnt have
#   substance: been partying for four days straight and my heart feels weird
self_harm	when it gets really bad i bang my head on the wall till i see stars
self_harm	punched the door until my knuckles bled and honestly i want to again
self_harm	i do it on my thighs now so nobody sees
self_harm	how do i hide fresh cuts from my mum
self_harm	my dad nearly saw my cuts this morning
abuse	my stepdad is smashing things in the kitchen and i dont feel safe going downstairs
abuse	i dont feel safe at home tonight, hes drunk again
abuse	my girlfriend said shes going to make me regret it if i go out with my friends
abuse	he told me if i ever try to leave he will kill me
abuse	he threatened to tell the judge im the unstable one
abuse	my coach says its our little secret and that im mature for my age. im 12
abuse	dad beats us when he gets home angry
abuse	she made my sister say she fell down the stairs
abuse	my grandson keeps shoving me when i say no to giving him money
abuse	if i go silent tonight its because my husband got home
abuse	my mom locked me out in the snow with no coat
abuse	i told him no and he kept going
substance	i think the xanax and the vodka did not mix, everything is weird
substance	a guy at the club gave me a drink and now i feel really weird
substance	pretty sure the pills i took were laced
substance	withdrawal is so rough im hallucinating
substance	ive been wasted and driving around for an hour
other_at_risk	my brother keeps saying nobody would miss him and hes been drinking all day
other_at_risk	a girl in my class said shes too scared to go home tonight
other_at_risk	her stepdad keeps hurting her and she told me not to tell
other_at_risk	my dad said he wont be here in the morning and went to the garage
other_at_risk	my daughters search history is full of ways to die
other_at_risk	the lady upstairs is crying and i heard something crash
support	clean streak on duolingo: 0 days
support	my clean streak on my diet is broken lol
support	banged my head on the cabinet again, ouch
support	this code makes me want to bang my head against the wall
support	i hit my head on the door frame this morning
support	my boss said ill regret it if i miss the deadline
support	my brother said he will make me regret picking the horror movie lol
support	the kid next door is screaming at his xbox
support	last stream of the season tonight, thanks for watching
support	took a bunch of photos at the beach
support	my dad wont be here in the morning, early flight
support	my dad said he wont be here in the morning, he has an early flight
support	i dont feel safe going down that hill on my bike
support	mixed some paint colors i shouldnt have, now its brown
support	pills and wine are a bad combo, thats what my pharmacist said
support	someone gave me something for my birthday and i feel so grateful
support	i think i took more notes than anyone in class
support	the cake was laced with rum lol
support	caffeine withdrawal is so bad i have a headache
support	my grandma gave me her ring and told me to look after it
support	my son keeps pushing me to get a new phone
support	if i go quiet its because im at work
support	got kicked out of the bar, its freezing out here lol
support	i keep saying no to more cake and my grandma just does not stop
support	its our secret recipe, my aunt says im special for learning it
support	mum hits us with the worst dad jokes
support	dad beat us at mario kart again
support	my sisters search history is all about wedding dresses
support	wrote a goodbye letter to alcohol today, day one of dry january
support	do we have a protocol for when someone posts spam
support	my cat drank the whole bottle of water lol
support	been using duolingo for 3 days straight
support	my roommate was screaming and i heard something smash, she dropped a plate
support	her mom hits her with a slipper when she swears, its a running joke in their family
support	i almost saw the marks on the wall from my crayons
past	the night i relapsed was the worst of my life, im 2 years clean now
past	i remember feeling like nobody would miss me back in school
negation	had the urge to drink tonight but i texted my sponsor
negation	wanted to cut so badly but i went for a walk
educational	what are signs someone has taken too much of something
educational	is there a protocol for when a member says they are not safe at home
suicidal	my parents would be less stressed if i wasnt here anymore
suicidal	i just want all of this to stop permanently
suicidal	best thing i can do is get out of everyones way for good
suicidal	if anything happens just know it wasnt your fault
suicidal	im standing on the overpass right now
suicidal	the only thing i look forward to is everything being over
suicidal	dont bother looking for me tomorrow
suicidal	part of me is disappointed i woke up this morning
suicidal	plans for saturday: not being alive hopefully
support	things would be easier if i wasnt around to mess them up lol
support	i want this rain to stop for good
support	get out of the way permanently, said the sign at the old road
support	i want the noise to stop forever but my neighbour has a drum kit
support	im on the bridge of my ship in star trek online
support	im on the roof fixing the gutters
support	dont bother looking for me at the party ill be late
support	part of me is sad i walked away from that job
support	the accident wasnt anyones fault, just know that
support	i look forward to exams being over
other_at_risk	a streamer i watch said its his final stream and there are pills next to him
other_at_risk	my nan gave me her rings and told me to take care of my little sister
other_at_risk	my best mate sent a photo of the bridge and wont answer his phone
other_at_risk	my uncle keeps saying nobody would care about him and he took the car
abuse	he threatens to convince the court that im unfit if i leave
abuse	if i go offline suddenly its because my stepdad came home
abuse	my daughter has been taking my savings and pushing me around
substance	downed a whole bottle of vodka and the room keeps spinning
substance	been drinking since this morning and now im driving to work
substance	the withdrawal got so bad im hearing things
self_harm	whenever things get too much i scratch until it bleeds
support	my friend posted a photo of the bridge at sunset and wont stop bragging
support	he said he will not be here in the morning because of his early shift
support	my grandad gave me his watch and asked me to take care of it
support	we have been partying for two days straight at the wedding and im exhausted
support	i dont feel safe going downhill on these old brakes
support	my mom says its our secret that we get ice cream before dinner
past	that night i relapsed feels like a lifetime ago
educational	is there a policy for when someone says their partner hits them
# half: b8
# Batch twenty-four: written blind by a separate writer (no lexicon, rules or earlier
# batches seen) and measured once: recall 0.358 (34/95), right category 0.326, support FP
# 1/47, hard negatives 6/45. Then tuned on (a lexicon round for its families): 0.737, 0/92.
suicidal	i keep thinking everyone would honestly be less stressed if i just wasnt around anymore
suicidal	wrote letters to my mom and my sister tonight. just in case. dont make it weird
suicidal	yeah well i wont be here to see it so
suicidal	gave my switch and all my games to my cousin today, he was so happy lol. i wont be needing them
suicidal	ngl ive been reading about ways and i think ive picked one. not asking for help just wanted someone to know
suicidal	I have everything I need in my desk drawer now. Been saving them up for weeks.
suicidal	its fine lol im just tired of existing. like permanently tired. i want it to stop for good
suicidal	this is my last message here, thank you all for being kind to me when nobody else was
suicidal	how long does it take for people to stop missing someone after theyre gone. asking for me
suicidal	tonight feels like the night honestly. im weirdly calm about it which is the scary part i guess
suicidal	i dont want to die exactly i just dont want to wake up tomorrow. or any day after that
suicidal	been sitting in the car by the reservoir for an hour and i dont think im driving home
suicidal	dropped my cat off with my neighbour "for a while". she doesnt know its for good
suicidal	does life insurance still pay out if its... you know. asking for real not a joke
suicidal	My kids deserve a better dad than me. Best thing I can do for them now is get out of the way permanently.
suicidal	if i disappear this weekend just know it wasnt anyones fault here ok
suicidal	cancelled therapy. no point booking the next one, i wont be around for it
suicidal	im on the bridge. i just wanted someone to know
suicidal	good news i finally have a plan for the future!! bad news its a very short one lmao
suicidal	45 years old and the only thing I look forward to is it all being over. Ive started putting my affairs in order, will, passwords, all of it.
suicidal	whats even the point of new years resolutions when i wont make it to february
suicidal	i have the pills lined up on my bed and ive been staring at them for like an hour
suicidal	sorry for being such a burden to everyone here. you wont have to deal with me much longer
suicidal	said my goodbyes to the people who matter. just waiting for everyone in the house to fall asleep
suicidal	work was a nightmare again and then my landlord texted about rent and my ex posted pics with her new guy and honestly im just going to end it tonight and stop being everyones problem and anyway sorry for the wall of text
suicidal	nobody would notice for days tbh. thats kind of the point
suicidal	told my best friend i loved her out of nowhere and she thought i was being sweet. it was a goodbye
suicidal	if i dont reply tomorrow dont bother looking for me
suicidal	stood somewhere really high today for way too long and part of me is angry i walked away
suicidal	15f and i genuinely dont see myself making it to 16. like i actually decided
suicidal	honestly i want to kill myself rn
suicidal	re the "what's everyone doing this weekend" thread: not being alive hopefully
suicidal	my wife gets the house and the pension. its better this way for everyone, she just doesnt know it yet
self_harm	relapsed tonight after 4 months clean. its worse than usual and i cant get it to stop bleeding
self_harm	i need to hurt myself so bad rn my hands are literally shaking
self_harm	wearing hoodies in july again if u know u know
self_harm	went and bought more today and hid them in my pencil case. the noise in my head only stops when i use them
self_harm	did it again tonight but on my thighs this time so nobody sees
self_harm	punched the wall until my knuckles split open. felt good tbh. want to do it again
self_harm	is it bad if i do it just to feel something. asking bc i literally just did
self_harm	my mum almost saw the marks today. i need to find somewhere else to do it
self_harm	ive been scratching my arms til they bleed every night this week and i cant stop
self_harm	i deserve to hurt and im going to make sure i do tonight
self_harm	how do u hide fresh ones from the pe teacher when we have to change
self_harm	clean streak: 0 days. again.
self_harm	when it gets bad i bang my head against the wall and today i actually saw stars. doing it more lately
self_harm	not suicidal just need to bleed a bit, dont freak out pls
self_harm	whats the point of even trying to stop when i always relapse. the stuff is in my room rn and im going to
abuse	he locked me out of the house again and took my phone, im on the neighbours wifi on my old tablet
abuse	my stepdad comes into my room at night when mom is on night shift and i dont know who to tell
abuse	can i just stay in vc for a bit, dads yelling and throwing stuff downstairs and i dont feel safe going down
abuse	my boyfriend goes through my phone every night and said if he finds anything hes going to make me regret it. he means it
abuse	she said if i tell anyone about the bruises she'll tell the court im the unstable one and take the kids
abuse	hiding in the bathroom rn. hes kicking the door
abuse	my uncle keeps saying its our secret and that im special. im 13 and i feel sick whenever he visits
abuse	mum gets drunk and hits us when we dont do things right. my little brother has a black eye and she made him say he fell off his bike
abuse	He doesn't let me have my own bank account or go anywhere without him. Today he took my car keys and said I'm not leaving this house.
abuse	if i dont answer within 5 min he shows up wherever i am. last night he said if i ever leave him hell kill me
abuse	parents found out im gay and my dad said id be better off dead. they took my phone and im on my brothers ipad, idk whats going to happen tonight
abuse	i told my therapist its "just arguments" but he put his hands on my throat last week and i keep telling myself it didnt count
abuse	he says hell post the pictures if i dont keep sending more. im 15
abuse	I'm 52 and my son has been taking my pension and shoving me around when I say no. I'm scared of my own child.
abuse	brb if i go quiet its because hes home early
abuse	she throws things at me when shes mad and then cries and says its my fault for making her do it. is that normal
abuse	got kicked out tonight with no shoes, its freezing and hes got my wallet
abuse	not allowed to eat until i apologise for "lying" again, its been two days now
abuse	does it count if hes my husband? i keep saying no and he just doesnt stop
substance	took way more than i meant to and my heart is going crazy. is that normal or should i be worried
substance	mixed some stuff tonight i prob shouldnt have and i cant really feel my legs lol
substance	how many is too many of the stuff from my moms cabinet. already took some
substance	drank the whole bottle alone and im throwing up and the room is spinning, i think i need help but i cant tell my parents
substance	cant stop shaking and sweating, been using for 3 days straight no sleep
substance	my friend left and im still at the party and someone gave me something and i feel really really wrong
substance	i dont remember the last few hours and im on the bathroom floor. i think i took more
substance	relapsed hard tonight after 8 months sober, still going, dont really care what happens
substance	everythings blurry and my lips feel numb, i dont think the pills and the wine went well together
substance	its fine lol just a bit too much again, chest feels tight but ill sleep it off
substance	been drinking since noon, driving over to my exs place now to talk it out
substance	pretty sure what i bought was laced, my vision is doing weird things and im alone
substance	withdrawal is so bad im seeing things. ive got nobody to call
other_at_risk	my best friend just texted me goodbye and now shes not answering. what do i do
other_at_risk	someone in my gaming group just said in vc hes going to end it tonight and then logged off
other_at_risk	my little sister (14) told me shes been cutting and made me promise not to tell our parents
other_at_risk	my roommate took a bunch of something and wont wake up properly, her breathing sounds weird
other_at_risk	my boyfriends been drinking all day and just left with the car keys saying nobody will miss him
other_at_risk	a kid in a server im in keeps posting about his dad hurting him and tonight he said hes scared to go home
other_at_risk	mum hasnt got out of bed in a week and today she gave me her jewellery and told me to look after my brother
other_at_risk	found my son's search history and it's all about ending it. he's in his room right now with the door locked
other_at_risk	the kid next door is screaming again and i just heard something smash. should i call someone
other_at_risk	my friend says her bf hits her and tonight he took her phone, she messaged me from her work laptop asking me not to call
other_at_risk	guy on a twitch stream just said this is his last stream ever and theres pills on his desk
other_at_risk	my dad's been drinking and said he won't be here in the morning, then locked himself in the shed
other_at_risk	the girl i tutor told me her step brother does stuff to her at night. shes 11. what do i even do
other_at_risk	my wife keeps saying the kids would be better off without her and she wont let me into the bathroom
other_at_risk	friend just posted "sorry everyone" on insta with a pic of the river and wont pick up
support	im so done being the one who always reaches out first. not replying this time
support	finally told my mom im not coming for christmas. felt like i was going to throw up but i did it
support	tired of being tired tbh. work, kids, house, everyone needs something from me and nobody asks how i am
support	cut my sister off for a bit. i love her but i cant keep being her emergency contact for every little thing
support	therapist said my people pleasing is basically a trauma response and i had to sit in the car for 20 min after
support	my ex texted happy birthday and i didnt reply. small win
support	does anyone else feel guilty when they say no to anything. like physically sick guilty
support	been hiding in my room all weekend avoiding the family group chat lol
support	wrote a goodbye letter to my old self in journaling today, the one who thought she had to earn love
support	the relationship is over and i honestly think its for the best, just sad
support	i'm ready to set a boundary with my dad, i just dont know how to word it without him spiralling
support	my plan for this week: say no to at least one thing. wish me luck
support	pharmacy messed up my pills again so i had to call three times. adulting is exhausting
support	went for a drink with coworkers and only had one bc i didnt want a hangover, proud of myself for actually going out tho
support	my bf keeps saying "its fine" when its clearly not and i end up guessing what he feels all night
support	it hurt when she said i was too much but i think shes projecting
support	any tips for when your parent guilt trips you for having your own life?
support	bruised my shin on the bed frame again lol. anyway the actual point: my mom called and i didnt pick up and i feel like a monster
support	im gone for the weekend, camping with no signal. see yall monday
support	ending a codependent friendship is so hard, weve been friends since we were 7
support	bad day. cried in the work bathroom. bought myself a burrito. tomorrows a new day
support	my whole childhood was managing my dads moods and now i do it with every boss i have
support	had an argument with my partner and he went quiet for hours, i spiralled thinking he was going to leave but he was just napping lol
support	i keep over-explaining myself. sent a 4 paragraph text to say i cant make it to dinner
support	drained. not in a scary way, just in a "i hosted thanksgiving for 14 people" way
support	my mom keeps saying i abandoned the family bc i moved out at 24. i didnt, i just moved out
support	handing in my notice tomorrow and im terrified but i think its the right call
support	just deleted his number. no more checking if hes online
support	does it ever stop feeling like youre a burden when you ask for help? my therapist says its a belief not a fact
support	so tired of apologising for existing in rooms lol. working on it in therapy
support	hurt my back lifting my grandmas couch and now im stuck in bed binging tv
support	when your sister asks to borrow money for the fifth time and you finally say no and she says youre dead to her. cool cool cool
support	al-anon tonight was really good, someone said "you didnt cause it, you cant control it, you cant cure it" and i teared up
support	he drinks every night and i keep pouring it out while hes asleep. i know its not my job to fix him, trying to stop
support	I feel like I'm disappearing in this relationship. All my hobbies are his hobbies now.
support	my dad finally went to rehab and i dont know what to do with myself now that im not constantly worrying
support	at the end of my rope with my roommates dishes, is it petty to leave a note
support	saying goodbye to my childhood home this weekend, parents are selling. feeling weird about it
support	the thought of the holidays makes me want to crawl into a hole and hibernate til january
support	not going to be around much this month, exams. take care of yourselves
support	i keep hiding how much im struggling from my friends bc i dont want to be a downer. working on being more honest
support	doctor switched my antidepressant and the first week has been rough, sleepy all the time
support	my counsellor asked what id do if i didnt have to take care of anyone and i literally couldnt answer
support	gave up my whole saturday to help my brother move and he didnt even say thanks. im done doing favours
support	i finally feel like the old me is gone and honestly good riddance, she said yes to everything
support	does anyone else get a pit in their stomach when their partner says "we need to talk"
support	plan for tonight is drink water and go to bed early, today was a lot
idiom	this spreadsheet is going to be the death of me
idiom	if my brother says "well actually" one more time im going to lose it lol
idiom	i literally died when my therapist laughed at my joke
idiom	ugh i could kill for a coffee rn
idiom	my teacher is going to murder me, forgot the essay AGAIN
idiom	kill me now, my mom just added me to the extended family whatsapp
idiom	shoot me, i agreed to host book club again
idiom	leg day is killing me, cant walk up the stairs
idiom	im dead 💀 my cat just fell off the counter and looked at me like it was my fault
idiom	id rather die than go to another one of my aunts gender reveal parties lmao
media	the ending of that show destroyed me, why did they kill off the only character with a functioning brain
media	anyone remember the book where the main character fakes her death to escape her husband? need the title
media	my guy in elden ring has died like 200 times to the same boss and im losing it
media	writing a fanfic where a character self-harms and i want to handle it respectfully, any tips on content warnings?
media	that song about her dads overdose makes me cry every single time
media	just finished the season finale where he says goodbye to his daughter before the last mission. sobbing
media	my bard is about to sacrifice himself to save the party in our dnd campaign and im weirdly emotional
media	the podcast episode about coercive control in cults was so good, recommend
media	the main character literally cant survive past chapter 5 no matter what you pick, so depressing, 10/10 game
educational	what are the warning signs that someone might be suicidal? my friend has been a bit off lately and i want to know what to look for
educational	how should mods respond when someone posts what looks like a goodbye message in a public channel
educational	is it ok to ask someone directly if theyre thinking about suicide or does that put the idea in their head
educational	whats the difference between self-harm and suicidal behaviour? trying to understand my teenager better
educational	for the mod team: do we have a protocol for when someone says theyre in danger at home
educational	how do you support a friend whos in an abusive relationship but isnt ready to leave
educational	what does coercive control actually look like? i keep seeing the term everywhere
educational	signs someone might have taken too much of something at a party? want to know before festival season
educational	in general whats the right thing to do if a kid discloses abuse to you? doing safeguarding training and want real answers
past	two years ago i was in hospital after trying to end it. today i got a promotion. just wanted to share
past	i used to cut every day in high school. 6 years clean now and i wear t-shirts without even thinking about it
past	3 years sober today. the night i overdosed in my car feels like a different persons life
past	left my abusive ex in 2019 and i finally feel safe in my own apartment
past	when i was 16 i gave away all my stuff and wrote letters. im 29 now and really glad im still here
past	my dad used to hit us. hes been out of our lives for ten years and im doing ok, therapy helped a lot
past	i remember being so sure nobody would miss me. i was so wrong, my sister still talks about that year
past	a year since my last drink and since the morning i woke up not knowing how i got home. grateful
negation	not suicidal or anything, just really sad and wanted to say it somewhere
negation	had the urge to hurt myself tonight but i called my sponsor and made tea instead. urge passed
negation	for the record im safe, i just had a bad day and needed to vent, pls dont ping the mods
negation	thought about drinking tonight but i didnt. poured it down the sink
negation	wanted to cut so bad today but i held ice and waited it out. still clean
negation	dont worry im not going anywhere lol, just venting about my boss
negation	i know my last post sounded dark but im ok, talked to my therapist and we have a safety plan
negation	the thoughts came back last night but i didnt act on them, texted the crisis line and went to sleep
negation	nobodys hurting me at home, its just loud and chaotic and i need a break from my family
# half: b9
# Batch twenty-five: written blind by a third writer, NOT tuned on. Measured before and
# after the b8 round (same answers both times for recall): recall 0.522 (47/90), right
# category 0.444 (40/90), support FP 2/61 then 1/61, hard negatives 4/50. With b7 and b8
# (each before tuning): 130/269 = 0.483 of blind crisis messages found. See
# tests/unit/test_safety_cues.py.
suicidal	ok so i gave my ps5 and all my games to my little cousin today. told him to keep them, i wont be needing them after this week
suicidal	honestly everyone in this server would be better off without me around. thanks for putting up with me this long
suicidal	i dont want to wake up tomorrow. or any day tbh
suicidal	wrote letters to my mom and my sister tonight, theyre in the top drawer of my desk. just want someone to know where they are
suicidal	charted everything, cleaned out my locker, said bye to the charge nurse. pretty sure that was my last shift and not in the quitting way
suicidal	been thinking about kms a lot lately and tonight its louder than usual
suicidal	sorry for being a burden to all of u. this is goodbye, you guys were honestly the best part
suicidal	same fight again tonight about money and his mother and the house, 28 yrs of the same fight, and i sat in the car in the driveway for an hour thinking it would be so much easier if i just wasnt here anymore, then i went in and made dinner like nothing happened. anyway hows everyones week
suicidal	i finally have everything i need put away in my room. just waiting for the house to be empty this weekend
suicidal	my english not so good sorry. i am very tired of this life, i think to finish it soon. nobody here will miss me, my family is far
suicidal	dad said if im gay im no son of his. fine. he wont have to deal with me much longer
suicidal	i made a plan and picked a date. i feel weirdly calm about it which i know is bad
suicidal	im so tired of fighting this. i want to go to sleep and just not come back
suicidal	anyone want my steam acc? not joking. i dont need it anymore
suicidal	2 yrs sober and i still feel like the world would be lighter without me in it. thinking about it every night now
suicidal	moms dementia is worse, i havent slept in days, and honestly i keep thinking once shes gone im going too. i already know how. sorry to dump this here
suicidal	i think im going to unalive myself this weekend lol. its fine dont make it a thing
suicidal	s u i c i d e is all i think about rn
suicidal	tell the raid group i said gg. logging off for good this time
suicidal	i keep looking at the baby and thinking shed be better off with someone who isnt broken like me. i dont think ill be around much longer
suicidal	updated my will and gave the dog to my neighbor. tying up loose ends. they dont know why and i didnt say
suicidal	no im not ok. im not going to be here to see the end of the semester so it doesnt matter
suicidal	k!ll myself. thats the thought on repeat since friday
suicidal	i want to die. im not being dramatic, i really do
suicidal	served 2 tours, lost good guys, and now im the one who cant keep going. got what i need in the house and tonight seems as good as any
suicidal	i just want it all to stop. permanently. not like a vacation, like forever
suicidal	if i dont answer tomorrow its because i finally did it
suicidal	this is my last message here. love you all. please dont blame yourselves
suicidal	was thinking about ending my life earlier today and it hasnt gone away, its just sitting there
suicidal	pretty sure nobody would even notice if i disappeared for real. maybe thats the answer. its fine
self_harm	relapsed tonight after 4 months clean from sh. its bad and i dont even feel bad about it yet
self_harm	hoodies in july again if u know u know
self_harm	the urge to hurt myself is so strong rn and i already got my stuff out
self_harm	i did it again. pls dont tell me to call anyone i just needed to say it
self_harm	only thing that makes the noise stop is the pain. did it again tonight after my parents yelled at me about my girlfriend
self_harm	nurse life lol, i patch people up all night then go home and do the same thing to myself
self_harm	hid my stuff from myself but i know exactly where it is and tonight im going to use it
self_harm	hurt myself again, its fine its small, just needed to tell someone
self_harm	been hitting myself again when nobody is home. it helps more than talking does
self_harm	i deserve it when i hurt myself. did it twice today already
self_harm	new bandaids for the new ones lol. nobody at school notices anyway
self_harm	my skin is the only thing i control anymore. did it again and it was worse than before
self_harm	work was hell, baby screamed all night, partner asleep on the couch, and i locked myself in the bathroom and hurt myself for the first time in like 6 years, then went and fed her like nothing happened. idk what to do
self_harm	i dont want to die i just want to feel something and hurting myself is the only thing that works rn. doing it tonight
self_harm	s/h urges are back and i already gave in once today
abuse	im scared to go home tonight. hes been drinking since noon
abuse	he said if i ever tell anyone ill regret it. i believe him
abuse	my stepdad comes in my room at night when mom is working. i dont know who to tell
abuse	she took my phone and car keys again and checks my bank every day. im typing this from the library computer
abuse	mom threw my stuff on the lawn and said im not her daughter if i keep doing the lesbian thing. locked me out and its 11pm
abuse	my english not good, sorry. my husband hits me when he angry and tonight he is very angry. i hide in bathroom now
abuse	quick q is it normal that he grabs me by the neck during fights. its not often lol
abuse	dad broke my door off the hinges again. im in my closet with headphones on waiting for it to stop
abuse	every time i show up to school with a bruise i have a new story ready. running out of stories
abuse	he doesnt let me see my friends or my sister, reads all my texts, says if i leave hell take the kids and ill never see them again. 30 yrs married and i didnt notice how small my world got until now
abuse	my uncle keeps touching me when no ones around and says its our secret. hes staying with us all month
abuse	can someone stay on vc w me, theyre screaming downstairs and i heard glass break. scared hes gonna come up here next
abuse	mums boyfriend moved in to "help with her care" and now he shoves me when i say no to him and mum cant stop it, she cant even get out of bed
abuse	my parents said theyll send me to one of those camps to fix me and dad said hed rather have a dead son than a gay one. i dont feel safe here
abuse	he told me last night he'd make sure i never leave this house if i ever try. he meant it, i saw his face
abuse	its not abuse if he says sorry after right? he only gets like this when work is bad. my arm is still purple from tuesday
abuse	wasnt allowed to eat today bc i talked back. mom says i can have dinner if i apologize properly
substance	took way more than i should have like an hour ago and my heart is going crazy. is that normal
substance	day 3 of not sleeping, been drinking since i woke up, cant stop shaking. i know i need to stop but i cant
substance	4 yrs sober and im sitting in a bar parking lot with a bottle open in my lap, already half gone, and i still have to drive home
substance	mixed stuff at a party and my chest feels tight and i cant feel my hands, my friends think im being dramatic
substance	i swallowed a bunch of my meds like 20 min ago and idk why. i feel really weird
substance	lost count of drinks tonight, room is spinning and im alone. keep throwing up lol
substance	relapsed. been using all weekend and i cant remember yesterday. i think i took something bad
substance	drinking on shift to get through the night, the bottle in my bag is already a third gone
substance	i think my drink got spiked, everything is wrong and im hiding in a bathroom alone
substance	been taking my moms pain pills all week to numb out and tonight i took extra on top of drinking. kinda scared ngl
substance	not gonna lie i can barely breathe right now and im still drinking
substance	bro i took something my friend gave me and now i cant stop throwing up and my lips feel numb
substance	havent eaten in 2 days just been drinking and my vision is going blurry and weird
other_at_risk	my friend just texted me "thanks for everything, take care of my cat" and now she wont answer. what do i do
other_at_risk	my roommate took a bunch of pills and hes on the floor and i cant wake him up
other_at_risk	someone in my class posted a goodbye on their story and its been 2 hours. nobody can reach them
other_at_risk	my little brother just told me he doesnt want to live anymore and hes locked himself in his room
other_at_risk	my neighbor is screaming and i can hear stuff breaking, i think her husband is hurting her again rn. should i call someone
other_at_risk	guy from my old unit just called me drunk saying goodbye and that hes got what he needs. cant get him back on the phone
other_at_risk	my mom hasnt gotten out of bed in 3 days and keeps saying wed be better off without her. im 15 i dont know what to do
other_at_risk	gf is drunk and talking about ending it and she just left in the car
other_at_risk	friend from another server said shes done and tonight is her last night. i only know her username and shes gone offline
other_at_risk	coworker didnt show for her shift and sent the charge nurse a weird goodbye text, shes not answering anyone
other_at_risk	my sisters boyfriend has her locked in their apartment and she texted me shes scared. im 3 hours away
other_at_risk	found my sons messages, hes been telling someone online hes going to do it tonight. hes at a friends house
other_at_risk	my friend is hurting herself right now on facetime and wont stop, she keeps saying its fine
other_at_risk	my buddy has been drinking all day and just said guess ill go out like my dad did. his dad died by suicide. hes not picking up
other_at_risk	dad is home alone with my grandma and he just texted me hes so drunk he cant stand and shes not breathing right
support	i think im finally done being the one who fixes everything in this family. boundaries time
support	cut off my mom last month and its been so quiet. sad but good quiet
support	my therapist says im ready to end our sessions, feels weird to say goodbye after 3 years
support	tired of always being the one who texts first in this friendship. thinking of just letting it fade
support	anyone else hide their feelings so they dont upset their partner? working on that in group
support	forgot my meds this morning and ive been a mess all day, set an alarm on my phone now
support	90 days no drinking today!! still hard at parties but im proud of me
support	huge fight with my husband over his mom again. we start couples counseling next week and i have a plan for what i want to say
support	giving away the baby clothes she outgrew, my sister is due in march. bittersweet
support	had to say goodbye to my dog today. 14 years. gonna log off for a bit and cry
support	the relationship is over and honestly its for the best. i just need to grieve it
support	i want to disappear from social media for a month. too much comparing myself
support	last night shift of the week done, 4 in a row and my feet hurt like crazy
support	im not giving up on recovery, just had a rough week and needed to say it out loud
support	cant go on doing everyone elses dishes for them lol, my roommates need to learn
support	codependent brain: if shes upset it must be my fault. practicing not taking that on
support	finally told my dad im leaving for college across the country. he took it better than i expected
support	my sponsor told me to write a goodbye letter to alcohol. kinda cheesy but it actually helped
support	the pharmacy messed up my pills again, 45 min on hold. im so over it
support	does anyone else feel like theyre hiding who they are at family dinners? im out to my friends but not my aunts
support	moving out of my parents house next month. i have the whole plan in a spreadsheet lol
support	hurt my back lifting mom into the wheelchair. caregiving is no joke
support	im ready to stop people pleasing. easier said than done
support	so tired lately, baby wakes up every 2 hours. partner is taking the night feeds this weekend thank god
support	therapy today brought up a lot. feeling raw but it was a good session
support	my ex keeps texting and i finally blocked him. done with that chapter
support	loneliness hits hard on sundays. anyone want to game later? im on most evenings
support	been drinking more coffee than water this week and my body is not happy about it
support	gave my old guitar to my nephew, hes starting lessons and hes gonna love it more than i ever did
support	deployment ended 10 yrs ago and i still get jumpy at fireworks. going to the va group thursday
support	how do u guys handle a parent who guilt trips you when you set boundaries? my mom says im abandoning her
support	im done apologizing for taking up space. new year new me or whatever
support	feel like im disappearing in my marriage, like im just the cook and the calendar. anyone been there? we're starting counseling
support	wrote my mom a letter ill never send, therapist homework. it was kind of cathartic
support	my friend cut me off after i told her i needed some space. hurts but i think it was coming
support	meds got adjusted again, the new ones make me sleepy but my mood is way more stable
support	i keep giving up on my workout plan by wednesday every single week lol
support	grieving my dad whos still alive, if that makes sense. the alcoholism took the person i knew
support	left the group chat, it was all drama. peace at last
support	my english is not perfect, sorry. i am lonely in this new city and miss my family very much. how did you make friends when you moved
support	my parents still call it a phase. im not arguing anymore, just waiting till i move out for uni
support	hospice said mom probably has weeks not months. we're keeping her comfortable. im holding up ok, just needed to say it somewhere
support	finals are done, im going to sleep for a whole day
support	im tired of being the strong one. wish someone would ask how im doing for once
support	called out of work today for a mental health day. no guilt. ok a little guilt
support	im letting go of the idea that i can make him stop drinking. al-anon is helping with that a lot
support	packing up my apartment, last night here before the move. weird emotions
support	anyone elses kid have a meltdown when you leave for work? my heart hurts every morning
support	said no to hosting thanksgiving this year and the world didnt end
support	my partner says im hiding behind work so i dont have to deal with our problems. hes kinda right
support	deleted my dating apps. giving myself a break from all of it
support	going no contact with my brother. its the only way to protect my peace
support	craving hit hard in the wine aisle today, called my sponsor from the parking lot and went home. still counting that as a win
support	feel like a ghost at work, nobody notices when im gone. updating my resume this weekend
support	ready to give my notice. 12 years at this place and im burnt out
support	dont have the energy to keep fighting with my mother about my hair, my clothes, my everything. picking my battles
support	night shift brain: forgot my own phone number today
support	hes away on a work trip for 2 weeks and the house feels so peaceful, which probably says something about us. booked a marriage counselor for when hes back
support	cant go on pretending everything is fine with my in-laws. having the talk with my wife tonight
support	dads pills are all sorted into the weekly organizer now, took me an hour. caregiving admin is a full time job
support	finally ended things with my best friend of 10 years. it was one sided for way too long
idiom	this calc homework is literally killing me
idiom	dead tired after that 12 hr shift lmao
idiom	i swear this group project will be the death of me
idiom	that boss fight made me want to yeet my controller into the sun, died like 40 times
idiom	id kill for a nap right now
idiom	my mom is gonna murder me when she sees my report card lol
idiom	i could just die of embarrassment, waved back at someone who wasnt waving at me
idiom	bro that joke killed me 💀
idiom	im drowning in emails rn send help lol
idiom	baby had a full blowout in the restaurant and i wanted the floor to swallow me whole
media	just finished 13 reasons why s1, kinda mixed feelings about how they showed hannahs story
media	that episode of the bear about carmys brother... i was not ready. the writing is so good
media	anyone read a little life? im halfway and the self harm parts are so heavy, might take a break
media	in tears of the kingdom i keep dying to the same lynel and my little brother is laughing at me
media	the song 1-800-273-8255 by logic still hits different years later
media	my character in our dnd campaign just sacrificed herself to save the party and im crying at the table
media	romeo and juliet essay due friday, im arguing the ending is really about bad communication
media	that netflix documentary about the opioid crisis was brutal, couldnt sleep after
media	need a new my chemical romance album so i can scream im not okay in the car again
media	finished it ends with us, the part where she finally leaves him made me cry on the bus
educational	what are warning signs that a friend might be thinking about suicide? asking for a psych project
educational	how do you support someone who self harms without making them feel judged
educational	is it true most people who survive an attempt dont go on to die by suicide? read it for my nursing class
educational	anyone know good resources on coercive control? writing a paper for social work
educational	whats the difference between codependency and just caring a lot about someone
educational	our hospital had a training on recognizing domestic violence in er patients today, really eye opening
educational	reminder that 988 works for texting too, not just calls. save it in your phone even if you dont need it
educational	how do i talk to my kid about a classmate who died by suicide? the school sent a letter home
educational	what does narcan actually do? our recovery group is doing a training on it next week
educational	are alcohol withdrawal symptoms actually dangerous? my counselor mentioned it and i want to understand before my dad tries to quit
past	5 yrs ago i tried to end my life. today i graduated nursing school. it gets better, i promise
past	i used to cut in high school, now im 26 and my scars are just part of my story
past	my ex used to lock me out of the house in winter. its been 4 years since i left and im finally somewhere safe
past	sober 7 years this month. i still remember waking up in the er after a blackout, never again
past	back when i was 16 i gave away all my stuff and wrote a note. so glad im still here and that my friend noticed
past	i was in a really dark place after my last tour, had the thought every day. treatment and my dog got me through, that was 2019
past	my dad hit us growing up. he passed last year and im working through the complicated grief in therapy
past	when my daughter was born i had ppd so bad i thought shed be better off without me. got help, shes 3 now and we're good
past	i slipped on sh once last year but ive been clean 14 months now
past	overdosed at 19. im 34 now, clean 12 years, and i sponsor two people
negation	not suicidal or anything, just really burnt out and needed to vent
negation	im not going to hurt myself, promise, i just need someone to talk to tonight
negation	hes never laid a hand on me, we just argue loud. i know it sounds bad but its really not like that
negation	havent had a drink in 200 days and im not planning to start now
negation	no i dont want to die lol i want to sleep for 3 days, different thing
negation	im not in danger, my parents just dont get me. theyre annoying not scary
negation	not giving up, not going anywhere. just tired
negation	i didnt relapse, want to be clear about that. had a bad night but i stayed clean
negation	dont worry im safe, those thoughts passed and im seeing my therapist tomorrow
negation	never been suicidal myself but my brother was, so i get scared when people post stuff like that here
"""


def cue_batch(half: str | None = None) -> list[tuple[str, str]]:
    """(label, message) pairs of the cue batches: ``half`` "dev", "test", "b3" ... "b9" or None for all."""
    pairs: list[tuple[str, str]] = []
    current = ""
    for line in CUE_BATCH.splitlines():
        if line.startswith("# half: "):
            current = line.removeprefix("# half: ").strip()
            continue
        if not line.strip() or line.startswith("#"):
            continue
        if half is None or half == current:
            label, text = line.split("\t", 1)
            pairs.append((label, text))
    return pairs
