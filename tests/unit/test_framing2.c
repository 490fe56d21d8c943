/*
 * test_framing2.c - the extraction stage of framing: events, their types,
 * and which sentences tell one happening (src/extract/framing.c), part 2 of
 * 4, on sentences written for these tests.
 *
 * Each test runs the whole pipeline on its text (rasd_extract()), then
 * reads the sentences again with the driver's first pass (extractfx.h) so
 * that a stage's own decision can be asserted as well as the events,
 * figures and participants the document ends with.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extractfx.h"
#include "model/model.h"
#include "testdata.h"

/* What a protest is against names no event: the protest is the event. */
static void test_framing_protested(void **state)
{
	(void)state;
	fx_one_event_typed("en", "Hundreds of protesters rallied in Jasim on Friday against the air "
			"strikes on the town.", "Protests");
	fx_one_event_typed("ar", "تظاهر مئات الأشخاص يوم الجمعة في بلدة جاسم تنديدا بالغارات الجوية "
			"على المدينة.", "Protests");
	/* with no protest told, strikes "against" a side are the event */
	fx_one_event_typed("en", "Warplanes carried out air strikes against rebel positions in Jasim on "
			"Monday, killing four fighters.", "Explosions/Remote violence");
	/* a bombing after a word of "after", the protest told before it: its cause */
	fx_one_event_typed("ar", "احتشد آلاف المتظاهرين في ساحة البلدة يوم الأحد غداة تفجير سيارة مفخخة "
			"قرب المطار.", "Protests");
	fx_one_event_typed("en", "Thousands of protesters gathered in the square on Sunday, a day after a car "
			"bomb exploded near the airport.", "Protests");
	/* the bombing told first is the event */
	fx_one_event_typed("en", "A car bomb killed 12 people in Jasim on Friday after a protest in the town "
			"centre.", "Explosions/Remote violence");
}

/* What a deed answered names no event: the deed is the event. */
static void test_framing_responded(void **state)
{
	(void)state;
	fx_one_event_typed("en", "Rebels attacked an army checkpoint near Jasim on Monday in retaliation "
			"for the air strikes on the town, killing five soldiers.", "Battles");
	fx_one_event_typed("ar", "هاجم مسلحون حاجزا للجيش قرب بلدة جاسم يوم الإثنين ردا على الغارات "
			"الجوية على البلدة، ما أدى إلى مقتل خمسة جنود.", "Battles");
	fx_one_event_typed("en", "Gunmen shot dead four villagers in Jasim on Monday in revenge for an air "
			"strike that killed their commander.", "Violence against civilians");
	/* right before its cue, the word is the deed's own kind */
	fx_one_event_typed("en", "Gunmen killed four villagers near Jasim on Monday in a revenge attack.",
			"Violence against civilians");
	/* with no other cue, the cue stays: the deed is told by no word of its kind */
	fx_one_event_typed("en", "The army hit three villages near Jasim on Monday in response to the "
			"bombing, killing six civilians.", "Explosions/Remote violence");
}

/* Strikes that support a fight name no event of their own: the battle is the event (ACLED). */
static void test_framing_supported(void **state)
{
	(void)state;
	fx_one_event_typed("en", "Fierce fighting backed by air strikes raged near Jasim on Monday, "
			"killing 12 fighters on both sides.", "Battles");
	fx_one_event_typed("en", "The army, backed by Russian air strikes, clashed with rebels near Jasim "
			"on Monday, killing 12 fighters.", "Battles");
	fx_one_event_typed("ar", "اندلعت اشتباكات بين الجيش والفصائل بإسناد من الطيران الحربي قرب بلدة "
			"جاسم يوم الإثنين وقتل 12 مقاتلا.", "Battles");
	/* with no fight told, the strikes are the event */
	fx_one_event_typed("en", "Air strikes backed by drones hit a market near Jasim on Monday, killing "
			"five civilians.", "Explosions/Remote violence");
}

/* Aircraft that took part in a fight ("شاركت فيها الطائرات") support it: the battle is the event. */
static void test_framing_took_part(void **state)
{
	(void)state;
	fx_one_event_typed("ar", "دارت مواجهات عنيفة بين الجيش ومسلحين في بلدة جاسم يوم الإثنين شاركت "
			"فيها الطائرات الحربية، وقتل فيها 12 مسلحا.", "Battles");
	/* a word of taking part with no fight told leaves the strikes the event */
	fx_one_event_typed("ar", "قصفت الطائرات الحربية بلدة جاسم يوم الإثنين ما أدى إلى مقتل 12 مدنيا، "
			"وشارك في التشييع آلاف الأهالي.", "Explosions/Remote violence");
}

