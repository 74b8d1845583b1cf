/* pargimple-options: -O2 -g -x c++ -std=gnu++11 */
/* The prologues run concurrently since session 23: two threads inline
   different bodies at once (tree-inline.cc's per-thread debug-statement
   flag: with -g each copies debug statements), duplicate EH regions
   whose catch types go through the runtime-type map (except.cc), and
   call clones whose dropped parameters get debug temporaries in each
   caller (ipa_param_adjustments::modify_call; the callers of a clone
   are ordered, plugin/threads.cc).  Several families of functions, so
   that the two threads work on unrelated ones.  */

struct A { int a; };
struct B : A { int b; };

extern void may_throw (int);
extern int sink (int);

/* Inlined everywhere: its try/catch is copied into each caller.  */
static inline int
guarded (int x)
{
  try
    {
      may_throw (x);
    }
  catch (B &b)
    {
      return b.b;
    }
  catch (A &a)
    {
      return a.a;
    }
  return x;
}

/* Not inlined, and its second parameter is unused or constant in
   every call: IPA-SRA / IPA-CP clone it without that parameter.  */
static int __attribute__ ((noinline))
scaled (int x, int unused, int k)
{
  int r = 0;
  for (int i = 0; i < x; i++)
    r += sink (i * k);
  return r;
}

#define FAMILY(K)							\
  static inline int							\
  step##K (int x)							\
  {									\
    int v = x * K + 1;							\
    if (v & 1)								\
      v = sink (v);							\
    return v + guarded (v);						\
  }									\
  int									\
  family##K (int x, int y)						\
  {									\
    int s = 0;								\
    for (int i = 0; i < y; i++)						\
      s += step##K (x + i) + scaled (i, x, 3);				\
    return s + guarded (s) + scaled (s, y, 3);				\
  }

FAMILY (1) FAMILY (2) FAMILY (3) FAMILY (4)
FAMILY (5) FAMILY (6) FAMILY (7) FAMILY (8)
FAMILY (9) FAMILY (10) FAMILY (11) FAMILY (12)
