/* engine.cc -- the engine: a late IPA pass (after 'simdclone') that
   outputs every function itself.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   Without the plugin, symbol_table::compile () marks the functions to
   output and, for each in turn, cgraph_node::expand () runs all_passes:
   GIMPLE passes, then 'expand' and the RTL passes down to 'final'.  The
   engine does, in order:
     1. serial pre-phase: mark the functions as mark_functions_to_output
	would, enter the EXPANSION state, output the no_reorder part as
	output_in_order would (those functions compiled whole, as GCC does),
	then compute expand_all_functions' order for the rest;
     2. GIMPLE phase: for each function, what expand () does up to and
	including the GIMPLE passes, on N threads (threads.cc), the passes
	not proven safe under the serial lock (serial.cc);
     3. RTL phase, serial, in the order: for each function, its GIMPLE
	phase's side effects are put back into GCC's order (facts.cc,
	replay.cc, diag.cc), then expand () itself runs with the GIMPLE
	passes gated off (gate.cc).
   Functions that GCC itself expands in between (created by a pass, or
   thunks) are compiled whole, as without the plugin.

   Debugging hints: the pass is named "*pargimple" (no dump file); break on
   pg_gimple_work / pg_rtl_phase.  -fplugin-arg-pargimple-verbose reports
   a serial fallback and functions created during the GIMPLE phase.  */

#if __has_include (<malloc.h>)
#include <malloc.h>
#endif
#ifdef __GLIBC__
#include <stdio_ext.h>
#endif
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
#include "opts.h"
#include "diagnostic.h"
#include "attribs.h"
#include "dominance.h"
#include "cfgloop.h"
#include "tree-scalar-evolution.h"
#include "builtins.h"
#include "profile.h"
#include "predict.h"
#include "serial-section.h"
#include "output.h"
#include "pargimple.h"
#include <pthread.h>

static bool pg_in_gimple_phase;

/* Functions with options of their own (an optimize or target attribute)
   switch global_options and the target's state when they become cfun
   (set_cfun, targetm.set_current_function); so do, on x86, functions of
   another calling convention or that save registers differently
   (ix86_set_current_function reinitializes the register sets for them).
   Such a function, and a function whose prologue makes one of them cfun
   for a while (pg_callee_switches_options_p), runs while no other
   function does: it takes this lock
   for writing, every other function for reading.  Writers go first, so
   such a function waits only for the functions already running.  */
static pthread_rwlock_t pg_exclusive_lock;

/* Passes run at once in the GIMPLE phase: the shared structures take
   their locks and the collector is off.  */
static bool pg_threaded;

/* And so do the functions' prologues, but for their serial sections
   (serial.cc, the table's "*prologue").  */
static bool pg_prologues_concurrent;

static bool
pg_switches_options_p (tree decl)
{
  tree opt = DECL_FUNCTION_SPECIFIC_OPTIMIZATION (decl);
  tree tgt = DECL_FUNCTION_SPECIFIC_TARGET (decl);
  tree tattrs = TYPE_ATTRIBUTES (TREE_TYPE (decl));

  return ((opt && opt != optimization_default_node)
	  || (tgt && tgt != target_option_default_node)
	  || lookup_attribute ("ms_abi", tattrs)
	  || lookup_attribute ("sysv_abi", tattrs)
	  || lookup_attribute ("interrupt", DECL_ATTRIBUTES (decl))
	  || lookup_attribute ("no_caller_saved_registers",
			       DECL_ATTRIBUTES (decl))
	  || lookup_attribute ("no_caller_saved_registers", tattrs));
}

/* Do the callees of NODE (through the bodies it inlines too) that are
   clones, or inlined, switch options?  The prologue materializes called
   clones and inlines bodies, which can make the clone or the inlined
   function cfun for a while (tree_function_versioning,
   push_struct_function), so their caller may switch options too.  A
   plain call does not.  Found by audit in session 10.  */

static bool
pg_callee_switches_options_p (cgraph_node *node)
{
  for (cgraph_edge *e = node->callees; e; e = e->next_callee)
    if ((e->callee->clone_of || e->callee->inlined_to)
	&& (pg_switches_options_p (e->callee->decl)
	    || (e->callee->inlined_to
		&& pg_callee_switches_options_p (e->callee))))
      return true;
  return false;
}

/* Does NODE run alone (pg_exclusive_lock)?  Asked before the GIMPLE
   phase (pg_fn::exclusive).  */

