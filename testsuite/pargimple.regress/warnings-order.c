/* pargimple-options: -O2 -Wall -Wframe-larger-than=64 */
/* -Wmaybe-uninitialized comes from a GIMPLE pass, -Wframe-larger-than=
   from the RTL phase.  In the two-phase order all GIMPLE warnings come
   first: a known difference (docs/DESIGN.md), reported as XFAIL as long
   as only the order differs.  */
extern void sink (char *);
int g (int c) { int x; if (c) x = 1; return x; }
void big (void) { char buf[256]; sink (buf); }
int h (int c) { int y; if (c > 2) y = 5; return y + 1; }
void big2 (void) { char buf[512]; sink (buf); }
