/* pargimple-options: -O2 -Wall -Wframe-larger-than=64 */
/* -Warray-bounds comes from a GIMPLE pass of all_passes (VRP),
   -Wframe-larger-than= from the RTL phase.  In the two-phase order all
   GIMPLE-phase warnings would come first; the engine captures them and
   replays them before each function's RTL (plugin/diag.cc), so stderr
   must equal GCC's, "In function" lines included.  */
extern void sink (char *);
int a[4];
int g (int i) { if (i > 5) return a[i]; return 0; }
void big (void) { char buf[256]; sink (buf); }
int h (int i) { if (i > 7) return a[i]; return 1; }
void big2 (void) { char buf[512]; sink (buf); }
