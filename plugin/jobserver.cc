/* jobserver.cc -- take the GIMPLE phase's extra threads from make's
   jobserver.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   Under make -jN every job holds a slot: the first one implicitly, each
   other one a byte read from make's jobserver and written back when it
   ends.  A compile asked for N threads would take N slots' worth of CPU
   while holding one.  So, when make passes the jobserver on, the engine
   takes, without waiting, up to N-1 bytes before the GIMPLE phase and
   runs one thread per slot it holds (one, plus the bytes it got); while
   fewer than N run, the main thread asks again for one more byte between
   two of its functions, and starts a thread for each it gets
   (threads.cc).  Every byte is written back when the phase ends, or at
   exit if the compile stops before that.  How many threads run, and
   when they start, never changes the output (the assembly is GCC's at
   every thread count), so the jobserver changes only the speed.

   MAKEFLAGS names the jobserver: --jobserver-auth=R,W (make 4.2 and
   4.3: a pipe, file descriptors R and W), --jobserver-auth=fifo:PATH
   (make 4.4: a named pipe) or --jobserver-fds=R,W (before 4.2); the last
   one given counts, and nothing after " -- " (variables given on make's
   command line).  make 4.2 and later close the pipe's descriptors in
   recipes it does not consider recursive: mark the compile's recipe
   with '+', as for gcc -flto=jobserver.  Descriptors R and W are used
   only if both are open now, at plugin start, before the compiler opens
   any file of its own, and are the two ends of one pipe: in a recipe
   without '+' MAKEFLAGS still names them, and the numbers may belong to
   anything.  Bytes are read through a second, non-blocking opening of
   the pipe (/proc/self/fd/R), so that a slot another job took between a
   check and the read never blocks the compile, and the shared pipe's
   own flags stay as make set them.

   -fplugin-arg-pargimple-no-jobserver ignores make's jobserver.
   Debugging: verbose says whether a jobserver was found, and how many
   slots the GIMPLE phase got; the stats line's threads= is the number
   that ran, requested_threads= the number asked for.  */

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "tree.h"
#include "tree-pass.h"
#include "cgraph.h"
#include "pargimple.h"
#include <sys/stat.h>
#include <pthread.h>

/* The jobserver: where to read slots without waiting, and where to give
   them back; -1 when there is none to use.  */
static int pg_js_read = -1;
static int pg_js_write = -1;

/* The bytes taken and not yet given back: each is one slot.  Taken by
   the main thread, given back by it or at exit by whichever thread ends
   the compile: under pg_js_lock.  Once given back, none is taken.  */
static pthread_mutex_t pg_js_lock = PTHREAD_MUTEX_INITIALIZER;
static char pg_js_bytes[256];
static int pg_js_held;
static bool pg_js_closed;

/* The jobserver's name in MAKEFLAGS (malloc'ed), or NULL: the value of
   its last --jobserver-auth= or --jobserver-fds= before " -- ".  */

static char *
pg_js_auth (const char *flags)
{
  static const char *const keys[] = { "--jobserver-auth=",
				       "--jobserver-fds=" };
  const char *end = strstr (flags, " -- ");
  const char *best = NULL;
  unsigned k;

  if (!end)
    end = flags + strlen (flags);
  for (k = 0; k < ARRAY_SIZE (keys); k++)
    for (const char *p = strstr (flags, keys[k]); p && p < end;
	 p = strstr (p + 1, keys[k]))
      if (!best || p > best)
	best = p + strlen (keys[k]);
  if (!best)
    return NULL;
  return xstrndup (best, strcspn (best, " \t"));
}

/* Is FD open, and a pipe or named pipe?  Its identity in *ST.  */

static bool
pg_js_fifo_p (int fd, struct stat *st)
{
  return fd >= 0 && fcntl (fd, F_GETFD) != -1 && fstat (fd, st) == 0
	 && S_ISFIFO (st->st_mode);
}

