/* bench/burst-probe.c -- is one thread slower after a burst on two?

   The compile at two threads runs its GIMPLE phase on two threads, then
   its RTL phase on the main thread alone; the RTL phase has been slower
   after two threads than after one in most paired rounds of make bench,
   with the same instructions (callgrind, docs/DESIGN.md).  This program
   does the same shape with fixed work and no compiler: a burst of
   integer work (BURST units in all), split over THREADS threads (the
   main thread one of them), then, on the main thread alone, three
   probes of fixed work, each timed:
     faults  map 8 MB, write one byte per page, unmap (page faults and
             page-table updates, which a PVM guest pays to the host)
     malloc  allocate and free blocks of 16 B to 64 KB in a random
             pattern, 8 MB live at a time (glibc's arena paths; after a
             thread has existed glibc takes the arena lock every time)
     alu     an integer recurrence (no memory traffic)
   With IDLE=1 (fourth argument) a thread is created and joined before a
   one-thread burst: the process has had a thread, no second CPU ran.
   Prints one line: threads, idle, the burst's wall time, and each
   probe's wall and CPU time.  bench/burst-probe.sh alternates the
   configurations and pairs them.

     cc -O2 -pthread bench/burst-probe.c -o burst-probe
     ./burst-probe THREADS BURST PROBE [IDLE]

   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.  */

#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "fixed-work.h"

#define SLOTS 1024

/* 100000 frees and allocations over SLOTS live blocks.  */

static void *slot[SLOTS];
static unsigned long rng = 88172645463325252UL;

static void
malloc_unit (void)
{
  for (int k = 0; k < 100000; k++)
    {
      rng ^= rng << 13;
      rng ^= rng >> 7;
      rng ^= rng << 17;
      unsigned i = rng % SLOTS;
      size_t size = 16u << ((rng >> 20) % 13);	/* 16 B .. 64 KB */
      free (slot[i]);
      slot[i] = malloc (size);
      ((char *) slot[i])[0] = 1;
    }
}

static long burst_units;

static void *
burst (void *arg)
{
  (void) arg;
  for (long i = 0; i < burst_units; i++)
    fw_alu_unit ();
  return NULL;
}

static void *
idle (void *arg)
{
  return arg;
}

static void
probe (const char *name, void (*unit) (void), long n)
{
  double w0 = fw_now (CLOCK_MONOTONIC);
  double c0 = fw_now (CLOCK_THREAD_CPUTIME_ID);
  for (long i = 0; i < n; i++)
    unit ();
  printf (" %s_wall %.3f %s_cpu %.3f", name, fw_now (CLOCK_MONOTONIC) - w0,
	  name, fw_now (CLOCK_THREAD_CPUTIME_ID) - c0);
}

int
main (int argc, char **argv)
{
  int threads, idle_first = 0;
  long total, n;
  pthread_t tid;

  if (argc < 4 || argc > 5 || (threads = atoi (argv[1])) < 1 || threads > 2
      || (total = atol (argv[2])) < 2 || (n = atol (argv[3])) < 1)
    {
      fprintf (stderr, "usage: burst-probe THREADS(1|2) BURST PROBE [IDLE]\n");
      return 2;
    }
  if (argc == 5)
    idle_first = atoi (argv[4]) != 0;
  if (idle_first)
    {
      pthread_create (&tid, NULL, idle, NULL);
      pthread_join (tid, NULL);
    }
  /* Warm the malloc probe's slots, so that each run starts alike.  */
  malloc_unit ();

  double b0 = fw_now (CLOCK_MONOTONIC);
  burst_units = total / threads;
  if (threads == 2 && pthread_create (&tid, NULL, burst, NULL) != 0)
    {
      fprintf (stderr, "burst-probe: cannot create a thread\n");
      return 1;
    }
  burst (NULL);
  if (threads == 2)
    pthread_join (tid, NULL);
  printf ("threads %d idle %d burst_wall %.3f", threads, idle_first,
	  fw_now (CLOCK_MONOTONIC) - b0);
  probe ("faults", fw_fault_unit, n);
  probe ("malloc", malloc_unit, n * 4);
  probe ("alu", fw_alu_unit, n * 10);
  putchar ('\n');
  return 0;
}
