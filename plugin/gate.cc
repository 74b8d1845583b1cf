/* gate.cc -- split all_passes at 'expand'.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   cgraph_node::expand runs the whole all_passes list for a function.  The
   engine splits it: the GIMPLE phase walks the top-level passes before
   'expand' itself (serial.cc), the RTL phase calls expand () with every
   top-level pass before 'expand' gated off by PLUGIN_OVERRIDE_GATE.  A
   gated-off top-level pass takes its sub-passes with it, so each pass runs
   exactly once per function, in its usual order.

   Only the one function the engine is working on is affected: a function
   that GCC compiles in the middle (e.g. one created by a pass and expanded
   at once, or a thunk) sees the whole pipeline, as it would without us.  */

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "backend.h"
#include "tree.h"
#include "tree-pass.h"
#include "function.h"
#include "cgraph.h"
#include "context.h"
#include "pass_manager.h"
#include "options.h"
#include "pargimple.h"

/* The top-level passes of all_passes in order, and the index of 'expand'
   among them.  */
static auto_vec<opt_pass *> pg_top_passes;
static unsigned pg_expand_at;

static enum pg_phase pg_cur_phase;
static function *pg_cur_fn;

/* -Waggregate-return is given by init_function_start, which runs in both
   phases; the engine lets the GIMPLE phase warn (where GCC warns: before
   the function's passes) and silences the second call.  The value to put
   back at the first gate query of the RTL phase, i.e. after
   init_function_start and before any thunk of the function is output; -1
   when nothing is pending.  */
static int pg_pending_warn_aggregate_return = -1;

/* Record the top-level passes of all_passes.  */

void
pg_gate_init (void)
{
  opt_pass *p;

  if (!pg_top_passes.is_empty ())
    return;
  for (p = g->get_passes ()->all_passes; p; p = p->next)
    {
      if (p->name && strcmp (p->name, "expand") == 0)
	pg_expand_at = pg_top_passes.length ();
      pg_top_passes.safe_push (p);
    }
  gcc_assert (pg_expand_at > 0);
}

/* The index of 'expand' among the top-level passes of all_passes.  */

unsigned
pg_expand_index (void)
{
  return pg_expand_at;
}

/* The I-th top-level pass of all_passes.  */

opt_pass *
pg_top_pass (unsigned i)
{
  return pg_top_passes[i];
}

/* From now on, gate the passes of FN for PHASE.  */

void
pg_gate_set (enum pg_phase phase, function *fn)
{
  if (pg_pending_warn_aggregate_return >= 0)
    warn_aggregate_return = pg_pending_warn_aggregate_return;
  pg_pending_warn_aggregate_return = -1;
  if (phase == PG_PHASE_RTL)
    {
      pg_pending_warn_aggregate_return = warn_aggregate_return;
      warn_aggregate_return = 0;
    }
  pg_cur_phase = phase;
  pg_cur_fn = fn;
}

/* PLUGIN_OVERRIDE_GATE callback; GCC_DATA points to the gate status of
   current_pass.  Called in every thread; only the main thread's RTL phase
   sets pg_cur_phase, and worker threads never see the function it is
   set for (cfun is thread-local).  */

void
pg_override_gate (void *gcc_data, void *)
{
  bool *status = (bool *) gcc_data;
  unsigned i;

  if (pg_cur_phase == PG_PHASE_NONE || cfun == NULL || cfun != pg_cur_fn)
    return;
  if (pg_pending_warn_aggregate_return >= 0)
    {
      warn_aggregate_return = pg_pending_warn_aggregate_return;
      pg_pending_warn_aggregate_return = -1;
    }
  if (!*status)
    return;
  for (i = 0; i < pg_top_passes.length (); i++)
    if (pg_top_passes[i] == current_pass)
      {
	if (i < pg_expand_at)
	  *status = false;
	return;
      }
}
