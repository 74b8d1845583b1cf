/* stats.cc -- timing of the engine and the -fplugin-arg-pargimple-stats
   line.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   The line, on stderr, after the engine's pass:
     pargimple: threads=N functions=F gimple_wall_s=... serial_prephase_s=...
       lock_share=... busy_s=b1,... rtl_wall_s=... in_order_functions=K
   threads is the number of threads that ran the GIMPLE phase (requested
   ones are in requested_threads; fewer only if a thread could not start); gimple_wall_s is the wall time of the
   GIMPLE phase, which starts where the engine takes over after the serial
   pre-phase (order computation and GCC's in-order output, timed in
   serial_prephase_s); lock_share is the fraction of GIMPLE time spent
   under the serial pass lock (summed over threads, over their busy
   time); busy_s the time each thread spent compiling functions, main
   thread first; collections and collect_s count the collections the
   threads ran when one was due, between functions or between two passes
   (threads.cc), and their time, barrier_wait_s the time each thread
   waited for them (neither counts in busy_s); cpu_s the CPU time each
   thread used while compiling functions, less collections (less than
   busy_s by what it spent blocked, e.g. on the GC allocator's or the
   tree caches' locks); hwm_mb the process's peak RSS (VmHWM) when the
   GIMPLE phase starts and when it ends, and rss_end_mb its RSS then:
   with the peak of the whole compile (bench/) they tell in which phase
   the peak falls; rtl_collections and rtl_collect_s count the
   collections of the RTL phase (whatever ran them) and their time,
   gimple_collections and gimple_collect_s those of the GIMPLE phase
   (GCC's own between passes when no pass runs concurrently, as at
   two-phase N=1, the barrier's otherwise): the figure to compare
   between thread counts; sys_s and minflt each thread's system CPU time
   and minor page faults in the phase (the kernel's part of its CPU
   time, mostly memory faulted in; zeros where getrusage has no
   RUSAGE_THREAD); rtl_cpu_s, rtl_sys_s and rtl_minflt the RTL phase's
   CPU time, the system's part of it, and its minor faults (it runs on
   the main thread alone).  Where the CPU
   clock also counts time the host took (this project's virtual
   machine), rtl_cpu_s follows rtl_wall_s; instruction counts
   (callgrind) are then what tells work from waiting.
   bench/ parses this line: keep the names.  */

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "tree.h"
#include "tree-pass.h"
#include "cgraph.h"
#include <time.h>
#include <sys/resource.h>
#include "pargimple.h"

struct pg_stats pg_stats;

/* Monotonic wall clock in seconds.  */

double
pg_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* CPU time of the calling thread in seconds.  */

