/* pargimple-options: -O2 -g */
/* Identical functions: IPA ICF turns all but one of each kind into a
   wrapper (or an alias) of the first, a body made after the lowering
   passes, in which ompexpssa and ompdevlow find their properties
   missing and run (concurrent since session 40; session 20 thought
   their gates off everywhere).  The loops become memset and memcpy
   calls (loop distribution), whose callees have no call-graph node
   until recursive_call_p (tailr, tailc, local-pure-const, modref)
   creates one in get_create's serial section: since session 40 those
   passes no longer hold the lock for the whole pass there.  Many
   families, so that two threads create such nodes and run the passes
   at once.  */

#define FAMILY(K)							\
  void zero##K (char *p, int n)						\
  {									\
    for (int i = 0; i < n; i++)						\
      p[i] = 0;								\
  }									\
  void copy##K (char *__restrict p, const char *__restrict q, int n)	\
  {									\
    for (int i = 0; i < n; i++)						\
      p[i] = q[i];							\
  }									\
  int rec##K (int *a, int n)						\
  {									\
    for (int i = 0; i < n; i++)						\
      a[i] = 0;								\
    return n > 1 ? rec##K (a + 1, n - 1) : K;				\
  }									\
  static int same##K (int x)						\
  {									\
    return x * 7 + 3;							\
  }									\
  int use##K (int x)							\
  {									\
    return same##K (x) + same##K (x + 1);				\
  }

#define TEN(K) FAMILY(K##0) FAMILY(K##1) FAMILY(K##2) FAMILY(K##3)	\
  FAMILY(K##4) FAMILY(K##5) FAMILY(K##6) FAMILY(K##7) FAMILY(K##8)	\
  FAMILY(K##9)

TEN(1) TEN(2) TEN(3) TEN(4)
