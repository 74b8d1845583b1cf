/* The first function of GCC's order (slow: a long body before its loop)
   and a later one (quick) both take the address of an external array
   that nothing made addressable before: ivopts gives each loop an
   induction variable on &ext.  GCC's first sets TREE_ADDRESSABLE (ext)
   and the RTL of every function after it sees it set; with threads the
   quick one gets there first.  */

extern int ext[];
extern int other[];
int sink;

#define STEP(N) x = x * 31 + (x >> (N % 7)) + y; y ^= x + N; \
  if (x & (1 << (N % 13))) y += x / (N + 3);
#define STEP10(N) STEP (N##0) STEP (N##1) STEP (N##2) STEP (N##3) \
  STEP (N##4) STEP (N##5) STEP (N##6) STEP (N##7) STEP (N##8) STEP (N##9)
#define STEP100(N) STEP10 (N##0) STEP10 (N##1) STEP10 (N##2) STEP10 (N##3) \
  STEP10 (N##4) STEP10 (N##5) STEP10 (N##6) STEP10 (N##7) STEP10 (N##8) \
  STEP10 (N##9)

void
slow_first (int n, int x, int y)
{
  STEP100 (1) STEP100 (2) STEP100 (3) STEP100 (4) STEP100 (5)
  STEP100 (6) STEP100 (7) STEP100 (8)
  sink = x + y;
  for (int i = 0; i < n; i++)
    ext[i] = i;
}

void
quick_second (int n)
{
  for (int i = 0; i < n; i++)
    ext[i] += 2;
}

void
quick_third (int n)
{
  for (int i = 0; i < n; i++)
    other[i] = ext[i];
}
