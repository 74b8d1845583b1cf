/* pargimple-options: -O2 -Wall -Wframe-larger-than=64 -fmessage-length=30 -fdiagnostics-show-caret */
/* warnings-order.c's diagnostics wrapped at 30 columns, with the source
   line and caret: the engine captures a GIMPLE-phase diagnostic on a
   worker and replays it before the function's RTL (plugin/diag.cc), and
   the replayed text must be wrapped as GCC wraps it (a question the
   review of session 34 left open).  */
#include "warnings-order.c"
