/* main.cc -- pargimple: run the GIMPLE pipeline of many functions at once.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   Entry point of the plugin: checks that it runs inside the GCC it was
   built for and that this GCC carries pargimple's patch series, parses the
   arguments and, only when the engine is asked for (two-phase, or more
   than one thread), registers the late IPA pass and the gate callback.
   With no arguments the plugin registers nothing and GCC runs as if it
   were not loaded.

   Usage:
     gcc -fplugin=pargimple -fplugin-arg-pargimple-two-phase -O2 -c x.c
     gcc -fplugin=pargimple --param=num-threads=4 -O2 -c x.c

   Debugging hints:
     -fplugin-arg-pargimple-verbose says what the plugin decided and why
     (e.g. a serial fallback); -fplugin-arg-pargimple-stats prints timing.
     Compare the assembly with and without the plugin: any difference is a
     bug.  gdb: break on pg_engine_execute in cc1 (gcc -v shows the cc1
     command line).  */

#include "gcc-plugin.h"
#include "plugin-version.h"
#include "system.h"
#include "coretypes.h"
#include "tree.h"
#include "tree-pass.h"
#include "cgraph.h"
#include "context.h"
#include "diagnostic-core.h"
#include "pargimple.h"

int plugin_is_GPL_compatible;

#define PARGIMPLE_VERSION "0.1"
/* The level of the patch series this plugin was written for; see
   the last patch of patches/series (the marker).  */
#define PARGIMPLE_SERIES "pargimple-series-46"

extern "C" {
extern const char pargimple_patch_series[] __attribute__ ((weak));
}

static struct plugin_info pg_info = {
  PARGIMPLE_VERSION,
  "Runs the GIMPLE optimization passes of all functions before any RTL\n"
  "(two-phase), the parallel engine's order; see docs/DESIGN.md.\n"
  "  -fplugin-arg-pargimple-num-threads=N  threads for the GIMPLE phase,\n"
  "      1..256 (default: --param=num-threads, else 1); N>1 turns the\n"
  "      engine on\n"
  "  -fplugin-arg-pargimple-two-phase      run the two-phase engine even\n"
  "      with one thread\n"
  "  -fplugin-arg-pargimple-verbose        explain decisions (e.g. a serial\n"
  "      fallback) on stderr\n"
  "  -fplugin-arg-pargimple-stats          print one timing line on stderr\n"
  "  -fplugin-arg-pargimple-pass-stats     print the GIMPLE-phase time of\n"
  "      each pass, its part under the serial lock and the wait for\n"
  "      the lock before it, on stderr\n"
  "  -fplugin-arg-pargimple-no-huge-pages  keep the collector's heap in\n"
  "      small pages and give free pages back as GCC does (by default\n"
  "      the engine asks for huge pages and keeps them whole)\n"
  "  -fplugin-arg-pargimple-no-jobserver   run N threads under make -j\n"
  "      too (by default, when make passes its jobserver on, the GIMPLE\n"
  "      phase runs one thread per job slot it can take, up to N)\n"
  "  -fplugin-arg-pargimple-inject-ice=F   (testing) raise an internal\n"
  "      compiler error in the first GIMPLE pass of function F\n"
  "  -fplugin-arg-pargimple-schedule=latest (testing) start the latest\n"
  "      ready function first; order bugs then show at one thread\n"
  "  -fplugin-arg-pargimple-schedule=expansion (measuring) with threads\n"
  "      too, start the first ready function in expansion order (the\n"
  "      default, order, starts the one heading the longest chain)\n"
  "  -fplugin-arg-pargimple-concurrent=P1,P2|none (testing) replace the\n"
  "      table of passes that run concurrently (docs/DESIGN.md); list\n"
  "      *prologue for the functions' prologues to run concurrently too\n"
  "  -fplugin-arg-pargimple-schedule-dump=F (measuring) write each\n"
  "      function's statements, GIMPLE-phase time, thread and times\n"
  "      (ready, start, end) and the later functions it holds back to\n"
  "      file F, for bench/schedule-sim.py\n"
  "With none of these the plugin changes nothing."
};

