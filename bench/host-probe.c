/* bench/host-probe.c -- a reading of the host, once a second.

   Every INTERVAL milliseconds (default 1000) times two units of fixed
   work and prints "T ALU_MS CHASE_MS": T is CLOCK_MONOTONIC in seconds
   (the clock of /proc/uptime's first field on a host that does not
   suspend), ALU_MS the time of 30 million steps of an integer
   recurrence (no memory traffic) and CHASE_MS that of 300 000 steps of a
   random pointer chase over 64 MB (cache and TLB misses, DRAM latency).
   The work is fixed, so a slower unit means the host gave less: another
   guest on the same memory or cores, frequency, or this machine's own
   load.  On this 2-core machine one unit takes about 0.1 s, so beside a
   one-thread compile it takes no core from it.

   bench/rtl-pairs.sh runs it beside its compiles to tell a slow phase
   that the host caused (the probe slows too) from one the process
   caused (it does not).  By hand:

     cc -O2 bench/host-probe.c -o host-probe
     ./host-probe > probe.log & ...; kill %1

   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.  */

#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#define CHASE_WORDS (8u << 20)

/* Keeps the loops' results alive.  */
volatile unsigned long long host_probe_sink;

static double
now (void)
{
  struct timespec t;
  clock_gettime (CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

int
main (int argc, char **argv)
{
  long interval_ms = argc > 1 ? atol (argv[1]) : 1000;
  size_t *a = malloc (CHASE_WORDS * sizeof *a);
  unsigned long long s = 88172645463325252ull;

  if (a == NULL || interval_ms <= 0)
    {
      fprintf (stderr, "usage: host-probe [INTERVAL_MS]\n");
      return 1;
    }
  /* One random cycle over all words (Sattolo's shuffle).  */
  for (size_t i = 0; i < CHASE_WORDS; i++)
    a[i] = i;
  for (size_t i = CHASE_WORDS - 1; i > 0; i--)
    {
      s ^= s << 13; s ^= s >> 7; s ^= s << 17;
      size_t j = s % i, t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  for (;;)
    {
      double t0 = now ();
      unsigned long long x = 1;
      for (long i = 0; i < 30000000; i++)
	x = x * 6364136223846793005ull + 1442695040888963407ull;
      double t1 = now ();
      size_t p = 0;
      for (long i = 0; i < 300000; i++)
	p = a[p];
      double t2 = now ();
      host_probe_sink = x + p;
      printf ("%.3f %.2f %.2f\n", t0, (t1 - t0) * 1e3, (t2 - t1) * 1e3);
      fflush (stdout);
      usleep (interval_ms * 1000);
    }
}
