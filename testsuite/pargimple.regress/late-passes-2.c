/* pargimple-options: -O2 */
/* Late passes that run concurrently since session 13 (serial.cc,
   patches 0084-0090): vector lowering (veclower2, generic vectors
   wider than the hardware's and narrower than a word), tail recursion
   and tail calls (tailr, tailc), widening multiplication (widening_mul),
   store merging and bswap, scalar replacement of aggregates (sra),
   builtin folding (fab), instruction selection (isel: vector element
   set at a variable index), conditional dead call elimination (cdce),
   induction-variable optimization (ivopts), fixup_cfg and optimized.
   Each family is instantiated several times, so that two threads run
   the same pass on different functions at once.  The differential
   compares the assembly with GCC's at every thread count.  */

#include <math.h>
#include <string.h>

typedef unsigned char v4qi __attribute__ ((vector_size (4)));
typedef int v16si __attribute__ ((vector_size (64)));
typedef short v8hi __attribute__ ((vector_size (16)));

struct pt { int x, y, z; double w; };

unsigned char bytes[64];
int ints[256];

#define FAMILY(K)							\
  /* veclower2: no hardware vector mode for these.  */			\
  __attribute__ ((noipa)) v16si vadd##K (v16si a, v16si b)		\
  { return (a + b) ^ (a & (b - K)); }					\
  __attribute__ ((noipa)) v4qi vbit##K (v4qi a, v4qi b)			\
  { return (a & b) | ~(a ^ (v4qi) { K, K, K, K }); }			\
									\
  /* tailr: accumulator; tailc: a call in tail position.  */		\
  __attribute__ ((noipa)) long fact##K (long n)				\
  { return n <= 1 ? K : n * fact##K (n - 1); }				\
  __attribute__ ((noipa)) long sum##K (const int *p, int n, long acc)	\
  { return n == 0 ? acc : sum##K (p + 1, n - 1, acc + *p + K); }		\
  __attribute__ ((noipa)) long tail##K (long n)				\
  { return fact##K (n + K); }						\
									\
  /* widening_mul: widening multiply and multiply-accumulate.  */	\
  __attribute__ ((noipa)) long long wmul##K (const int *a, const int *b,	\
					     int n)			\
  {									\
    long long s = K;							\
    for (int i = 0; i < n; i++)						\
      s += (long long) a[i] * b[i];					\
    return s;								\
  }									\
									\
  /* store-merging and bswap.  */					\
  __attribute__ ((noipa)) void stores##K (unsigned char *p, unsigned v)	\
  {									\
    p[0] = v; p[1] = v >> 8; p[2] = v >> 16; p[3] = v >> 24;		\
    p[4] = K; p[5] = K + 1; p[6] = K + 2; p[7] = K + 3;			\
  }									\
  __attribute__ ((noipa)) unsigned swap##K (unsigned x)			\
  {									\
    return ((x & 0xff) << 24) | ((x & 0xff00) << 8)			\
	   | ((x >> 8) & 0xff00) | (x >> 24);				\
  }									\
  __attribute__ ((noipa)) unsigned load##K (const unsigned char *p)	\
  {									\
    return p[K % 4] | (p[K % 4 + 1] << 8) | (p[K % 4 + 2] << 16)	\
	   | ((unsigned) p[K % 4 + 3] << 24);				\
  }									\
									\
  /* sra: an aggregate local scalarized.  */				\
  __attribute__ ((noipa)) double sra##K (int a, int b)			\
  {									\
    struct pt p = { a, b, a + b + K, a * 0.5 };				\
    struct pt q = p;							\
    q.x += K;								\
    return q.x + q.y * q.z + q.w;					\
  }									\
									\
  /* fab and cdce: builtins folded late, a call whose result is	\
     unused kept only for errno.  */					\
  __attribute__ ((noipa)) int fab##K (char *d, const char *s, double x)	\
  {									\
    sqrt (x - K);							\
    log (x);								\
    memcpy (d, s, __builtin_object_size (d, 0) > 8 ? 8 : 4);		\
    return __builtin_constant_p (x) + (int) __builtin_strlen (s);	\
  }									\
									\
  /* isel: vector element set at a variable index.  */			\
  __attribute__ ((noipa)) v8hi vset##K (v8hi v, int i, short x)		\
  {									\
    v[i & 7] = x + K;							\
    return v;								\
  }									\
									\
  /* ivopts: addresses of globals in loops.  */			\
  __attribute__ ((noipa)) int iv##K (int n)				\
  {									\
    int s = 0;								\
    for (int i = 0; i < n && i < 250; i++)				\
      s += ints[i + K % 4] * (i + K) + bytes[(i * 3) & 63];		\
    return s;								\
  }

FAMILY (1)
FAMILY (2)
FAMILY (3)
FAMILY (4)
FAMILY (5)
FAMILY (6)
FAMILY (7)
FAMILY (8)