/* The --prefix of a GCC's configuration, for messages (malloc'ed).  */

static char *
pg_prefix_of (struct plugin_gcc_version *v)
{
  const char *p = v->configuration_arguments
		  ? strstr (v->configuration_arguments, "--prefix=") : NULL;
  if (!p)
    return xstrdup ("(default)");
  p += strlen ("--prefix=");
  return xstrndup (p, strcspn (p, " '\""));
}

/* Return true if the compiler loading us is the one we were built for and
   carries the patch series; report a clear error otherwise.  */

/* The marker's address; null when cc1 does not define it.  The asm hides
   the weak symbol from the compiler, which would otherwise assume that
   an object's address is never null.  */

static const char *
pg_series_marker (void)
{
  const char *p = pargimple_patch_series;

  __asm__ ("" : "+r" (p));
  return p;
}

static bool
pg_check_compiler (const char *name, struct plugin_gcc_version *version)
{
  if (!plugin_default_version_check (version, &gcc_version))
    {
      char *built = pg_prefix_of (&gcc_version);
      char *here = pg_prefix_of (version);
      error ("plugin %qs was built for GCC %s configured with prefix %qs, "
	     "but it is loaded into GCC %s configured with prefix %qs "
	     "(versions or configurations differ); use the compiler it was "
	     "built for or rebuild it against this one", name,
	     gcc_version.basever, built, version->basever, here);
      free (built);
      free (here);
      return false;
    }
  const char *series = pg_series_marker ();
  if (series == NULL)
    {
      error ("plugin %qs needs a GCC with the pargimple patch series "
	     "applied, and this GCC has none (use the compiler that "
	     "%<make%> builds, e.g. %<scripts/gcc%>)", name);
      return false;
    }
  if (strcmp (series, PARGIMPLE_SERIES) != 0)
    {
      error ("plugin %qs needs patch series %qs, but this GCC carries %qs",
	     name, PARGIMPLE_SERIES, series);
      return false;
    }
  return true;
}

int
plugin_init (struct plugin_name_args *plugin_info,
	     struct plugin_gcc_version *version)
{
  const char *name = plugin_info->base_name;

  if (!pg_check_compiler (name, version))
    return 1;
  register_callback (name, PLUGIN_INFO, NULL, &pg_info);
  if (!pg_parse_arguments (name, plugin_info->argc, plugin_info->argv))
    return 1;
  if (!pg_opts.two_phase && pg_opts.num_threads == 1)
    return 0;	/* Nothing asked: register nothing, cost nothing.  */

  /* The two-phase order keeps every function's body alive until its RTL:
     the heap grows to a gigabyte on a large unit, and walking it in small
     pages costs the RTL passes dearly (docs/DESIGN.md, "Huge pages").
     Asked now, so that the whole heap is mapped after it; collections
     then give back only whole huge pages (patch 0120), which costs
     resident memory (about a tenth more at the peak on gimple-match.cc
     at two threads).  */
  if (!pg_opts.no_huge_pages && !ggc_prefer_huge_pages ())
    pg_verbose ("this host cannot back the collector's heap with huge "
		"pages");
  /* Now, before the compiler opens files whose descriptors could take
     the numbers MAKEFLAGS names.  */
  if (pg_opts.num_threads > 1 && !pg_opts.no_jobserver)
    pg_jobserver_init ();

  struct register_pass_info pass_info;
  pass_info.pass = pg_make_engine_pass (g);
  pass_info.reference_pass_name = "simdclone";
  pass_info.ref_pass_instance_number = 1;
  pass_info.pos_op = PASS_POS_INSERT_AFTER;
  register_callback (name, PLUGIN_PASS_MANAGER_SETUP, NULL, &pass_info);
  register_callback (name, PLUGIN_OVERRIDE_GATE, pg_override_gate, NULL);
  pg_uids_init (name);
  if (pg_opts.stats)
    pg_stats_init (name);
  if (pg_opts.inject_ice)
    register_callback (name, PLUGIN_PASS_EXECUTION, pg_inject_ice, NULL);
  return 0;
}
