/*
 * fault.h - allocation failures on demand, for unit tests.
 *
 * Every unit test is linked with -Wl,--wrap=malloc,--wrap=calloc,
 * --wrap=realloc (tests/CMakeLists.txt), so each call the test and
 * librasd make to those functions comes through fault.c, which passes it
 * on to the C library unless a failure was asked for.  Libraries linked
 * dynamically (json-c, SQLite, cmocka) are not affected.  The library
 * itself holds no hook: the failures are injected at the link, the way
 * sqlite's fault tests and jq's inject_errors.c inject them at run time.
 *
 *   rasdt_fail_alloc(2);        the third allocation from now fails
 *   ... code under test ...
 *   rasdt_fail_alloc(-1);       none fails
 */
#ifndef RASD_TEST_FAULT_H
#define RASD_TEST_FAULT_H

/*
 * Make the allocation `n` calls from now (0: the next) fail once, or none
 * when n < 0.
 */
void rasdt_fail_alloc(long n);
/* Whether the failure last asked for has happened (also after n < 0). */
int rasdt_alloc_failed(void);

#endif
