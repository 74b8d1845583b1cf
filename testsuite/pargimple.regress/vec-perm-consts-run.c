/* pargimple-options: -O2 -msse4.1 */
/* Folders of concurrent passes ask the target whether it can permute
   vectors by a constant selector (match.pd's VEC_PERM_EXPR rules,
   forwprop's vector constructors): x86 answers by expanding into a
   scratch sequence and recognizing a scratch insn, process-wide state
   (patch 0055).  Reassociation's bit-test lowering costs build
   CONST_INTs beyond the shared small ones, into emit-rtl's hash table
   (patch 0054).  Many independent functions, so that threads really
   run them at once.  */
#include <stdio.h>
typedef int v4si __attribute__ ((vector_size (16)));
typedef short v8hi __attribute__ ((vector_size (16)));
typedef unsigned char v16qi __attribute__ ((vector_size (16)));
__attribute__((noipa)) int f0 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 1, 7, 4, 0 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 5, 2, 6, 0 }), a, (v4si) { 0, 4, 2, 4 });
  v4si w = (v4si) { a[0], b[0], a[2], b[0] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 0, 4, 7, 3, 2, 0, 0, 7 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 12, 26, 6, 12, 16, 5, 27, 21, 5, 23, 26, 16, 28, 6, 12, 18 });
  int k = (x == 70 || x == 77 || x == 102 || x == 117 || x == 122 || x == 129) ? 100 : 0;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[0] + s[3] * 11 + t[0] + t[5] * 13 + k;
}
__attribute__((noipa)) int f1 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 5, 7, 3, 0 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 3, 0, 1, 6 }), a, (v4si) { 3, 4, 1, 4 });
  v4si w = (v4si) { a[3], b[0], a[1], b[0] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 3, 7, 5, 1, 3, 3, 2, 6 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 7, 17, 19, 12, 24, 30, 14, 8, 13, 0, 12, 10, 1, 21, 19, 23 });
  int k = (x == 73 || x == 83 || x == 96 || x == 108 || x == 113 || x == 114) ? 101 : 1;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[1] + s[4] * 11 + t[1] + t[6] * 13 + k;
}
__attribute__((noipa)) int f2 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 0, 2, 6, 6 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 6, 0, 1, 3 }), a, (v4si) { 0, 7, 0, 5 });
  v4si w = (v4si) { a[0], b[3], a[0], b[1] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 3, 6, 7, 2, 6, 6, 4, 2 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 27, 30, 19, 26, 5, 12, 17, 28, 31, 11, 1, 1, 7, 16, 23, 12 });
  int k = (x == 81 || x == 86 || x == 97 || x == 98 || x == 122 || x == 124) ? 102 : 2;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[2] + s[5] * 11 + t[2] + t[7] * 13 + k;
}
__attribute__((noipa)) int f3 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 6, 6, 7, 4 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 0, 2, 4, 6 }), a, (v4si) { 1, 4, 2, 5 });
  v4si w = (v4si) { a[1], b[0], a[2], b[1] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 7, 7, 7, 4, 4, 7, 1, 6 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 20, 23, 10, 24, 17, 20, 25, 31, 10, 18, 0, 28, 3, 11, 1, 7 });
  int k = (x == 96 || x == 111 || x == 112 || x == 119 || x == 125 || x == 127) ? 103 : 3;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[3] + s[6] * 11 + t[3] + t[8] * 13 + k;
}
__attribute__((noipa)) int f4 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 0, 3, 2, 4 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 1, 3, 5, 1 }), a, (v4si) { 0, 4, 1, 7 });
  v4si w = (v4si) { a[0], b[0], a[1], b[3] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 0, 5, 7, 2, 7, 7, 3, 3 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 23, 9, 15, 20, 9, 2, 6, 6, 2, 30, 29, 4, 1, 8, 5, 10 });
  int k = (x == 66 || x == 96 || x == 98 || x == 109 || x == 115 || x == 122) ? 104 : 4;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[4] + s[7] * 11 + t[4] + t[9] * 13 + k;
}
__attribute__((noipa)) int f5 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 2, 3, 7, 7 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 6, 5, 7, 7 }), a, (v4si) { 2, 6, 1, 5 });
  v4si w = (v4si) { a[2], b[2], a[1], b[1] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 6, 6, 0, 7, 2, 1, 3, 1 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 23, 2, 5, 17, 17, 17, 30, 27, 28, 23, 2, 5, 15, 15, 2, 11 });
  int k = (x == 67 || x == 68 || x == 108 || x == 112 || x == 125 || x == 128) ? 105 : 5;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[5] + s[0] * 11 + t[5] + t[10] * 13 + k;
}
__attribute__((noipa)) int f6 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 3, 6, 5, 1 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 3, 1, 4, 7 }), a, (v4si) { 2, 7, 2, 4 });
  v4si w = (v4si) { a[2], b[3], a[2], b[0] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 5, 3, 4, 4, 6, 7, 2, 4 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 4, 22, 1, 11, 9, 11, 18, 9, 24, 14, 14, 8, 26, 10, 20, 15 });
  int k = (x == 65 || x == 77 || x == 85 || x == 113 || x == 114 || x == 119) ? 106 : 6;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[6] + s[1] * 11 + t[6] + t[11] * 13 + k;
}
__attribute__((noipa)) int f7 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 6, 7, 0, 6 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 1, 6, 2, 5 }), a, (v4si) { 1, 7, 3, 4 });
  v4si w = (v4si) { a[1], b[3], a[3], b[0] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 4, 7, 3, 0, 5, 4, 5, 4 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 24, 4, 3, 0, 2, 30, 3, 7, 6, 23, 2, 3, 14, 26, 14, 18 });
  int k = (x == 69 || x == 76 || x == 101 || x == 111 || x == 120 || x == 125) ? 107 : 7;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[7] + s[2] * 11 + t[7] + t[12] * 13 + k;
}
__attribute__((noipa)) int f8 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 0, 2, 7, 1 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 1, 5, 5, 5 }), a, (v4si) { 3, 7, 0, 4 });
  v4si w = (v4si) { a[3], b[3], a[0], b[0] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 3, 5, 1, 0, 5, 1, 0, 6 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 14, 12, 13, 17, 0, 16, 21, 5, 2, 23, 23, 7, 14, 1, 23, 21 });
  int k = (x == 65 || x == 66 || x == 71 || x == 73 || x == 87 || x == 120) ? 108 : 8;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[0] + s[3] * 11 + t[8] + t[13] * 13 + k;
}
__attribute__((noipa)) int f9 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 5, 1, 7, 0 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 4, 7, 1, 0 }), a, (v4si) { 2, 7, 2, 7 });
  v4si w = (v4si) { a[2], b[3], a[2], b[3] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 6, 0, 2, 0, 7, 4, 4, 5 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 11, 15, 24, 27, 30, 17, 16, 8, 19, 2, 12, 28, 6, 11, 6, 0 });
  int k = (x == 74 || x == 80 || x == 85 || x == 90 || x == 95 || x == 102) ? 109 : 9;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[1] + s[4] * 11 + t[9] + t[14] * 13 + k;
}
__attribute__((noipa)) int f10 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 7, 7, 3, 6 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 5, 0, 7, 5 }), a, (v4si) { 1, 4, 3, 4 });
  v4si w = (v4si) { a[1], b[0], a[3], b[0] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 4, 6, 0, 2, 5, 0, 2, 4 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 18, 23, 23, 14, 0, 19, 11, 5, 26, 14, 5, 12, 24, 26, 8, 9 });
  int k = (x == 71 || x == 86 || x == 88 || x == 121 || x == 123 || x == 127) ? 110 : 10;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[2] + s[5] * 11 + t[10] + t[15] * 13 + k;
}
__attribute__((noipa)) int f11 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 6, 4, 1, 4 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 3, 4, 2, 3 }), a, (v4si) { 3, 7, 3, 4 });
  v4si w = (v4si) { a[3], b[3], a[3], b[0] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 4, 1, 3, 4, 3, 2, 2, 3 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 13, 22, 21, 10, 15, 11, 11, 14, 8, 30, 29, 7, 8, 29, 12, 23 });
  int k = (x == 69 || x == 81 || x == 83 || x == 105 || x == 107 || x == 123) ? 111 : 11;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[3] + s[6] * 11 + t[11] + t[0] * 13 + k;
}
__attribute__((noipa)) int f12 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 4, 0, 0, 0 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 2, 7, 6, 4 }), a, (v4si) { 1, 7, 2, 7 });
  v4si w = (v4si) { a[1], b[3], a[2], b[3] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 7, 6, 2, 1, 0, 0, 3, 4 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 21, 6, 23, 9, 9, 23, 30, 25, 1, 9, 6, 28, 23, 0, 8, 30 });
  int k = (x == 72 || x == 74 || x == 90 || x == 95 || x == 98 || x == 110) ? 112 : 12;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[4] + s[7] * 11 + t[12] + t[1] * 13 + k;
}
__attribute__((noipa)) int f13 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 3, 2, 7, 5 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 5, 6, 3, 2 }), a, (v4si) { 0, 5, 1, 5 });
  v4si w = (v4si) { a[0], b[1], a[1], b[1] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 0, 3, 1, 0, 6, 1, 7, 0 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 31, 16, 10, 2, 20, 0, 13, 19, 12, 9, 17, 3, 17, 19, 23, 13 });
  int k = (x == 65 || x == 70 || x == 86 || x == 117 || x == 121 || x == 126) ? 113 : 13;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[5] + s[0] * 11 + t[13] + t[2] * 13 + k;
}
__attribute__((noipa)) int f14 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 5, 2, 5, 2 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 3, 0, 7, 2 }), a, (v4si) { 2, 6, 0, 5 });
  v4si w = (v4si) { a[2], b[2], a[0], b[1] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 7, 7, 7, 4, 3, 3, 2, 5 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 3, 13, 28, 17, 14, 3, 30, 16, 17, 23, 19, 27, 23, 6, 26, 10 });
  int k = (x == 72 || x == 85 || x == 97 || x == 100 || x == 106 || x == 117) ? 114 : 14;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[6] + s[1] * 11 + t[14] + t[3] * 13 + k;
}
__attribute__((noipa)) int f15 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 0, 1, 1, 0 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 6, 5, 5, 2 }), a, (v4si) { 0, 7, 3, 7 });
  v4si w = (v4si) { a[0], b[3], a[3], b[3] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 6, 5, 2, 5, 0, 3, 0, 2 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 17, 19, 22, 24, 25, 4, 7, 18, 31, 28, 16, 19, 15, 0, 3, 24 });
  int k = (x == 83 || x == 84 || x == 93 || x == 106 || x == 115 || x == 125) ? 115 : 15;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[7] + s[2] * 11 + t[15] + t[4] * 13 + k;
}
__attribute__((noipa)) int f16 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 0, 1, 4, 2 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 6, 6, 1, 7 }), a, (v4si) { 3, 4, 1, 4 });
  v4si w = (v4si) { a[3], b[0], a[1], b[0] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 3, 0, 4, 0, 7, 6, 2, 0 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 11, 8, 9, 6, 1, 13, 20, 26, 30, 31, 28, 20, 29, 12, 11, 7 });
  int k = (x == 79 || x == 82 || x == 87 || x == 90 || x == 93 || x == 102) ? 116 : 16;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[0] + s[3] * 11 + t[0] + t[5] * 13 + k;
}
__attribute__((noipa)) int f17 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 7, 4, 3, 3 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 3, 7, 2, 1 }), a, (v4si) { 2, 4, 0, 4 });
  v4si w = (v4si) { a[2], b[0], a[0], b[0] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 0, 5, 7, 4, 3, 1, 2, 3 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 31, 16, 27, 24, 19, 23, 23, 3, 26, 11, 19, 18, 30, 15, 6, 29 });
  int k = (x == 85 || x == 92 || x == 94 || x == 101 || x == 108 || x == 111) ? 117 : 17;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[1] + s[4] * 11 + t[1] + t[6] * 13 + k;
}
__attribute__((noipa)) int f18 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 5, 1, 7, 6 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 2, 1, 5, 0 }), a, (v4si) { 0, 5, 3, 5 });
  v4si w = (v4si) { a[0], b[1], a[3], b[1] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 7, 0, 3, 2, 7, 5, 1, 0 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 22, 23, 10, 11, 30, 4, 25, 7, 1, 22, 14, 16, 16, 24, 23, 0 });
  int k = (x == 76 || x == 84 || x == 96 || x == 109 || x == 118 || x == 119) ? 118 : 18;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[2] + s[5] * 11 + t[2] + t[7] * 13 + k;
}
__attribute__((noipa)) int f19 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 5, 0, 0, 3 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 4, 5, 5, 7 }), a, (v4si) { 0, 4, 3, 7 });
  v4si w = (v4si) { a[0], b[0], a[3], b[3] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 0, 1, 0, 7, 3, 5, 7, 2 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 30, 12, 13, 23, 9, 7, 13, 3, 14, 17, 26, 14, 22, 30, 23, 9 });
  int k = (x == 77 || x == 100 || x == 112 || x == 117 || x == 118 || x == 129) ? 119 : 19;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[3] + s[6] * 11 + t[3] + t[8] * 13 + k;
}
__attribute__((noipa)) int f20 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 0, 3, 3, 6 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 7, 7, 4, 1 }), a, (v4si) { 1, 4, 2, 6 });
  v4si w = (v4si) { a[1], b[0], a[2], b[2] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 1, 5, 0, 2, 2, 3, 6, 3 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 30, 21, 11, 28, 13, 0, 14, 20, 13, 18, 9, 0, 1, 18, 6, 25 });
  int k = (x == 91 || x == 92 || x == 100 || x == 103 || x == 111 || x == 128) ? 120 : 20;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[4] + s[7] * 11 + t[4] + t[9] * 13 + k;
}
__attribute__((noipa)) int f21 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 7, 1, 6, 2 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 7, 2, 0, 3 }), a, (v4si) { 2, 5, 0, 6 });
  v4si w = (v4si) { a[2], b[1], a[0], b[2] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 4, 6, 1, 5, 1, 4, 1, 6 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 13, 12, 19, 14, 27, 23, 3, 20, 23, 22, 25, 27, 22, 26, 18, 9 });
  int k = (x == 76 || x == 90 || x == 94 || x == 97 || x == 104 || x == 129) ? 121 : 21;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[5] + s[0] * 11 + t[5] + t[10] * 13 + k;
}
__attribute__((noipa)) int f22 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 0, 2, 1, 3 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 1, 4, 5, 2 }), a, (v4si) { 2, 5, 2, 5 });
  v4si w = (v4si) { a[2], b[1], a[2], b[1] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 0, 6, 0, 6, 1, 1, 1, 7 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 24, 7, 22, 20, 8, 18, 0, 17, 8, 17, 20, 5, 22, 7, 0, 15 });
  int k = (x == 69 || x == 78 || x == 91 || x == 92 || x == 104 || x == 122) ? 122 : 22;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[6] + s[1] * 11 + t[6] + t[11] * 13 + k;
}
__attribute__((noipa)) int f23 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 0, 5, 5, 3 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 3, 3, 6, 3 }), a, (v4si) { 1, 7, 2, 4 });
  v4si w = (v4si) { a[1], b[3], a[2], b[0] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 5, 4, 1, 1, 5, 7, 7, 1 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 10, 16, 11, 22, 22, 18, 14, 10, 4, 8, 28, 3, 7, 5, 2, 22 });
  int k = (x == 82 || x == 90 || x == 98 || x == 112 || x == 113 || x == 122) ? 123 : 23;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[7] + s[2] * 11 + t[7] + t[12] * 13 + k;
}
__attribute__((noipa)) int f24 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 3, 6, 6, 5 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 0, 4, 7, 4 }), a, (v4si) { 1, 6, 3, 6 });
  v4si w = (v4si) { a[1], b[2], a[3], b[2] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 6, 4, 7, 1, 2, 5, 4, 3 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 28, 21, 11, 6, 4, 6, 12, 13, 31, 15, 0, 22, 11, 2, 2, 25 });
  int k = (x == 65 || x == 93 || x == 101 || x == 109 || x == 114 || x == 121) ? 124 : 24;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[0] + s[3] * 11 + t[8] + t[13] * 13 + k;
}
__attribute__((noipa)) int f25 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 1, 3, 7, 2 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 5, 1, 3, 1 }), a, (v4si) { 1, 7, 1, 6 });
  v4si w = (v4si) { a[1], b[3], a[1], b[2] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 0, 0, 7, 3, 7, 4, 6, 4 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 26, 15, 20, 13, 7, 25, 29, 3, 13, 18, 17, 6, 16, 14, 21, 23 });
  int k = (x == 90 || x == 92 || x == 100 || x == 104 || x == 105 || x == 123) ? 125 : 25;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[1] + s[4] * 11 + t[9] + t[14] * 13 + k;
}
__attribute__((noipa)) int f26 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 5, 7, 5, 3 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 3, 7, 0, 7 }), a, (v4si) { 2, 4, 0, 7 });
  v4si w = (v4si) { a[2], b[0], a[0], b[3] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 3, 5, 0, 2, 7, 3, 1, 2 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 7, 10, 0, 21, 1, 27, 2, 8, 12, 0, 7, 17, 10, 13, 14, 6 });
  int k = (x == 66 || x == 85 || x == 92 || x == 106 || x == 109 || x == 111) ? 126 : 26;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[2] + s[5] * 11 + t[10] + t[15] * 13 + k;
}
__attribute__((noipa)) int f27 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 6, 1, 0, 5 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 3, 7, 2, 6 }), a, (v4si) { 2, 4, 3, 7 });
  v4si w = (v4si) { a[2], b[0], a[3], b[3] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 5, 6, 4, 5, 0, 1, 4, 1 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 30, 0, 19, 18, 9, 0, 13, 19, 7, 8, 0, 23, 22, 7, 12, 22 });
  int k = (x == 72 || x == 77 || x == 106 || x == 111 || x == 114 || x == 117) ? 127 : 27;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[3] + s[6] * 11 + t[11] + t[0] * 13 + k;
}
__attribute__((noipa)) int f28 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 4, 1, 7, 6 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 6, 1, 2, 2 }), a, (v4si) { 1, 4, 1, 7 });
  v4si w = (v4si) { a[1], b[0], a[1], b[3] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 3, 2, 3, 7, 0, 5, 0, 3 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 11, 1, 2, 0, 0, 20, 4, 28, 3, 9, 17, 17, 19, 15, 14, 15 });
  int k = (x == 68 || x == 75 || x == 99 || x == 107 || x == 114 || x == 126) ? 128 : 28;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[4] + s[7] * 11 + t[12] + t[1] * 13 + k;
}
__attribute__((noipa)) int f29 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 1, 3, 7, 1 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 2, 7, 5, 2 }), a, (v4si) { 1, 4, 0, 4 });
  v4si w = (v4si) { a[1], b[0], a[0], b[0] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 4, 7, 4, 2, 4, 2, 4, 0 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 15, 2, 14, 20, 1, 24, 22, 21, 11, 29, 13, 7, 20, 10, 9, 12 });
  int k = (x == 75 || x == 76 || x == 80 || x == 84 || x == 95 || x == 102) ? 129 : 29;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[5] + s[0] * 11 + t[13] + t[2] * 13 + k;
}
__attribute__((noipa)) int f30 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 6, 0, 7, 7 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 2, 6, 3, 3 }), a, (v4si) { 0, 6, 1, 6 });
  v4si w = (v4si) { a[0], b[2], a[1], b[2] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 1, 3, 2, 0, 2, 7, 6, 7 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 4, 26, 25, 1, 30, 9, 1, 29, 3, 0, 7, 5, 4, 10, 13, 12 });
  int k = (x == 70 || x == 71 || x == 80 || x == 89 || x == 105 || x == 128) ? 130 : 30;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[6] + s[1] * 11 + t[14] + t[3] * 13 + k;
}
__attribute__((noipa)) int f31 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 5, 1, 1, 7 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 3, 5, 4, 6 }), a, (v4si) { 1, 4, 2, 7 });
  v4si w = (v4si) { a[1], b[0], a[2], b[3] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 0, 2, 7, 5, 3, 7, 0, 7 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 20, 6, 13, 27, 2, 21, 5, 7, 7, 22, 7, 6, 24, 4, 25, 8 });
  int k = (x == 102 || x == 105 || x == 106 || x == 113 || x == 122 || x == 128) ? 131 : 31;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[7] + s[2] * 11 + t[15] + t[4] * 13 + k;
}
__attribute__((noipa)) int f32 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 2, 0, 3, 0 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 6, 2, 2, 0 }), a, (v4si) { 3, 5, 0, 5 });
  v4si w = (v4si) { a[3], b[1], a[0], b[1] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 5, 3, 4, 1, 5, 5, 2, 3 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 4, 17, 15, 17, 27, 23, 13, 20, 17, 23, 7, 24, 18, 10, 16, 26 });
  int k = (x == 65 || x == 67 || x == 83 || x == 86 || x == 87 || x == 91) ? 132 : 32;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[0] + s[3] * 11 + t[0] + t[5] * 13 + k;
}
__attribute__((noipa)) int f33 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 6, 4, 3, 4 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 2, 2, 7, 1 }), a, (v4si) { 0, 6, 3, 4 });
  v4si w = (v4si) { a[0], b[2], a[3], b[0] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 6, 7, 7, 0, 0, 5, 5, 6 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 15, 27, 23, 31, 23, 12, 13, 1, 7, 9, 29, 13, 8, 31, 23, 17 });
  int k = (x == 70 || x == 74 || x == 80 || x == 94 || x == 119 || x == 125) ? 133 : 33;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[1] + s[4] * 11 + t[1] + t[6] * 13 + k;
}
__attribute__((noipa)) int f34 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 3, 0, 4, 6 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 0, 3, 3, 4 }), a, (v4si) { 0, 4, 3, 4 });
  v4si w = (v4si) { a[0], b[0], a[3], b[0] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 1, 6, 5, 1, 3, 7, 0, 6 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 31, 14, 2, 14, 5, 3, 27, 27, 17, 16, 14, 13, 6, 29, 28, 15 });
  int k = (x == 67 || x == 100 || x == 114 || x == 122 || x == 125 || x == 127) ? 134 : 34;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[2] + s[5] * 11 + t[2] + t[7] * 13 + k;
}
__attribute__((noipa)) int f35 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 6, 5, 3, 4 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 1, 7, 5, 3 }), a, (v4si) { 2, 7, 3, 5 });
  v4si w = (v4si) { a[2], b[3], a[3], b[1] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 6, 7, 5, 1, 1, 1, 5, 6 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 15, 16, 2, 21, 28, 21, 23, 8, 14, 18, 31, 7, 5, 4, 4, 24 });
  int k = (x == 70 || x == 110 || x == 112 || x == 113 || x == 124 || x == 126) ? 135 : 35;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[3] + s[6] * 11 + t[3] + t[8] * 13 + k;
}
__attribute__((noipa)) int f36 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 2, 4, 0, 3 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 4, 3, 7, 2 }), a, (v4si) { 3, 4, 3, 7 });
  v4si w = (v4si) { a[3], b[0], a[3], b[3] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 0, 5, 1, 0, 6, 1, 2, 1 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 17, 25, 0, 11, 14, 17, 1, 0, 29, 12, 11, 29, 8, 16, 10, 0 });
  int k = (x == 66 || x == 74 || x == 79 || x == 101 || x == 126 || x == 128) ? 136 : 36;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[4] + s[7] * 11 + t[4] + t[9] * 13 + k;
}
__attribute__((noipa)) int f37 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 3, 1, 6, 2 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 5, 1, 3, 6 }), a, (v4si) { 0, 5, 2, 4 });
  v4si w = (v4si) { a[0], b[1], a[2], b[0] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 3, 1, 6, 4, 4, 5, 7, 3 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 3, 17, 5, 12, 19, 14, 16, 9, 23, 7, 19, 31, 14, 12, 7, 19 });
  int k = (x == 65 || x == 76 || x == 89 || x == 90 || x == 96 || x == 108) ? 137 : 37;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[5] + s[0] * 11 + t[5] + t[10] * 13 + k;
}
__attribute__((noipa)) int f38 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 6, 3, 6, 0 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 2, 5, 2, 4 }), a, (v4si) { 1, 7, 1, 4 });
  v4si w = (v4si) { a[1], b[3], a[1], b[0] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 5, 0, 6, 1, 3, 1, 4, 7 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 28, 30, 21, 28, 10, 6, 4, 29, 29, 21, 22, 15, 27, 30, 26, 12 });
  int k = (x == 83 || x == 86 || x == 97 || x == 110 || x == 125 || x == 126) ? 138 : 38;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[6] + s[1] * 11 + t[6] + t[11] * 13 + k;
}
__attribute__((noipa)) int f39 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 6, 7, 1, 3 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 6, 7, 2, 3 }), a, (v4si) { 1, 7, 3, 6 });
  v4si w = (v4si) { a[1], b[3], a[3], b[2] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 1, 4, 7, 6, 4, 4, 0, 1 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 17, 21, 0, 24, 9, 19, 22, 22, 4, 19, 13, 31, 5, 9, 13, 26 });
  int k = (x == 68 || x == 89 || x == 91 || x == 108 || x == 110 || x == 127) ? 139 : 39;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[7] + s[2] * 11 + t[7] + t[12] * 13 + k;
}
__attribute__((noipa)) int f40 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 0, 0, 7, 3 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 6, 3, 5, 5 }), a, (v4si) { 0, 6, 0, 6 });
  v4si w = (v4si) { a[0], b[2], a[0], b[2] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 1, 6, 0, 0, 3, 2, 5, 2 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 28, 29, 3, 13, 10, 24, 1, 25, 14, 13, 5, 27, 10, 6, 19, 5 });
  int k = (x == 76 || x == 78 || x == 106 || x == 108 || x == 121 || x == 129) ? 140 : 40;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[0] + s[3] * 11 + t[8] + t[13] * 13 + k;
}
__attribute__((noipa)) int f41 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 2, 1, 6, 3 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 7, 7, 0, 6 }), a, (v4si) { 2, 6, 0, 4 });
  v4si w = (v4si) { a[2], b[2], a[0], b[0] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 3, 5, 6, 0, 3, 1, 6, 5 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 4, 29, 20, 9, 23, 22, 10, 29, 8, 23, 4, 21, 19, 20, 18, 5 });
  int k = (x == 77 || x == 88 || x == 93 || x == 96 || x == 115 || x == 119) ? 141 : 41;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[1] + s[4] * 11 + t[9] + t[14] * 13 + k;
}
__attribute__((noipa)) int f42 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 3, 6, 3, 1 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 3, 1, 1, 4 }), a, (v4si) { 2, 4, 1, 6 });
  v4si w = (v4si) { a[2], b[0], a[1], b[2] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 6, 5, 5, 5, 4, 6, 0, 5 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 2, 5, 3, 28, 20, 4, 7, 8, 2, 6, 19, 0, 0, 12, 21, 10 });
  int k = (x == 65 || x == 76 || x == 103 || x == 108 || x == 111 || x == 119) ? 142 : 42;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[2] + s[5] * 11 + t[10] + t[15] * 13 + k;
}
__attribute__((noipa)) int f43 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 2, 7, 5, 0 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 2, 6, 4, 6 }), a, (v4si) { 1, 7, 2, 4 });
  v4si w = (v4si) { a[1], b[3], a[2], b[0] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 0, 7, 7, 0, 6, 4, 6, 7 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 4, 22, 1, 7, 17, 28, 12, 18, 22, 25, 22, 21, 1, 11, 15, 17 });
  int k = (x == 79 || x == 91 || x == 95 || x == 96 || x == 109 || x == 113) ? 143 : 43;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[3] + s[6] * 11 + t[11] + t[0] * 13 + k;
}
__attribute__((noipa)) int f44 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 4, 3, 5, 1 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 4, 0, 2, 6 }), a, (v4si) { 0, 6, 0, 4 });
  v4si w = (v4si) { a[0], b[2], a[0], b[0] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 0, 0, 0, 7, 7, 1, 7, 4 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 4, 8, 1, 21, 10, 30, 29, 10, 9, 26, 29, 15, 12, 25, 21, 0 });
  int k = (x == 65 || x == 85 || x == 93 || x == 102 || x == 116 || x == 129) ? 144 : 44;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[4] + s[7] * 11 + t[12] + t[1] * 13 + k;
}
__attribute__((noipa)) int f45 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 4, 1, 3, 7 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 4, 1, 3, 1 }), a, (v4si) { 2, 4, 3, 4 });
  v4si w = (v4si) { a[2], b[0], a[3], b[0] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 5, 2, 3, 1, 2, 4, 2, 2 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 7, 3, 23, 2, 22, 24, 13, 29, 0, 26, 15, 17, 2, 6, 24, 10 });
  int k = (x == 78 || x == 82 || x == 86 || x == 111 || x == 123 || x == 127) ? 145 : 45;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[5] + s[0] * 11 + t[13] + t[2] * 13 + k;
}
__attribute__((noipa)) int f46 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 0, 3, 1, 5 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 5, 6, 4, 2 }), a, (v4si) { 0, 5, 0, 5 });
  v4si w = (v4si) { a[0], b[1], a[0], b[1] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 4, 4, 0, 6, 5, 3, 5, 3 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 2, 26, 26, 26, 5, 24, 10, 13, 25, 5, 21, 12, 21, 3, 17, 22 });
  int k = (x == 82 || x == 93 || x == 105 || x == 110 || x == 115 || x == 117) ? 146 : 46;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[6] + s[1] * 11 + t[14] + t[3] * 13 + k;
}
__attribute__((noipa)) int f47 (v4si a, v4si b, v8hi c, v16qi d, int x)
{
  v4si r = __builtin_shuffle (a, b, (v4si) { 6, 4, 3, 7 });
  v4si u = __builtin_shuffle (__builtin_shuffle (a, b, (v4si) { 4, 0, 2, 3 }), a, (v4si) { 2, 6, 1, 6 });
  v4si w = (v4si) { a[2], b[2], a[1], b[2] };
  r += u + w;
  v8hi s = __builtin_shuffle (c, c, (v8hi) { 6, 2, 2, 0, 5, 6, 7, 1 });
  v16qi t = __builtin_shuffle (d, d + 1, (v16qi) { 21, 26, 4, 27, 29, 31, 31, 9, 30, 16, 2, 6, 19, 17, 29, 0 });
  int k = (x == 77 || x == 83 || x == 103 || x == 108 || x == 126 || x == 129) ? 147 : 47;
  return r[0] + r[1] * 3 + r[2] * 5 + r[3] * 7 + s[7] + s[2] * 11 + t[15] + t[4] * 13 + k;
}
int
main (void)
{
  v4si a = { 1, 2, 3, 4 }, b = { 5, 6, 7, 8 };
  v8hi c = { 10, 20, 30, 40, 50, 60, 70, 80 };
  v16qi d = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
  long sum = 0;
  sum += f0 (a, b, c, d, 65);
  sum += f1 (a, b, c, d, 72);
  sum += f2 (a, b, c, d, 79);
  sum += f3 (a, b, c, d, 86);
  sum += f4 (a, b, c, d, 93);
  sum += f5 (a, b, c, d, 100);
  sum += f6 (a, b, c, d, 107);
  sum += f7 (a, b, c, d, 114);
  sum += f8 (a, b, c, d, 121);
  sum += f9 (a, b, c, d, 128);
  sum += f10 (a, b, c, d, 65);
  sum += f11 (a, b, c, d, 72);
  sum += f12 (a, b, c, d, 79);
  sum += f13 (a, b, c, d, 86);
  sum += f14 (a, b, c, d, 93);
  sum += f15 (a, b, c, d, 100);
  sum += f16 (a, b, c, d, 107);
  sum += f17 (a, b, c, d, 114);
  sum += f18 (a, b, c, d, 121);
  sum += f19 (a, b, c, d, 128);
  sum += f20 (a, b, c, d, 65);
  sum += f21 (a, b, c, d, 72);
  sum += f22 (a, b, c, d, 79);
  sum += f23 (a, b, c, d, 86);
  sum += f24 (a, b, c, d, 93);
  sum += f25 (a, b, c, d, 100);
  sum += f26 (a, b, c, d, 107);
  sum += f27 (a, b, c, d, 114);
  sum += f28 (a, b, c, d, 121);
  sum += f29 (a, b, c, d, 128);
  sum += f30 (a, b, c, d, 65);
  sum += f31 (a, b, c, d, 72);
  sum += f32 (a, b, c, d, 79);
  sum += f33 (a, b, c, d, 86);
  sum += f34 (a, b, c, d, 93);
  sum += f35 (a, b, c, d, 100);
  sum += f36 (a, b, c, d, 107);
  sum += f37 (a, b, c, d, 114);
  sum += f38 (a, b, c, d, 121);
  sum += f39 (a, b, c, d, 128);
  sum += f40 (a, b, c, d, 65);
  sum += f41 (a, b, c, d, 72);
  sum += f42 (a, b, c, d, 79);
  sum += f43 (a, b, c, d, 86);
  sum += f44 (a, b, c, d, 93);
  sum += f45 (a, b, c, d, 100);
  sum += f46 (a, b, c, d, 107);
  sum += f47 (a, b, c, d, 114);
  printf ("%ld\n", sum);
  return 0;
}
