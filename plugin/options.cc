/* options.cc -- pargimple's arguments and its serial fallback.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   Arguments (-fplugin-arg-pargimple-KEY[=VALUE]):
     num-threads=N  1..256; wins over --param=num-threads=N
     two-phase      run the two-phase engine with one thread
     verbose        explain decisions on stderr
     stats          print the timing line on stderr
     pass-stats     print the time of each GIMPLE pass on stderr
     no-huge-pages  do not ask for huge pages for the collector's heap
     no-jobserver   run num-threads threads even under make's jobserver
		    (jobserver.cc)
     inject-ice=F   (testing) an internal compiler error in the first
		    GIMPLE pass of function F, in whichever thread runs it
     schedule=latest (testing) start the latest ready function first
		    (threads.cc): order bugs show up at N=1, every time
     schedule=expansion (measuring) with threads too, start the first
		    ready function in expansion order, as one thread does,
		    instead of the one heading the longest chain
     schedule=order the default: the longest chain first with threads,
		    expansion order at one thread
     concurrent=P1,P2,...|none (testing) replace the pass-safety table
		    (serial.cc): bisect a race, or measure one pass; the
		    pseudo-pass *prologue stands for the functions' prologues
     schedule-dump=F (measuring) write the GIMPLE phase's functions to
		    file F: statements, time taken, the later functions
		    each one holds back (bench/schedule-sim.py replays it);
		    like stats, only when the engine runs (num-threads=N
		    with N > 1, or two-phase)
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
#include "opts.h"
#include "toplev.h"
#include "timevar.h"
#include "dumpfile.h"
#include "context.h"
#include "pass_manager.h"
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
      else if (strcmp (key, "inject-ice") == 0)
	{
	  if (!value || !*value)
	    {
	      error ("plugin %qs: argument %<%s%> needs a function name, "
		     "e.g. %<-fplugin-arg-%s-%s=main%>", plugin, key, plugin,
		     key);
	      ok = false;
	    }
	  else
	    pg_opts.inject_ice = value;
	  continue;
	}
      else if (strcmp (key, "concurrent") == 0)
	{
	  if (!value || !*value)
	    {
	      error ("plugin %qs: argument %<%s%> needs a comma-separated "
		     "list of pass names, or %<none%>", plugin, key);
	      ok = false;
	    }
	  else
	    pg_opts.concurrent = value;
	  continue;
	}
      else if (strcmp (key, "schedule-dump") == 0)
	{
	  if (!value || !*value)
	    {
	      error ("plugin %qs: argument %<%s%> needs a file name, "
		     "e.g. %<-fplugin-arg-%s-%s=sched.txt%>", plugin, key,
		     plugin, key);
	      ok = false;
	    }
	  else
	    pg_opts.schedule_dump = value;
	  continue;
	}
      else if (strcmp (key, "schedule") == 0)
	{
	  if (value && strcmp (value, "latest") == 0)
	    pg_opts.schedule = PG_SCHEDULE_LATEST;
	  else if (value && strcmp (value, "expansion") == 0)
	    pg_opts.schedule = PG_SCHEDULE_EXPANSION;
	  else if (value && strcmp (value, "order") == 0)
	    pg_opts.schedule = PG_SCHEDULE_ORDER;
	  else
	    {
	      error ("plugin %qs: argument %<%s%> takes %<order%>, "
		     "%<expansion%> or %<latest%>", plugin, key);
	      ok = false;
	    }
	  continue;
	}
      else if (strcmp (key, "two-phase") == 0)
	flag = &pg_opts.two_phase;
      else if (strcmp (key, "verbose") == 0)
	flag = &pg_opts.verbose;
      else if (strcmp (key, "stats") == 0)
	flag = &pg_opts.stats;
      else if (strcmp (key, "pass-stats") == 0)
	flag = &pg_opts.pass_stats;
      else if (strcmp (key, "no-huge-pages") == 0)
	flag = &pg_opts.no_huge_pages;
      else if (strcmp (key, "no-jobserver") == 0)
	flag = &pg_opts.no_jobserver;
      else
	{
	  error ("plugin %qs: unknown argument %<%s%>; the known arguments "
		 "are num-threads=N, two-phase, verbose, stats, pass-stats, "
		 "no-huge-pages, no-jobserver, inject-ice=F, "
		 "schedule=order|expansion|latest, concurrent=LIST and "
		 "schedule-dump=F",
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

/* Is any dump file or -fopt-info stream enabled?  Every dump counts, not
   only those of all_passes: the prologues run the IPA transforms (inline,
   ipa-cp) on threads, which open their passes' dump files, and write to
   the call graph's dump (-fdump-ipa-cgraph, symtab->dump_file) and the
   clones' (-fdump-ipa-clones), which dump_begin opens only when their
   entries (TDI_cgraph, TDI_clones) are enabled.  -fdump-statistics is
   one of the entries too.  */

