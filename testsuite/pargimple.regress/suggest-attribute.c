/* pargimple-options: -O2 -Wsuggest-attribute=pure -Wsuggest-attribute=const -Wsuggest-attribute=noreturn -Wsuggest-attribute=malloc -Wsuggest-attribute=cold */
/* -Wsuggest-attribute= keeps local-pure-const and modref (and, for cold,
   fixup_cfg, optimized and the inline transform's cleanup) under the
   serial lock (serial.cc,
   pg_pass_serial_reason): the suggestions go through process-wide sets
   of the functions warned about.  Public functions, so that each is
   suggested an attribute; the differential compares the diagnostics
   and their order at every thread count.  */

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
