/* pargimple-options: -O2 */
/* A one-time psABI note's visit inside another one-time block that GCC
   never enters.  i386 classifies an argument with a zero-width bit-field
   a second time, inside the zero-width bit-field note's block, and only
   that second classification of union U reaches the 'long double' union
   note's site (psabi-nested.c).  Here va1, first in GCC's order, gives
   the zero-width bit-field note for struct Z, so GCC enters that block
   for no later function: it never classifies U a second time and gives
   no 'long double' note at all.  The threads reach U's nested visit in
   va2 to va6 before va1's flag is set (flags are set only in GCC's order,
   by the replay), and the replay must drop it with the block around it
   (plugin/diag.cc's dropping stack), though the note's own flag is
   clear.  */
#include <stdarg.h>
struct Z { float a; int : 0; float b; };
union U { long double x; struct { float f; int : 0; } s; };

#define VA(n, T, f) \
  __attribute__((noipa)) double va##n (int x, double *p, ...)		\
  {									\
    va_list ap; va_start (ap, p);					\
    T t = va_arg (ap, T);						\
    va_end (ap);							\
    return t.f + p[x] + n;						\
  }
VA(1, struct Z, b) VA(2, union U, s.f) VA(3, union U, s.f)
VA(4, union U, s.f) VA(5, union U, s.f) VA(6, union U, s.f)
