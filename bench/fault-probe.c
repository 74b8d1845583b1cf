/* bench/fault-probe.c -- what does it cost to fault memory back in?

   A compile maps about a gigabyte, gives some of it back to the kernel
   (GCC's collector releases free pages; the engine trims the malloc
   arenas after the GIMPLE phase) and maps it again.  On a virtual
   machine whose kernel reports free memory to the host (virtio-balloon
   free page reporting: blocks of 2 MB and more, within seconds of being
   freed), touching memory the host has taken back costs the host's
   fault as well as the guest's.  This program maps SIZE MB of anonymous
   memory (advised MADV_HUGEPAGE when HUGE is 1), writes one byte per
   4 KB page, unmaps it, waits WAIT seconds and does it again, REPS
   times; it prints each round's time to touch and how much the kernel
   reported to the host meanwhile (page_reporting's reported_kib, where
   the kernel has it).  WAIT 0 maps again at once, before the kernel
   can report the pages; WAIT 6 lets it report them first.  Run it
   alone on the machine.  (burst-probe.c's fault unit touches 8 MB at
   once, without huge pages and without giving the host time.)

     cc -O2 bench/fault-probe.c -o fault-probe
     ./fault-probe SIZE HUGE WAIT REPS      e.g. ./fault-probe 1024 1 6 3

   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.  */

#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#include "fixed-work.h"

#define REPORTED "/sys/module/page_reporting/parameters/reported_kib"

/* page_reporting's count of KB reported to the host, or -1.  */

static long
reported_kib (void)
{
  long v = -1;
  FILE *f = fopen (REPORTED, "r");

  if (f)
    {
      if (fscanf (f, "%ld", &v) != 1)
	v = -1;
      fclose (f);
    }
  return v;
}

int
main (int argc, char **argv)
{
  size_t mb, size, i;
  int huge, wait, reps, r;

  if (argc != 5)
    {
      fprintf (stderr, "usage: %s SIZE_MB HUGE(0|1) WAIT_S REPS\n", argv[0]);
      return 2;
    }
  mb = strtoul (argv[1], NULL, 10);
  huge = atoi (argv[2]);
  wait = atoi (argv[3]);
  reps = atoi (argv[4]);
  size = mb << 20;
  if (mb == 0 || reps <= 0 || wait < 0)
    {
      fprintf (stderr, "%s: SIZE and REPS must be positive\n", argv[0]);
      return 2;
    }
  for (r = 0; r < reps; r++)
    {
      long before = reported_kib (), after;
      double t0, t1;
      char *p = mmap (NULL, size, PROT_READ | PROT_WRITE,
		      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

      if (p == MAP_FAILED)
	{
	  perror ("mmap");
	  return 1;
	}
      if (huge && madvise (p, size, MADV_HUGEPAGE) != 0)
	perror ("madvise");
      t0 = fw_now (CLOCK_MONOTONIC);
      for (i = 0; i < size; i += 4096)
	p[i] = 1;
      t1 = fw_now (CLOCK_MONOTONIC);
      munmap (p, size);
      sleep (wait);
      after = reported_kib ();
      printf ("round %d: %zu MB %s pages touched in %.3f s (%.0f us/MB); "
	      "reported to the host during the round (%d s wait): %ld MB\n",
	      r + 1, mb, huge ? "huge" : "small", t1 - t0,
	      (t1 - t0) * 1e6 / mb, wait,
	      before < 0 || after < 0 ? -1L : (after - before) / 1024);
      fflush (stdout);
    }
  return 0;
}
