/* pargimple-options: -O3 */
/* Variables whose alignment the vectorizer may raise are meeting points
   of their users.  Since session 11 (plugin/meets.cc) a function that
   only reads such a variable (as a whole scalar, outside any cycle of
   its blocks) is not ordered with other readers, only with the
   functions that may raise it: loops over it (a loop-invariant load that
   may alias the stores of the loop is vectorized, and raises the
   variable's alignment), accesses to its parts (basic-block SLP), its
   address, self-recursive calls (tail recursion makes a loop).  Many
   readers of the same variables between such writers; the differential
   compares the assembly at every thread count and in the order farthest
   from GCC's (L), and a reader that raised an alignment would be an
   internal error (facts.cc).  */

double s, t;
long u;
struct pair { int a, b; } pr;
int arr[64];

/* Writers.  */
__attribute__ ((noipa)) void
w_loop (double *p, int n)
{
  for (int i = 0; i < n; i++)
    p[i] = s;			/* p may point to s: invariant load.  */
}

__attribute__ ((noipa)) void
w_parts (int x, int y)
{
  pr.a = x;			/* A group of two lanes (SLP).  */
  pr.b = y;
}

__attribute__ ((noipa)) void
w_arr (int k)
{
  for (int i = 0; i < 64; i++)
    arr[i] += k;
}

__attribute__ ((noipa)) long
w_self (long n)
{
  if (n <= 0)
    return u;
  return w_self (n - 1) + 1;	/* Tail recursion: a loop reading u.  */
}

/* Readers.  */
#define READ(K)								\
  __attribute__ ((noipa)) double r##K (double x)			\
  {									\
    if (x > K)								\
      return s * x + t;							\
    return t - s + (double) u * K;					\
  }									\
  __attribute__ ((noipa)) long q##K (long y)				\
  {									\
    u = y + K;								\
    return (long) (s + t) ^ y;						\
  }

READ (1) READ (2) READ (3) READ (4) READ (5) READ (6) READ (7) READ (8)

__attribute__ ((noipa)) void
w_loop2 (double *p, int n)
{
  for (int i = 0; i < n; i++)
    p[i] += t * s;
}

READ (9) READ (10) READ (11) READ (12)

int
main (void)
{
  double buf[8] = { 0 };
  w_loop (buf, 8);
  w_loop2 (buf, 8);
  w_parts (1, 2);
  w_arr (3);
  return (int) (r1 (buf[0]) + r12 (2.0) + q3 (4) + w_self (3)) & 1;
}
