/* pargimple-options: -O2 */
/* Toplevel asm statements are output by output_in_order () before any
   function; the engine reproduces that step before its two phases.  */
asm ("\t.section .rodata\n\t.globl pg_marker\npg_marker:\n\t.string \"pg\"\n\t.text");
static int counter = 3;
__attribute__ ((noinline)) int f1 (int x) { return x + counter; }
asm ("# second toplevel asm statement");
__attribute__ ((noinline)) int f2 (int x) { return f1 (x) * 2; }
extern const char pg_marker[];
int main (void) { return f2 (1) == 8 && pg_marker[0] == 'p' ? 0 : 1; }
