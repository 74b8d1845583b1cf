/* pargimple-options: -O2 */
/* As fastmath-pow-simd.c, but only some functions enable fast math, with
   an optimize attribute: the translation unit's options let 'slp' run
   concurrently, and these functions, which run alone (engine.cc,
   pg_exclusive_p), hold the serial lock for every pass, so the SIMD
   clones of exp their pow pattern creates are attributed to them.  As in
   fastmath-pow-simd.c, the clones are never output: the differential
   does not tell whether they were attributed.  */
double exp (double) __attribute__ ((simd ("notinbranch")));
double pow (double, double);

#define F(N, ATTR)							\
  ATTR void f##N (double *restrict a, const double *restrict b)		\
  {									\
    a[0] = pow (2.0, b[0]) + N;						\
    a[1] = pow (2.0, b[1]) * N;						\
    a[2] = b[2] * b[3] + N;						\
    a[3] = b[3] * b[2] - N;						\
  }
#define FAST __attribute__ ((optimize ("fast-math")))
F (0, ) F (1, FAST) F (2, ) F (3, ) F (4, FAST) F (5, )
F (6, ) F (7, FAST) F (8, ) F (9, ) F (10, FAST) F (11, )
