/* pargimple-options: -O2 */
/* A function with optimize(0) is no_reorder (toplevel reordering is off
   at -O0) and GCC compiles it in output_in_order (), before all others;
   the two gcc.c-torture misses of the order experiment were such
   functions (pr58332.c, pr81360.c).  */
static int helper (int x) { return x * 3; }
__attribute__ ((optimize (0))) int slow (int x) { return helper (x) + 1; }
int vars[3] __attribute__ ((no_reorder)) = { 5, 6, 7 };
int fast (int x) { return helper (x) - 1; }
__attribute__ ((optimize (0))) int slow2 (int x) { return fast (x) + slow (x); }
int main (void) { return slow2 (2) == 5 + 7 && vars[1] == 6 ? 0 : 1; }
