/* pargimple-options: -O2 -fno-toplevel-reorder */
/* With -fno-toplevel-reorder every symbol is no_reorder: GCC compiles the
   functions in source order, interleaved with the variables, and the
   engine must leave that order alone.  */
int a[4] = { 1, 2, 3, 4 };
static int sum (const int *p, int n) { int s = 0; while (n--) s += *p++; return s; }
int b = 7;
int twice (int x) { return 2 * x; }
static const char msg[] = "pargimple";
int main (void) { return sum (a, 4) + twice (b) + msg[0] == 10 + 14 + 'p' ? 0 : 1; }
