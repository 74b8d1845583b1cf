/* pargimple-options: -O2 */
/* i386 gives its psABI notes once per compilation, in the first function
   that gets to their site (a static flag each); the pass stdarg gets to
   them when it lowers va_arg.  va1 comes first in GCC's order and is the
   slowest to reach stdarg, so the other functions get there first in
   time: the notes must still come in va1 (diagnostic-once.h, patches
   0127-0128; plugin/diag.cc).  struct Y visits the zero-width bit-field
   note's site without giving it (its classification does not change:
   the flag is set only when it does); struct N gives the complex float
   note first, then visits it again inside the zero-width bit-field
   note's block, which classifies N a second time.  The call to getd
   makes retslot ask the target about an aggregate value in every
   function.  Until session 44 stdarg and retslot ran under the serial
   lock here, and the notes came in whichever function got there first
   (pr92904.c was a known difference).  */
#include <stdarg.h>
struct __attribute__((aligned (32))) V { double a, b, c, d; };
struct Z { float a; int : 0; float b; };
struct C { float a; _Complex float c; };
struct Y { int a; int : 0; int b; };
struct N { float a; int : 0; _Complex float c; };
struct D { double a, b; };
extern struct D getd (int);

#define B(i) for (int j = 0; j < x; j++) s += p[j * i] * p[j + i] / (p[i] + j);
#define B8(i) B(i##0) B(i##1) B(i##2) B(i##3) B(i##4) B(i##5) B(i##6) B(i##7)
#define BIG B8(1) B8(2) B8(3) B8(4) B8(5) B8(6) B8(7) B8(8) B8(9)

#define VA(n, body) \
  __attribute__((noipa)) double va##n (int x, double *p, ...)		\
  {									\
    double s = 0;							\
    body								\
    va_list ap; va_start (ap, p);					\
    struct Y y = va_arg (ap, struct Y);					\
    struct N m = va_arg (ap, struct N);					\
    struct V v = va_arg (ap, struct V);					\
    struct Z z = va_arg (ap, struct Z);					\
    struct C c = va_arg (ap, struct C);					\
    va_end (ap);							\
    struct D d = getd (x + n);						\
    return s + v.a + z.b + y.b + __real__ c.c + m.a + d.b + n;		\
  }
VA(1, BIG) VA(2,) VA(3,) VA(4,) VA(5,) VA(6,)
