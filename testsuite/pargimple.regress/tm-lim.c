/* pargimple-options: -O2 -fgnu-tm */
/* Invariant motion (lim) asks which blocks are inside a transaction
   (compute_transaction_bits: a load or store inside one is not moved out
   of it), which computes the function's transaction regions.  Until
   session 10 trans-mem.cc kept them in process-wide state and lim was
   serial under -fgnu-tm; since patch 0079 they are per thread.  Many
   functions with loops inside and around transactions, so that threads
   run lim beside each other and beside the serial transactional-memory
   passes (tmmark, tmedge) of other functions.  The differential
   compares the assembly at every thread count.  */

#define N 128

int g[N], h[N], total, limit;
static int counter;

#define TM(K)								\
  __attribute__ ((noipa)) int tm_in##K (int n, int *p)			\
  {									\
    int s = 0;								\
    __transaction_atomic {						\
      for (int i = 0; i < n; i++)					\
	{								\
	  g[i] += limit * K + p[0];					\
	  s += h[i & (N - 1)];						\
	}								\
      total += s;							\
    }									\
    return s;								\
  }									\
  __attribute__ ((noipa)) int tm_around##K (int n, int *p)		\
  {									\
    int s = 0;								\
    for (int i = 0; i < n; i++)						\
      {									\
	s += p[i] * limit + K;						\
	__transaction_relaxed { counter += s; }				\
      }									\
    return s;								\
  }									\
  __attribute__ ((noipa)) int plain##K (int n)				\
  {									\
    int s = 0;								\
    for (int i = 0; i < n; i++)						\
      s += g[i] * limit + h[K];						\
    return s;								\
  }

TM (1) TM (2) TM (3) TM (4) TM (5) TM (6) TM (7) TM (8)
TM (9) TM (10) TM (11) TM (12)
