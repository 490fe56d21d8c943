/*
 * test_figures1.c - the extraction stage of figures: the counts of people a
 * report claims, and what a number means (src/extract/figures.c), part 1 of
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

/* ---- figures.c ------------------------------------------------------- */

/* Quotation marks around a count's words quote them: the count still reaches its verb. */
/*
 * A description of a kind ("a monitor", "a rights group", "مرصد حقوقي") is
 * the one source of that kind the report names, before or after it; with
 * none, or two, it stays a description.
 */
static void test_attribution_described_body(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Air strikes killed 14 civilians in the town of Kafr Zita on Monday, a monitor said. "
		 "The Syrian Observatory for Human Rights said the strikes hit a bakery.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "The Syrian Network for Human Rights said shelling hit Jisr al-Shughur. "
		 "A rights group said 15 people were wounded.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 15)->src), "snhr");
	fx_close(&f);
	/* no body of its kind named: a description still */
	fx_open(&f, "en", "Shelling killed 5 people in Ariha, a monitor said. Reuters said the town was hit twice.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "monitoring_group");
	fx_close(&f);
	/* two of its kind: which one it is, the text does not say */
	fx_open(&f, "en", "Air strikes killed 9 people in Binnish, a monitor said. The Syrian Observatory for "
		 "Human Rights and the Syrian Network for Human Rights condemned the strikes.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "monitoring_group");
	fx_close(&f);
	fx_open(&f, "ar", "قتل 13 مدنيا في قصف على بلدة سرمين، بحسب مرصد حقوقي. "
		 "وقال المرصد السوري لحقوق الإنسان إن القصف استهدف سوقا شعبية.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 13)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "ar", "أفادت منظمة حقوقية بمقتل 6 أشخاص في بلدة معرة مصرين.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "rights_group");
	fx_close(&f);
}

/*
 * A speaker no lexicon entry names stands by its proper name as the
 * subject of an English reporting verb, before it or closing the sentence
 * after it, and speaks by its words; a word opening the sentence alone, a
 * place, a capitalised "States" are no such speaker.
 */
static void test_attribution_proper_name(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A car bomb killed 14 people in the market of Tadmur on Monday, "
		 "the Northern Rights Institute said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "Northern Rights Institute");
	fx_close(&f);
	fx_open(&f, "en", "Regional envoy Marta Kowalczyk said on Friday that the strike killed 8 farmers near Tadmur.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "Marta Kowalczyk");
	fx_close(&f);
	fx_open(&f, "en", "Shelling wounded 6 people in the old quarter of Tadmur, said Karim Haddad.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 6)->src), "Karim Haddad");
	fx_close(&f);
	fx_open(&f, "en", "Gunmen killed 5 guards at a checkpoint near Tadmur, the pro-government al-Waha Radio reported.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "al-Waha Radio");
	fx_close(&f);
	/* one word opening the sentence may be a noun: the outlet's still */
	fx_open(&f, "en", "A bomb went off in Tadmur. Television said 7 people were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "outlet");
	fx_close(&f);
	fx_open(&f, "en", "A drone strike near Tadmur wounded 4 United States soldiers and a contractor.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "outlet");
	fx_close(&f);
	/* a name a preposition or a relative pronoun governs is no subject */
	fx_open(&f, "en", "A first toll for the shelling of Tal Hamra reported 5 people were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "outlet");
	fx_close(&f);
	fx_open(&f, "en", "Eleven people died in the blast that Western Capitals blame on the militia.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 11)->src), "outlet");
	fx_close(&f);
	/* after the verb, a name closes its clause: "said Around 15 ..." opens what was said */
	fx_open(&f, "en", "A bomb went off in Tadmur. He said Around 15 people were killed.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 15)->src), "Around");
	fx_close(&f);
	/* a letter alone is a piece of an abbreviation */
	fx_open(&f, "en", "Gunmen killed 9 guards near Tadmur, according to U.S. officials.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "U");
	fx_close(&f);
}

/*
 * A pronoun standing right before a saying verb is its subject: a source
 * after the verb is a word of what was said, and the pronoun names the
 * speaker before it again.
 */
static void test_attribution_pronoun_subject(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "State television reported a car bomb in the market of Tadmur on Monday. "
		 "In a later bulletin it said medics were still treating victims and that 14 people had been killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "syria_tv");
	fx_close(&f);
	fx_open(&f, "en", "SANA reported shelling on the old quarter of Tadmur. "
		 "On Monday evening it said activists were searching the rubble and that 9 people were wounded.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 9)->src), "sana");
	fx_close(&f);
	/* a source before the verb is still its subject */
	fx_open(&f, "en", "Medics said 6 people were killed in the market of Tadmur.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "medical_sources");
	fx_close(&f);
}

/*
 * A name right before a saying verb is its subject, as a pronoun is: a
 * source after the verb is a word of what was said ("Haddad said rescuers
 * were searching"), and the figures after it are not the rescuers'.
 */
static void test_attribution_name_subject_before(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Karim Haddad, a spokesman for the Syrian Civil Defence, said 15 people were killed "
		 "in the market of Tadmur. Haddad said rescuers were still searching the rubble. He said 30 "
		 "were wounded.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 30)->src), "rescuers");
	fx_close(&f);
	/* the source itself before the verb still speaks */
	fx_open(&f, "en", "A shell hit the market of Tadmur. Rescuers said 30 people were wounded.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 30)->src), "rescuers");
	fx_close(&f);
}

/*
 * The army as the subject of a deed is no speaker; a government
 * spokesman is an official source, not the outlet.
 */
static void test_attribution_official_subject(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The army shelled the village of Kafr Tuna, killing 4 people, activists said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "activists");
	fx_close(&f);
	/* a government spokesman is an official source, not the outlet */
	fx_open(&f, "en", "A government spokesman told reporters that 5 policemen were killed near Tadmur.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "official_sources");
	fx_close(&f);
}

/*
 * A quotation going on after a sentence that quotes its named speaker is
 * that speaker's, and "we" inside it is the speaker, no name; a sentence
 * after it with no quotation mark is the outlet's again.
 */
static void test_attribution_quote_goes_on(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A bomb hit the market of Tadmur on Monday.\n\n\u201cIt was a massacre,\u201d said "
		 "Karim Haddad, a farmer. \u201cWe counted 12 dead.\u201d");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 12)->src), "Karim Haddad");
	fx_close(&f);
	fx_open(&f, "en", "A bomb hit the market of Tadmur on Monday.\n\n\u201cIt was a massacre,\u201d said "
		 "Karim Haddad, a farmer. \u201cEight more were wounded.\u201d");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 8)->src), "Karim Haddad");
	fx_close(&f);
	fx_open(&f, "en", "A bomb hit the market of Tadmur on Monday.\n\n\u201cIt was a massacre,\u201d said "
		 "Karim Haddad, a farmer. Eight more were wounded.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 8)->src), "outlet");
	fx_close(&f);
	/* no speaker quoted before: "we" names nobody, and the figure is no one's "We" */
	fx_open(&f, "en", "A bomb hit the market of Tadmur on Monday. \u201cWe counted 12 dead.\u201d");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 12)->src), "We");
	fx_close(&f);
}

/*
 * A parenthesis between a subject and its verb: a relative clause names
 * no speaker ("The monitor, which relies on sources inside Syria, said":
 * the monitor named before speaks); a name before it is the speaker.
 */
static void test_attribution_parenthesis(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Clashes broke out near Tadmur on Monday. The Syrian Observatory for Human Rights "
		 "reported the fighting. The monitor, which relies on a network of sources inside Syria, "
		 "said 28 rebels were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 28)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "A car bomb hit the market of Tadmur on Monday. Karim Haddad, the director of the "
		 "town hospital, told reporters that 14 people had been killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "Karim Haddad");
	fx_close(&f);
	/* a frame opening the sentence: the actor is the subject of the verb after it */
	fx_open(&f, "en", "A drone struck a car near Sinjar on Monday. In a statement, the YBS said three of "
		 "its fighters were killed and blamed Turkey.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "outlet");
	fx_close(&f);
}

/*
 * A body the lexicon does not know speaks by the noun phrase its kind
 * heads (cues.tsv `body`): after an Arabic saying verb or "بحسب", the
 * head first; before an English verb, the head last; after "according
 * to" to the end of its clause.  A head alone names a body again, and a
 * noun of organisations that is no subject speaks for no figure.
 */
static void test_attribution_unlisted_body(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قالت رابطة ممرضي الوادي الشرقي إن 11 مدنيا قتلوا في قصف على بلدة كفرنبل.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 11)->src), "رابطة ممرضي الوادي الشرقي");
	fx_close(&f);
	fx_open(&f, "ar", "قتل 7 مدنيين في قصف على بلدة كفرنبل، بحسب شبكة مسعفي الجبل.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "شبكة مسعفي الجبل");
	fx_close(&f);
	fx_open(&f, "en", "A drone strike killed 13 farmers near Tadmur on Monday, a valley farmers' "
		 "council said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 13)->src), "valley farmers' council");
	fx_close(&f);
	fx_open(&f, "en", "Shelling hit the old quarter of Tadmur on Monday. The Tadmur Media Office said "
		 "12 people were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 12)->src), "Tadmur Media Office");
	fx_close(&f);
	fx_open(&f, "en", "Shelling wounded 8 people in the old quarter of Tadmur, according to the "
		 "committee of nurses in the valley.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 8)->src), "committee of nurses in the valley");
	fx_close(&f);
	/* a modifier after the head: a preposition and what follows, in Arabic a place after "في" */
	fx_open(&f, "en", "The strike killed 10 farmers near Tadmur, the teachers' union in the valley said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 10)->src), "teachers' union in the valley");
	fx_close(&f);
	fx_open(&f, "ar", "وأفادت هيئة الإغاثة في كفرنبل بمقتل 10 مزارعين في قصف على البلدة.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 10)->src), "هيئة الإغاثة في كفرنبل");
	fx_close(&f);
	/* a definite description names a body again: the speaker before speaks on */
	fx_open(&f, "en", "A car bomb went off in the market of Tadmur, the Syrian Observatory for Human "
		 "Rights said. \"It also wounded 9 people\" the Coventry-based organisation said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 9)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "ar", "أفاد المرصد السوري لحقوق الإنسان بقصف على بلدة كفرنبل. وقالت المنظمة الحقوقية "
		 "إن 6 مدنيين قتلوا.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "sohr");
	fx_close(&f);
	/* a head alone names a body again; a body that is no subject speaks for nobody */
	fx_open(&f, "en", "A bomb went off in Tadmur. The committee said 5 people were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "outlet");
	fx_close(&f);
	fx_open(&f, "en", "A bomb killed 6 people in Tadmur and he said the farmers' council met.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "farmers' council met");
	fx_close(&f);
	fx_open(&f, "en", "A shell hit the office of the nurses' union in Tadmur, killing 4 people.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "outlet");
	fx_close(&f);
}

/* Refusing ("رفض دعوات", "rejected calls") is no denial of a figure; rejecting an accusation is. */
static void test_attribution_refusal(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "رفضت الفصائل دعوات التهدئة بعد مقتل 12 مدنيا بقصف على بلدة كفرنبل.");
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 12)->denied);
	fx_close(&f);
	fx_open(&f, "ar", "أصدر الجيش بيانا رافضا الاتهامات بأن قصفه قتل 12 مدنيا في بلدة كفرنبل.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 12)->denied);
	fx_close(&f);
	fx_open(&f, "en", "The army rejected the accusations that its shelling killed 12 civilians in Kafr Nabl.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 12)->denied);
	fx_close(&f);
}

static void test_figures_quoted(void **state)
{
	struct fx f;
	struct rasd_claim figs[RASDP_MAX_FIGS];
	size_t n;

	(void)state;
	fx_open(&f, "en", "The mayor said \"four farmers, among them two brothers\" were shot dead near Beta.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_true(n >= 1);
	assert_int_equal(figs[0].value, 4);
	assert_int_equal(figs[0].kind, RASD_CAS_KILLED);
	fx_close(&f);

	fx_open(&f, "ar", "وقال رئيس البلدية إن «أربعة مزارعين بينهم شقيقان» من أهالي البلدة قتلوا.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_true(n >= 1);
	assert_int_equal(figs[0].value, 4);
	assert_int_equal(figs[0].kind, RASD_CAS_KILLED);
	fx_close(&f);

}

/*
 * An aside after the count telling what most or all of it were ("share"
 * in cues.tsv), or a relative clause set off by commas, does not part the
 * count from its verb of harm.
 */
static void test_figures_share_aside(void **state)
{
	/* one figure in the sentence: its value and kind */
	static const struct {
		const char *lang, *text;
		int64_t value;
		int kind;
	} one[] = {
		{ "en", "The mayor said 11 farmers, mostly young men, were shot dead near Beta.", 11,
		  RASD_CAS_KILLED },
		{ "en", "Eight guards, all of them conscripts, died in the ambush near Beta.", 8,
		  RASD_CAS_KILLED },
		/* a relative clause set off by commas is passed over too */
		{ "en", "Forty gunmen, who had crossed the river at dawn, were killed near Beta.", 40,
		  RASD_CAS_KILLED },
		{ "ar", "قال رئيس البلدية إن 11 مزارعا، معظمهم من الشبان، قتلوا قرب البلدة.", 11,
		  RASD_CAS_KILLED },
		{ "ar", "وأفاد المسعفون بأن سبعة أشخاص، جميعهم من النساء، أصيبوا بجروح في القصف.", 7,
		  RASD_CAS_WOUNDED },
	};
	struct fx f;
	struct rasd_claim figs[RASDP_MAX_FIGS];
	size_t n, i;

	(void)state;
	for (i = 0; i < sizeof(one) / sizeof(one[0]); i++) {
		fx_open(&f, one[i].lang, one[i].text);
		n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
		assert_int_equal(n, 1);
		assert_int_equal(figs[0].value, one[i].value);
		assert_int_equal(figs[0].kind, one[i].kind);
		fx_close(&f);
	}

	/*
	 * Two figures: the aside after an object keeps its own verb (wounded,
	 * not killed); a relative clause naming a part gives the count and
	 * its part.
	 */
	fx_open(&f, "en", "Shelling on Beta wounded 12 people, mostly women, and killed two more.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_true(n == 2 && figs[0].value == 12 && figs[0].kind == RASD_CAS_WOUNDED);
	fx_close(&f);
	fx_open(&f, "en", "Nine guards, who included two cooks, were shot dead at the gate of Beta.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_true(n == 2 && figs[0].value == 9 && !figs[0].subset);
	assert_true(figs[1].value == 2 && figs[1].subset);
	fx_close(&f);

	/* the dead as the subject of "include": a part */
	fx_open(&f, "en", "A blast killed 14 people in Beta. The dead include three nurses.");
	n = rasdp_sentence_figures(&f.c, 1, figs, RASDP_MAX_FIGS);
	assert_true(n == 1 && figs[0].value == 3 && figs[0].subset);
	fx_close(&f);
}

/* People counted with where they come from, a list of names, before their verb. */
static void test_figures_origin_list(void **state)
{
	struct fx f;
	struct rasd_claim figs[RASDP_MAX_FIGS];
	size_t n;

	(void)state;
	fx_open(&f, "en", "More than 40 fighters from Chechnya, Tunisia and Libya were killed in the strike.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_true(n >= 1);
	assert_int_equal(figs[0].value, 40);
	assert_int_equal(figs[0].kind, RASD_CAS_KILLED);
	fx_close(&f);

	fx_open(&f, "ar", "أكثر من 40 مقاتلا أجنبيا من الشيشان وتونس وليبيا قتلوا في الغارة.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_true(n >= 1);
	assert_int_equal(figs[0].value, 40);
	assert_int_equal(figs[0].kind, RASD_CAS_KILLED);
	fx_close(&f);

	/* an adjective before the people, a modifier in the list; the name after "from" is no person */
	fx_open(&f, "en", "Over 30 foreign gunmen from the former Yugoslav Republic, Chad and Mali were killed in the raid.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a list that ends on a comma is no subject: the 27 are the wounded */
	fx_open(&f, "ar", "وقتل 18 جنديا من قوات النظام، وأصيب 27 آخرون في انفجار عبوة ناسفة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 18));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 18));
	fx_close(&f);
}

/* People counted with phrases telling who they are, before their verb: the phrases are the subject. */
static void test_figures_subject_phrases(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "At least 20 students from a university in the city have been killed in the shelling.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 20));
	fx_close(&f);
	fx_open(&f, "en", "Twenty workers at a factory near the port were killed on Monday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 20));
	fx_close(&f);
	/* a relative clause describing the people, a partitive */
	fx_open(&f, "en", "Five members of a family who had fled the fighting were wounded in the strike.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 5));
	fx_close(&f);
	fx_open(&f, "en", "Five of the students at a school in the north were wounded in the attack.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 5));
	fx_close(&f);
	fx_open(&f, "ar", "خمسة طلاب من جامعة حلب في الحي الشرقي من المدينة قتلوا في القصف.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	fx_close(&f);
	fx_open(&f, "ar", "ثمانية عمال من مصنع في الحي الصناعي قرب الميناء أصيبوا في الغارة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 8));
	fx_close(&f);

	/* things counted, another count, a clause of its own: the verb is not theirs */
	fx_open(&f, "en", "The strike destroyed 20 houses in the village where two men were killed.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 20));
	fx_close(&f);
	fx_open(&f, "ar", "دمرت الغارة 20 منزلا في القرية التي قتل فيها رجلان.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 20));
	fx_close(&f);
	fx_open(&f, "en", "Twenty students from the university marched to the square where a soldier was killed.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 20));
	fx_close(&f);
	fx_open(&f, "en", "Three of the guards opened fire in the yard before the gunmen were killed.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);
}

/* A side that lost its people: their killed toll; not its things, nor a count with its own word. */
static void test_figures_side_lost(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The militia lost 21 of its gunmen in fighting with the army near the dam on Sunday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 21));
	fx_close(&f);

	fx_open(&f, "ar", "خسرت الميليشيا 21 من عناصرها في معارك مع الجيش قرب السد يوم الأحد.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 21));
	fx_close(&f);

	fx_open(&f, "en", "The militia lost 6 trucks in fighting near the dam, where a shell killed 2 farmers.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	fx_open(&f, "en", "Nine villagers lost their lives and 30 others were injured in the shelling on Sunday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 30));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	fx_close(&f);
}

/* The actor a count's people belong to: tied by "of", "من", "في صفوف"; not the side they fought. */
static void test_figures_group_actor(void **state)
{
	static const struct {
		const char *lang, *text;
		int isis;       /* the eight are the Islamic State's */
	} cases[] = {
		{ "en", "Eight fighters of the Islamic State group were killed near the dam on Sunday.", 1 },
		{ "en", "Shelling killed eight soldiers in clashes with Islamic State fighters near the dam on Sunday.", 0 },
		{ "ar", "قتل 8 عناصر من تنظيم الدولة الإسلامية قرب السد يوم الأحد.", 1 },
		{ "ar", "قتل 8 عناصر في اشتباكات مع تنظيم الدولة الإسلامية قرب السد يوم الأحد.", 0 },
	};
	size_t k;

	(void)state;
	for (k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
		const struct rasd_claim *c;
		struct fx f;

		fx_open(&f, cases[k].lang, cases[k].text);
		c = fx_claim(f.d, RASD_CAS_KILLED, 8);
		assert_non_null(c);
		assert_int_equal(c->who_actor >= 0 &&
				 !strcmp(rasdp_lex_actor(fx_lexicon(), (size_t)c->who_actor)->id, "isis"), cases[k].isis);
		fx_close(&f);
	}
}

/* People saved from the rubble are found, not missing; those still under it are. */
static void test_figures_rescued(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A shell hit the school on Friday, killing 4 pupils. Volunteers pulled 9 children "
			   "alive from under the rubble.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_MISSING, 9));
	fx_close(&f);

	fx_open(&f, "ar", "سقطت قذيفة على المدرسة يوم الجمعة فقتلت 4 تلاميذ. وأنقذ المتطوعون 9 أطفال من تحت "
			   "الأنقاض.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_MISSING, 9));
	fx_close(&f);

	fx_open(&f, "en", "A shell hit the school on Friday, killing 4 pupils. 9 children are still missing "
			   "under the rubble.");
	assert_non_null(fx_claim(f.d, RASD_CAS_MISSING, 9));
	fx_close(&f);
}

/* Captives set free are no arrest nor kidnapping; those taken before their release are. */
static void test_figures_released(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The authorities released 31 detainees from the central prison of Hama on Tuesday.");
	assert_null(fx_claim(f.d, RASD_CAS_ARRESTED, 31));
	fx_close(&f);

	fx_open(&f, "en", "The two sides began the exchange of some 600 prisoners in Hama on Sunday.");
	assert_null(fx_claim(f.d, RASD_CAS_ARRESTED, 600));
	fx_close(&f);

	fx_open(&f, "en", "On Sunday 14 hostages freed by the militia reached Hama.");
	assert_null(fx_claim(f.d, RASD_CAS_KIDNAPPED, 14));
	fx_close(&f);

	fx_open(&f, "ar", "أفرجت السلطات اليوم الثلاثاء عن 31 معتقلا من السجن المركزي في حماة.");
	assert_null(fx_claim(f.d, RASD_CAS_ARRESTED, 31));
	fx_close(&f);

	fx_open(&f, "ar", "وصل إلى حماة اليوم 14 رهينة أطلقت الميليشيا سراحهم.");
	assert_null(fx_claim(f.d, RASD_CAS_KIDNAPPED, 14));
	fx_close(&f);

	fx_open(&f, "en", "A teacher kidnapped in Hama last year was freed on Tuesday.");
	assert_null(fx_claim(f.d, RASD_CAS_KIDNAPPED, 1));
	fx_close(&f);

	/* taken, then some set free: the taking stands */
	fx_open(&f, "en", "Police arrested 31 people in Hama on Tuesday and released 9 of them hours later.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 31));
	fx_close(&f);

	fx_open(&f, "ar", "اعتقلت الشرطة اليوم الثلاثاء 31 شخصا في حماة وأفرجت لاحقا عن تسعة منهم.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 31));
	fx_close(&f);

	fx_open(&f, "en", "Gunmen kidnapped a teacher in Hama on Tuesday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KIDNAPPED, 1));
	fx_close(&f);
}

/* A carer of the casualties is not one of them, unless its own fate is told after. */
static void test_figures_carer(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "وقال ممرض عالج الجرحى إن 6 مزارعين قتلوا في القصف على القرية يوم الأحد.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "وقال طبيب عاين الجثث إن 6 مزارعين قتلوا في القصف على القرية يوم الأحد.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "A nurse tending the injured was killed when a second shell hit the village on Sunday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);
}

/* A number of a noun of no one reaches no toll; a toll of the attack does. */
static void test_figures_number_of_things(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Gunmen shelled the village, killing 8 farmers. The count of violations since the "
			   "ceasefire has now reached 212.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 8));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 212));
	fx_close(&f);

	fx_open(&f, "ar", "قصف مسلحون القرية فقتلوا 8 مزارعين. وارتفع عدد الانتهاكات منذ وقف إطلاق النار إلى 212.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 8));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 212));
	fx_close(&f);

	fx_open(&f, "en", "Gunmen shelled the village on Friday, killing 8 farmers. The toll of the shelling "
			   "later rose to 11.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	fx_close(&f);
}

/* A total naming no casualty takes the kind its breakdown agrees on. */
static void test_figures_total_from_parts(void **state)
{
	struct fx f;
	struct rasd_claim figs[RASDP_MAX_FIGS];
	size_t n;

	(void)state;
	fx_open(&f, "en", "Paramedics handled 30 cases, including 9 gunshot injuries and 21 injuries from rubber bullets.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 3);
	assert_int_equal(figs[0].value, 30);
	assert_int_equal(figs[0].kind, RASD_CAS_WOUNDED);
	assert_false(figs[0].subset);
	assert_true(figs[1].subset);
	assert_true(figs[2].subset);
	fx_close(&f);

	fx_open(&f, "ar", "وعالجت الطواقم الطبية 30 حالة، بينها 9 إصابات بالرصاص و21 إصابة بالرصاص المطاطي.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 3);
	assert_int_equal(figs[0].value, 30);
	assert_int_equal(figs[0].kind, RASD_CAS_WOUNDED);
	assert_true(figs[1].subset);
	assert_true(figs[2].subset);
	fx_close(&f);

	/* parts of two kinds: the total stays unread */
	fx_open(&f, "en", "Paramedics handled 30 cases, including 9 gunshot injuries and 2 deaths.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_true(n < 3);
	assert_int_not_equal(figs[0].value, 30);
	fx_close(&f);

	/* cases of an illness are no toll */
	fx_open(&f, "ar", "وسجلت الوزارة 300 حالة كوليرا، منها 40 حالة وفاة و12 حالة وفاة في المخيمات.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	while (n-- > 0)
		assert_int_not_equal(figs[n].value, 300);
	fx_close(&f);
}

/* A part of a toll counts what the toll counts and is marked subset. */
static void test_figures_subset(void **state)
{
	struct fx f;
	struct rasd_claim figs[RASDP_MAX_FIGS];
	size_t n;

	(void)state;
	fx_open(&f, "en", "Nine people were killed, including three children, when shelling hit Jasim.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 2);
	assert_int_equal(figs[0].value, 9);
	assert_false(figs[0].subset);
	assert_int_equal(figs[1].value, 3);
	assert_int_equal(figs[1].kind, RASD_CAS_KILLED);
	assert_true(figs[1].subset);
	assert_string_equal(figs[1].who, "children");
	fx_close(&f);

	/* a count taken out of the dead named after it: "N of those killed", "N من القتلى" */
	fx_open(&f, "en", "Twelve of those killed in the raid on Beta were farm workers.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 1);
	assert_int_equal(figs[0].value, 12);
	assert_true(figs[0].subset);
	fx_close(&f);

	/* a count said to be among the dead after it: "N soldiers were among the dead" */
	fx_open(&f, "en", "The ministry said 14 guards were among the dead in the raid on Beta.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 1);
	assert_int_equal(figs[0].value, 14);
	assert_true(figs[0].subset);
	fx_close(&f);

	fx_open(&f, "ar", "وقالت الوزارة إن 9 عناصر من بين القتلى في الهجوم على بلدة الصفا.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 1);
	assert_int_equal(figs[0].value, 9);
	assert_true(figs[0].subset);
	fx_close(&f);

	/* "among" before no casualty noun is no part */
	fx_open(&f, "en", "Gunmen killed 11 farmers among the olive groves near Beta.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 1);
	assert_false(figs[0].subset);
	fx_close(&f);

	fx_open(&f, "en", "Four of the wounded were taken to a hospital in Beta.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 1);
	assert_int_equal(figs[0].kind, RASD_CAS_WOUNDED);
	assert_true(figs[0].subset);
	fx_close(&f);

	fx_open(&f, "ar", "وكان 7 من القتلى أطفالا بحسب الدفاع المدني.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 1);
	assert_int_equal(figs[0].value, 7);
	assert_true(figs[0].subset);
	fx_close(&f);

	/* a toll of its own: the count is not followed by the dead it is taken from */
	fx_open(&f, "en", "Twelve people were killed in the raid on Beta.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 1);
	assert_false(figs[0].subset);
	fx_close(&f);
}

/*
 * A vague amount ("dozens", "عشرات") is no claim (gold/GUIDE.md): the
 * event keeps it among its vague figures, with ACLED's value and its
 * span; a written figure with a qualifier stays a claim.
 */
static void test_figures_vague(void **state)
{
	struct fx f;
	const struct rasd_claim *v;

	(void)state;
	fx_open(&f, "en", "Dozens were killed when shells hit the market in Jasim on Monday.");
	assert_int_equal(fx_nclaims(f.d), 0);
	assert_int_equal(fx_nvague(f.d), 1);
	v = &f.d->events[0].vague[0];
	assert_int_equal(v->kind, RASD_CAS_KILLED);
	assert_int_equal(v->qualifier, RASD_Q_VAGUE);
	assert_int_equal(v->value, 12);
	assert_memory_equal(f.d->text + v->start, "Dozens", 6);
	fx_close(&f);

	fx_open(&f, "en", "At least 12 were killed when shells hit the market in Jasim on Monday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 12)->qualifier, RASD_Q_AT_LEAST);
	assert_int_equal(fx_nvague(f.d), 0);
	fx_close(&f);

	/* beside a written figure of another kind: each in its own list */
	fx_open(&f, "ar", "قتل 4 مدنيين وأصيب العشرات بقصف على سوق مدينة جاسم يوم الاثنين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_int_equal(fx_nclaims(f.d), 1);
	assert_int_equal(fx_nvague(f.d), 1);
	fx_close(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_attribution_described_body),
		cmocka_unit_test(test_attribution_refusal),
		cmocka_unit_test(test_attribution_proper_name),
		cmocka_unit_test(test_attribution_unlisted_body),
		cmocka_unit_test(test_attribution_pronoun_subject),
		cmocka_unit_test(test_attribution_name_subject_before),
		cmocka_unit_test(test_attribution_official_subject),
		cmocka_unit_test(test_attribution_quote_goes_on),
		cmocka_unit_test(test_attribution_parenthesis),
		cmocka_unit_test(test_figures_quoted),
		cmocka_unit_test(test_figures_share_aside),
		cmocka_unit_test(test_figures_origin_list),
		cmocka_unit_test(test_figures_subject_phrases),
		cmocka_unit_test(test_figures_side_lost),
		cmocka_unit_test(test_figures_group_actor),
		cmocka_unit_test(test_figures_rescued),
		cmocka_unit_test(test_figures_released),
		cmocka_unit_test(test_figures_carer),
		cmocka_unit_test(test_figures_number_of_things),
		cmocka_unit_test(test_figures_total_from_parts),
		cmocka_unit_test(test_figures_subset),
		cmocka_unit_test(test_figures_vague),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
