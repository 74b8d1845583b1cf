/* engine.cc -- the two-phase engine: a late IPA pass (after 'simdclone')
   that outputs every function itself.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   Without the plugin, symbol_table::compile () marks the functions to
   output and, for each in turn, cgraph_node::expand () runs all_passes:
   GIMPLE passes, then 'expand' and the RTL passes down to 'final'.  The
   engine does, in order:
     1. serial pre-phase: mark the functions as mark_functions_to_output
	would, enter the EXPANSION state, output the no_reorder part as
	output_in_order would (those functions compiled whole, as GCC does),
	then compute expand_all_functions' order for the rest;
     2. GIMPLE phase: for each function in that order, what expand () does
	up to and including the GIMPLE passes (every top-level pass before
	'expand'; gate.cc gates off the rest);
     3. RTL phase: for each function in the same order, expand () itself,
	with the GIMPLE passes gated off, after making visible the facts its
	own GIMPLE phase published on other symbols (facts.cc).
   The GIMPLE phase is what the parallel engine will run on threads.
   Functions that GCC itself expands in between (created by a pass, or
   thunks) are compiled whole, as without the plugin.

   Debugging hints: the pass is named "*pargimple" (no dump file); break on
   pg_gimple_phase / pg_rtl_phase.  -fplugin-arg-pargimple-verbose reports
   a serial fallback and functions created during the GIMPLE phase.  */

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "backend.h"
#include "tree.h"
#include "gimple.h"
#include "tree-pass.h"
#include "cgraph.h"
#include "function.h"
#include "cfghooks.h"
#include "regset.h"
#include "ssa.h"
#include "tree-into-ssa.h"
#include "timevar.h"
#include "ggc.h"
#include "dumpfile.h"
#include "context.h"
#include "pass_manager.h"
#include "options.h"
#include "pargimple.h"

static bool pg_in_gimple_phase;

/* Symtab insertion hook: a function was added while the engine runs.  */

static void
pg_note_new_function (cgraph_node *node, void *)
{
  if (pg_in_gimple_phase)
    pg_verbose ("%s was created during the GIMPLE phase and is compiled at "
		"once; its position in the assembly may differ from GCC's",
		node->dump_asm_name ());
}

/* Phase 2 for NODE: the first half of cgraph_node::expand (cgraphunit.cc),
   stopping before 'expand'.  */

static void
pg_gimple_phase (cgraph_node *node)
{
  tree decl = node->decl;
  location_t saved_loc;
  double t0;

  if (node->native_rtl_p ())
    return;
  gcc_assert (!node->inlined_to && node->lowered);
  t0 = pg_now ();

  bitmap_obstack_initialize (NULL);
  node->get_untransformed_body ();
  timevar_push (TV_REST_OF_COMPILATION);
  saved_loc = input_location;
  input_location = DECL_SOURCE_LOCATION (decl);
  gcc_assert (DECL_STRUCT_FUNCTION (decl));
  push_cfun (DECL_STRUCT_FUNCTION (decl));
  init_function_start (decl);
  gimple_register_cfg_hooks ();
  bitmap_obstack_initialize (&reg_obstack);
  update_ssa (TODO_update_ssa_only_virtuals);
  if (node->ipa_transforms_to_apply.exists ())
    execute_all_ipa_transforms (false);

  pg_gate_set (PG_PHASE_GIMPLE, cfun);
  execute_pass_list (cfun, g->get_passes ()->all_passes);
  pg_gate_set (PG_PHASE_NONE, NULL);

  bitmap_obstack_release (&reg_obstack);
  bitmap_obstack_release (NULL);
  input_location = saved_loc;
  ggc_collect ();
  timevar_pop (TV_REST_OF_COMPILATION);
  if (cfun)
    pop_cfun ();

  pg_stats.gimple_busy_s += pg_now () - t0;
}

/* Phase 3 for NODE: cgraph_node::expand with the GIMPLE passes gated off.  */

static void
pg_rtl_phase (cgraph_node *node)
{
  pg_gate_set (PG_PHASE_RTL, DECL_STRUCT_FUNCTION (node->decl));
  node->process = 0;
  node->expand ();
  pg_gate_set (PG_PHASE_NONE, NULL);
}

static unsigned int
pg_engine_execute (void)
{
  const char *why = pg_fallback_reason ();
  opt_pass *saved_pass = current_pass;
  FILE *saved_dump_file = dump_file;
  const char *saved_dump_file_name = dump_file_name;
  dump_flags_t saved_dump_flags = dump_flags;
  auto_vec<cgraph_node *> order;
  cgraph_node_hook_list *hook;
  double t0, t1, t2;
  unsigned i;

  if (why)
    {
      pg_verbose ("serial fallback: %s", why);
      return 0;
    }
  if (pg_opts.num_threads > 1)
    pg_verbose ("num-threads=%d: this version runs the GIMPLE phase on one "
		"thread (the thread-safety patch series is not complete)",
		pg_opts.num_threads);
  pg_gate_init ();
  hook = symtab->add_cgraph_insertion_hook (pg_note_new_function, NULL);

  /* 1. Serial pre-phase.  */
  t0 = pg_now ();
  pg_mark_functions_to_output ();
  symtab->state = EXPANSION;
  pg_output_in_order ();
  pg_compute_order (&order);
  t1 = pg_now ();
  pg_stats.prephase_s = t1 - t0;

  /* 2. GIMPLE phase.  */
  pg_in_gimple_phase = true;
  pg_facts_begin ();
  for (i = 0; i < order.length (); i++)
    {
      if (order[i]->process)
	{
	  pg_gimple_phase (order[i]);
	  pg_stats.functions++;
	}
      pg_facts_record ();
    }
  pg_facts_rewind ();
  pg_in_gimple_phase = false;
  t2 = pg_now ();
  pg_stats.gimple_wall_s = t2 - t1;

  /* 3. RTL phase, serial, in the same order; each function sees the facts
     published by the GIMPLE phases up to its own (facts.cc).  */
  for (i = 0; i < order.length (); i++)
    {
      pg_facts_replay (i);
      if (order[i]->process)
	pg_rtl_phase (order[i]);
    }
  pg_facts_end ();
  pg_stats.rtl_wall_s = pg_now () - t2;

  symtab->remove_cgraph_insertion_hook (hook);
  current_pass = saved_pass;
  dump_file = saved_dump_file;
  dump_file_name = saved_dump_file_name;
  dump_flags = saved_dump_flags;
  pg_print_stats ();
  return 0;
}

namespace {

const pass_data pg_engine_pass_data =
{
  SIMPLE_IPA_PASS,	/* type */
  "*pargimple",		/* name */
  OPTGROUP_NONE,	/* optinfo_flags */
  TV_NONE,		/* tv_id */
  0,			/* properties_required */
  0,			/* properties_provided */
  0,			/* properties_destroyed */
  0,			/* todo_flags_start */
  0,			/* todo_flags_finish */
};

class pg_engine_pass : public simple_ipa_opt_pass
{
public:
  pg_engine_pass (gcc::context *ctxt)
    : simple_ipa_opt_pass (pg_engine_pass_data, ctxt)
  {}

  unsigned int execute (function *) final override
  {
    return pg_engine_execute ();
  }
};

} // anon namespace

opt_pass *
pg_make_engine_pass (gcc::context *ctxt)
{
  return new pg_engine_pass (ctxt);
}
