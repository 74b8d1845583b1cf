/* pargimple-options: -O3 */
/* The loop pipeline runs concurrently since session 9 (serial.cc: its
   passes are in the table, patches 0067-0073).  Many small functions,
   each a loop shape that one loop pass transforms, over global arrays
   (whose alignment the vectorizer may raise: meeting points) and local
   ones, so that threads run ivcanon, cunroll, lim (store motion of a
   global), ldist (memset/memcpy), pcom, unswitch, lsplit, lversion,
   unrolljam, linterchange, ifcvt and vect of different functions at
   once.  Each family is instantiated several times so that its copies
   overlap.  The differential compares the assembly with GCC's at every
   thread count and runs the program.  What transforms here (-fopt-info
   and the passes' dumps, session 9): vect, cunroll, ldist, unswitch,
   lversion and linterchange; lsplit, pcom and unrolljam only analyse
   their loops.  */

#define N 256

int ga[N], gb[N], gc[N];
static int sa[N], sb[N];
static int sum_g;
double gm[32][32], gn[32][32];

/* vect: a plain loop over globals (alignment may be raised).  */
#define VADD(K)								\
  __attribute__ ((noipa)) void vadd##K (void)				\
  {									\
    for (int i = 0; i < N; i++)						\
      ga[i] = gb[i] + gc[i] * K;					\
  }

/* ldist: a memset and a memcpy split out of one loop.  */
#define DIST(K)								\
  __attribute__ ((noipa)) void dist##K (int *p)				\
  {									\
    for (int i = 0; i < N; i++)						\
      {									\
	sa[i] = 0;							\
	p[i] = sb[i];							\
	gc[i] += K;							\
      }									\
  }

/* lim: store motion of a static variable out of the loop.  */
#define LIM(K)								\
  __attribute__ ((noipa)) void lim##K (const int *p, int n)		\
  {									\
    for (int i = 0; i < n; i++)						\
      sum_g += p[i] * K;						\
  }

/* unswitch + ifcvt: an invariant condition, a conditional store.  */
#define UNSW(K)								\
  __attribute__ ((noipa)) void unsw##K (int *p, int flag)		\
  {									\
    for (int i = 0; i < N; i++)						\
      {									\
	if (flag)							\
	  p[i] += K;							\
	else if (p[i] > K)						\
	  p[i] = K;							\
      }									\
  }

/* lsplit: the condition changes once inside the range.  */
#define SPLIT(K)							\
  __attribute__ ((noipa)) void split##K (int *p, int m)			\
  {									\
    for (int i = 0; i < N; i++)						\
      p[i] = i < m ? p[i] + K : p[i] - K;				\
  }

/* lversion: an unknown stride, versioned for stride 1.  */
#define STRIDE(K)							\
  __attribute__ ((noipa)) void stride##K (int *p, int s, int n)	\
  {									\
    for (int i = 0; i < n; i++)						\
      p[i * s] += K;							\
  }

/* pcom: a value reused from the previous iteration.  */
#define PCOM(K)								\
  __attribute__ ((noipa)) void pcom##K (int *p)				\
  {									\
    for (int i = 2; i < N; i++)						\
      p[i] = p[i - 1] + p[i - 2] + K;					\
  }

/* linterchange and unrolljam: a matrix product in the wrong order.  */
#define MAT(K)								\
  __attribute__ ((noipa)) void mat##K (void)				\
  {									\
    for (int j = 0; j < 32; j++)					\
      for (int i = 0; i < 32; i++)					\
	gm[i][j] += gn[i][j] * K;					\
  }

/* cunroll: a constant trip count, fully unrolled.  */
#define UNROLL(K)							\
  __attribute__ ((noipa)) int unroll##K (const int *p)			\
  {									\
    int s = 0;								\
    for (int i = 0; i < 4; i++)						\
      s += p[i] * (i + K);						\
    return s;								\
  }

#define ALL(K) VADD (K) DIST (K) LIM (K) UNSW (K) SPLIT (K) STRIDE (K) \
  PCOM (K) MAT (K) UNROLL (K)

ALL (1) ALL (2) ALL (3) ALL (4) ALL (5) ALL (6)

static unsigned
mix (unsigned h, const int *p, int n)
{
  for (int i = 0; i < n; i++)
    h = h * 31 + (unsigned) p[i];
  return h;
}

int
main (void)
{
  static int loc[N * 4];
  unsigned h = 0;
  int i, j;

  for (i = 0; i < N; i++)
    {
      gb[i] = i;
      gc[i] = N - i;
      sb[i] = i * 3;
    }
  for (i = 0; i < 32; i++)
    for (j = 0; j < 32; j++)
      gn[i][j] = i + j;
  for (i = 0; i < N * 4; i++)
    loc[i] = i % 17;

#define RUN(K)								\
  vadd##K ();								\
  dist##K (loc);							\
  lim##K (loc, N);							\
  unsw##K (loc, K & 1);							\
  split##K (loc, K * 20);						\
  stride##K (loc, K % 3 + 1, N);					\
  pcom##K (loc + N);							\
  mat##K ();								\
  h = mix (h, ga, N) + (unsigned) unroll##K (loc);
  RUN (1) RUN (2) RUN (3) RUN (4) RUN (5) RUN (6)

  h = mix (h, loc, N * 4);
  h = mix (h, sa, N);
  h = mix (h, gc, N);
  h = h * 31 + (unsigned) sum_g;
  for (i = 0; i < 32; i++)
    for (j = 0; j < 32; j++)
      h = h * 31 + (unsigned) gm[i][j];
  /* The same program compiled by GCC without the plugin computes the
     same value; the differential also compares the assembly.  Check a
     few properties that hold whatever the value.  */
  if (sum_g == 0 || gm[31][31] == 0 || sa[7] != 0)
    __builtin_abort ();
  return h == 0;
}
