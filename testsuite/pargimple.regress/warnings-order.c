/* pargimple-options: -O2 -Wall -Wframe-larger-than=64 */
/* -Warray-bounds comes from a GIMPLE pass of all_passes (VRP),
   -Wframe-larger-than= from the RTL phase.  In the two-phase order all
   GIMPLE-phase warnings come first: a known difference (docs/DESIGN.md),
   reported as XFAIL as long as only the order of the lines differs.  */
extern void sink (char *);
int a[4];
int g (int i) { if (i > 5) return a[i]; return 0; }
void big (void) { char buf[256]; sink (buf); }
int h (int i) { if (i > 7) return a[i]; return 1; }
void big2 (void) { char buf[512]; sink (buf); }
