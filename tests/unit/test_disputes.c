/*
 * test_disputes.c - the disputes a report sets side by side, read from
 * invented reports (English and Arabic) extracted and reconciled as
 * `rasd incidents` does: what a reader takes for a contradiction between
 * sources, and the near cases that are none.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testdata.h"
#include "incident/incident.h"
#include "incidentfx.h"

/*
 * The disputes on a toll that rasd finds in report `text` reconciled on
 * its own, "attribute: detail" joined by "|", in a static buffer.
 */
static const char *disputes(const char *lang, const char *text)
{
	static char got[1024];
	struct rasd_incidents *inc = ix_new();
	rasd_doc *d = rasdt_extract(lang, "2023-03-04", "example.com", text);
	char *json = NULL;
	size_t len = 0, k, i, n, used = 0;
	rasd_err err;

	assert_non_null(d);
	assert_int_equal(rasd_doc_to_json(d, 0, &json, &len), 0);
	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_incidents_add_line(inc, json, len, text, &err), 0);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	got[0] = '\0';
	for (k = 0; k < rasdp_incidents_count(inc); k++) {
		const struct rasd_dispute *ds = rasdp_incidents_disputes(inc, k, &n);

		for (i = 0; i < n && used + 2 < sizeof(got); i++)
			used += (size_t)snprintf(got + used, sizeof(got) - used, "%s%s: %s",
						 used ? "|" : "", ds[i].attribute, ds[i].detail);
	}
	free(json);
	rasd_doc_free(d);
	rasdp_incidents_free(inc);
	return got;
}

#define assert_disputes(lang, text, want) assert_string_equal(disputes(lang, text), want)

/*
 * A count of one named group (civilians, soldiers) up to two-thirds of
 * another source's count of everyone is a part beside its total; a count
 * of the group nearly as large as the total stands against it.
 */
static void test_disputes_group_in_total(void **state)
{
	(void)state;
	assert_disputes("en", "Shelling on the town of Kafr Zita in Hama province killed 9 people on Monday, "
			"the Syrian Observatory for Human Rights said. Local activists said 6 civilians were "
			"killed in the shelling.", "");
	assert_disputes("en", "Gunmen attacked an army checkpoint in the town of Nawa in Daraa province on "
			"Thursday, killing 4 soldiers, a military source said. The Syrian Observatory for "
			"Human Rights said 7 people were killed in the attack.", "");
	assert_disputes("ar", "قتل 9 أشخاص في قصف على بلدة كفرزيتا بريف حماة يوم الاثنين، بحسب المرصد السوري "
			"لحقوق الإنسان. وقال ناشطون محليون إن 6 مدنيين قتلوا في القصف.", "");
	assert_disputes("ar", "هاجم مسلحون حاجزا للجيش في بلدة نوى بريف درعا يوم الخميس، ما أدى إلى مقتل 4 جنود، "
			"بحسب مصدر عسكري. وقال المرصد السوري لحقوق الإنسان إن 7 أشخاص قتلوا في الهجوم.", "");
	/* nearly everyone: a rival */
	assert_disputes("en", "Shelling on the town of Kafr Zita in Hama province killed 9 people on Monday, "
			"the Syrian Observatory for Human Rights said. Local activists said 8 civilians were "
			"killed in the shelling.",
			"killed: 9 (Syrian Observatory for Human Rights) vs 8 (local sources)");
	assert_disputes("ar", "قتل 9 أشخاص في قصف على بلدة كفرزيتا بريف حماة يوم الاثنين، بحسب المرصد السوري "
			"لحقوق الإنسان. وقال ناشطون محليون إن 8 مدنيين قتلوا في القصف.",
			"killed: 9 (Syrian Observatory for Human Rights) vs 8 (activists)");
	/* two counts of everyone: a rival, however far apart */
	assert_disputes("en", "Shelling on the town of Kafr Zita in Hama province killed 9 people on Monday, "
			"the Syrian Observatory for Human Rights said. Local activists said 6 people were "
			"killed in the shelling.",
			"killed: 9 (Syrian Observatory for Human Rights) vs 6 (local sources)");
}

/*
 * A source's count and the "2 more" it told later are its toll together:
 * no rival of another source's count of their sum, still one of a larger
 * count.
 */
static void test_disputes_more_told_later(void **state)
{
	(void)state;
	assert_disputes("en", "An air strike on the town of Saqba near Damascus killed 4 people on Friday, the "
			"Syrian Civil Defence said. The civil defence later said its teams had pulled 2 more "
			"bodies from the rubble. The Syrian Observatory said 6 people were killed in the "
			"strike.", "");
	assert_disputes("en", "An air strike on the town of Saqba near Damascus killed 4 people on Friday, the "
			"Syrian Civil Defence said. The civil defence later said its teams had pulled 2 more "
			"bodies from the rubble. The Syrian Observatory said 9 people were killed in the "
			"strike.", "killed: 9 (Syrian Observatory for Human Rights) vs 4 (Syria Civil Defence)");
	assert_disputes("ar", "قتل 4 أشخاص في غارة جوية على بلدة سقبا بريف دمشق يوم الجمعة، بحسب الدفاع المدني "
			"السوري. وقال الدفاع المدني في وقت لاحق إن فرقه انتشلت جثتين أخريين من تحت الأنقاض. "
			"وقال المرصد السوري إن 6 أشخاص قتلوا في الغارة.", "");
	assert_disputes("ar", "قتل 4 أشخاص في غارة جوية على بلدة سقبا بريف دمشق يوم الجمعة، بحسب الدفاع المدني "
			"السوري. وقال الدفاع المدني في وقت لاحق إن فرقه انتشلت جثتين أخريين من تحت الأنقاض. "
			"وقال المرصد السوري إن 9 أشخاص قتلوا في الغارة.",
			"killed: 9 (Syrian Observatory for Human Rights) vs 4 (Syria Civil Defence)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_disputes_group_in_total),
		cmocka_unit_test(test_disputes_more_told_later),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