static bool
pg_exclusive_p (cgraph_node *node)
{
  return (pg_switches_options_p (node->decl)
	  || pg_callee_switches_options_p (node));
}

/* Symtab insertion hook: a function was added while the engine runs.  */

static void
pg_note_new_function (cgraph_node *node, void *)
{
  if (pg_in_gimple_phase)
    pg_verbose ("%s was created during the GIMPLE phase and is compiled at "
		"once; its position in the assembly may differ from GCC's",
		node->dump_asm_name ());
}

/* Symtab removal hooks: GCC removes a node (e.g. an inline clone once its
   body is inlined); the facts log and the replay forget it.  In a thread
   of the GIMPLE phase, the node's callers are checked first
   (pg_ws_check_removal).  */

static void
pg_forget_fn (cgraph_node *n, void *)
{
  if (pg_self)
    pg_ws_check_removal (pg_self, n);
  pg_facts_forget (n);
  pg_replay_forget (n);
}

static void
pg_forget_var (varpool_node *n, void *)
{
  pg_facts_forget (n);
  pg_replay_forget (n);
}

/* Phase 2 for FN, in the thread that runs it: the first half of
   cgraph_node::expand (cgraphunit.cc), stopping before 'expand'.  */

static void
pg_gimple_work (struct pg_fn *fn)
{
  cgraph_node *node = fn->node;
  tree decl = node->decl;
  bool exclusive = fn->exclusive;
  ipa_opt_pass_d *last = NULL;
  unsigned int todo = 0;

  /* A thread other than the main one keeps its scalar evolutions apart
     (patch 0028) while passes run at once; the main thread's table is the
     one the collector sees, and the collector then runs between functions
     or between passes of the running functions (threads.cc), but not
     while a worker's table is live (from scev_initialize to
     scev_finalize).
     Without concurrent passes (concurrent=none)
     every function runs whole under the serial lock and the collector
     runs: a worker's own table, which is no GC root, could be collected
     inside its loop pipeline, so all threads share the main table.  */
  if (pg_self->id != 0 && pg_threaded)
    scev_use_thread_local_table ();

  /* The holder may wait for a collection: a thread waiting here counts
     as stopped for it (threads.cc).  */
  pg_safe_begin (pg_self);
  if (exclusive)
    pthread_rwlock_wrlock (&pg_exclusive_lock);
  else
    pthread_rwlock_rdlock (&pg_exclusive_lock);
  /* So may the holder of a body the prologue copies (threads.cc).  */
  pg_prologue_lock (pg_self, fn);
  pg_safe_end (pg_self);
  /* It runs alone: holding the serial lock for its concurrent passes too
     costs nothing and attributes whatever they create to it (serial.cc,
     pg_pass_serial_reason: its own options may enable more).  */
  pg_self->exclusive = exclusive;
  /* The prologue: body loading and the IPA transforms.  It runs
     concurrently with other prologues, what it changes process-wide in
     GCC's serial sections (serial.cc), when passes run at once and the
     function does not run alone; otherwise under the serial lock, taken
     first: without concurrent passes the GC allocator takes no lock and
     the collector runs (in the lock holder), and pg_uids_fn_start
     allocates the function's UID log from GC memory.  */
  bool locked = exclusive || !pg_prologues_concurrent;
  double w0 = pg_self->wait_s;
  if (locked)
    pg_serial_enter ();
  double p0 = pg_now (), l0 = pg_opts.pass_stats ? pg_locked_so_far (p0) : 0;
  pg_diag_capture_start (fn);
  pg_uids_fn_start (fn);
  pg_replay_fn_start (fn);
  gcc_assert (!node->inlined_to && node->lowered);
  /* What the last pass of the previous function leaves in serial order.  */
  in_gimple_form = false;

  bitmap_obstack_initialize (NULL);
  node->get_untransformed_body ();
  timevar_push (TV_REST_OF_COMPILATION);
  input_location = DECL_SOURCE_LOCATION (decl);
  gcc_assert (DECL_STRUCT_FUNCTION (decl));
  {
    /* init_function_start resets x_rtl, which is process-wide (set_cfun
       takes its own serial section).  */
    auto_serial_section serial;
    push_cfun (DECL_STRUCT_FUNCTION (decl));
    init_function_start (decl);
  }
  gimple_register_cfg_hooks ();
  /* cgraph_node::expand initializes reg_obstack here for the RTL passes;
     the RTL phase's expand () does, and a shared obstack initialized and
     released by several threads would be freed twice.  */
  update_ssa (TODO_update_ssa_only_virtuals);
  if (node->ipa_transforms_to_apply.exists ())
    todo = execute_all_ipa_transforms (false, &last);
  /* The bodies this function inlines are copied: later functions that
     inline the same may start (threads.cc, "prologue order").  */
  pg_prologue_done (fn);
  if (pg_opts.pass_stats)
    pg_prologue_account (p0, l0, pg_self->wait_s - w0);
  /* The cleanup the inline transform asks for, as a pass (serial.cc).  */
  if (last)
    pg_finish_transforms (last, todo);

  double end_t0, end_l0, end_wait;
  pg_run_passes (&end_t0, &end_l0, &end_wait);

  bitmap_obstack_release (NULL);
  ggc_collect ();
  timevar_pop (TV_REST_OF_COMPILATION);
  if (cfun)
    pop_cfun ();
  input_location = UNKNOWN_LOCATION;
  current_function_decl = NULL;
  pg_replay_fn_end (fn);
  pg_uids_fn_end (fn);
  pg_diag_capture_stop ();
  if (pg_opts.pass_stats)
    pg_end_account (end_t0, end_l0, end_wait);
  pg_serial_leave ();
  pg_self->exclusive = false;
  pthread_rwlock_unlock (&pg_exclusive_lock);
}

