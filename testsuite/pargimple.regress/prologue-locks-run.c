/* pargimple-options: -O2 -g */
/* Since session 30 the prologues of the functions that inline the same
   body run in any order, one at a time (plugin/threads.cc,
   pg_prologue_lock), where they ran in expansion order before: each
   copies the body (writing its blocks' aux fields), and the last
   removes the inline clone that releases it.  Three shapes, each inlined
   into many callers so that two threads and schedule=latest copy them in
   other orders than GCC:
     - STEP, inlined everywhere, with no offline copy left (its node
       becomes the last inline clone, which the others share);
     - MIX, inlined into the small callers and also kept offline (its
       address escapes), so that its own prologue saves its body for
       the inliners that come after it;
     - SCALE, not inlined, cloned by IPA-CP for its constant argument
       and called by every caller: the clone's body, which inlines STEP,
       is materialized from its origin by the first prologue in order
       (still ordered) while other prologues copy STEP.
   With -g every copy makes debug statements and inlined blocks whose
   abstract origins are the shared body's.  The differential compares the
   assembly with GCC's at every thread count and runs it.  */

extern void abort (void);

static inline int
step (int x, int k)
{
  int y = x * 3 + k;
  if (y & 1)
    y ^= k << 2;
  return y;
}

int mix (int, int);

int
mix (int a, int b)
{
  int r = 0;
  for (int i = 0; i < (a & 7); i++)
    r += step (a + i, b);
  return r ^ b;
}

int (*volatile mix_ptr) (int, int) = mix;

static int __attribute__ ((noinline))
scale (int x, int k)
{
  int s = 0;
  for (int i = 0; i < 4; i++)
    s += step (x, i) * k;
  return s;
}

#define CALLER(N)							\
  int __attribute__ ((noinline))					\
  caller##N (int v)							\
  {									\
    int t = step (v, N) + mix (v, N);					\
    if (t & 2)								\
      t += step (t, N + 1);						\
    return t + scale (v, 5);						\
  }

CALLER (0) CALLER (1) CALLER (2) CALLER (3) CALLER (4) CALLER (5)
CALLER (6) CALLER (7) CALLER (8) CALLER (9) CALLER (10) CALLER (11)
CALLER (12) CALLER (13) CALLER (14) CALLER (15)

static int
ref_step (int x, int k)
{
  int y = x * 3 + k;
  if (y & 1)
    y ^= k << 2;
  return y;
}

static int
ref_caller (int n, int v)
{
  int r = 0;
  for (int i = 0; i < (v & 7); i++)
    r += ref_step (v + i, n);
  int t = ref_step (v, n) + (r ^ n);
  if (t & 2)
    t += ref_step (t, n + 1);
  int s = 0;
  for (int i = 0; i < 4; i++)
    s += ref_step (v, i) * 5;
  return t + s;
}

int
main (void)
{
  int (*callers[]) (int) = {
    caller0, caller1, caller2, caller3, caller4, caller5, caller6,
    caller7, caller8, caller9, caller10, caller11, caller12, caller13,
    caller14, caller15
  };
  for (int n = 0; n < 16; n++)
    for (int v = 0; v < 20; v++)
      if (callers[n] (v) != ref_caller (n, v))
	abort ();
  if (mix_ptr (9, 2) != mix (9, 2))
    abort ();
  return 0;
}
