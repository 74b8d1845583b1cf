/* pargimple-options: -O2 -Waggregate-return */
/* init_function_start warns -Waggregate-return; it runs in both phases,
   and the warning must still come once per function.  */
struct s { int a[8]; };
struct s make (int x) { struct s r; for (int i = 0; i < 8; i++) r.a[i] = x + i; return r; }
struct s copy (struct s v) { return v; }
int use (int x) { return copy (make (x)).a[3]; }
