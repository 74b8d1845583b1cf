/* pargimple-options: -O2 */
/* A one-time psABI note first given inside another one-time block.
   i386 classifies an argument with a zero-width bit-field a second time,
   inside the zero-width bit-field note's block (classify_argument's
   wrapper), and merging INTEGER into the word of the misaligned
   zero-width bit-field turns union U's X87 word into INTEGER: only the
   second classification reaches the 'long double' union note's site, so
   its first visit is nested in another block (plugin/diag.cc's dropping
   stack).  va1 comes first in GCC's order and is the slowest to reach
   stdarg: the note must still come in va1.  A file of its own, with
   psabi-notes.c's harness: there the zero-width bit-field note is given
   first (struct Z), and a set flag skips the second classification.
   Session 44 believed this could not happen on x86; session 45 found
   this union.  */
#include <stdarg.h>
union U { long double x; struct { float f; int : 0; } s; };

#define B(i) for (int j = 0; j < x; j++) s += p[j * i] * p[j + i] / (p[i] + j);
#define B8(i) B(i##0) B(i##1) B(i##2) B(i##3) B(i##4) B(i##5) B(i##6) B(i##7)
#define BIG B8(1) B8(2) B8(3) B8(4) B8(5) B8(6) B8(7) B8(8) B8(9)

#define VA(n, body) \
  __attribute__((noipa)) double va##n (int x, double *p, ...)		\
  {									\
    double s = 0;							\
    body								\
    va_list ap; va_start (ap, p);					\
    union U u = va_arg (ap, union U);					\
    va_end (ap);							\
    return s + u.s.f + n;						\
  }
VA(1, BIG) VA(2,) VA(3,) VA(4,) VA(5,) VA(6,)