double
pg_thread_cpu (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* The calling thread's system CPU time in seconds and minor faults so
   far, where getrusage knows threads (Linux); else zeros.  */

void
pg_thread_usage (double *sys_s, long *minflt)
{
  *sys_s = 0;
  *minflt = 0;
#ifdef RUSAGE_THREAD
  struct rusage ru;
  if (getrusage (RUSAGE_THREAD, &ru) == 0)
    {
      *sys_s = ru.ru_stime.tv_sec + ru.ru_stime.tv_usec * 1e-6;
      *minflt = ru.ru_minflt;
    }
#endif
}

/* The value in MB of the field NAME ("VmHWM", "VmRSS") of
   /proc/self/status, or -1.  */

int
pg_vm_mb (const char *name)
{
  char line[256];
  size_t len = strlen (name);
  long kb = -1;
  FILE *f = fopen ("/proc/self/status", "r");

  if (!f)
    return -1;
  while (fgets (line, sizeof line, f))
    if (!strncmp (line, name, len) && line[len] == ':')
      {
	kb = atol (line + len + 1);
	break;
      }
  fclose (f);
  return kb < 0 ? -1 : (int) (kb / 1024);
}

/* PLUGIN_GGC_START and PLUGIN_GGC_END (registered with stats): count the
   collections and their time; pg_stats.gc_* are read at phase ends.  */

static double pg_gc_t0;

static void
pg_gc_start (void *, void *)
{
  pg_gc_t0 = pg_now ();
}

static void
pg_gc_end (void *, void *)
{
  pg_stats.gc_collections++;
  pg_stats.gc_s += pg_now () - pg_gc_t0;
}

void
pg_stats_init (const char *plugin_name)
{
  register_callback (plugin_name, PLUGIN_GGC_START, pg_gc_start, NULL);
  register_callback (plugin_name, PLUGIN_GGC_END, pg_gc_end, NULL);
}

/* Print " NAME=v1,v2,..." with the per-thread field FIELD.  */

static void
pg_print_per_thread (const char *name, double pg_thread::*field)
{
  unsigned i;

  fprintf (stderr, " %s=", name);
  for (i = 0; pg_stats.per_thread && i < pg_stats.per_thread->length (); i++)
    fprintf (stderr, "%s%.3f", i ? "," : "",
	     (*pg_stats.per_thread)[i].*field);
}

void
pg_print_stats (void)
{
  double busy = 0, locked = 0, collect_s = 0;
  int collections = 0;
  unsigned i;

  if (!pg_opts.stats)
    return;
  for (i = 0; pg_stats.per_thread && i < pg_stats.per_thread->length (); i++)
    {
      busy += (*pg_stats.per_thread)[i].busy_s;
      locked += (*pg_stats.per_thread)[i].locked_s;
      collections += (*pg_stats.per_thread)[i].collections;
      collect_s += (*pg_stats.per_thread)[i].collect_s;
    }
  fprintf (stderr,
	   "pargimple: threads=%d functions=%d gimple_wall_s=%.3f "
	   "serial_prephase_s=%.3f lock_share=%.3f",
	   pg_stats.threads, pg_stats.functions, pg_stats.gimple_wall_s,
	   pg_stats.prephase_s, busy > 0 ? locked / busy : 0.0);
  pg_print_per_thread ("busy_s", &pg_thread::busy_s);
  pg_print_per_thread ("lock_wait_s", &pg_thread::wait_s);
  pg_print_per_thread ("dep_wait_s", &pg_thread::dep_wait_s);
  fprintf (stderr, " collections=%d collect_s=%.3f", collections, collect_s);
  pg_print_per_thread ("barrier_wait_s", &pg_thread::barrier_wait_s);
  pg_print_per_thread ("cpu_s", &pg_thread::cpu_s);
  fprintf (stderr, " critical_path_s=%.3f", pg_stats.critical_path_s);
  fprintf (stderr, " hwm_mb=%d,%d rss_end_mb=%d", pg_stats.hwm_start_mb,
	   pg_stats.hwm_end_mb, pg_stats.rss_end_mb);
  fprintf (stderr,
	   " rtl_wall_s=%.3f rtl_collections=%d rtl_collect_s=%.3f"
	   " in_order_functions=%d requested_threads=%d"
	   " gimple_collections=%d gimple_collect_s=%.3f",
	   pg_stats.rtl_wall_s, pg_stats.rtl_collections,
	   pg_stats.rtl_collect_s, pg_stats.in_order_functions,
	   pg_opts.num_threads, pg_stats.gimple_collections,
	   pg_stats.gimple_collect_s);
  pg_print_per_thread ("sys_s", &pg_thread::sys_s);
  fputs (" minflt=", stderr);
  for (i = 0; pg_stats.per_thread && i < pg_stats.per_thread->length (); i++)
    fprintf (stderr, "%s%ld", i ? "," : "", (*pg_stats.per_thread)[i].minflt);
  fprintf (stderr, " rtl_cpu_s=%.3f rtl_sys_s=%.3f rtl_minflt=%ld",
	   pg_stats.rtl_cpu_s, pg_stats.rtl_sys_s, pg_stats.rtl_minflt);
  fputc ('\n', stderr);
}