/* Before threads start (main thread): real.cc computes some constants on
   first use and caches them in place (powers of ten and their inverses,
   the digits, e, 1/3 ... sqrt(2)); a thread could read one half written
   by another (strlen's sprintf checking prints real constants, folders
   use the fractions).  Compute them now: printing the largest value of
   every floating mode and its inverse fills the powers of ten any value
   of those modes needs.  The caches hold what first use would compute,
   so the output does not change.  */

static void
pg_fill_real_caches (void)
{
  machine_mode mode;
  REAL_VALUE_TYPE big, small;
  char buf[128];

  dconst_e_ptr ();
  dconst_third_ptr ();
  dconst_quarter_ptr ();
  dconst_sixth_ptr ();
  dconst_ninth_ptr ();
  dconst_sqrt2_ptr ();
  FOR_EACH_MODE_IN_CLASS (mode, MODE_FLOAT)
    {
      real_maxval (&big, 0, mode);
      real_arithmetic (&small, RDIV_EXPR, &dconst1, &big);
      real_to_decimal (buf, &big, sizeof buf, 0, 1);
      real_to_decimal (buf, &small, sizeof buf, 0, 1);
    }
}

/* Before the GIMPLE phase (main thread): free the dominator trees that
   the IPA passes left on the functions to compile.  Their nodes come from
   the main thread's et-forest pools; a worker thread freeing them would
   put them into its own pools (patch 0015).  The trees are recomputed,
   identically, by the first pass that needs them.  */

