/* pargimple-options: -O2 */
/* IPA-SRA removes a parameter of a function that only passes it on to a
   parameter of its callee that is removed too; materializing the clone
   then records which arguments of the call it already dropped
   (record_argument_state), in a summary created on first use.  Many
   such clones are materialized at once on threads: the summary must be
   created once (patch 0113), or a later clone's call gets the wrong
   arguments.  The program checks its own results.  */

extern void abort (void);

volatile int v;

#define CHAIN(N)							\
  static int __attribute__ ((noinline))					\
  leaf_##N (int a, int unused, int b)					\
  {									\
    return a * (N + 1) + b + v;						\
  }									\
  static int __attribute__ ((noinline))					\
  mid_##N (int x, int y, int z)						\
  {									\
    int r = 0;								\
    for (int i = 0; i < x; i++)						\
      r += leaf_##N (i, y + i, z);					\
    return r;								\
  }									\
  int __attribute__ ((noinline))					\
  top_##N (int x)							\
  {									\
    return mid_##N (x, x * 3, N) + mid_##N (x + 1, x, N + 1);		\
  }

CHAIN (0) CHAIN (1) CHAIN (2) CHAIN (3) CHAIN (4) CHAIN (5) CHAIN (6) CHAIN (7)
CHAIN (8) CHAIN (9) CHAIN (10) CHAIN (11) CHAIN (12) CHAIN (13) CHAIN (14) CHAIN (15)
CHAIN (16) CHAIN (17) CHAIN (18) CHAIN (19) CHAIN (20) CHAIN (21) CHAIN (22) CHAIN (23)
CHAIN (24) CHAIN (25) CHAIN (26) CHAIN (27) CHAIN (28) CHAIN (29) CHAIN (30) CHAIN (31)

static int
expect (int n, int x)
{
  int r = 0;
  for (int i = 0; i < x; i++)
    r += i * (n + 1) + n;
  for (int i = 0; i < x + 1; i++)
    r += i * (n + 1) + n + 1;
  return r;
}

#define CHECK(N) if (top_##N (5 + N) != expect (N, 5 + N)) abort ();

int
main (void)
{
  CHECK (0) CHECK (1) CHECK (2) CHECK (3) CHECK (4) CHECK (5) CHECK (6)
  CHECK (7) CHECK (8) CHECK (9) CHECK (10) CHECK (11) CHECK (12) CHECK (13)
  CHECK (14) CHECK (15) CHECK (16) CHECK (17) CHECK (18) CHECK (19)
  CHECK (20) CHECK (21) CHECK (22) CHECK (23) CHECK (24) CHECK (25)
  CHECK (26) CHECK (27) CHECK (28) CHECK (29) CHECK (30) CHECK (31)
  return 0;
}
