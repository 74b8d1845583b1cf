/* scripts/mutex-count.c -- count pthread mutex acquisitions of a
   compile, per mutex, and sample who takes one of them.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   perf does not work on this machine and callgrind serializes threads,
   so lock traffic is counted by interposing pthread_mutex_lock:

     gcc -O2 -shared -fPIC -o /tmp/mutex-count.so scripts/mutex-count.c -ldl
     MX_OUT=/tmp/mx.txt LD_PRELOAD=/tmp/mutex-count.so \
       gcc -O2 -S x.c -fplugin=pargimple -fplugin-arg-pargimple-num-threads=2

   writes, for every mutex taken more than 1000 times, its address, the
   acquisitions that found it free (fast) and those that had to wait
   (slow).  cc1 is not position-independent, so `nm cc1 | grep
   "mutex\|lock_line"' names the static ones (tree_shared_mutex,
   ggc_lock_line, diagnostic_mutex; the first two are structures
   whose first member is the mutex).  With
   MX_TARGET=<hex address> it also samples every 64th acquisition of that
   mutex and counts the return address MX_FRAME frames up (default 2:
   frame 0 is this shim; tree_shared_lock tail-calls pthread_mutex_lock,
   so frame 1 is the function holding the lock, e.g. get_alias_set, and
   frame 2 its caller, e.g. ao_ref_alias_set); resolve the addresses
   with `addr2line -f -C -e cc1'.  Only the process that
   took the locks writes MX_OUT (the driver, which also loads the shim,
   does not).  The counts themselves add some contention: use them to
   rank, not to time.  */

#define _GNU_SOURCE
#include <pthread.h>
#include <dlfcn.h>
#include <execinfo.h>
#include <stdio.h>
#include <stdlib.h>

#define NMUTEX 64
#define NSITE 4096

static int (*real_lock) (pthread_mutex_t *);
static pthread_mutex_t agg = PTHREAD_MUTEX_INITIALIZER;

/* Per-thread counts, added to the totals when the thread ends.  */
static __thread void *t_key[NMUTEX];
static __thread unsigned long t_fast[NMUTEX], t_slow[NMUTEX], t_n;
static void *g_key[NMUTEX];
static unsigned long g_fast[NMUTEX], g_slow[NMUTEX];

/* Sampled callers of the target mutex.  */
static void *target;
static int frame = 2;
static void *site[NSITE];
static unsigned long site_n[NSITE];

static pthread_key_t exit_key;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void
flush (void)
{
  real_lock (&agg);
  for (int i = 0; i < NMUTEX && t_key[i]; i++)
    {
      int j = 0;
      while (j < NMUTEX && g_key[j] && g_key[j] != t_key[i])
	j++;
      if (j < NMUTEX)
	{
	  g_key[j] = t_key[i];
	  g_fast[j] += t_fast[i];
	  g_slow[j] += t_slow[i];
	}
      t_fast[i] = t_slow[i] = 0;
    }
  pthread_mutex_unlock (&agg);
}

static void
thread_exit (void *p)
{
  (void) p;
  flush ();
}

static void
init (void)
{
  real_lock = (int (*) (pthread_mutex_t *)) dlsym (RTLD_NEXT,
						   "pthread_mutex_lock");
  const char *t = getenv ("MX_TARGET");
  target = t ? (void *) strtoul (t, NULL, 16) : NULL;
  if (getenv ("MX_FRAME"))
    frame = atoi (getenv ("MX_FRAME"));
  if (frame < 1 || frame > 7)
    frame = 2;
  pthread_key_create (&exit_key, thread_exit);
}

__attribute__ ((destructor)) static void
finish (void)
{
  const char *out = getenv ("MX_OUT");
  int any = 0;

  if (!real_lock || !out)
    return;
  flush ();
  for (int j = 0; j < NMUTEX && g_key[j]; j++)
    any |= g_fast[j] + g_slow[j] > 1000;
  if (!any)
    return;
  FILE *f = fopen (out, "w");
  if (!f)
    return;
  for (int j = 0; j < NMUTEX && g_key[j]; j++)
    if (g_fast[j] + g_slow[j] > 1000)
      fprintf (f, "mutex %p fast=%lu slow=%lu\n", g_key[j], g_fast[j],
	       g_slow[j]);
  for (int h = 0; h < NSITE; h++)
    if (site[h])
      fprintf (f, "site %p samples=%lu\n", site[h], site_n[h]);
  fclose (f);
}

int
pthread_mutex_lock (pthread_mutex_t *m)
{
  pthread_once (&once, init);
  if (!pthread_getspecific (exit_key))
    pthread_setspecific (exit_key, (void *) 1);

  if (m == target && (++t_n & 63) == 0)
    {
      void *b[8];
      if (backtrace (b, frame + 1) == frame + 1)
	{
	  void *a = b[frame];
	  unsigned h = ((unsigned long) a >> 2) % NSITE;
	  real_lock (&agg);
	  while (site[h] && site[h] != a)
	    h = (h + 1) % NSITE;
	  site[h] = a;
	  site_n[h]++;
	  pthread_mutex_unlock (&agg);
	}
    }

  int i = 0;
  while (i < NMUTEX && t_key[i] && t_key[i] != m)
    i++;
  if (pthread_mutex_trylock (m) == 0)
    {
      if (i < NMUTEX)
	{
	  t_key[i] = m;
	  t_fast[i]++;
	}
      return 0;
    }
  if (i < NMUTEX)
    {
      t_key[i] = m;
      t_slow[i]++;
    }
  return real_lock (m);
}
