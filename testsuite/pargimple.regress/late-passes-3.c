/* pargimple-options: -O2 -Wall */
/* Late passes that run concurrently since session 14 (serial.cc, patch
   0091): -Wrestrict (wrestrict, with its warnings, whose order the
   differential compares), the return-slot pass (retslot: calls whose
   value is an aggregate kept it serial in their function until session
   44, integral ones did not), local pure-const (functions found const, pure, nothrow
   or noreturn after inlining, and malloc wrappers) and the late modref
   pass (no noipa here: modref skips such functions); both stayed
   serial in a function that calls a function without a call-graph node
   (a memset made by loop distribution) until session 40, when the
   node's creation in get_create's serial section was found enough.
   Each family is
   instantiated several times, so that two threads run the same pass
   on different functions at once.  */

struct big { long a[8]; };
struct small { int x, y; };

extern struct big make_big (int);
extern struct small make_small (int);
extern int ext_int (int);
extern void ext_abort (void) __attribute__ ((noreturn));

int table[64];

#define FAMILY(K)							\
  /* wrestrict: overlapping copies, known at compile time.  */		\
  void overlap##K (char *p)						\
  {									\
    __builtin_memcpy (p + (K % 7) + 1, p, 16);				\
  }									\
									\
  /* retslot: an aggregate value, an integral one.  */		\
  long agg##K (void)							\
  {									\
    struct big b = make_big (K);					\
    struct small s = make_small (K);					\
    return b.a[K % 8] + s.y;						\
  }									\
  int scalar##K (int x)							\
  {									\
    return ext_int (x + K) * 3;						\
  }									\
									\
  /* local-pure-const: const once the helper is inlined and its store	\
     to the local array is gone; noreturn; a malloc wrapper.  */	\
  static inline int helper##K (int x)					\
  {									\
    int t[4] = { x, x + 1, x + 2, K };					\
    return t[x & 3];							\
  }									\
  int cst##K (int x)							\
  {									\
    return helper##K (x) + helper##K (x + K);				\
  }									\
  int rd##K (int i)							\
  {									\
    return table[(i + K) & 63];						\
  }									\
  void die##K (int x)							\
  {									\
    if (x == K)								\
      ext_abort ();							\
    ext_abort ();							\
  }									\
  void *alloc##K (unsigned long n)					\
  {									\
    void *p = n > 1000 ? __builtin_malloc (n) : __builtin_malloc (K);	\
    return p;								\
  }									\
									\
  /* ldist makes a memset call, with no call-graph node: local		\
     pure-const and modref stay serial in this function.  */		\
  void zero##K (int *p, int n)						\
  {									\
    for (int i = 0; i < n; i++)						\
      p[i] = 0;								\
    p[n] = K;								\
  }									\
									\
  /* modref: stores through arguments, calls between the family.  */	\
  void st##K (int *p, int *q)						\
  {									\
    p[0] = K;								\
    q[1] = rd##K (p[2]);						\
  }									\
  int use##K (int *p)							\
  {									\
    int a[4] = { 1, 2, 3, 4 };						\
    st##K (a, p);							\
    return a[0] + cst##K (a[2]) + scalar##K (p[1]);			\
  }

FAMILY (1) FAMILY (2) FAMILY (3) FAMILY (4) FAMILY (5) FAMILY (6)
FAMILY (7) FAMILY (8) FAMILY (9) FAMILY (10) FAMILY (11) FAMILY (12)
