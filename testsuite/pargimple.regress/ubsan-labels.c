/* pargimple-options: -O2 -fsanitize=undefined */
/* ubsan labels its static data (.Lubsan_dataN) and type descriptors
   (.Lubsan_typeN) from one process-wide counter: sanopt takes numbers in
   the GIMPLE phase, the expansion of overflow checks in the RTL phase.
   In two-phase order or on threads the numbers came out other than
   GCC's (session 34, found by reading; 'Lubsan_data128' became
   'Lubsan_data541' at two threads), so the engine falls back to serial
   under these checks.  Many independent functions with bounds, shift,
   division and overflow checks.  */

struct s0 { int a[3]; long b; };
int
f0 (struct s0 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[2] / (k - 0);
  return r + (int) (p->b * k);
}

struct s1 { int a[4]; long b; };
int
f1 (struct s1 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[3] / (k - 1);
  return r + (int) (p->b * k);
}

struct s2 { int a[5]; long b; };
int
f2 (struct s2 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[4] / (k - 2);
  return r + (int) (p->b * k);
}

struct s3 { int a[6]; long b; };
int
f3 (struct s3 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[5] / (k - 3);
  return r + (int) (p->b * k);
}

struct s4 { int a[7]; long b; };
int
f4 (struct s4 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[6] / (k - 4);
  return r + (int) (p->b * k);
}

struct s5 { int a[8]; long b; };
int
f5 (struct s5 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[7] / (k - 5);
  return r + (int) (p->b * k);
}

struct s6 { int a[9]; long b; };
int
f6 (struct s6 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[8] / (k - 6);
  return r + (int) (p->b * k);
}

struct s7 { int a[10]; long b; };
int
f7 (struct s7 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[9] / (k - 7);
  return r + (int) (p->b * k);
}

struct s8 { int a[11]; long b; };
int
f8 (struct s8 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[10] / (k - 8);
  return r + (int) (p->b * k);
}

struct s9 { int a[12]; long b; };
int
f9 (struct s9 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[11] / (k - 9);
  return r + (int) (p->b * k);
}

struct s10 { int a[13]; long b; };
int
f10 (struct s10 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[12] / (k - 10);
  return r + (int) (p->b * k);
}

struct s11 { int a[14]; long b; };
int
f11 (struct s11 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[13] / (k - 11);
  return r + (int) (p->b * k);
}

struct s12 { int a[15]; long b; };
int
f12 (struct s12 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[14] / (k - 12);
  return r + (int) (p->b * k);
}

struct s13 { int a[16]; long b; };
int
f13 (struct s13 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[15] / (k - 13);
  return r + (int) (p->b * k);
}

struct s14 { int a[17]; long b; };
int
f14 (struct s14 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[16] / (k - 14);
  return r + (int) (p->b * k);
}

struct s15 { int a[18]; long b; };
int
f15 (struct s15 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[17] / (k - 15);
  return r + (int) (p->b * k);
}

struct s16 { int a[19]; long b; };
int
f16 (struct s16 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[18] / (k - 16);
  return r + (int) (p->b * k);
}

struct s17 { int a[20]; long b; };
int
f17 (struct s17 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[19] / (k - 17);
  return r + (int) (p->b * k);
}

struct s18 { int a[21]; long b; };
int
f18 (struct s18 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[20] / (k - 18);
  return r + (int) (p->b * k);
}

struct s19 { int a[22]; long b; };
int
f19 (struct s19 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[21] / (k - 19);
  return r + (int) (p->b * k);
}

struct s20 { int a[23]; long b; };
int
f20 (struct s20 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[22] / (k - 20);
  return r + (int) (p->b * k);
}

struct s21 { int a[24]; long b; };
int
f21 (struct s21 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[23] / (k - 21);
  return r + (int) (p->b * k);
}

struct s22 { int a[25]; long b; };
int
f22 (struct s22 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[24] / (k - 22);
  return r + (int) (p->b * k);
}

struct s23 { int a[26]; long b; };
int
f23 (struct s23 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[25] / (k - 23);
  return r + (int) (p->b * k);
}

struct s24 { int a[27]; long b; };
int
f24 (struct s24 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[26] / (k - 24);
  return r + (int) (p->b * k);
}

struct s25 { int a[28]; long b; };
int
f25 (struct s25 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[27] / (k - 25);
  return r + (int) (p->b * k);
}

struct s26 { int a[29]; long b; };
int
f26 (struct s26 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[28] / (k - 26);
  return r + (int) (p->b * k);
}

struct s27 { int a[30]; long b; };
int
f27 (struct s27 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[29] / (k - 27);
  return r + (int) (p->b * k);
}

struct s28 { int a[31]; long b; };
int
f28 (struct s28 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[30] / (k - 28);
  return r + (int) (p->b * k);
}

struct s29 { int a[32]; long b; };
int
f29 (struct s29 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[31] / (k - 29);
  return r + (int) (p->b * k);
}

struct s30 { int a[33]; long b; };
int
f30 (struct s30 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[32] / (k - 30);
  return r + (int) (p->b * k);
}

struct s31 { int a[34]; long b; };
int
f31 (struct s31 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[33] / (k - 31);
  return r + (int) (p->b * k);
}

struct s32 { int a[35]; long b; };
int
f32 (struct s32 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[34] / (k - 32);
  return r + (int) (p->b * k);
}

struct s33 { int a[36]; long b; };
int
f33 (struct s33 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[35] / (k - 33);
  return r + (int) (p->b * k);
}

struct s34 { int a[37]; long b; };
int
f34 (struct s34 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[36] / (k - 34);
  return r + (int) (p->b * k);
}

struct s35 { int a[38]; long b; };
int
f35 (struct s35 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[37] / (k - 35);
  return r + (int) (p->b * k);
}

struct s36 { int a[39]; long b; };
int
f36 (struct s36 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[38] / (k - 36);
  return r + (int) (p->b * k);
}

struct s37 { int a[40]; long b; };
int
f37 (struct s37 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[39] / (k - 37);
  return r + (int) (p->b * k);
}

struct s38 { int a[41]; long b; };
int
f38 (struct s38 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[40] / (k - 38);
  return r + (int) (p->b * k);
}

struct s39 { int a[42]; long b; };
int
f39 (struct s39 *p, int k, int j)
{
  int r = p->a[k] << j;
  r += p->a[41] / (k - 39);
  return r + (int) (p->b * k);
}