static void
pg_free_dominators (vec<pg_fn> *fns)
{
  unsigned i;

  for (i = 0; i < fns->length (); i++)
    {
      function *f = DECL_STRUCT_FUNCTION ((*fns)[i].node->decl);
      if (!(*fns)[i].run || !f || !f->cfg)
	continue;
      if (dom_info_available_p (f, CDI_DOMINATORS))
	free_dominance_info (f, CDI_DOMINATORS);
      if (dom_info_available_p (f, CDI_POST_DOMINATORS))
	free_dominance_info (f, CDI_POST_DOMINATORS);
    }
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
  location_t saved_loc = input_location;
  auto_vec<cgraph_node *> order;
  auto_vec<pg_fn> fns;
  auto_vec<pg_thread> threads;
  cgraph_node_hook_list *hook, *fn_removal;
  varpool_node_hook_list *var_removal;
  pthread_rwlockattr_t rwattr;
  double t0, t1, t2;
  unsigned i;
  int nthreads;

  if (why)
    {
      pg_verbose ("serial fallback: %s", why);
      return 0;
    }
  pg_gate_init ();
  hook = symtab->add_cgraph_insertion_hook (pg_note_new_function, NULL);

  /* 1. Serial pre-phase.  */
  t0 = pg_now ();
  pg_mark_functions_to_output ();
  symtab->state = EXPANSION;
  pg_output_in_order ();
  pg_compute_order (&order);
  fns.safe_grow_cleared (order.length ());
  for (i = 0; i < order.length (); i++)
    {
      fns[i].node = order[i];
      fns[i].index = i;
      fns[i].run = order[i]->process && !order[i]->native_rtl_p ();
      /* Decided here, before any thread runs: other functions' prologues
	 rewrite the clone links of shared clone trees (removing an
	 inline clone, cgraph_node::find_replacement) in serial
	 sections, and a clone materialized by another function's prologue
	 drops its link; at this point each callee that a prologue may
	 materialize is still a clone, so the answer covers them all
	 (ThreadSanitizer, session 14).  */
      fns[i].exclusive = fns[i].run && pg_exclusive_p (order[i]);
    }
  pg_schedule_init (&fns);
  t1 = pg_now ();
  if (pg_opts.stats)
    pg_stats.hwm_start_mb = pg_vm_mb ("VmHWM");
  pg_stats.prephase_s = t1 - t0;

  /* 2. GIMPLE phase.  The collector stays on while no pass runs
     concurrently (a thread then compiles a whole function under the serial
     lock, and collects as GCC would); otherwise it is off while passes
     run, and when a collection is due the threads stop between passes or
     functions and one collects (threads.cc, pg_safepoint,
     pg_collect_barrier).  */
  pg_in_gimple_phase = true;
  int gimple_gc0 = pg_stats.gc_collections;
  double gimple_gc_s0 = pg_stats.gc_s;
  pg_facts_begin (&fns);
  pg_released_begin (&fns);
  pg_replay_begin (&fns);
  fn_removal = symtab->add_cgraph_removal_hook (pg_forget_fn, NULL);
  var_removal = symtab->add_varpool_removal_hook (pg_forget_var, NULL);
  pg_free_dominators (&fns);
  pg_uids_begin (&fns);
  pg_diag_phase_begin ();
  pthread_rwlockattr_init (&rwattr);
  pthread_rwlockattr_setkind_np (&rwattr,
				 PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
  pthread_rwlock_init (&pg_exclusive_lock, &rwattr);
  pthread_rwlockattr_destroy (&rwattr);
  /* With passes running at once, the shared structures the patch series
     guards take their locks, and the collector is off but at the
     collection barrier.  */
  pg_threaded = pg_opts.num_threads > 1 && pg_any_concurrent_pass_p ();
  /* Under make -j, one thread per job slot the compile holds
     (jobserver.cc), the others started as slots free up; the number of
     threads never changes the output.  */
  nthreads = pg_opts.num_threads;
  if (nthreads > 1)
    {
      int got = pg_jobserver_take (nthreads - 1);
      if (pg_jobserver_p ())
	pg_verbose ("make's jobserver gave %d of the %d more job slots "
		    "asked for, so %d of the %d threads run%s", got,
		    nthreads - 1, got + 1, nthreads,
		    pg_threaded && got < nthreads - 1
		    ? "; the others start as slots free up" : "");
      nthreads = got + 1;
    }
  pg_prologues_concurrent = pg_threaded && pg_prologue_listed_p ();
  if (pg_prologues_concurrent && flag_checking)
    {
      /* The inliner's checks walk the callers of other functions.  */
      pg_verbose ("the prologues run under the serial lock: -fchecking "
		  "verifies call-graph nodes that other prologues change");
      pg_prologues_concurrent = false;
    }
  if (pg_prologues_concurrent && in_lto_p)
    {
      pg_verbose ("the prologues run under the serial lock: with LTO "
		  "they read function bodies from the object files");
      pg_prologues_concurrent = false;
    }
  pg_passes_begin ();
  if (pg_threaded)
    {
      /* The target character constants of builtins.cc are filled on
	 first use (folders, sprintf checking); fill them before threads
	 could race to.  */
      init_target_chars ();
      pg_fill_real_caches ();
      /* So is the hot-block threshold, when there is a profile.  */
      if (profile_info)
	get_hot_bb_threshold ();
      ggc_threads_begin ();
      tree_shared_threads_begin ();
      diagnostic_threads_begin ();
      pg_sections_begin ();
    }
  pg_stats.threads = pg_run_threads (&fns, nthreads,
				     pg_threaded ? pg_opts.num_threads
				     : nthreads, pg_gimple_work,
				     pg_threaded, &threads);
  pg_jobserver_give_back ();
  if (pg_threaded)
    {
      pg_sections_end ();
      diagnostic_threads_end ();
      tree_shared_threads_end ();
      ggc_threads_end ();
#ifdef __GLIBC__
      /* The workers have ended.  What their malloc arenas hold free
	 (about 80 MB on gimple-match.cc at -O3 and two threads, with the
	 pool blocks each freed as it ended, patch 0104) no later
	 allocation reuses: the RTL phase allocates in the main thread's
	 arena.  Give it back to the system (docs/DESIGN.md, "Memory").  */
      malloc_trim (0);
      /* Once a thread has existed, glibc locks and unlocks a stream in
	 every stdio call for the rest of the process; the RTL phase writes
	 the assembly with putc and fputs from this thread alone.  On
	 duktape.c callgrind counted 22 million more instructions in putc
	 in the RTL phase after two threads than after one (session 31).  */
      if (asm_out_file)
	__fsetlocking (asm_out_file, FSETLOCKING_BYCALLER);
#endif
    }
  pthread_rwlock_destroy (&pg_exclusive_lock);
  pg_released_end ();
  pg_diag_phase_end ();
  pg_uids_end (&fns);
  for (i = 0; i < fns.length (); i++)
    pg_stats.functions += fns[i].run;
  pg_stats.critical_path_s = pg_critical_path (&fns);
  if (pg_opts.schedule_dump)
    pg_schedule_dump (&fns, pg_opts.schedule_dump);
  pg_facts_rewind ();
  pg_in_gimple_phase = false;
  t2 = pg_now ();
  pg_stats.gimple_wall_s = t2 - t1;
  pg_stats.gimple_collections = pg_stats.gc_collections - gimple_gc0;
  pg_stats.gimple_collect_s = pg_stats.gc_s - gimple_gc_s0;
  if (pg_opts.stats)
    {
      pg_stats.hwm_end_mb = pg_vm_mb ("VmHWM");
      pg_stats.rss_end_mb = pg_vm_mb ("VmRSS");
    }

  /* 3. RTL phase, serial, in the same order.  It starts with every
     function's optimized body alive, where GCC's order holds only what
     is left to compile, and the collector lets the heap grow past what
     its last collection kept by --param ggc-min-expand (100% on a
     machine with 1 GB or more) before collecting again: a peak up to
     twice that live set.  Half of it, unless the user set the parameter:
     on gimple-match.cc at -O3 four collections instead of two (+0.6 s)
     and 190 MB less at the peak (docs/DESIGN.md, "Memory").
     Collections do not change the output.  */
  int gc0 = pg_stats.gc_collections;
  double gc_s0 = pg_stats.gc_s;
  double rtl_c0 = pg_thread_cpu (), rtl_sys0;
  long rtl_flt0;
  pg_thread_usage (&rtl_sys0, &rtl_flt0);
  int saved_min_expand = param_ggc_min_expand;
  if (!OPTION_SET_P (param_ggc_min_expand))
    param_ggc_min_expand /= 2;
  pg_replay_rtl_begin ();
  for (i = 0; i < fns.length (); i++)
    {
      pg_facts_replay (i);
      pg_replay_fn (&fns[i]);
      pg_diag_replay (&fns[i]);
      if (fns[i].node->process)
	{
	  pg_uids_rtl_start (&fns[i]);
	  pg_rtl_phase (fns[i].node);
	}
      fns[i].later.release ();
      for (unsigned j = 0; j < fns[i].later_why.length (); j++)
	free (fns[i].later_why[j]);
      fns[i].later_why.release ();
      fns[i].plater.release ();
      fns[i].plocks.release ();
      fns[i].symbols.release ();
      fns[i].funcdefs.release ();
    }
  pg_uids_rtl_end ();
  symtab->remove_cgraph_removal_hook (fn_removal);
  symtab->remove_varpool_removal_hook (var_removal);
  pg_replay_end ();
  pg_facts_end ();
  param_ggc_min_expand = saved_min_expand;
  pg_stats.rtl_wall_s = pg_now () - t2;
  pg_stats.rtl_collections = pg_stats.gc_collections - gc0;
  pg_stats.rtl_collect_s = pg_stats.gc_s - gc_s0;
  pg_stats.rtl_cpu_s = pg_thread_cpu () - rtl_c0;
  pg_thread_usage (&pg_stats.rtl_sys_s, &pg_stats.rtl_minflt);
  pg_stats.rtl_sys_s -= rtl_sys0;
  pg_stats.rtl_minflt -= rtl_flt0;

  symtab->remove_cgraph_insertion_hook (hook);
  current_pass = saved_pass;
  dump_file = saved_dump_file;
  dump_file_name = saved_dump_file_name;
  dump_flags = saved_dump_flags;
  input_location = saved_loc;
  pg_stats.per_thread = &threads;
  pg_print_stats ();
  pg_stats.per_thread = NULL;
  pg_passes_print (&threads);
  pg_passes_end ();
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
