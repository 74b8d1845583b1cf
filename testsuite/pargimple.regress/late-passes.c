/* pargimple-options: -O2 */
/* Late passes that run concurrently since session 10 (serial.cc, patches
   0075-0078): complex lowering (cplxlower), sincos (sin and cos of one
   argument become one cexpi; pow and powi expansion), straight-line
   strength reduction (slsr; it asks whether addresses are valid through
   the shared address templates, which ivopts also uses), object sizes
   (objsz) and stdarg, which took the serial lock in the functions that
   expand va_arg or are variadic until session 44 (psabi-notes.c).  Each
   family is instantiated several times, with loops beside them so that
   ivopts (serial) costs addresses while another thread's slsr validates
   them.  The differential compares the assembly with GCC's at every
   thread count.  */

#include <stdarg.h>

#define N 64

double dv[N];
_Complex double cv[N];
int iv[N][N];
char buf[4][40];

/* cplxlower: complex multiply, divide (libcalls to __muldc3/__divdc3
   unless the operands are simple), conjugate and parts.  */
#define CPLX(K)								\
  __attribute__ ((noipa)) _Complex double cplx##K (_Complex double a,	\
						   _Complex double b)	\
  {									\
    _Complex double s = 0;						\
    for (int i = 0; i < N; i++)						\
      s += cv[i] * a / (b + K) + ~cv[i] * __real__ a;			\
    return s * __imag__ b;						\
  }

/* sincos: sin and cos of one argument; pow with a constant exponent
   (expanded into multiplications and sqrt under the pass's rules).  */
#define TRIG(K)								\
  __attribute__ ((noipa)) double trig##K (double x)			\
  {									\
    double s = __builtin_sin (x * K), c = __builtin_cos (x * K);	\
    return s * c + __builtin_pow (x, 2.0) + __builtin_powi (x, K + 3);	\
  }

/* slsr: related multiplications and address computations in straight
   line code.  */
#define SLSR(K)								\
  __attribute__ ((noipa)) int slsr##K (int i, int j, int s)		\
  {									\
    int a = (i + 1) * s, b = (i + 2) * s, c = (i + 3) * s;		\
    iv[i][j + K] = a;							\
    iv[i + 1][j + K] = b;						\
    iv[i + 2][j + K] = c;						\
    return a + b * 3 + c * 5;						\
  }

/* ivopts beside slsr: address candidates in a loop.  */
#define IVS(K)								\
  __attribute__ ((noipa)) int ivs##K (int n, int m)			\
  {									\
    int t = 0;								\
    for (int i = 0; i < n; i++)						\
      for (int j = 0; j < m; j += 2)					\
	t += iv[i][j] * K + iv[j][i];					\
    return t;								\
  }

/* objsz: __builtin_object_size of globals, locals and offsets.  */
#define OSZ(K)								\
  __attribute__ ((noipa)) unsigned long osz##K (int i, char *p)		\
  {									\
    char local[K * 8 + 3];						\
    char *q = i ? buf[K & 3] + K : local + 2;				\
    __builtin_memcpy (q, p, 3);						\
    return __builtin_object_size (q, 0) + __builtin_object_size (q, 1)	\
	   + __builtin_object_size (buf[K & 3] + i, 2) + local[i & 7];	\
  }

/* stdarg: variadic functions and va_arg (serial here until session 44),
   and a plain function beside them.  */
#define VA(K)								\
  __attribute__ ((noipa)) double va##K (int n, ...)			\
  {									\
    va_list ap;								\
    double t = 0;							\
    va_start (ap, n);							\
    for (int i = 0; i < n; i++)						\
      t += (i & 1) ? va_arg (ap, double) : va_arg (ap, int) * K;	\
    va_end (ap);							\
    return t;								\
  }									\
  __attribute__ ((noipa)) int va_list_user##K (va_list *ap)		\
  {									\
    return va_arg (*ap, int) + K;					\
  }									\
  __attribute__ ((noipa)) int plain##K (int x)				\
  {									\
    return x * K + dv[x & (N - 1)];					\
  }

#define ALL(K) CPLX (K) TRIG (K) SLSR (K) IVS (K) OSZ (K) VA (K)
ALL (1) ALL (2) ALL (3) ALL (4) ALL (5) ALL (6) ALL (7) ALL (8)
