/* pargimple-options: -O3 -g --param ipa-cp-eval-threshold=1 */
/* ipa-split gives SET_LEN an offline part, set_len.part.0, which the
   inlined headers call, and IPA-CP a clone of that part for l == 1,
   set_len.part.0.constprop.0, which drops the parameter.  GCC expands
   the part first and releases its body (DECL_ARGUMENTS too); each F<n>'s
   prologue then rewrites its call, which still names the part, to the
   clone (ipa_param_adjustments::modify_call), and finds no arguments to
   give debug temporaries.  The two-phase order still had the part's
   arguments, made one debug temporary more, and every later debug UID
   moved: the DWARF differed (patch 0119, plugin/released.cc; found on
   gimple-match.cc at -O3 -g).  */

struct S { long val[8]; unsigned len; unsigned precision; };
extern void use (long *, unsigned);

static inline void
set_len (struct S *s, unsigned l, int ext)
{
  s->len = l;
  if (__builtin_expect (!ext && l * 64 > s->precision, 0))
    {
      use (&s->val[0], l + 0); s->val[1] ^= s->val[0] * 3 + l;
      use (&s->val[1], l + 1); s->val[2] ^= s->val[1] * 4 + l;
      use (&s->val[2], l + 2); s->val[3] ^= s->val[2] * 5 + l;
      use (&s->val[3], l + 3); s->val[4] ^= s->val[3] * 6 + l;
      use (&s->val[4], l + 4); s->val[5] ^= s->val[4] * 7 + l;
      use (&s->val[5], l + 5); s->val[6] ^= s->val[5] * 8 + l;
      use (&s->val[6], l + 6); s->val[7] ^= s->val[6] * 9 + l;
      use (&s->val[7], l + 7); s->val[0] ^= s->val[7] * 10 + l;
      use (&s->val[0], l + 8); s->val[1] ^= s->val[0] * 11 + l;
      use (&s->val[1], l + 9); s->val[2] ^= s->val[1] * 12 + l;
      use (&s->val[2], l + 10); s->val[3] ^= s->val[2] * 13 + l;
      use (&s->val[3], l + 11); s->val[4] ^= s->val[3] * 14 + l;
      use (&s->val[4], l + 12); s->val[5] ^= s->val[4] * 15 + l;
      use (&s->val[5], l + 13); s->val[6] ^= s->val[5] * 16 + l;
      use (&s->val[6], l + 14); s->val[7] ^= s->val[6] * 17 + l;
      use (&s->val[7], l + 15); s->val[0] ^= s->val[7] * 18 + l;
      use (&s->val[0], l + 16); s->val[1] ^= s->val[0] * 19 + l;
      use (&s->val[1], l + 17); s->val[2] ^= s->val[1] * 20 + l;
      use (&s->val[2], l + 18); s->val[3] ^= s->val[2] * 21 + l;
      use (&s->val[3], l + 19); s->val[4] ^= s->val[3] * 22 + l;
      use (&s->val[4], l + 20); s->val[5] ^= s->val[4] * 23 + l;
      use (&s->val[5], l + 21); s->val[6] ^= s->val[5] * 24 + l;
      use (&s->val[6], l + 22); s->val[7] ^= s->val[6] * 25 + l;
      use (&s->val[7], l + 23); s->val[0] ^= s->val[7] * 26 + l;
      use (&s->val[0], l + 24); s->val[1] ^= s->val[0] * 27 + l;
      use (&s->val[1], l + 25); s->val[2] ^= s->val[1] * 28 + l;
      use (&s->val[2], l + 26); s->val[3] ^= s->val[2] * 29 + l;
      use (&s->val[3], l + 27); s->val[4] ^= s->val[3] * 30 + l;
      use (&s->val[4], l + 28); s->val[5] ^= s->val[4] * 31 + l;
      use (&s->val[5], l + 29); s->val[6] ^= s->val[5] * 32 + l;
      use (&s->val[6], l + 30); s->val[7] ^= s->val[6] * 33 + l;
      use (&s->val[7], l + 31); s->val[0] ^= s->val[7] * 34 + l;
      use (&s->val[0], l + 32); s->val[1] ^= s->val[0] * 35 + l;
      use (&s->val[1], l + 33); s->val[2] ^= s->val[1] * 36 + l;
      use (&s->val[2], l + 34); s->val[3] ^= s->val[2] * 37 + l;
      use (&s->val[3], l + 35); s->val[4] ^= s->val[3] * 38 + l;
      use (&s->val[4], l + 36); s->val[5] ^= s->val[4] * 39 + l;
      use (&s->val[5], l + 37); s->val[6] ^= s->val[5] * 40 + l;
      use (&s->val[6], l + 38); s->val[7] ^= s->val[6] * 41 + l;
      use (&s->val[7], l + 39); s->val[0] ^= s->val[7] * 42 + l;
    }
}

void f1 (struct S *s, int e) { set_len (s, 1, e); }
void f2 (struct S *s, int e) { s->val[0]++; set_len (s, 1, e); }
void f3 (struct S *s, int e) { s->val[1]++; set_len (s, 1, e); }
void f4 (struct S *s, int e) { s->val[2]++; set_len (s, 1, e); }
void g1 (struct S *s, unsigned l, int e) { set_len (s, l, e); }
void g2 (struct S *s, unsigned l, int e) { s->val[3]++; set_len (s, l + 1, e); }
