/*
 * banned.h - functions that must not be used in rasd.
 *
 * Each is either unbounded (strcpy, strcat, sprintf), a trap (strncpy does
 * not terminate, strtok keeps hidden state) or not thread-safe (gmtime,
 * localtime).  Use rasd_buf, snprintf, memcpy and the _r variants instead.
 */
#ifndef RASD_BANNED_H
#define RASD_BANNED_H

#define BANNED(func) sorry_##func##_is_a_banned_function

#undef strcpy
#define strcpy(x, y) BANNED(strcpy)
#undef strcat
#define strcat(x, y) BANNED(strcat)
#undef strncpy
#define strncpy(x, y, n) BANNED(strncpy)
#undef sprintf
#define sprintf(...) BANNED(sprintf)
#undef strtok
#define strtok(x, y) BANNED(strtok)
#undef gmtime
#define gmtime(t) BANNED(gmtime)
#undef localtime
#define localtime(t) BANNED(localtime)

#endif
