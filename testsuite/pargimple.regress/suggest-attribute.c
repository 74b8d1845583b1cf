/* pargimple-options: -O2 -Wsuggest-attribute=pure -Wsuggest-attribute=const -Wsuggest-attribute=noreturn -Wsuggest-attribute=malloc -Wsuggest-attribute=cold */
/* -Wsuggest-attribute= suggestions go through process-wide sets of the
   functions warned about, asked by local-pure-const, modref, the
   noreturn warning pass and (for cold) fixup_cfg, optimized and the
   inline transform's cleanup.  These kept the serial lock under the
   options until patch 0122 put the sets under the tree lock; now they
   run concurrently.  Public functions, so that each is suggested an
   attribute; the differential compares the diagnostics and their order
   at every thread count.  The early local-pure-const gives the first
   family's suggestions before the GIMPLE phase; the second family's
   functions store to a global only behind a test that the loop passes
   fold, so the late local-pure-const suggests const, pure and noreturn
   in the GIMPLE phase, on the threads.  */

extern void stop (void) __attribute__ ((noreturn));
extern int ext (int);
int table[64];

#define FAMILY(K)							\
  int cst##K (int x)							\
  {									\
    int t[4] = { x, x + 1, x + 2, K };					\
    return t[x & 3] * K;						\
  }									\
  int pur##K (int i)							\
  {									\
    return table[(i + K) & 63];						\
  }									\
  void nor##K (int x)							\
  {									\
    if (x > K)								\
      stop ();								\
    stop ();								\
  }									\
  void *mal##K (unsigned long n)					\
  {									\
    return __builtin_malloc (n + K);					\
  }									\
  int cold##K (int x)							\
  {									\
    ext (x);								\
    stop ();								\
  }									\
  int use##K (int x)							\
  {									\
    return x > 1000 ? cold##K (x) : cst##K (x) + pur##K (x);		\
  }

FAMILY (1) FAMILY (2) FAMILY (3) FAMILY (4) FAMILY (5) FAMILY (6)

extern int g;

static int
count (void)
{
  int s = 0;
  for (int i = 0; i < 5; i++)
    s += 2;
  return s;
}

#define LATE(K)								\
  int lcst##K (int x)							\
  {									\
    if (count () != 10)							\
      g = x;								\
    return x * K;							\
  }									\
  int lpur##K (int *p)							\
  {									\
    if (count () != 10)							\
      g = *p;								\
    return *p + K;							\
  }									\
  void lnor##K (int x)							\
  {									\
    if (count () != 10)							\
      return;								\
    for (;;)								\
      g = x + K;							\
  }

LATE (1) LATE (2) LATE (3) LATE (4) LATE (5) LATE (6) LATE (7) LATE (8)
LATE (9) LATE (10) LATE (11) LATE (12) LATE (13) LATE (14) LATE (15)
LATE (16)
