/* bench/touch-probe.c -- does it matter which CPU first touched memory?

   The RTL phase after a two-thread GIMPLE phase executes the same
   instructions as after a one-thread phase (callgrind, DESIGN sessions
   31, 32, 46) and misses the simulated caches as often, yet takes
   seconds longer in most benches.  At two threads half of the GIMPLE
   phase's fresh memory is first touched by the second worker, on the
   other CPU, and the RTL phase then reads it from the main thread.  On
   a guest whose host places a page where the vCPU that faulted it runs
   (first-touch NUMA placement on a multi-socket host, after free page
   reporting gave the page back), that memory could be remote to the
   main thread.  This probe measures it without the compiler.

   Each round: map SIZE_MB (huge pages asked for, as the collector
   does with pargimple), first-touch every page from a thread pinned to
   CPU T, then walk a random pointer cycle over it from the main thread
   pinned to CPU R, and print "round T R touch_s chase_s".  The two
   placements alternate (T = R, T != R); between rounds the memory is
   unmapped and the probe sleeps GAP seconds so that the guest reports
   it free to the host (DESIGN session 39: about 6 s suffice here).

     cc -O2 -pthread bench/touch-probe.c -o touch-probe
     ./touch-probe [ROUNDS [SIZE_MB [GAP]]]

   A chase_s that is longer whenever T != R says the host's placement
   follows the touching CPU; equal times say it does not matter who
   touches.  Copyright (C) 2026 The pargimple authors.  GPLv3 or later,
   see COPYING.  */

#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

static double
now (void)
{
  struct timespec t;
  clock_gettime (CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

static void
pin (int cpu)
{
  cpu_set_t set;
  CPU_ZERO (&set);
  CPU_SET (cpu, &set);
  if (sched_setaffinity (0, sizeof set, &set))
    perror ("sched_setaffinity");
}

struct touch
{
  size_t *a;
  size_t n;
  int cpu;
  double s;
};

/* Builds one random cycle over the N words (Sattolo's shuffle), which
   also first-touches every page, on CPU.  */

static void *
touch_main (void *arg)
{
  struct touch *t = arg;
  unsigned long long s = 88172645463325252ull;
  pin (t->cpu);
  double t0 = now ();
  for (size_t i = 0; i < t->n; i++)
    t->a[i] = i;
  for (size_t i = t->n - 1; i > 0; i--)
    {
      s ^= s << 13; s ^= s >> 7; s ^= s << 17;
      size_t j = s % i, x = t->a[i];
      t->a[i] = t->a[j];
      t->a[j] = x;
    }
  t->s = now () - t0;
  return NULL;
}

volatile size_t touch_probe_sink;

int
main (int argc, char **argv)
{
  int rounds = argc > 1 ? atoi (argv[1]) : 8;
  size_t mb = argc > 2 ? strtoul (argv[2], NULL, 10) : 512;
  int gap = argc > 3 ? atoi (argv[3]) : 8;
  size_t bytes = mb << 20;
  int reader = 0;

  if (rounds <= 0 || mb == 0 || gap < 0)
    {
      fprintf (stderr, "usage: touch-probe [ROUNDS [SIZE_MB [GAP]]]\n");
      return 1;
    }
  printf ("round touch_cpu read_cpu touch_s chase_s\n");
  for (int r = 0; r < rounds; r++)
    {
      /* Pairs of rounds: same CPU first in even pairs, other first in
	 odd ones, so neither placement always follows the other.  */
      int other = (r % 2) ^ ((r / 2) % 2);
      struct touch t;
      t.n = bytes / sizeof (size_t);
      t.cpu = other ? 1 - reader : reader;
      t.a = mmap (NULL, bytes, PROT_READ | PROT_WRITE,
		  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (t.a == MAP_FAILED)
	{
	  perror ("mmap");
	  return 1;
	}
      madvise (t.a, bytes, MADV_HUGEPAGE);
      pthread_t id;
      pthread_create (&id, NULL, touch_main, &t);
      pthread_join (id, NULL);

      pin (reader);
      size_t p = 0;
      double t0 = now ();
      for (size_t i = 0; i < 20000000; i++)
	p = t.a[p];
      double chase = now () - t0;
      touch_probe_sink = p;
      printf ("%d %d %d %.3f %.3f\n", r, t.cpu, reader, t.s, chase);
      fflush (stdout);
      munmap (t.a, bytes);
      sleep (gap);
    }
  return 0;
}
