/* pargimple-options: -O3 -ftracer */
/* Path splitting (-O3) runs concurrently since session 20 (serial.cc,
   patch 0102).  It asks the tracer's ignore_bb_p about its own blocks;
   the tracer (here by -ftracer; it stays serial) kept the answers for
   the function it traces in a file-scope bitmap, so split-paths in one
   thread could read the bitmap of a tracer run in another.  Many small
   functions, each a loop whose latch joins the two arms of a
   condition (what split-paths duplicates), and branchy straight-line
   code with a hot path (what the tracer duplicates), so that the two
   passes run at once on different functions.  The differential
   compares the assembly with GCC's at every thread count and runs the
   program.  */

#define N 256

int ga[N], gb[N];

#define FAMILY(K)							\
  /* split-paths: the latch joins the two arms.  */			\
  __attribute__ ((noinline)) unsigned					\
  split##K (const int *a, int n)					\
  {									\
    unsigned s = 0;							\
    int i;								\
    for (i = 0; i < n; i++)						\
      {									\
	if (a[i] & (K + 1))						\
	  s += (unsigned) a[i] * (K + 2);				\
	else								\
	  {								\
	    s ^= a[i] + K;						\
	    gb[i & (N - 1)] = (int) (s & 0xffff);			\
	  }								\
	s = (s << 1) | (s >> 31);					\
      }									\
    return s;								\
  }									\
									\
  /* split-paths with a call in one arm.  */				\
  __attribute__ ((noinline)) unsigned					\
  splitcall##K (int *a, int n)						\
  {									\
    unsigned s = K;							\
    int i;								\
    for (i = 0; i < n; i++)						\
      {									\
	if (a[i] > K * 3)						\
	  s += split##K (a + i, i + 1 < n ? 2 : 1);			\
	else								\
	  a[i] = (int) (s & 0xff);					\
	s += (unsigned) a[i];						\
      }									\
    return s;								\
  }									\
									\
  /* The tracer: a hot path through several conditions.  */		\
  __attribute__ ((noinline)) int					\
  trace##K (int x, int y)						\
  {									\
    int r = 0;								\
    if (__builtin_expect (x > K, 1))					\
      r = x * 3;							\
    else								\
      r = y - K;							\
    r += gb[(x + y) & (N - 1)] & 0xfff;					\
    if (__builtin_expect (y & 1, 0))					\
      r ^= 0x55;							\
    else								\
      r += y;								\
    r *= 7;								\
    if (r > 1000)							\
      r -= ga[r & (N - 1)];						\
    return r;								\
  }

FAMILY (1) FAMILY (2) FAMILY (3) FAMILY (4) FAMILY (5) FAMILY (6)
FAMILY (7) FAMILY (8)

int
main (void)
{
  static int loc[N];
  unsigned h = 0;
  int i;

  for (i = 0; i < N; i++)
    {
      ga[i] = i * 7 - 100;
      loc[i] = i % 13;
    }
#define RUN(K)								\
  h = h * 31 + split##K (ga, N);					\
  h = h * 31 + splitcall##K (loc, N);					\
  for (i = 0; i < 16; i++)						\
    h = h * 31 + (unsigned) trace##K (i * K, i + 3);
  RUN (1) RUN (2) RUN (3) RUN (4) RUN (5) RUN (6) RUN (7) RUN (8)

  /* The same program compiled by GCC without the plugin computes the
     same value; the differential also compares the assembly.  */
  if (gb[0] == 0 && gb[1] == 0 && gb[2] == 0)
    __builtin_abort ();
  return h == 0;
}
