/* serial.cc -- the serial lock, the pass-safety table and the pass walk.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   A thread runs a function's GIMPLE phase by walking the top-level passes
   before 'expand' as execute_pass_list does (pg_run_passes).  Before each
   pass it consults the pass-safety table: a pass not proven safe to run
   beside other functions' passes runs under one process-wide serial lock.
   A thread keeps the lock across consecutive serial passes and releases it
   only before a concurrent pass (or at the end of the function), so state
   that lives from one serial pass to the next is never seen by another
   function.  Inside a pass group whose passes share such state (the loop
   pipeline 'loop': the scalar-evolution cache and the loop structures
   between loop init and loop done) every pass runs under the lock, listed
   or not.  Everything of the GIMPLE phase outside the pass walk (body
   loading, the IPA transforms, cleanup) is serial too.

   While a thread holds the lock, the side effects that the serial RTL
   phase puts back into GCC's order are attributed to the function it
   compiles: new symbols (replay.cc) and published facts (facts.cc).
   That is why a pass that creates symbols or publishes facts must stay
   serial until it gets a per-thread mechanism of its own.  Diagnostics
   are captured per thread, locked or not (diag.cc).

   The table is in pg_concurrent_passes below; docs/DESIGN.md gives the
   evidence for each entry.

   Debugging hints: -fplugin-arg-pargimple-stats gives lock_share, the
   fraction of GIMPLE time under the lock.  -fplugin-arg-pargimple-inject-ice
   =F raises an internal error in the first GIMPLE pass of function F, in
   whichever thread runs it (the ICE test of the testsuite).  */

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "backend.h"
#include "tree.h"
#include "gimple.h"
#include "tree-pass.h"
#include "cgraph.h"
#include "function.h"
#include "dominance.h"
#include "diagnostic-core.h"
#include <pthread.h>
#include "pargimple.h"

static pthread_mutex_t pg_serial_mutex = PTHREAD_MUTEX_INITIALIZER;

/* Passes proven safe to run beside other functions' passes, by name
   (docs/DESIGN.md, "Pass-safety table").  */
static const char *const pg_concurrent_passes[] = {
  /* Candidates, not listed until TSan is clean over them (DESIGN.md):
     "ccp", "copyprop", "forwprop", "dce", "phiopt".  Run them with
     -fplugin-arg-pargimple-concurrent=ccp,copyprop,forwprop,dce,phiopt
     (scripts/tsan.sh does).  */
  NULL
};

/* Pass groups whose sub-passes share state from one pass to the next.  */
static const char *const pg_serial_groups[] = {
  "loop",
  NULL
};

/* How deep the calling thread is inside such groups.  */
static __thread int pg_group_depth;

/* Is NAME in the null-terminated LIST?  */

static bool
pg_name_in_list (const char *name, const char *const *list)
{
  for (; name && *list; list++)
    if (strcmp (name, *list) == 0)
      return true;
  return false;
}

static bool
pg_serial_group_p (opt_pass *pass)
{
  return pg_name_in_list (pass->name, pg_serial_groups);
}

/* Is PASS in the table?  */

bool
pg_pass_concurrent_p (opt_pass *pass)
{
  if (!pass->name)
    return false;
  if (pg_opts.concurrent)
    {
      /* -fplugin-arg-pargimple-concurrent=P1,P2,... (testing).  */
      size_t len = strlen (pass->name);
      const char *p = pg_opts.concurrent;
      while (p)
	{
	  if (strncmp (p, pass->name, len) == 0
	      && (p[len] == ',' || p[len] == '\0'))
	    return true;
	  p = strchr (p, ',');
	  if (p)
	    p++;
	}
      return false;
    }
  return pg_name_in_list (pass->name, pg_concurrent_passes);
}

/* Can any pass run concurrently at all?  If not, the engine keeps the
   collector running between functions.  */

bool
pg_any_concurrent_pass_p (void)
{
  if (pg_opts.concurrent)
    return strcmp (pg_opts.concurrent, "none") != 0;
  return pg_concurrent_passes[0] != NULL;
}

/* Take the serial lock for the calling thread, unless it holds it.  */

void
pg_serial_enter (void)
{
  struct pg_thread *self = pg_self;

  double t0;

  if (self->holds_lock)
    return;
  t0 = pg_now ();
  pthread_mutex_lock (&pg_serial_mutex);
  self->holds_lock = true;
  self->lock_since = pg_now ();
  self->wait_s += self->lock_since - t0;
  pg_replay_hold_start ();
}

/* Release the serial lock if the calling thread holds it, attributing
   what happened meanwhile to its function.  */

void
pg_serial_leave (void)
{
  struct pg_thread *self = pg_self;

  if (!self->holds_lock)
    return;
  pg_replay_hold_end (self->fn);
  pg_facts_record (self->fn->index);
  self->locked_s += pg_now () - self->lock_since;
  self->holds_lock = false;
  pthread_mutex_unlock (&pg_serial_mutex);
}

/* PLUGIN_PASS_EXECUTION callback, registered only for the test hook
   -fplugin-arg-pargimple-inject-ice=F: an internal error inside the first
   GIMPLE-phase pass of function F, in whichever thread runs it.  */

void
pg_inject_ice (void *gcc_data, void *)
{
  opt_pass *pass = (opt_pass *) gcc_data;

  if (pg_self && pass->type == GIMPLE_PASS && current_function_decl
      && DECL_NAME (current_function_decl)
      && strcmp (IDENTIFIER_POINTER (DECL_NAME (current_function_decl)),
		 pg_opts.inject_ice) == 0)
    internal_error ("pargimple: error injected into %qs on request of "
		    "%<-fplugin-arg-pargimple-inject-ice%>",
		    IDENTIFIER_POINTER (DECL_NAME (current_function_decl)));
}

static void pg_walk (opt_pass *);

/* Run PASS (and its sub-passes if its gate lets it run), under the serial
   lock unless the table lists it.  */

static void
pg_run_pass (opt_pass *pass)
{
  if (pg_group_depth == 0 && pg_pass_concurrent_p (pass))
    pg_serial_leave ();
  else
    pg_serial_enter ();
  if (execute_one_pass (pass) && pass->sub)
    {
      bool group = pg_serial_group_p (pass);
      pg_group_depth += group;
      pg_walk (pass->sub);
      pg_group_depth -= group;
    }
}

/* execute_pass_list_1 (passes.cc), with the table consulted before each
   pass.  */

static void
pg_walk (opt_pass *pass)
{
  for (; pass && cfun; pass = pass->next)
    pg_run_pass (pass);
}

/* Run the GIMPLE passes of cfun: every top-level pass of all_passes
   before 'expand', then what execute_pass_list does at the end.  */

void
pg_run_passes (void)
{
  function *fn = cfun;
  unsigned i;

  pg_serial_enter ();
  for (i = 0; i < pg_expand_index () && cfun; i++)
    pg_run_pass (pg_top_pass (i));
  pg_serial_enter ();
  if (cfun && fn->cfg)
    {
      free_dominance_info (CDI_DOMINATORS);
      free_dominance_info (CDI_POST_DOMINATORS);
    }
}