/* The dead killed by strikes and clashes joined by "and" were killed by both: no strike alone did the harm. */
static void test_framing_harm_joined(void **state)
{
	(void)state;
	fx_one_event_typed("en", "Fierce clashes broke out between the Syrian army and rebels of the Free "
			"Syrian Army in Jasim on Monday, and the fighting went on for hours. Medics "
			"said 11 rebels and two soldiers were killed in the air strikes and the "
			"clashes.", "Battles");
	fx_one_event_typed("ar", "اندلعت اشتباكات عنيفة بين الجيش ومقاتلي الفصائل في بلدة جاسم يوم الإثنين "
			"وامتدت المعارك إلى أحياء البلدة. وقال مسعفون إن 11 مقاتلا وجنديين قتلوا "
			"خلال الغارات الجوية والاشتباكات.", "Battles");
	/* killed in the strikes alone: the strikes did the harm */
	fx_one_event_typed("en", "Fierce clashes broke out between the Syrian army and rebels of the Free "
			"Syrian Army in Jasim on Monday, and the fighting went on for hours. Medics "
			"said 11 rebels and two soldiers were killed in the air strikes on the "
			"town.", "Explosions/Remote violence");
	fx_one_event_typed("ar", "اندلعت اشتباكات عنيفة بين الجيش ومقاتلي الفصائل في بلدة جاسم يوم الإثنين "
			"وامتدت المعارك إلى أحياء البلدة. وقال مسعفون إن 11 مقاتلا وجنديين قتلوا "
			"خلال الغارات الجوية على البلدة.", "Explosions/Remote violence");
}

/* A raid with an aircraft beside it is an air strike; with none, a raid on the ground. */
static void test_framing_raid_aircraft(void **state)
{
	(void)state;
	fx_one_event_typed("en", "Government aircraft carried out raids on rebel positions near Jasim on "
			"Monday, killing six fighters.", "Explosions/Remote violence");
	fx_one_event_typed("en", "The air force renewed its raids on villages near Jasim on Monday, killing "
			"four civilians.", "Explosions/Remote violence");
	/* with no aircraft, a raid on the ground or an arrest raid */
	fx_one_event_typed("en", "Police raids on homes near Jasim on Monday ended with four men arrested.",
			"Strategic developments");
	fx_one_event_typed("en", "Soldiers raided a farm near Jasim on Monday and killed two gunmen in a "
			"gun battle.", "Battles");
	/* an aircraft downed is no raid */
	fx_one_event_typed("en", "Rebels shot down a government aircraft near Jasim on Monday.",
			"Strategic developments");
}

/* A weapon named as equipment is no deed of fighting. */
static void test_framing_equipped(void **state)
{
	(void)state;
	fx_one_event_typed("en", "Gunmen in trucks fitted with machine guns stormed a village near Jasim on "
			"Monday and killed five civilians.", "Violence against civilians");
	/* armed men opening fire is the deed */
	fx_one_event_typed("en", "Armed men opened fire on a car near Jasim on Monday, killing two "
			"soldiers.", "Violence against civilians");
}

/* A killing told with no word of its kind is read by who was killed. */
static void test_framing_killed_armed(void **state)
{
	(void)state;
	fx_one_event_typed("en", "Government forces killed 12 militants near Jasim on Monday.", "Battles");
	fx_one_event_typed("ar", "قتلت القوات الحكومية 12 مسلحا قرب بلدة جاسم يوم الإثنين.", "Battles");
	/* civilians killed by means untold: an attack on civilians (models/frame.tsv) */
	fx_one_event_typed("en", "Five civilians were killed in Jasim on Monday.",
			"Violence against civilians");
	fx_one_event_typed("ar", "قتل مسلحون ثلاثة مدنيين في بلدة جاسم يوم الإثنين.",
			"Violence against civilians");
	/* the victims of a happening of another time read nothing ... */
	fx_expect_no_events((const char *const[][2]){
		{"en", "People in Jasim marked on Monday the anniversary of the ambush that struck the "
		       "town in 2016 and killed 12 soldiers."},
		{"ar", "أحيا أهالي بلدة جاسم يوم الإثنين ذكرى الكمين الذي تعرضت له البلدة عام 2016 "
		       "وأدى إلى مقتل 12 جنديا."}}, 2);
	/* ... but victims told before it are today's */
	fx_one_event_typed("en", "Government forces killed 12 militants near Jasim on Monday while freeing "
			"soldiers abducted last year.", "Battles");
}

#define BLAST "Explosions/Remote violence"

/*
 * A bare "strike" is an attack only in company; a walkout when a cue of
 * protest holds it, and alone nothing.
 */
