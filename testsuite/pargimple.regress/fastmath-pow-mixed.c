/* pargimple-options: -Ofast */
/* As fastmath-pow-simd.c, with loops: the functions that call pow run
   'vect' and 'slp' under the serial lock, where the pow pattern may
   create exp's SIMD clones; the others, with loops of their own, run
   them concurrently beside (serial.cc, pg_vect_serial_here_p, since
   session 42).  The first function in time that vectorizes pow creates
   the clones; the others find them.  */
double exp (double) __attribute__ ((simd ("notinbranch")));
double pow (double, double);

#define F(N)								\
  void p##N (double *restrict a, const double *restrict b, int n)	\
  {									\
    for (int i = 0; i < n; i++)						\
      a[i] = pow (2.0, b[i]) + N;					\
  }									\
  void q##N (double *restrict a, const double *restrict b, int n)	\
  {									\
    for (int i = 0; i < n; i++)						\
      a[i] = b[i] * b[i] * N + a[i] / (b[i] + N);			\
  }									\
  double r##N (const double *b, int n)					\
  {									\
    double s = N;							\
    for (int i = 0; i < n; i++)						\
      s += b[i] * (i + N);						\
    return s;								\
  }
F (0) F (1) F (2) F (3) F (4) F (5) F (6) F (7)
F (8) F (9) F (10) F (11)