static bool
pg_dumps_enabled_p (void)
{
  gcc::dump_manager *dumps = g->get_dumps ();
  struct dump_file_info *dfi;
  int phase;

  for (phase = TDI_none + 1; (dfi = dumps->get_dump_file_info (phase)); phase++)
    if (dfi->pstate || dfi->alt_state)
      return true;
  return false;
}

/* Was option CODE given?  */

static bool
pg_option_given_p (size_t code)
{
  unsigned i;

  for (i = 0; i < save_decoded_options_count; i++)
    if (save_decoded_options[i].opt_index == code)
      return true;
  return false;
}

/* May something other than a pass's gate turn the pass on
   (execute_one_pass): -fenable-PASS, or a plugin besides this one
   (PLUGIN_OVERRIDE_GATE)?  */

bool
pg_gates_overridable_p (void)
{
  unsigned i, plugins = 0;

  for (i = 0; i < save_decoded_options_count; i++)
    if (save_decoded_options[i].opt_index == OPT_fplugin_)
      plugins++;
  return plugins > 1 || pg_option_given_p (OPT_fenable_);
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
  if (!optimize)
    return "-O0 has next to no GIMPLE passes to run";
  if (pg_dumps_enabled_p ())
    return "dump files (-fdump-statistics too) and -fopt-info are written "
	   "pass by pass, function after function";
  if (flag_save_optimization_record)
    return "-fsave-optimization-record writes optimization records through "
	   "one process-wide JSON writer, pass by pass";
  /* The pass timers run whenever g_timer is set: -ftime-report, and also
     -Q (toplev::start_timevars), whose workers would push and pop one
     process-wide stack of timers at once.  */
  if (g_timer)
    return "-ftime-report and -Q time passes with one process-wide timer";
  if (mem_report || mem_report_wpa)
    return "-fmem-report adds up allocations in process-wide counters";
  /* ubsan's static data and type descriptors are labelled from one
     process-wide counter (ubsan.cc, ubsan_ids), taken by sanopt in the
     GIMPLE phase and by the expansion of overflow checks in the RTL
     phase: in two-phase order, let alone on threads, the numbers would
     not be GCC's.  sancov numbers its case arrays likewise.  */
  if (flag_sanitize & (SANITIZE_UNDEFINED | SANITIZE_UNDEFINED_NONDEFAULT))
    return "-fsanitize= undefined-behaviour checks label their data from "
	   "one process-wide counter, function after function";
  if (flag_sanitize_coverage & SANITIZE_COV_TRACE_CMP)
    return "-fsanitize-coverage=trace-cmp labels its case arrays from one "
	   "process-wide counter, function after function";
  if (flag_ipa_pta)
    return "-fipa-pta shares points-to bitmaps between functions, and "
	   "testing a bit in a bitmap moves its cached position";
  /* The driver runs cc1 twice: the first with -fcompare-debug=OPTS
     (flag_compare_debug_opt), the second with -fcompare-debug-second
     (flag_compare_debug).  Both write each function's final insns dump
     from the 'optimized' pass and from 'final': in two-phase order the
     first run's records would not interleave as the second's.  */
  if (flag_compare_debug || flag_compare_debug_opt)
    return "-fcompare-debug writes each function's final insns from the "
	   "'optimized' pass and from 'final', function after function";
  if (pg_option_given_p (OPT_fdbg_cnt_) || flag_dbg_cnt_list)
    return "-fdbg-cnt and -fdbg-cnt-list count events in GCC's order";
  return pg_diag_fallback_reason ();
}
