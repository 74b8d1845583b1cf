/* pargimple-options: -Ofast */
/* The vectorizer's pow pattern turns pow (C, x) into a call of a SIMD
   clone of exp when exp is declared "omp declare simd" (glibc's math.h
   does so under -ffast-math), and creates exp's call-graph node and its
   clones the first time: new symbols during the GIMPLE phase.  The
   engine attributes new symbols to the holder of the serial lock, so
   under -funsafe-math-optimizations with such an exp the concurrent
   'slp' runs under the lock (serial.cc, pg_vect_creates_symbols_p).
   Straight-line code, so that the 'slp' outside the loop pipeline looks
   at the calls; many independent functions, so that threads run them at
   once.  The clones are declarations that are never output, so this
   differential also passes with 'slp' concurrent here (tried in session
   8 with the guard removed); args.exp checks that the guard applies.  */
double exp (double) __attribute__ ((simd ("notinbranch")));
double pow (double, double);

#define F(N)								\
  void f##N (double *restrict a, const double *restrict b)		\
  {									\
    a[0] = pow (2.0, b[0]) + N;						\
    a[1] = pow (2.0, b[1]) * N;						\
    a[2] = pow (10.0, b[2]) - N;					\
    a[3] = pow (10.0, b[3]);						\
  }
F (0) F (1) F (2) F (3) F (4) F (5) F (6) F (7)
F (8) F (9) F (10) F (11) F (12) F (13) F (14) F (15)
