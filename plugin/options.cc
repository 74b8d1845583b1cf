/* options.cc -- pargimple's arguments and its serial fallback.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   Arguments (-fplugin-arg-pargimple-KEY[=VALUE]):
     num-threads=N  1..256; wins over --param=num-threads=N
     two-phase      run the two-phase engine with one thread
     verbose        explain decisions on stderr
     stats          print the timing line on stderr
   Any other key, a missing or malformed value, or a value where none is
   taken is an error naming the argument.

   The fallback: some flags cannot work with the engine (yet).  Then the
   plugin leaves the compilation to GCC's own expansion, silently unless
   'verbose' is given.  */

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "tree.h"
#include "tree-pass.h"
#include "cgraph.h"
#include "diagnostic-core.h"
#include "options.h"
#include "pargimple.h"

struct pg_options pg_opts;

/* Print a "pargimple: " line on stderr when 'verbose' was given.  */

void
pg_verbose (const char *fmt, ...)
{
  va_list ap;

  if (!pg_opts.verbose)
    return;
  va_start (ap, fmt);
  fputs ("pargimple: ", stderr);
  vfprintf (stderr, fmt, ap);
  fputc ('\n', stderr);
  va_end (ap);
}

/* Parse the value of num-threads into *OUT; false if it is not an integer
   in 1..256.  */

static bool
pg_parse_threads (const char *plugin, const char *key, const char *value,
		  int *out)
{
  char *end;
  long n;

  if (!value || !*value)
    {
      error ("plugin %qs: argument %<%s%> needs a value, e.g. "
	     "%<-fplugin-arg-%s-%s=4%>", plugin, key, plugin, key);
      return false;
    }
  errno = 0;
  n = strtol (value, &end, 10);
  if (*end != '\0' || (errno != 0 && errno != ERANGE) || !ISDIGIT (value[0]))
    {
      error ("plugin %qs: argument %<%s=%s%> is not an integer",
	     plugin, key, value);
      return false;
    }
  if (errno == ERANGE || n < 1 || n > 256)
    {
      error ("plugin %qs: argument %<%s=%s%> is out of range (1 to 256)",
	     plugin, key, value);
      return false;
    }
  *out = (int) n;
  return true;
}

/* Parse the plugin's ARGC arguments ARGV into pg_opts.  Return false after
   reporting every bad argument.  */

bool
pg_parse_arguments (const char *plugin, int argc,
		    struct plugin_argument *argv)
{
  bool ok = true;
  int i;

  memset (&pg_opts, 0, sizeof pg_opts);
#ifdef param_num_threads
  pg_opts.num_threads = param_num_threads;
#else
  /* Built against a GCC without the series (main.cc refuses to run).  */
  pg_opts.num_threads = 1;
#endif
  for (i = 0; i < argc; i++)
    {
      const char *key = argv[i].key, *value = argv[i].value;
      bool *flag = NULL;

      if (strcmp (key, "num-threads") == 0)
	{
	  if (pg_parse_threads (plugin, key, value, &pg_opts.num_threads))
	    pg_opts.num_threads_given = true;
	  else
	    ok = false;
	  continue;
	}
      else if (strcmp (key, "two-phase") == 0)
	flag = &pg_opts.two_phase;
      else if (strcmp (key, "verbose") == 0)
	flag = &pg_opts.verbose;
      else if (strcmp (key, "stats") == 0)
	flag = &pg_opts.stats;
      else
	{
	  error ("plugin %qs: unknown argument %<%s%>; the known arguments "
		 "are num-threads=N, two-phase, verbose and stats",
		 plugin, key);
	  ok = false;
	  continue;
	}
      if (value)
	{
	  error ("plugin %qs: argument %<%s%> takes no value, got %<%s=%s%>",
		 plugin, key, key, value);
	  ok = false;
	  continue;
	}
      *flag = true;
    }
  return ok;
}

/* Return why the engine must not run for this compilation, or NULL if it
   may.  Evaluated when the engine's pass executes, i.e. with the final
   global options.  */

const char *
pg_fallback_reason (void)
{
  if (flag_openmp || flag_openacc)
    return "-fopenmp/-fopenacc outline functions during the GIMPLE passes";
  if (flag_tree_parallelize_loops > 1)
    return "-ftree-parallelize-loops outlines functions during the GIMPLE "
	   "passes";
  if (profile_report)
    return "-fprofile-report accounts gated-off passes per function";
  return NULL;
}