/* Open jobserver AUTH (R,W or fifo:PATH) into pg_js_read and
   pg_js_write; NULL, or why it cannot be used.  */

static const char *
pg_js_open (const char *auth)
{
  struct stat rst, wst;
  char path[64];
  int r, w;

  if (strncmp (auth, "fifo:", 5) == 0)
    {
      r = open (auth + 5, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
      if (r < 0)
	return "its named pipe cannot be opened";
      /* Non-blocking too, so that the open never waits for a reader
	 (make keeps one open while it runs).  */
      w = open (auth + 5, O_WRONLY | O_NONBLOCK | O_CLOEXEC);
      if (w < 0 || !pg_js_fifo_p (r, &rst))
	{
	  close (r);
	  if (w >= 0)
	    close (w);
	  return "its named pipe cannot be opened";
	}
      pg_js_read = r;
      pg_js_write = w;
      return NULL;
    }
  if (sscanf (auth, "%d,%d", &r, &w) != 2)
    return "its name is neither R,W nor fifo:PATH";
  if (!pg_js_fifo_p (r, &rst) || !pg_js_fifo_p (w, &wst)
      || rst.st_dev != wst.st_dev || rst.st_ino != wst.st_ino)
    return "its pipe is not open in this compile (make passes it only to "
	   "recipes marked with '+')";
  /* A second opening of the pipe's read end, with flags of its own.  */
  snprintf (path, sizeof path, "/proc/self/fd/%d", r);
  pg_js_read = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (pg_js_read < 0)
    return "its pipe cannot be read without waiting (no /proc/self/fd)";
  pg_js_write = w;
  return NULL;
}

/* Write back every slot taken.  Runs at the end of the GIMPLE phase and
   at exit (an error or an internal error may end the compile before
   that, in any thread); whichever runs first gives the bytes back.  */

void
pg_jobserver_give_back (void)
{
  int done = 0;

  pthread_mutex_lock (&pg_js_lock);
  while (done < pg_js_held)
    {
      ssize_t w = write (pg_js_write, pg_js_bytes + done, pg_js_held - done);
      if (w > 0)
	done += w;
      else if (w < 0 && errno == EINTR)
	continue;
      else
	break;
    }
  pg_js_held = 0;
  pg_js_closed = true;
  pthread_mutex_unlock (&pg_js_lock);
}

/* Find make's jobserver, at plugin start (before the compiler opens
   files of its own, which could take the numbers of closed descriptors
   that MAKEFLAGS names).  */

void
pg_jobserver_init (void)
{
  const char *flags = getenv ("MAKEFLAGS");
  char *auth = flags ? pg_js_auth (flags) : NULL;
  const char *why;

  if (!auth)
    return;
  why = pg_js_open (auth);
  if (why)
    pg_verbose ("make's jobserver (%s) is not used: %s", auth, why);
  else
    atexit (pg_jobserver_give_back);
  free (auth);
}

/* Whether make's jobserver is used: threads beyond the first need its
   slots.  */

bool
pg_jobserver_p (void)
{
  return pg_js_read >= 0;
}

/* Take up to WANTED more slots without waiting; return how many.
   Without a jobserver, all of them.  */

int
pg_jobserver_take (int wanted)
{
  int n = 0;

  if (pg_js_read < 0)
    return wanted;
  pthread_mutex_lock (&pg_js_lock);
  if (pg_js_closed)
    wanted = 0;
  wanted = MIN (wanted, (int) sizeof pg_js_bytes - pg_js_held);
  while (n < wanted)
    {
      ssize_t r = read (pg_js_read, &pg_js_bytes[pg_js_held], 1);
      if (r == 1)
	{
	  pg_js_held++;
	  n++;
	}
      else if (r < 0 && errno == EINTR)
	continue;
      else
	break;		/* No free slot now (EAGAIN), or make is gone.  */
    }
  pthread_mutex_unlock (&pg_js_lock);
  return n;
}
