/* bench/host-check.c -- what this host does to busy threads.

   Runs THREADS threads, each doing ITERS units of fixed work, and prints
   per thread its wall time, its CPU time (CLOCK_THREAD_CPUTIME_ID), the
   difference (time off the CPU while busy) and its voluntary and
   involuntary context switches.  MODE 0: a unit is a million steps of an
   integer recurrence (no memory traffic); MODE 1: a unit maps 8 MB,
   writes one byte per page and unmaps it (page faults and munmap).

   The engine's stats line reports busy_s and cpu_s per thread; when
   busy_s exceeds cpu_s at two threads and not at one, this tells a host
   that takes time from running threads unseen (mode 0 shows a gap) from
   threads that sleep (mode 1: faults against another thread's munmap).
   Run it with nothing else running:

     cc -O2 -pthread bench/host-check.c -o host-check
     ./host-check 1 0 3000; ./host-check 2 0 3000
     ./host-check 1 1 1500; ./host-check 2 1 1500

   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.  */

#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>
#include "fixed-work.h"

#define MAX_THREADS 64

static int mode;
static long iters;

struct result { double wall, cpu, vcsw, ivcsw; };

static void
unit (void)
{
  if (mode == 0)
    fw_alu_unit ();
  else
    fw_fault_unit ();
}

static void *
run (void *arg)
{
  struct result *r = arg;
  double w0 = fw_now (CLOCK_MONOTONIC);
  double c0 = fw_now (CLOCK_THREAD_CPUTIME_ID);
  struct rusage ru;

  for (long i = 0; i < iters; i++)
    unit ();
  r->wall = fw_now (CLOCK_MONOTONIC) - w0;
  r->cpu = fw_now (CLOCK_THREAD_CPUTIME_ID) - c0;
  getrusage (RUSAGE_THREAD, &ru);
  r->vcsw = ru.ru_nvcsw;
  r->ivcsw = ru.ru_nivcsw;
  return NULL;
}

int
main (int argc, char **argv)
{
  pthread_t tid[MAX_THREADS];
  struct result res[MAX_THREADS];
  char *end1, *end2, *end3;
  long n;

  if (argc != 4)
    {
      fprintf (stderr, "usage: host-check THREADS MODE(0|1) ITERS\n");
      return 2;
    }
  n = strtol (argv[1], &end1, 10);
  mode = (int) strtol (argv[2], &end2, 10);
  iters = strtol (argv[3], &end3, 10);
  if (*end1 || *end2 || *end3 || n < 1 || n > MAX_THREADS
      || (mode != 0 && mode != 1) || iters < 1)
    {
      fprintf (stderr, "host-check: THREADS 1-%d, MODE 0 or 1, ITERS >= 1\n",
	       MAX_THREADS);
      return 2;
    }
  for (long i = 0; i < n; i++)
    if (pthread_create (&tid[i], NULL, run, &res[i]) != 0)
      {
	fprintf (stderr, "host-check: cannot create thread %ld\n", i);
	return 1;
      }
  for (long i = 0; i < n; i++)
    pthread_join (tid[i], NULL);
  for (long i = 0; i < n; i++)
    printf ("thread %ld: wall %.3f cpu %.3f off %.3f vcsw %.0f ivcsw %.0f\n",
	    i, res[i].wall, res[i].cpu, res[i].wall - res[i].cpu,
	    res[i].vcsw, res[i].ivcsw);
  return 0;
}
