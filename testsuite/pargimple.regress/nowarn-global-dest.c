/* pargimple-options: -O2 -Wall -Wextra */
/* The inliner suppresses -Wuninitialized on the variable that receives
   an inlined call's aggregate result (expand_call_inline); here that
   variable is global and many functions assign to it, so with threads
   several may do so at once.  The no-warning bit is stored only when it
   changes (patch 0112): a store on every call rewrote the word of flags
   that the other threads read.  The warnings that remain (-Wall) must
   come as without the plugin, in the same order.  */

struct s { int a[8]; };

static inline struct s
make (int x)
{
  struct s r;
  for (int i = 0; i < 8; i++)
    r.a[i] = x * i;
  return r;
}

struct s g, h;
int sink;

#define SETTER(N)					\
  void set_##N (int x) { g = make (x + N); }		\
  void seth_##N (int x) { h = make (x - N); }		\
  int get_##N (int i) { return g.a[i & 7] + h.a[N & 7]; }

SETTER (0) SETTER (1) SETTER (2) SETTER (3)
SETTER (4) SETTER (5) SETTER (6) SETTER (7)
SETTER (8) SETTER (9) SETTER (10) SETTER (11)

/* One warning that stays, so that the diagnostics are compared.  */
int
maybe_uninit (int x, int y)
{
  int z;
  if (x)
    z = y;
  return z;
}