static void test_framing_bare_strike(void **state)
{
	static const char *const cases[][3] = {
		{"en", "Russian strikes killed 21 civilians in the town of Maarat on Monday.", BLAST},
		{"en", "A strike wounded four people in Sarmada on Thursday, rescuers said.", BLAST},
		{"en", "Shops in Suwayda stayed closed on Monday as the strike entered its third day.", "-"},
		{"en", "Traders in Suwayda began a general strike on Monday over fuel prices.", "Protests"},
		{"en", "Two detainees on hunger strike in a prison near Homs were killed on Monday, their "
		       "families said.", "Protests"},
	};

	(void)state;
	fx_typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A verb of undergoing takes the attack told a few words after it, its
 * subject between; the means told after the attack types it; undergoing
 * criticism after an attack is no attack.
 */
static void test_framing_undergone(void **state)
{
	static const char *const cases[][3] = {
		{"ar", "تعرضت دورية للشرطة لهجوم عنيف قرب بلدة جاسم يوم الإثنين.", "Battles"},
		{"ar", "تعرض منزل القاضي لإطلاق نار في بلدة جاسم يوم الإثنين.", "Battles"},
		{"en", "An army patrol came under heavy attack near Jasim on Monday.", "Battles"},
		{"ar", "تعرضت دورية للجيش لهجوم بعبوة ناسفة قرب بلدة جاسم يوم الإثنين.", BLAST},
		{"ar", "تعرض وزير الداخلية لانتقادات واسعة بعد الهجوم على البلدة.", "-"},
	};

	(void)state;
	fx_typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Fire as the object of a verb of firing, its subject between ("فتحت
 * الدبابات النار على"), is an attack; fire with no such verb ("وقف إطلاق
 * النار على"), or fired in the air, is none.
 */
static void test_framing_fire_opened(void **state)
{
	static const char *const cases[][3] = {
		{"ar", "فتحت الدبابات النار على سكان بلدة جاسم يوم الإثنين.", "Violence against civilians"},
		{"ar", "أطلق مسلحون مجهولون النار على سيارة في بلدة جاسم يوم الإثنين.",
		 "Violence against civilians"},
		{"ar", "فتحت النار على سيارة في بلدة جاسم يوم الإثنين.", "Violence against civilians"},
		{"ar", "أطلق عناصر الحاجز النار في الهواء في بلدة جاسم يوم الإثنين.", "-"},
	};

	(void)state;
	fx_typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Tear gas canisters and grenades are a protest's dispersal, not a blast
 * (a grenade alone stays one); "مسيرة" with no other cue is a march when a
 * crowd is told (a drone that struck stays one).
 */
static void test_framing_crowd_control(void **state)
{
	static const char *const cases[][3] = {
		{"ar", "أطلقت قوات الأمن قنابل مسيلة للدموع لتفريق مئات المتظاهرين في بلدة جاسم يوم "
		       "الجمعة.", "Protests"},
		{"en", "Police fired tear gas grenades at hundreds of protesters in Jasim on Friday.",
		 "Protests"},
		{"en", "A man threw a grenade at a checkpoint in Jasim on Friday, wounding two soldiers.",
		 BLAST},
		{"ar", "نظم أهالي بلدة جاسم مسيرة جابت شوارع البلدة يوم الجمعة.", "Protests"},
		{"ar", "شارك الآلاف في مسيرة في ساحة بلدة جاسم يوم الجمعة تطالب بالإفراج عن المعتقلين.",
		 "Protests"},
		{"ar", "استهدفت مسيرة سيارة في بلدة جاسم يوم الجمعة ما أدى إلى مقتل شخصين.", BLAST},
		/* a silent or peaceful march, a vigil beside it: a crowd */
		{"ar", "شارك المئات في مسيرة صامتة في بلدة جاسم يوم الجمعة.", "Protests"},
		{"ar", "خرج الأهالي في بلدة جاسم يوم الجمعة بمسيرة سلمية.", "Protests"},
		{"ar", "أقام أهالي بلدة جاسم يوم الجمعة وقفة ومسيرة حملوا فيها الشموع.", "Protests"},
	};

	(void)state;
	fx_typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

#undef BLAST

/*
 * An attack is typed by what it hit, told after its word: a village, homes,
 * farmers (the unarmed) make violence against civilians, a checkpoint or a
 * patrol a battle.
 */
static void test_framing_attack_target(void **state)
{
	static const char *const cases[][3] = {
		{"en", "Armed men attacked the village of Jasim on Sunday and set fire to homes. Two "
		       "residents were wounded in the attack.", "Violence against civilians"},
		{"ar", "هاجم مستوطنون قرية جاسم يوم الأحد وأحرقوا منازل. وأصيب اثنان من سكانها في "
		       "الهجوم.", "Violence against civilians"},
		{"en", "Gunmen attacked an army checkpoint near Jasim on Sunday. Two soldiers were "
		       "wounded in the attack.", "Battles"},
		{"ar", "هاجم مسلحون حاجزا للجيش قرب بلدة جاسم يوم الأحد. وأصيب جنديان في الهجوم.",
		 "Battles"},
		/* a hospital is of the unarmed; a checkpoint beside one is not */
		{"en", "Gunmen attacked the main hospital in Jasim on Monday, killing two people.",
		 "Violence against civilians"},
		{"ar", "هاجم مسلحون مستشفى بلدة جاسم يوم الإثنين، ما أدى إلى مقتل شخصين.",
		 "Violence against civilians"},
		{"en", "Gunmen attacked an army checkpoint near the hospital in Jasim on Monday, killing "
		       "two people.", "Battles"},
		/* gunfire aimed at a patrol, and at farmers */
		{"en", "Gunmen opened fire on an army patrol near Jasim on Sunday, wounding two soldiers.",
		 "Battles"},
		{"ar", "أطلق مسلحون النار على دورية للجيش قرب بلدة جاسم يوم الأحد، ما أدى إلى إصابة جنديين.",
		 "Battles"},
		{"en", "Gunmen fired on farmers in their fields near Jasim on Sunday, killing one of them.",
		 "Violence against civilians"},
		{"ar", "أطلق مسلحون النار على مزارعين في أراضيهم قرب بلدة جاسم يوم الأحد، ما أدى إلى مقتل "
		       "أحدهم.", "Violence against civilians"},
		/* a rocket-propelled grenade is fired in direct fighting; rockets from afar */
		{"en", "Militants attacked an army outpost near Jasim overnight with machine guns and "
		       "rocket-propelled grenades, killing six soldiers.", "Battles"},
		{"ar", "هاجم مسلحون نقطة عسكرية قرب بلدة جاسم ليلا بالرشاشات وقذائف آر بي جي، ما أدى إلى "
		       "مقتل ستة جنود.", "Battles"},
		{"en", "Rockets fired from across the river struck an army outpost near Jasim overnight, "
		       "killing two soldiers.", "Explosions/Remote violence"},
		/* weapons counted two, in the Arabic dual */
		{"ar", "سقط صاروخان قرب مطار بلدة جاسم يوم الأحد دون وقوع إصابات.",
		 "Explosions/Remote violence"},
	};

	(void)state;
	fx_typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A drone or a missile downed or intercepted, no one harmed, is a disrupted
 * use of weapons, no strike on the place; its debris that wounded people,
 * or another strike that got through and killed, makes the explosion the
 * event.
 */
static void test_framing_intercepted(void **state)
{
	static const char *const cases[][3] = {
		{"en", "Air defences downed a drone over the town of Qusayr on Tuesday, the army said.",
		 "Strategic developments"},
		{"en", "The army intercepted two missiles fired at the town of Qusayr on Tuesday.",
		 "Strategic developments"},
		{"en", "Two drones were shot down near the airport of Qusayr on Tuesday.",
		 "Strategic developments"},
		{"ar", "أسقطت الدفاعات الجوية مسيرة فوق بلدة القصير يوم الثلاثاء.",
		 "Strategic developments"},
		{"ar", "تصدت الدفاعات الجوية لصواريخ أطلقت باتجاه بلدة القصير يوم الثلاثاء.",
		 "Strategic developments"},
		/* the harm decides: debris that wounded two, a strike that got through */
		{"en", "Air defences intercepted a missile over Qusayr on Tuesday, and its debris "
		       "wounded two people.", "Explosions/Remote violence"},
		{"ar", "اعترضت الدفاعات الجوية صاروخا فوق بلدة القصير يوم الثلاثاء، وأصيب شخصان "
		       "بشظاياه.", "Explosions/Remote violence"},
		{"en", "A drone strike killed three people in Qusayr on Tuesday after air defences "
		       "downed another drone.", "Explosions/Remote violence"},
		{"ar", "قتل ثلاثة أشخاص بغارة بطائرة مسيرة على بلدة القصير يوم الثلاثاء بعد أن أسقطت "
		       "الدفاعات الجوية مسيرة أخرى.", "Explosions/Remote violence"},
	};

	(void)state;
	fx_typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A word of a blast alone ("explosion", "exploded") names no means: a shell
 * or a rocket that exploded is shelling, an air raid's blasts an air strike;
 * a blast told of nothing else is a bomb.  A bombing by aircraft or by a
 * government ("bombing raids", "regime bombing") is an air strike.
 */
static void test_framing_blast_means(void **state)
{
	static const char *const cases[][3] = {
		{"en", "Two mortar shells exploded in a residential district of Qusayr on Tuesday, "
		       "killing three people.", "Shelling/artillery/missile attack"},
		{"en", "Rebel shelling hit the centre of Qusayr on Tuesday and the blasts killed "
		       "three people.", "Shelling/artillery/missile attack"},
		{"en", "Warplanes struck Qusayr on Tuesday, and a series of explosions killed "
		       "three people.", "Air/drone strike"},
		{"en", "An explosion killed three people at the market of Qusayr on Tuesday.",
		 "Remote explosive/landmine/IED"},
		{"en", "A bomb exploded at the market of Qusayr on Tuesday, killing three people.",
		 "Remote explosive/landmine/IED"},
		{"en", "A bombing at the market of Qusayr killed three people on Tuesday.",
		 "Remote explosive/landmine/IED"},
		{"en", "Government bombing raids on Qusayr killed 14 people on Tuesday.",
		 "Air/drone strike"},
		{"en", "A regime bombing campaign on Qusayr killed 14 people this week.",
		 "Air/drone strike"},
		/* a bombardment, one or many, is shelling where nothing says from the air */
		{"en", "Army units carried out heavy bombardments on the outskirts of Qusayr on "
		       "Tuesday, killing 48 militants.", "Shelling/artillery/missile attack"},
		{"en", "Aerial bombardments on Qusayr killed 14 people on Tuesday.", "Air/drone strike"},
		{"ar", "سقطت قذيفة صاروخية على حي سكني في بلدة القصير يوم الثلاثاء، وأدى الانفجار "
		       "إلى مقتل ثلاثة أشخاص.", "Shelling/artillery/missile attack"},
		{"ar", "قتل ثلاثة أشخاص بانفجار في سوق بلدة القصير يوم الثلاثاء.",
		 "Remote explosive/landmine/IED"},
	};

	(void)state;
	fx_sub_typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A bombing with an aircraft beside it, or right after who bombs from the
 * air, is an air strike; with neither, a bomb (a force named after it is
 * its target).
 */
static void test_framing_bombing_doer(void **state)
{
	static const char *const cases[][3] = {
		{"en", "The regime's bombing of Qusayr killed 14 people on Tuesday.", "Air/drone strike"},
		{"en", "Coalition bombs hit a school in Qusayr on Tuesday, killing nine children.",
		 "Air/drone strike"},
		{"en", "The Syrian regime bombs the rebel district of Qusayr for a third day, "
		       "killing six civilians on Tuesday.", "Air/drone strike"},
		{"en", "An aerial bomb hit a house in Qusayr on Tuesday, killing a mother and her son.",
		 "Air/drone strike"},
		{"en", "Bombs dropped by helicopters killed 14 people in Qusayr on Tuesday.",
		 "Air/drone strike"},
		/* with neither, a bomb */
		{"en", "A bombing targeting government forces killed three soldiers in Qusayr on "
		       "Tuesday.", "Remote explosive/landmine/IED"},
		{"en", "Two bombs went off near a bakery in Qusayr on Tuesday, killing three people.",
		 "Remote explosive/landmine/IED"},
		/* Arabic: a bombardment with an aircraft beside it; a bomb that hit a patrol */
		{"ar", "قصفت طائرات النظام بلدة القصير يوم الثلاثاء ما أدى إلى مقتل 14 شخصا.",
		 "Air/drone strike"},
		{"ar", "قتل ثلاثة جنود بانفجار عبوة ناسفة استهدفت دورية لقوات النظام في القصير يوم "
		       "الثلاثاء.", "Remote explosive/landmine/IED"},
	};

	(void)state;
	fx_sub_typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * What did the harm is the cue nearest before the figure of the dead, the
 * subject of the killing, else the nearest after it: a strike that killed
 * civilians while fighting went on is the event, and so is a fight that
 * killed fighters while strikes hit the town.
 */
static void test_framing_harm_doer(void **state)
{
	static const char *const cases[][3] = {
		{"en", "Air strikes on villages near Qusayr killed 20 civilians on Tuesday as heavy "
		       "fighting raged between militants and government forces.",
		 "Explosions/Remote violence"},
		{"en", "Twenty civilians were killed in air strikes on villages near Qusayr on Tuesday "
		       "during heavy clashes between militants and government forces.",
		 "Explosions/Remote violence"},
		{"ar", "قتل 20 مدنيا بغارات جوية على قرى قرب القصير يوم الثلاثاء بينما كانت الاشتباكات "
		       "العنيفة مستمرة بين المسلحين والقوات الحكومية.", "Explosions/Remote violence"},
		{"ar", "قتل 20 مدنيا في غارات جوية على قرى قرب القصير يوم الثلاثاء خلال اشتباكات عنيفة "
		       "بين المسلحين والقوات الحكومية.", "Explosions/Remote violence"},
		/* the fight did the harm, the strikes are told beside it */
		{"en", "Heavy clashes between militants and government forces near Qusayr killed 12 "
		       "fighters on Tuesday, while air strikes hit the town.", "Battles"},
	};

	(void)state;
	fx_typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A bomber named by his vehicle blew up with it, and so did a blast told
 * as a suicide's; bombers alone may be aircraft.
 */
static void test_framing_vehicle_bomber(void **state)
{
	static const char *const cases[][3] = {
		{"en", "A motorcycle bomber killed 12 civilians outside a bakery in Qusayr on Tuesday, "
		       "a monitor said.", "Suicide bomb"},
		{"en", "Two car bombers struck a checkpoint near Qusayr on Tuesday, killing five "
		       "policemen.", "Suicide bomb"},
		{"ar", "فجر انتحاري دراجة نارية مفخخة أمام مخبز في القصير يوم الثلاثاء ما أدى إلى مقتل "
		       "12 مدنيا.", "Suicide bomb"},
		{"en", "Russian bombers struck Qusayr on Tuesday, killing 12 civilians.", "Air/drone strike"},
		/* "suicide" before a word of a blast or an attack */
		{"en", "Twin suicide blasts hit a checkpoint near Qusayr on Tuesday, killing six soldiers.",
		 "Suicide bomb"},
		{"ar", "قتل ستة جنود بتفجير انتحاري مزدوج استهدف حاجزا قرب القصير يوم الثلاثاء.",
		 "Suicide bomb"},
	};

	(void)state;
	fx_sub_typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* A beating, hard or deadly or told of the person beaten, is an attack; an attack beaten back is none. */
static void test_framing_beating(void **state)
{
	static const char *const cases[][3] = {
		{"en", "Soldiers at a checkpoint near Jasim brutally beat two farmers on Monday, wounding "
		       "both.", "Violence against civilians"},
		{"ar", "اعتدى جنود على مزارعين اثنين بالضرب المبرح قرب جاسم يوم الإثنين ما أدى إلى "
		       "إصابتهما.", "Violence against civilians"},
		{"en", "A man was beaten to death by gunmen in Jasim on Monday.", "Violence against civilians"},
		{"ar", "توفي معتقل في جاسم يوم الإثنين إثر تعرضه للضرب المبرح على أيدي حراس السجن.",
		 "Violence against civilians"},
		{"en", "The army said an attack on its positions near Jasim was beaten back on Monday, "
		       "killing 12 militants.", "Battles"},
	};

	(void)state;
	fx_typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Setting fire to property is a cue of its destruction in both languages
 * ("أضرم مستوطنون النار في منازل", "أحرقوا سيارات", "set fire to", "set
 * alight"); told with a shooting told as the happening it followed, the
 * two are two events.
 */
static void test_framing_arson(void **state)
{
	static const char *const cases[][3] = {
		{"ar", "أضرم مستوطنون النار في منازل بقرية عقربا جنوب نابلس يوم الخميس.",
		 "Looting/property destruction"},
		{"ar", "أحرقت مجموعة من المستوطنين سيارات ومحاصيل في قرية عقربا جنوب نابلس يوم الخميس.",
		 "Looting/property destruction"},
		{"en", "Settlers set alight three cars in the village of Aqraba near Nablus on Thursday.",
		 "Looting/property destruction"},
		{"en", "A group of settlers set fire to a barn in the village of Aqraba near Nablus on "
		       "Thursday.",
		 "Looting/property destruction"},
	};
	struct fx f;

	(void)state;
	fx_sub_typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
	fx_open(&f, "ar", "أضرم مستوطنون النار في منازل في قرية عقربا جنوب نابلس مساء الخميس بعد هجوم "
			   "بإطلاق النار نفذه مسلح قرب القرية وأسفر عن مقتل مستوطن.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);
}

/*
 * A weak cue of violence types a happening its sentence tells with a
 * strong cue of another kind ("attacked farmhouses ... and set fire to
 * two tractors"): the event stands, alone or after another happening;
 * the weak cue alone, of no figure, is still none.
 */
static void test_filter_strong_other_cue(void **state)
{
	static const char *const stands[][2] = {
		{"en", "Settlers attacked farmhouses in the village of Burin on Saturday and set fire "
		       "to two tractors, residents said."},
		{"ar", "هاجم مستوطنون منازل في قرية بورين يوم السبت وأضرموا النار في جرارين زراعيين."},
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(stands) / sizeof(stands[0]); i++)
		assert_int_equal(fx_nevents(stands[i][0], stands[i][1]), 1);
	assert_int_equal(fx_nevents("en", "Two soldiers were wounded when a bomb exploded in Kafr "
					  "Nabl on Friday. Separately, settlers attacked farmhouses "
					  "in the village of Burin and set fire to two tractors."),
			 2);
	assert_int_equal(fx_nevents("ar", "أصيب جنديان بانفجار عبوة ناسفة في كفرنبل يوم الجمعة. وفي "
					  "سياق آخر، هاجم مستوطنون منازل في قرية بورين وأضرموا "
					  "النار في جرارين زراعيين."),
			 2);
	assert_int_equal(fx_nevents("en", "Settlers attacked farmhouses in the village of Burin on "
					  "Saturday, residents said."),
			 0);
	assert_int_equal(fx_nevents("ar", "هاجم مستوطنون منازل في قرية بورين يوم السبت."), 0);
}

/* The frame decision: the readings an event's cues propose, and no event at all. */
/*
 * One event, with one figure, of type `type` when not NULL: a deed of the
 * report told beside words of another time or of no violence.
 */
static void one_counted_event(const char *lang, const char *text, const char *type)
{
	struct fx f;

	fx_open(&f, lang, text);
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].nclaims, 1);
	if (type)
		assert_string_equal(f.d->events[0].event_type, type);
	fx_close(&f);
}

/*
 * A court judging a deed tells of the deed's time: the cue a word of
 * justice governs frames nothing, the judged counted after it are no one
 * hurt, and a toll in a relative clause of a recalled happening is that
 * happening's.  Deaths a traffic accident, a collapse or an electric shock
 * caused are no figures of violence.  A deed of the report told beside
 * such words is still told.
 */
static void test_framing_judged_and_accidents(void **state)
{
	struct fx f;

	(void)state;
	fx_no_event_told("en", "A court in Jasim sentenced four men to death on Monday for the bombing "
		      "of the market in 2015.");
	fx_no_event_told("ar", "أصدرت محكمة في بلدة جاسم يوم الإثنين حكما بالإعدام على أربعة رجال "
		      "بتهمة تفجير السوق.");
	fx_no_event_told("en", "The trial of a former officer charged with the massacre of 20 villagers "
		      "near Jasim opened on Monday.");
	fx_no_event_told("ar", "بدأت يوم الإثنين محاكمة ضابط سابق بتهمة خطف 12 ناشطا في بلدة جاسم.");
	/* the judged told before the judgement */
	fx_no_event_told("en", "Two men were sentenced to death in Jasim on Monday for the bombing of "
		      "the market.");
	/* a toll told before the court it was near */
	one_counted_event("en", "Three people were killed near the court in Jasim on Monday by a "
			    "roadside bomb.", NULL);
	/* the dead a memory names are no figure of the gathering's report ... */
	fx_open(&f, "ar", "نظم أهالي بلدة جاسم يوم الإثنين وقفة إحياء لذكرى 12 شخصا قتلوا بتفجير "
		 "سيارة مفخخة في السوق.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	fx_close(&f);
	/* ... but those killed after a harm told since the memory are */
	fx_open(&f, "ar", "في ذكرى الثورة قتلت قوات النظام 5 متظاهرين في بلدة جاسم يوم الإثنين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	fx_close(&f);
	/* a toll in a relative clause of the happening an anniversary names */
	fx_no_event_told("ar", "نظم أهالي بلدة جاسم يوم الإثنين وقفة في الذكرى الخامسة للتفجير الذي "
		      "أودى بحياة 37 شخصا.");
	/* a bomb near a court, an attack on one: the report's deeds */
	one_counted_event("ar", "انفجرت عبوة ناسفة قرب محكمة بلدة جاسم يوم الإثنين ما أدى إلى مقتل 3 "
			    "أشخاص.", "Explosions/Remote violence");
	one_counted_event("en", "Gunmen stormed the court in Jasim on Monday and killed 3 guards.", NULL);
	/* a killing told before a judgement of another */
	one_counted_event("en", "Gunmen killed 3 people in Jasim on Monday, a day after a court there "
			    "sentenced two of their leaders.", NULL);
	/* a year's toll a speaker gave on a day: the day dates the saying */
	fx_open(&f, "en", "The United Nations said on Monday that 12 aid workers were killed in "
		 "Syria in 2022.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	fx_close(&f);
	/* a toll the speaker gave of no year keeps it */
	fx_open(&f, "en", "The United Nations said on Monday that 12 aid workers were killed in "
		 "Jasim.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	fx_close(&f);
	/* deaths by accident, collapse or electric shock */
	fx_expect_no_events((const char *const[][2]){
		{"en", "Nine people were killed on Monday when a bus collided with a lorry near Jasim."},
		{"ar", "قتل تسعة أشخاص يوم الإثنين إثر اصطدام حافلة بشاحنة قرب بلدة جاسم."},
		{"ar", "توفي شاب بصعقة كهربائية في بلدة جاسم يوم الإثنين."},
		{"en", "Three people died on Monday when their car overturned near Jasim."}}, 4);
	/*
	 * the cause in a clause apart from the figure: the report still tells
	 * of no violence ("no violent event" weighs causes too)
	 */
	fx_expect_no_events((const char *const[][2]){
		{"en", "Six people, including two children, died on Monday when a building collapsed "
		       "in Jasim."}}, 1);
	/* a building shelling brought down: the shelling's toll */
	one_counted_event("en", "Shelling on Jasim on Monday caused a building to collapse, killing 3 "
			    "people.", "Explosions/Remote violence");
	/* a collision of armed vehicles in a clause of its own, a strike in another */
	one_counted_event("en", "A drone strike hit a car in Jasim on Monday, killing 2 fighters, after a "
			    "bus collided with a lorry nearby.", NULL);
}

/* Each report of `docs` (language, text) has `want` events. */
static void events_each(const char *const docs[][2], size_t n, size_t want)
{
	struct fx f;
	size_t k;

	for (k = 0; k < n; k++) {
		fx_open(&f, docs[k][0], docs[k][1]);
		assert_int_equal(f.d->nevents, want);
		fx_close(&f);
	}
}

/*
 * Weapons shown or tried in a drill or a parade, no one harmed, make no
 * event; a shell that killed during a drill, or a rocket that struck a
 * parade, does.  A truce or a deal with no figure is no event either.
 */
static void test_framing_drill(void **state)
{
	static const char *const none[][2] = {
		{"en", "The navy held exercises off the coast of Tartus on Monday, firing missiles at targets at sea."},
		{"en", "The army held a parade in Hama on Monday, with tanks and helicopters passing the stands."},
		{"ar", "أجرت البحرية مناورات قبالة سواحل طرطوس يوم الإثنين أطلقت خلالها صواريخ على أهداف بحرية."},
		{"ar", "نفذ الجيش يوم الإثنين مناورة في حماة تحاكي قصفا مدفعيا على مواقع معادية."},
		{"en", "The two sides agreed on a truce in Hama on Monday, the mediators said."},
		{"ar", "اتفق الطرفان يوم الإثنين على هدنة في حماة، بحسب الوسطاء."},
	};
	struct fx f;

	(void)state;
	events_each(none, sizeof(none) / sizeof(none[0]), 0);
	fx_open(&f, "en", "Two soldiers were killed when a shell exploded during army exercises near Hama on Monday.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "ar", "قتل جنديان بانفجار قذيفة خلال مناورات للجيش قرب حماة يوم الإثنين.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "A rocket struck a military parade in Hama on Monday.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
}

/*
 * A weapon bought, sold, supplied, seized, stored or cleared, no one
 * harmed in its sentence, makes no event, nor does a boiler that burst
 * or a deed sanctions were imposed for; weapons so named that struck and
 * harmed make one.
 */
static void test_framing_goods(void **state)
{
	static const char *const none[][2] = {
		{"en", "Iraq signed a deal in Baghdad on Monday to buy 14 fighter jets from South Korea."},
		{"en", "The ministry accused the company of supplying drones and rockets to the militia in Hama on Monday."},
		{"en", "The demining of 2,000 landmines around Hama was finished on Monday."},
		{"ar", "وقع العراق في بغداد يوم الإثنين صفقة لشراء 14 طائرة حربية من كوريا الجنوبية."},
		{"ar", "اتهمت الوزارة يوم الإثنين الشركة بتزويد الميليشيا بطائرات مسيرة في حماة."},
		{"ar", "أزالت الفرق أكثر من ألفي لغم من الحقول قرب حماة يوم الإثنين."},
		/* a boiler that burst is no violence (cues.tsv hazard, cause) */
		{"en", "A boiler exploded at a cement factory near Hama on Monday, killing four workers."},
		{"ar", "قتل أربعة عمال بانفجار مرجل في معمل قرب حماة يوم الإثنين."},
		/* sanctions judge a deed done before (cues.tsv justice) */
		{"en", "The European Union imposed sanctions on Monday on two commanders it blames for the shelling of Hama."},
		{"ar", "فرض الاتحاد الأوروبي يوم الإثنين عقوبات على قائدين يحملهما مسؤولية قصف حماة."},
	};
	static const char *const some[][2] = {
		{"en", "Drones supplied by Iran struck Hama on Monday, killing four people."},
		{"en", "The army said rockets bought abroad hit the town of Hama on Monday, wounding six civilians."},
		{"ar", "قتل أربعة أشخاص يوم الإثنين بغارة طائرات مسيرة زودتها إيران للميليشيا على حماة."},
		{"ar", "أصيب ستة مدنيين بصواريخ اشترتها الميليشيا سقطت على حماة يوم الإثنين."},
	};
	(void)state;
	events_each(none, sizeof(none) / sizeof(none[0]), 0);
	events_each(some, sizeof(some) / sizeof(some[0]), 1);
}

/*
 * The bodies or remains of the dead handed over, exchanged or brought
 * home are no toll, and a blast, a fire or a drowning put down to a cause
 * of no violence (a gas leak, a short circuit) makes no event; the bodies
 * of those an attack of now killed, and a blast put down to an attack,
 * keep theirs.
 */
static void test_framing_remains_accident(void **state)
{
	static const char *const none[][2] = {
		{"en", "The remains of nine soldiers who died in fighting two years ago were handed over to the army in Hama on Monday."},
		{"en", "The bodies of 17 migrants were repatriated to Syria on Monday and reburied in Hama."},
		{"en", "Jordan received the bodies of three fighters in an exchange at the Jasim crossing on Monday."},
		{"ar", "تسلم الجيش يوم الإثنين رفات تسعة جنود في مدينة حماة عبر الصليب الأحمر."},
		{"ar", "جرى يوم الإثنين استلام جثامين خمسة مقاتلين في بلدة جاسم في إطار صفقة تبادل."},
		{"en", "Three workers were killed in an explosion at a bakery in Hama on Monday that officials blamed on a gas leak."},
		{"en", "A fire swept through a market in Hama on Monday, killing six people. Firefighters blamed an electrical short circuit."},
		{"ar", "قتل ثلاثة عمال يوم الإثنين بانفجار في مخبز بمدينة حماة بسبب تسرب غاز."},
		{"ar", "توفي ستة أشخاص في حريق اندلع في سوق مدينة حماة يوم الإثنين نتيجة ماس كهربائي."},
		{"ar", "توفي طفلان غرقا في نهر العاصي قرب حماة يوم الإثنين."},
	};
	static const char *const some[][2] = {
		{"en", "Rescuers pulled the bodies of nine civilians killed in an air strike on a market in Hama on Monday."},
		{"ar", "انتشلت فرق الإنقاذ جثامين تسعة مدنيين قتلوا في غارة جوية على سوق مدينة حماة يوم الإثنين."},
		{"en", "Three workers were killed in an explosion at a bakery in Hama on Monday that officials blamed on the militants."},
		{"ar", "قتل ثلاثة عمال يوم الإثنين بانفجار عبوة ناسفة في مخبز بمدينة حماة بسبب هجوم للمسلحين."},
	};
	(void)state;
	events_each(none, sizeof(none) / sizeof(none[0]), 0);
	events_each(some, sizeof(some) / sizeof(some[0]), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_framing_protested),
		cmocka_unit_test(test_framing_responded),
		cmocka_unit_test(test_framing_supported),
		cmocka_unit_test(test_framing_took_part),
		cmocka_unit_test(test_framing_harm_joined),
		cmocka_unit_test(test_framing_raid_aircraft),
		cmocka_unit_test(test_framing_bombing_doer),
		cmocka_unit_test(test_framing_harm_doer),
		cmocka_unit_test(test_framing_vehicle_bomber),
		cmocka_unit_test(test_framing_beating),
		cmocka_unit_test(test_framing_equipped),
		cmocka_unit_test(test_framing_killed_armed),
		cmocka_unit_test(test_framing_bare_strike),
		cmocka_unit_test(test_framing_undergone),
		cmocka_unit_test(test_framing_fire_opened),
		cmocka_unit_test(test_framing_crowd_control),
		cmocka_unit_test(test_framing_attack_target),
		cmocka_unit_test(test_framing_intercepted),
		cmocka_unit_test(test_framing_arson),
		cmocka_unit_test(test_filter_strong_other_cue),
		cmocka_unit_test(test_framing_blast_means),
		cmocka_unit_test(test_framing_judged_and_accidents),
		cmocka_unit_test(test_framing_drill),
		cmocka_unit_test(test_framing_goods),
		cmocka_unit_test(test_framing_remains_accident),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
