/* pargimple-options: -O2 */
/* A function with options of its own makes them global_options while it
   is cfun (set_cfun), and so it runs alone (engine.cc, pg_exclusive_p).
   Its clones are materialized, and its body inlined, in the prologue of
   a caller: making the clone cfun switches the options there too, while
   other threads run passes that read them.  Since session 10 such a
   caller runs alone as well (pg_callee_switches_options_p).  Here hot
   and cold get IPA-CP clones for their constant arguments (called with
   the same constants from many callers), beside plain functions.  The
   expansion order usually compiles a clone before its callers, and then
   the clone materializes itself, alone; a caller materializes it only
   when it comes first (a call-graph cycle), which this file does not
   force.  (small is not inlined: its options differ.)  The differential
   compares the assembly at every thread count; ThreadSanitizer at 4
   threads reported nothing here without the session 10 change.  */

#define N 64
int a[N], b[N];

__attribute__ ((optimize ("O3"), noinline)) static int
hot (int k, int n, int *p)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i] * k + a[i & (N - 1)];
  return s;
}

__attribute__ ((optimize ("Os"), noinline)) static int
cold (int k, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += b[(i * k) & (N - 1)];
  return s;
}

__attribute__ ((optimize ("no-tree-vectorize"))) static inline int
small (int x)
{
  return x * 3 + a[x & (N - 1)];
}

#define CALLER(K)							\
  __attribute__ ((noipa)) int caller##K (int *p)			\
  {									\
    return hot (7, N, p) + cold (3, N) + small (K);			\
  }									\
  __attribute__ ((noipa)) int plain##K (int n)				\
  {									\
    int s = 0;								\
    for (int i = 0; i < n; i++)						\
      s += a[i] * K + b[(i + K) & (N - 1)];				\
    return s;								\
  }

CALLER (1) CALLER (2) CALLER (3) CALLER (4) CALLER (5) CALLER (6)
CALLER (7) CALLER (8) CALLER (9) CALLER (10) CALLER (11) CALLER (12)
