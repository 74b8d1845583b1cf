/* bench/fixed-work.h -- units of fixed work that time the host, shared
   by bench/host-check.c and bench/burst-probe.c (and fw_now by
   bench/fault-probe.c).  Their time changes
   only with what the host gives the thread that runs them.

   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.  */

#ifndef PARGIMPLE_FIXED_WORK_H
#define PARGIMPLE_FIXED_WORK_H

#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>

#define FW_MAP_BYTES (8u << 20)

/* Seconds on CLOCK.  */

static inline double
fw_now (clockid_t clock)
{
  struct timespec ts;
  clock_gettime (clock, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* A million steps of an integer recurrence: no memory traffic.  */

static inline void
fw_alu_unit (void)
{
  volatile unsigned long x = 1;
  for (int k = 0; k < 1000000; k++)
    x = x * 6364136223846793005UL + 1;
}

/* Map 8 MB, write one byte per page, unmap: page faults and page-table
   updates (which a PVM guest pays to the host).  */

static inline void
fw_fault_unit (void)
{
  char *p = mmap (NULL, FW_MAP_BYTES, PROT_READ | PROT_WRITE,
		  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    {
      perror ("mmap");
      exit (1);
    }
  for (size_t off = 0; off < FW_MAP_BYTES; off += 4096)
    p[off] = 1;
  munmap (p, FW_MAP_BYTES);
}

#endif
