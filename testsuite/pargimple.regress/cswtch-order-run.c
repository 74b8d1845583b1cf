/* pargimple-options: -O2 -g */
/* Switch conversion names its tables CSWTCH.N from the temporary-name
   counter and adds them to the symbol table during the GIMPLE phase; the
   engine numbers them provisionally and renames them, and reorders the
   new symbols, in the serial order (plugin/replay.cc).  Many independent
   functions, so that threads really take them out of order; with -g
   the inline transform consumes block numbers too.  */
#include <stdio.h>
static inline int in0 (int x) { int y = x * 1; return y ^ (y >> 3); }
__attribute__((noipa)) int f0 (int x)
{
  switch (x)
    {
    case 0: return 0 + in0 (x);
    case 1: return 13 + in0 (x);
    case 2: return 26 + in0 (x);
    case 3: return 39 + in0 (x);
    case 4: return 52 + in0 (x);
    case 5: return 65 + in0 (x);
    default: return -1;
    }
}
static inline int in1 (int x) { int y = x * 2; return y ^ (y >> 3); }
__attribute__((noipa)) int f1 (int x)
{
  switch (x)
    {
    case 0: return 7 + in1 (x);
    case 1: return 20 + in1 (x);
    case 2: return 33 + in1 (x);
    case 3: return 46 + in1 (x);
    case 4: return 59 + in1 (x);
    case 5: return 72 + in1 (x);
    default: return -1;
    }
}
static inline int in2 (int x) { int y = x * 3; return y ^ (y >> 3); }
__attribute__((noipa)) int f2 (int x)
{
  switch (x)
    {
    case 0: return 14 + in2 (x);
    case 1: return 27 + in2 (x);
    case 2: return 40 + in2 (x);
    case 3: return 53 + in2 (x);
    case 4: return 66 + in2 (x);
    case 5: return 79 + in2 (x);
    default: return -1;
    }
}
static inline int in3 (int x) { int y = x * 4; return y ^ (y >> 3); }
__attribute__((noipa)) int f3 (int x)
{
  switch (x)
    {
    case 0: return 21 + in3 (x);
    case 1: return 34 + in3 (x);
    case 2: return 47 + in3 (x);
    case 3: return 60 + in3 (x);
    case 4: return 73 + in3 (x);
    case 5: return 86 + in3 (x);
    default: return -1;
    }
}
static inline int in4 (int x) { int y = x * 5; return y ^ (y >> 3); }
__attribute__((noipa)) int f4 (int x)
{
  switch (x)
    {
    case 0: return 28 + in4 (x);
    case 1: return 41 + in4 (x);
    case 2: return 54 + in4 (x);
    case 3: return 67 + in4 (x);
    case 4: return 80 + in4 (x);
    case 5: return 93 + in4 (x);
    default: return -1;
    }
}
static inline int in5 (int x) { int y = x * 6; return y ^ (y >> 3); }
__attribute__((noipa)) int f5 (int x)
{
  switch (x)
    {
    case 0: return 35 + in5 (x);
    case 1: return 48 + in5 (x);
    case 2: return 61 + in5 (x);
    case 3: return 74 + in5 (x);
    case 4: return 87 + in5 (x);
    case 5: return 3 + in5 (x);
    default: return -1;
    }
}
static inline int in6 (int x) { int y = x * 7; return y ^ (y >> 3); }
__attribute__((noipa)) int f6 (int x)
{
  switch (x)
    {
    case 0: return 42 + in6 (x);
    case 1: return 55 + in6 (x);
    case 2: return 68 + in6 (x);
    case 3: return 81 + in6 (x);
    case 4: return 94 + in6 (x);
    case 5: return 10 + in6 (x);
    default: return -1;
    }
}
static inline int in7 (int x) { int y = x * 8; return y ^ (y >> 3); }
__attribute__((noipa)) int f7 (int x)
{
  switch (x)
    {
    case 0: return 49 + in7 (x);
    case 1: return 62 + in7 (x);
    case 2: return 75 + in7 (x);
    case 3: return 88 + in7 (x);
    case 4: return 4 + in7 (x);
    case 5: return 17 + in7 (x);
    default: return -1;
    }
}
static inline int in8 (int x) { int y = x * 9; return y ^ (y >> 3); }
__attribute__((noipa)) int f8 (int x)
{
  switch (x)
    {
    case 0: return 56 + in8 (x);
    case 1: return 69 + in8 (x);
    case 2: return 82 + in8 (x);
    case 3: return 95 + in8 (x);
    case 4: return 11 + in8 (x);
    case 5: return 24 + in8 (x);
    default: return -1;
    }
}
static inline int in9 (int x) { int y = x * 10; return y ^ (y >> 3); }
__attribute__((noipa)) int f9 (int x)
{
  switch (x)
    {
    case 0: return 63 + in9 (x);
    case 1: return 76 + in9 (x);
    case 2: return 89 + in9 (x);
    case 3: return 5 + in9 (x);
    case 4: return 18 + in9 (x);
    case 5: return 31 + in9 (x);
    default: return -1;
    }
}
static inline int in10 (int x) { int y = x * 11; return y ^ (y >> 3); }
__attribute__((noipa)) int f10 (int x)
{
  switch (x)
    {
    case 0: return 70 + in10 (x);
    case 1: return 83 + in10 (x);
    case 2: return 96 + in10 (x);
    case 3: return 12 + in10 (x);
    case 4: return 25 + in10 (x);
    case 5: return 38 + in10 (x);
    default: return -1;
    }
}
static inline int in11 (int x) { int y = x * 12; return y ^ (y >> 3); }
__attribute__((noipa)) int f11 (int x)
{
  switch (x)
    {
    case 0: return 77 + in11 (x);
    case 1: return 90 + in11 (x);
    case 2: return 6 + in11 (x);
    case 3: return 19 + in11 (x);
    case 4: return 32 + in11 (x);
    case 5: return 45 + in11 (x);
    default: return -1;
    }
}
static inline int in12 (int x) { int y = x * 13; return y ^ (y >> 3); }
__attribute__((noipa)) int f12 (int x)
{
  switch (x)
    {
    case 0: return 84 + in12 (x);
    case 1: return 0 + in12 (x);
    case 2: return 13 + in12 (x);
    case 3: return 26 + in12 (x);
    case 4: return 39 + in12 (x);
    case 5: return 52 + in12 (x);
    default: return -1;
    }
}
static inline int in13 (int x) { int y = x * 14; return y ^ (y >> 3); }
__attribute__((noipa)) int f13 (int x)
{
  switch (x)
    {
    case 0: return 91 + in13 (x);
    case 1: return 7 + in13 (x);
    case 2: return 20 + in13 (x);
    case 3: return 33 + in13 (x);
    case 4: return 46 + in13 (x);
    case 5: return 59 + in13 (x);
    default: return -1;
    }
}
static inline int in14 (int x) { int y = x * 15; return y ^ (y >> 3); }
__attribute__((noipa)) int f14 (int x)
{
  switch (x)
    {
    case 0: return 1 + in14 (x);
    case 1: return 14 + in14 (x);
    case 2: return 27 + in14 (x);
    case 3: return 40 + in14 (x);
    case 4: return 53 + in14 (x);
    case 5: return 66 + in14 (x);
    default: return -1;
    }
}
static inline int in15 (int x) { int y = x * 16; return y ^ (y >> 3); }
__attribute__((noipa)) int f15 (int x)
{
  switch (x)
    {
    case 0: return 8 + in15 (x);
    case 1: return 21 + in15 (x);
    case 2: return 34 + in15 (x);
    case 3: return 47 + in15 (x);
    case 4: return 60 + in15 (x);
    case 5: return 73 + in15 (x);
    default: return -1;
    }
}
static inline int in16 (int x) { int y = x * 17; return y ^ (y >> 3); }
__attribute__((noipa)) int f16 (int x)
{
  switch (x)
    {
    case 0: return 15 + in16 (x);
    case 1: return 28 + in16 (x);
    case 2: return 41 + in16 (x);
    case 3: return 54 + in16 (x);
    case 4: return 67 + in16 (x);
    case 5: return 80 + in16 (x);
    default: return -1;
    }
}
static inline int in17 (int x) { int y = x * 18; return y ^ (y >> 3); }
__attribute__((noipa)) int f17 (int x)
{
  switch (x)
    {
    case 0: return 22 + in17 (x);
    case 1: return 35 + in17 (x);
    case 2: return 48 + in17 (x);
    case 3: return 61 + in17 (x);
    case 4: return 74 + in17 (x);
    case 5: return 87 + in17 (x);
    default: return -1;
    }
}
static inline int in18 (int x) { int y = x * 19; return y ^ (y >> 3); }
__attribute__((noipa)) int f18 (int x)
{
  switch (x)
    {
    case 0: return 29 + in18 (x);
    case 1: return 42 + in18 (x);
    case 2: return 55 + in18 (x);
    case 3: return 68 + in18 (x);
    case 4: return 81 + in18 (x);
    case 5: return 94 + in18 (x);
    default: return -1;
    }
}
static inline int in19 (int x) { int y = x * 20; return y ^ (y >> 3); }
__attribute__((noipa)) int f19 (int x)
{
  switch (x)
    {
    case 0: return 36 + in19 (x);
    case 1: return 49 + in19 (x);
    case 2: return 62 + in19 (x);
    case 3: return 75 + in19 (x);
    case 4: return 88 + in19 (x);
    case 5: return 4 + in19 (x);
    default: return -1;
    }
}
static inline int in20 (int x) { int y = x * 21; return y ^ (y >> 3); }
__attribute__((noipa)) int f20 (int x)
{
  switch (x)
    {
    case 0: return 43 + in20 (x);
    case 1: return 56 + in20 (x);
    case 2: return 69 + in20 (x);
    case 3: return 82 + in20 (x);
    case 4: return 95 + in20 (x);
    case 5: return 11 + in20 (x);
    default: return -1;
    }
}
static inline int in21 (int x) { int y = x * 22; return y ^ (y >> 3); }
__attribute__((noipa)) int f21 (int x)
{
  switch (x)
    {
    case 0: return 50 + in21 (x);
    case 1: return 63 + in21 (x);
    case 2: return 76 + in21 (x);
    case 3: return 89 + in21 (x);
    case 4: return 5 + in21 (x);
    case 5: return 18 + in21 (x);
    default: return -1;
    }
}
static inline int in22 (int x) { int y = x * 23; return y ^ (y >> 3); }
__attribute__((noipa)) int f22 (int x)
{
  switch (x)
    {
    case 0: return 57 + in22 (x);
    case 1: return 70 + in22 (x);
    case 2: return 83 + in22 (x);
    case 3: return 96 + in22 (x);
    case 4: return 12 + in22 (x);
    case 5: return 25 + in22 (x);
    default: return -1;
    }
}
static inline int in23 (int x) { int y = x * 24; return y ^ (y >> 3); }
__attribute__((noipa)) int f23 (int x)
{
  switch (x)
    {
    case 0: return 64 + in23 (x);
    case 1: return 77 + in23 (x);
    case 2: return 90 + in23 (x);
    case 3: return 6 + in23 (x);
    case 4: return 19 + in23 (x);
    case 5: return 32 + in23 (x);
    default: return -1;
    }
}
int main (void)
{
  long s = 0;
  for (int x = -1; x < 7; x++)
    {
      s += f0 (x);
      s += f1 (x);
      s += f2 (x);
      s += f3 (x);
      s += f4 (x);
      s += f5 (x);
      s += f6 (x);
      s += f7 (x);
      s += f8 (x);
      s += f9 (x);
      s += f10 (x);
      s += f11 (x);
      s += f12 (x);
      s += f13 (x);
      s += f14 (x);
      s += f15 (x);
      s += f16 (x);
      s += f17 (x);
      s += f18 (x);
      s += f19 (x);
      s += f20 (x);
      s += f21 (x);
      s += f22 (x);
      s += f23 (x);
    }
  printf ("%ld\n", s);
  return 0;
}
