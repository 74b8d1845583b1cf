/* Input of uids.exp.  ivopts computes its first-use costs once per
   compilation, in the first function that needs them, and numbers a
   temporary variable there (a DECL_UID, patch 0085's
   force_expr_to_var_cost).  f1 comes first in GCC's order and is the
   slowest to reach ivopts, so at two threads and more another function
   needs the costs first in time; the RTL phase must still see GCC's
   counters in every function (uids.cc, patch 0133).  */
#define B(i) for (int j = 0; j < x; j++) s += p[j * i] * p[j + i] / (p[i] + j);
#define B8(i) B(i##0) B(i##1) B(i##2) B(i##3) B(i##4) B(i##5) B(i##6) B(i##7)
#define BIG B8(1) B8(2) B8(3) B8(4) B8(5) B8(6) B8(7) B8(8) B8(9)

#define F(n, body)							\
  __attribute__((noipa)) double f##n (int x, double *p, int *q, int k)	\
  {									\
    double s = 0;							\
    body								\
    for (int i = 0; i < x; i++)						\
      s += p[q[i] + k] * (i + n);					\
    return s;								\
  }
F(1, BIG) F(2,) F(3,) F(4,) F(5,) F(6,) F(7,) F(8,)
