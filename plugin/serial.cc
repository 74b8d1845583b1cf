/* serial.cc -- the serial lock, the pass-safety table and the pass walk.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   A thread runs a function's GIMPLE phase by walking the top-level passes
   before 'expand' as execute_pass_list does (pg_run_passes).  Before each
   pass it consults the pass-safety table: a pass not proven safe to run
   beside other functions' passes runs under one process-wide serial lock.
   A thread keeps the lock across consecutive serial passes and releases it
   only before a concurrent pass (or at the end of the function), so state
   that lives from one serial pass to the next is never seen by another
   function.  No state of the loop pipeline lives from loop init to loop
   done outside the function: the scalar-evolution cache is per thread
   (patch 0028), the loop structures are the function's.  Everything of
   the GIMPLE phase outside the pass walk (body loading, the IPA
   transforms, cleanup) is serial, except the cleanup that the last IPA
   transform asks for (pg_finish_transforms), which the table treats as
   a pass of that transform's name.

   While a thread holds the lock, the side effects that the serial RTL
   phase puts back into GCC's order are attributed to the function it
   compiles: new symbols (replay.cc) and published facts (facts.cc; a
   concurrent pass's facts are recorded at its thread's next release).
   That is why a pass that creates symbols must stay serial until it gets
   a per-thread mechanism of its own.  A function that runs alone
   (engine.cc, pg_exclusive_p) holds the lock for every pass.  Diagnostics
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
#include "gimple-iterator.h"
#include "tree-pass.h"
#include "context.h"
#include "pass_manager.h"
#include "cgraph.h"
#include "function.h"
#include "dominance.h"
#include "tree-ssa-loop-ivopts.h"
#include "ipa-modref-tree.h"
#include "ipa-modref.h"
#include "stringpool.h"
#include "attribs.h"
#include "diagnostic-core.h"
#include "serial-section.h"
#include <pthread.h>
#include "pargimple.h"

static pthread_mutex_t pg_serial_mutex = PTHREAD_MUTEX_INITIALIZER;

/* Passes proven safe to run beside other functions' passes, by name
   (docs/DESIGN.md, "Pass-safety table": for each, the state it touches,
   the patch that made it per thread or locked, and the ThreadSanitizer
   and differential runs over it).  A name covers every instance of the
   pass.  */
static const char *const pg_concurrent_passes[] = {
  "ccp", "copyprop", "forwprop", "dce", "cddce", "phiopt", "cselim",
  "mergephi", "crited", "backprop",
  "dse", "sink", "uncprop",
  "fre", "pre",
  "dom", "thread", "threadfull", "vrp",
  /* strlen's sprintf checking reads source lines through input.cc's
     file cache for substring locations: under the diagnostic lock since
     patch 0060 (it was out in session 6 for that).  */
  "strlen",
  "reassoc", "walloca",
  "isolate-paths", "ehcleanup",
  "alias", "ch", "resx", "ifcombine", "*strip_predict_hints", "laddress",
  "phiprop", "adjust_alignment", "nrv",
  /* waccess runs on a pass object of each run's own (patch 0064).  */
  "waccess", "switchlower",
  /* The SLP node pool and vect_location per thread (0066), the
     multiplication-algorithm cache per thread (0065); see
     pg_vect_serial_here_p for where it stays serial.  */
  "slp",
  /* The loop pipeline: its groups only gate; scev per thread (0028),
     loops per function.  Unlooping and peeling state (0067), invariant
     motion (0068; the transaction regions it asks for under -fgnu-tm,
     0079), LSM
     temporary names (0069), if-conversion (0070), the vectorizer's
     debug adjustments (0071) per thread; TREE_ADDRESSABLE stored only
     when clear (0072); array and function types built whole under the
     tree lock (0073).  ivopts keeps its own state per thread or under
     the tree lock (0084, 0085); see pg_ivopts_serial_here_p for when it
     stays serial.  */
  "loop", "no_loop", "fix_loops", "loopinit", "loopdone",
  "sccp", "ldist", "pcom", "ch_vect", "*pre_slp_scalar_cleanup",
  "unswitch", "lsplit", "lversion", "unrolljam", "linterchange",
  "ivcanon", "cunroll", "cunrolli", "lim", "ifcvt", "vect", "ivopts",
  /* Session 10: object sizes (tables and offset_limit per thread since
     0052/0063; nothing else shared), complex lowering (0075), sincos
     (0076), strength reduction (0077; its address templates under the
     tree lock, 0078), and stdarg (where it expands va_arg: since
     session 44 the target's one-time notes go through
     diagnostic-once.h, diag.cc, and the aligned variant of
     std_gimplify_va_arg_expr is made under the tree lock, 0129).  */
  "objsz", "cplxlower", "cplxlower0", "sincos", "slsr", "stdarg",
  /* Session 13: execute_fixup_cfg, in both, changes only the function
     and its own call-graph node, whose facts its later users read once
     it has finished; see pg_fixup_cfg_serial_here_p for when they stay
     serial.  */
  "fixup_cfg", "optimized",
  /* Session 13: vector lowering's word-mode type cache (0086), the
     tail-call passes' state (0087),
     widening_mul's and bswap's statistics (0088, 0089), store merging's
     state on a pass object of each run's own (0089), SRA's state (0090)
     per thread; fab, isel and cdce have no state of their own.  */
  "veclower2", "tailr", "tailc", "widening_mul", "store-merging", "bswap",
  "sra", "fab", "isel", "cdce",
  /* Session 14: -Wrestrict's state on a pass object of each run's own
     (patch 0091); EH dispatch lowering changes only the function and
     its EH tables; the return-slot, local pure-const and late modref
     passes change only the function, its own node and summary and the
     facts of its own declaration (facts.cc), with the conditions of
     pg_modref_serial_here_p and pg_pass_serial_reason (retslot's, for
     x86's one-time psABI notes, went in session 44: diag.cc places
     them); what -Wsuggest-attribute= suggests goes
     through sets under the tree lock since patch 0122.
     Session 40: tailr, tailc, local-pure-const, modref and the inline
     cleanup below ask recursive_call_p about calls, whose get_create
     makes the node of a callee that has none (a call a pass of the
     phase made anew: memset from ldist, __builtin_trap, strlen's);
     get_create creates it in a serial section (patches 0105, 0116),
     which takes the lock for that moment and gives the new symbol to
     the thread's function, as a whole hold of the pass did.  They no
     longer hold the lock for the whole pass in such functions.  */
  "wrestrict", "ehdisp", "retslot", "local-pure-const", "modref",
  /* Session 15: the cleanup the inline transform asks for (patch 0092,
     pg_finish_transforms): SSA update, CFG cleanup, unused locals,
     addresses taken, as after any pass, and the guessed profile rebuilt
     (recursive_call_p's node creation as above).  The transform itself is
     part of the prologue ("*prologue" below).  */
  "inline",
  /* Session 20: path splitting (-O3) has no state of its own; it asks
     the tracer's ignore_bb_p, whose per-run state is per thread since
     patch 0102, and duplicates blocks with the per-thread copy tables
     (0023).  */
  "split-paths",
  /* Session 21: removing the function's callee edges and references
     unlinks them from the callees' and referred symbols' shared lists,
     under the tree lock since patch 0103 like every change of those
     lists; the function's own lists are its own.  */
  "*remove_cgraph_callee_edges",
  /* Session 23: not a pass, the prologue (engine.cc): body loading and
     the IPA transforms, the inline transform above all.  Functions that
     share a body are kept in order by the scheduling rule (threads.cc,
     "prologue order"); what the transforms change process-wide runs in
     serial sections (pg_section_enter: registering and removing
     symbols, materializing clones, saving bodies for inline clones, the
     debug information of inlined functions, new runtime types of EH
     regions), or under the tree lock (the call graph's shared lists,
     0103; debug arguments; runtime types of EH regions), or per thread
     (the debug-statement flag of tree-inline.cc).  */
  "*prologue",
  /* Group passes without an execute method or TODO flags, whose gates
     read only options (passes.cc): what runs is their sub-passes, each
     decided by this table.  */
  "*all_optimizations", "*all_optimizations_g",
  /* Session 40: the OpenMP expansion and device lowering that run where
     a function lacks their property, which at -O1 and up means a body
     made after the lowering passes: the wrappers and thunks of IPA ICF
     and the like (session 20 thought them off everywhere; pass-stats
     showed them in 158 of 240 functions of a file with identical
     functions).  The engine falls back to serial under -fopenmp,
     -fopenacc and -ftree-parallelize-loops (options.cc), so no OpenMP
     statement reaches them: ompexpssa only computes its function's
     dominators and finds no region (root_omp_region, process-wide,
     stays null and is only read), then asks for the CFG cleanup and the
     alias rebuild that pre asks for too; ompdevlow reads its own node's
     calls_declare_variant_alt (set only under -fopenmp) and rewrites
     the function's own GOMP internal calls (-fopenmp-simd) with
     constants from the locked integer-constant hash.  */
  "ompexpssa", "ompdevlow",
  /* Session 42: -Wsuggest-attribute=noreturn's pass asks about its own
     function only, through the set under the tree lock (patch 0122).  */
  "*warn_function_noreturn",
  NULL
};

/* Passes outside the table whose gates read only options, the
   function's own properties and its declaration's attributes (audited
   in session 20, GCC 12.2's gates): a thread asks such a gate before
   taking the serial lock, and takes the lock only if the pass is to
   run.  A gate that is off in every function the engine compiles would
   otherwise make a thread wait for the lock, while another thread holds
   it through a prologue, only to learn that: about 0.87 s of the 0.90 s
   that the two threads waited for it in a gimple-match.cc compile at
   two threads (pass-stats).  Two gates have effects, under options
   that keep them out (pg_gate_first_p): graphite's sets flag_graphite
   under the loop options that imply it, tminit's computes dominators
   and initializes an obstack under -fgnu-tm.  (A function whose
   options differ runs alone: engine.cc, pg_exclusive_p.)  */
static const char *const pg_gate_first_passes[] = {
  "aprefetch", "asan", "asan0", "tsan", "tsan0", "sanopt", "sancov",
  "sancov_O0", "hardcbr", "hardcmp", "lower_vaarg", "veclower",
  "oaccdevlow", "oaccloops", "omp_oacc_neuter_broadcast",
  "omptargetlink", "parloops", "post_ipa_warn", "recip",
  "simduid", "switchlower_O0", "tracer", "uninit", "vtable-verify",
  "graphite0", "graphite", "*tminit",
  NULL
};

/* Is NAME in the null-terminated LIST?  */

static bool
pg_name_in_list (const char *name, const char *const *list)
{
  for (; name && *list; list++)
    if (strcmp (name, *list) == 0)
      return true;
  return false;
}

/* May the vectorizer's pattern recognition create symbols in this
   compile?  Its pow pattern (vect_recog_pow_pattern) rewrites pow (C, x)
   into a call of a SIMD clone of exp under -funsafe-math-optimizations
   when exp is declared "omp declare simd" (glibc's math.h does so with
   -ffast-math), and creates exp's call-graph node and clones on first
   use: new symbols, which the engine attributes only to the holder of
   the serial lock (replay.cc).  Functions with options of their own run
   alone and hold the lock for every pass (engine.cc), so the
   translation unit's options decide; pg_vect_serial_here_p says in
   which functions.  */

static bool
pg_vect_creates_symbols_p (void)
{
  static const enum built_in_function exps[]
    = { BUILT_IN_EXP, BUILT_IN_EXPF, BUILT_IN_EXPL };
  unsigned i;

  if (!flag_unsafe_math_optimizations)
    return false;
  for (i = 0; i < ARRAY_SIZE (exps); i++)
    {
      tree decl = builtin_decl_implicit (exps[i]);
      if (decl && lookup_attribute ("omp declare simd",
				    DECL_ATTRIBUTES (decl)))
	return true;
    }
  return false;
}

/* Why a pass of the table must still run under the serial lock in this
   compile, or NULL.  Options of the translation unit decide: functions
   with options of their own run alone and hold the lock for every pass
   (engine.cc).  */

static const char *
pg_pass_serial_reason (opt_pass *pass)
{
  /* Asked once, before the GIMPLE phase (patch 0123).  Until session 42
     the plugin asked whether some function had a summary, which is also
     false when the table exists but the IPA pass dropped every summary
     as useless (fastmath-pow-simd.c at -Ofast).  */
  if (strcmp (pass->name, "modref") == 0 && !modref_summaries_exist_p ())
    return "the IPA modref pass left no table of summaries, so the "
	   "first run of the local pass would create it and register its "
	   "call-graph hooks";
  return NULL;
}

/* ivopts, concurrent in general, still runs under the serial lock until
   its first-use costs are computed (patch 0085): computing them expands
   RTL into crtl's process-wide sequence, which other functions' serial
   prologues reset (init_function_start), and changes the function's
   call-graph frequency for a while.  The first function that needs them
   computes them, under the lock, once: the first in time, where GCC's is
   the first in expansion order; the temporary variable it numbers then
   is given to GCC's first in the RTL phase (uids.cc, patch 0133).  */

static bool
pg_ivopts_serial_here_p (function *)
{
  return !ivopts_costs_initialized_p ();
}

/* fixup_cfg and optimized (execute_fixup_cfg), concurrent in general,
   still run under the serial lock in a function not inlined into yet
   (none in the GIMPLE phase after the inline transform): there a block
   that ends without a successor gets a __builtin_unreachable call with
   a new call-graph edge, which links into the callee's list of callers,
   shared with every other caller.  */

static bool
pg_fixup_cfg_serial_here_p (function *fun)
{
  return !fun->after_inlining;
}

/* Does FUN have a call for which PRED (CALL) holds?  */

static bool
pg_some_call_p (function *fun, bool (*pred) (gcall *))
{
  basic_block bb;

  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi));
	if (call && pred (call))
	  return true;
      }
  return false;
}

/* Is CALL a call of the built-in pow or exp (any precision)?  */

static bool
pg_call_pow_exp_p (gcall *call)
{
  tree fndecl = gimple_call_fndecl (call);

  if (!fndecl || !fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    return false;
  switch (DECL_FUNCTION_CODE (fndecl))
    {
    case BUILT_IN_POW: case BUILT_IN_POWF: case BUILT_IN_POWL:
    case BUILT_IN_EXP: case BUILT_IN_EXPF: case BUILT_IN_EXPL:
      return true;
    default:
      return false;
    }
}

/* vect and slp, concurrent in general, still run under the serial lock,
   in a compile where the pow pattern may create symbols
   (pg_vect_creates_symbols_p), in a function FUN that calls pow or exp.
   The pattern looks only at the built-in pow's calls in the function's
   body as the pass finds it, and creates exp's node and SIMD clones
   there; the vectorizer reads exp's clones (vectorizable_simd_clone_call)
   only at calls of exp.  A function with neither call neither creates
   nor reads them.  Until session 42 the two passes were serial in every
   function of such a compile.  */

static bool
pg_vect_serial_here_p (function *fun)
{
  return pg_some_call_p (fun, pg_call_pow_exp_p);
}

/* modref, concurrent in general, still runs under the serial lock in a
   function FUN whose call-graph node has no summary id yet: creating its
   summary would take one from the ids the call graph recycles, outside
   any serial section.  */

static bool
pg_modref_serial_here_p (function *fun)
{
  cgraph_node *node = cgraph_node::get (fun->decl);

  return !node || node->get_summary_id () == -1;
}

/* Is NAME in the concurrent= list, or in the table if there is none?  */

static bool
pg_name_listed_p (const char *name)
{
  if (pg_opts.concurrent)
    {
      /* -fplugin-arg-pargimple-concurrent=P1,P2,... (testing).  */
      size_t len = strlen (name);
      const char *p = pg_opts.concurrent;
      while (p)
	{
	  if (strncmp (p, name, len) == 0
	      && (p[len] == ',' || p[len] == '\0'))
	    return true;
	  p = strchr (p, ',');
	  if (p)
	    p++;
	}
      return false;
    }
  return pg_name_in_list (name, pg_concurrent_passes);
}

/* Is PASS in the concurrent= list, or in the table if there is none?  */

static bool
pg_pass_listed_p (opt_pass *pass)
{
  return pg_name_listed_p (pass->name);
}

/* May the functions' prologues run concurrently (but for their serial
   sections) when passes do?  The table's pseudo-pass "*prologue".  */

bool
pg_prologue_listed_p (void)
{
  return pg_name_listed_p ("*prologue");
}

/* May PASS run concurrently in this compile?  */

static bool
pg_pass_concurrent_p (opt_pass *pass)
{
  static const char *said[8];
  const char *why;
  unsigned i;

  if (!pass->name || !pg_pass_listed_p (pass))
    return false;
  why = pg_pass_serial_reason (pass);
  if (!why)
    return true;
  /* Say it once per name: instances share it.  */
  for (i = 0; i < ARRAY_SIZE (said) && said[i]; i++)
    if (strcmp (said[i], pass->name) == 0)
      break;
  if (i < ARRAY_SIZE (said) && !said[i])
    {
      said[i] = pass->name;
      pg_verbose ("pass %s runs under the serial lock: %s", pass->name, why);
    }
  return false;
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

/* The passes of the GIMPLE phase, numbered by the main thread before the
   phase and read-only while it runs, sorted by address: what the table
   says about each is computed once, not for every function.  */

struct pg_pass_info
{
  opt_pass *pass;
  bool concurrent;		/* May run concurrently
				   (pg_pass_concurrent_p).  */
  bool (*serial_here) (function *);	/* If concurrent, whether it
					   still needs the lock in a
					   function, or null.  */
  bool gate_first;		/* If not, its gate is asked without the
				   lock (pg_gate_first_passes).  */
};

static auto_vec<pg_pass_info> pg_passes;

/* May PASS, not in the table, ask its gate before the lock?  */

static bool
pg_gate_first_p (opt_pass *pass)
{
  if (!pg_name_in_list (pass->name, pg_gate_first_passes)
      /* Unless -fenable-PASS or another plugin may turn a gate on
	 (execute_one_pass asks them after the gate).  */
      || pg_gates_overridable_p ())
    return false;
  if (strncmp (pass->name, "graphite", 8) == 0)
    return !(flag_graphite_identity || flag_loop_parallelize_all
	     || flag_loop_nest_optimize);
  if (strcmp (pass->name, "*tminit") == 0)
    return !flag_tm;
  return true;
}

static void
pg_add_pass (opt_pass *pass)
{
  pg_pass_info info = { pass, pg_pass_concurrent_p (pass), NULL, false };

  if (info.concurrent && strcmp (pass->name, "ivopts") == 0)
    info.serial_here = pg_ivopts_serial_here_p;
  if (info.concurrent && (strcmp (pass->name, "fixup_cfg") == 0
			  || strcmp (pass->name, "optimized") == 0))
    info.serial_here = pg_fixup_cfg_serial_here_p;
  if (info.concurrent && strcmp (pass->name, "modref") == 0)
    info.serial_here = pg_modref_serial_here_p;
  if (info.concurrent && (strcmp (pass->name, "vect") == 0
			  || strcmp (pass->name, "slp") == 0)
      && pg_vect_creates_symbols_p ())
    info.serial_here = pg_vect_serial_here_p;
  info.gate_first = !info.concurrent && pg_gate_first_p (pass);
  pg_passes.safe_push (info);
  if (pass->type == IPA_PASS)
    return;
  for (pass = pass->sub; pass; pass = pass->next)
    pg_add_pass (pass);
}

static int
pg_pass_info_cmp (const void *a, const void *b)
{
  uintptr_t x = (uintptr_t) ((const pg_pass_info *) a)->pass;
  uintptr_t y = (uintptr_t) ((const pg_pass_info *) b)->pass;

  return x < y ? -1 : x > y;
}

void
pg_passes_begin (void)
{
  opt_pass *pass;
  unsigned i;

  pg_passes.truncate (0);
  for (i = 0; i < pg_expand_index (); i++)
    pg_add_pass (pg_top_pass (i));
  /* The IPA passes with a function transform: the cleanup that the last
     of a function's transforms asks for is finished in the GIMPLE phase
     (pg_finish_transforms).  */
  for (pass = g->get_passes ()->all_regular_ipa_passes; pass;
       pass = pass->next)
    if (pass->type == IPA_PASS
	&& ((ipa_opt_pass_d *) pass)->function_transform)
      pg_add_pass (pass);
  pg_passes.qsort (pg_pass_info_cmp);
}

void
pg_passes_end (void)
{
  pg_passes.release ();
}

/* The entry of PASS; every pass that pg_run_passes walks has one.  */

static unsigned
pg_pass_index (opt_pass *pass)
{
  unsigned lo = 0, hi = pg_passes.length ();

  while (lo < hi)
    {
      unsigned mid = (lo + hi) / 2;
      if ((uintptr_t) pg_passes[mid].pass < (uintptr_t) pass)
	lo = mid + 1;
      else
	hi = mid;
    }
  gcc_assert (lo < pg_passes.length () && pg_passes[lo].pass == pass);
  return lo;
}

/* -fplugin-arg-pargimple-pass-stats: for each pass name (instances
   summed), over all threads, the time its executions took (without its
   sub-passes), the part of it under the serial lock, and the time its
   thread waited for the lock before it (a pass that takes the lock
   waits while another thread holds it, in a serial pass or section),
   longest first; before them, the same for the functions' prologues
   (their serial sections) and for their ends (the lock taken outside
   the passes).
   The names are the ones the table and concurrent= use.  */

void
pg_passes_print (vec<pg_thread> *threads)
{
  unsigned n = pg_passes.length (), i, j, k;
  auto_vec<unsigned> by_name;
  double *sum;

  if (!pg_opts.pass_stats)
    return;
  sum = XCNEWVEC (double, PG_PASS_STATS * (n + 2));
  /* SUM[5I] time, [5I+1] locked time, [5I+2] executions, [5I+3] time
     waiting for the lock, [5I+4] executions under the lock of the
     passes named like pass I, accumulated on the first pass of that
     name.  */
  for (i = 0; i < n; i++)
    {
      for (j = 0; j < by_name.length (); j++)
	if (pg_passes[by_name[j]].pass->name && pg_passes[i].pass->name
	    && !strcmp (pg_passes[by_name[j]].pass->name,
			pg_passes[i].pass->name))
	  break;
      if (j == by_name.length ())
	by_name.safe_push (i);
      k = by_name[j];
      for (j = 0; j < threads->length (); j++)
	if ((*threads)[j].pass_s)
	  for (unsigned f = 0; f < PG_PASS_STATS; f++)
	    sum[PG_PASS_STATS * k + f]
	      += (*threads)[j].pass_s[PG_PASS_STATS * i + f];
    }
  /* The functions' prologues and ends first: the lock taken outside the
     passes.  */
  for (i = n; i < n + 2; i++)
    {
      double *v = &sum[PG_PASS_STATS * i];
      for (j = 0; j < threads->length (); j++)
	if ((*threads)[j].pass_s)
	  for (unsigned f = 0; f < PG_PASS_STATS; f++)
	    v[f] += (*threads)[j].pass_s[PG_PASS_STATS * i + f];
      if (v[2])
	fprintf (stderr, "pargimple: %s runs=%.0f time_s=%.3f "
		 "locked_s=%.3f lock_wait_s=%.3f\n",
		 i == n ? "prologue" : "end", v[2], v[0], v[1], v[3]);
    }
  /* Longest first (a selection sort: a few hundred names, once).  */
  for (i = 0; i < by_name.length (); i++)
    {
      for (k = i, j = i + 1; j < by_name.length (); j++)
	if (sum[PG_PASS_STATS * by_name[j]] > sum[PG_PASS_STATS * by_name[k]])
	  k = j;
      std::swap (by_name[i], by_name[k]);
      double *v = &sum[PG_PASS_STATS * by_name[i]];
      k = by_name[i];
      /* A pass whose gate never let it run is shown if its thread
	 waited for the lock to ask the gate.  */
      if (v[2] == 0 && v[3] == 0)
	continue;
      fprintf (stderr, "pargimple: pass %s runs=%.0f time_s=%.3f "
	       "locked_s=%.3f lock_wait_s=%.3f locked_runs=%.0f%s\n",
	       pg_passes[k].pass->name ? pg_passes[k].pass->name : "(unnamed)",
	       v[2], v[0], v[1], v[3], v[4],
	       pg_passes[k].concurrent ? " concurrent" : "");
    }
  free (sum);
  for (j = 0; j < threads->length (); j++)
    {
      free ((*threads)[j].pass_s);
      (*threads)[j].pass_s = NULL;
    }
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

/* Release the serial lock, which the calling thread holds, attributing
   the symbols and function numbers created meanwhile to its function,
   and its changed facts too if FACTS.  */

static void
pg_serial_release (bool facts)
{
  struct pg_thread *self = pg_self;

  pg_replay_hold_end (self->fn);
  if (facts)
    pg_facts_record (self->fn->index);
  self->locked_s += pg_now () - self->lock_since;
  self->holds_lock = false;
  pthread_mutex_unlock (&pg_serial_mutex);
}

/* Release the serial lock if the calling thread holds it.  */

void
pg_serial_leave (void)
{
  if (pg_self->holds_lock)
    pg_serial_release (true);
}

/* Serial sections (serial-section.h, from the patch series): GCC code
   that changes process-wide state while prologues run at once takes the
   serial lock for that part only, unless its thread holds it already:
   registering or removing a symbol, materializing a clone, saving a body
   for inline clones, the debug information of an inlined function, a
   new runtime type of an EH region.  What it creates is attributed to
   the thread's function as for any hold (replay.cc).  The facts are
   recorded at the thread's next full release (pg_serial_leave), as
   facts.cc allows: sections are many (one per inlined call) and change
   none.  A thread waiting to enter a section is not stopped for the
   collector (threads.cc), and no holder waits for a collection.  */

static bool
pg_section_enter (void)
{
  struct pg_thread *self = pg_self;

  if (!self || !self->fn || self->holds_lock)
    return false;
  pg_serial_enter ();
  return true;
}

static void
pg_section_leave (void)
{
  pg_serial_release (false);
}

/* Threads run passes at once: GCC's serial sections take the lock.  */

void
pg_sections_begin (void)
{
  serial_section_enter_hook = pg_section_enter;
  serial_section_leave_hook = pg_section_leave;
}

/* The threads have ended.  */

void
pg_sections_end (void)
{
  serial_section_enter_hook = NULL;
  serial_section_leave_hook = NULL;
}

/* The calling thread's time under the serial lock at NOW (pg_now), the
   current hold included (pass-stats).  */

double
pg_locked_so_far (double now)
{
  struct pg_thread *self = pg_self;

  return self->locked_s + (self->holds_lock ? now - self->lock_since : 0);
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

/* Before PASS runs in cfun: release the serial lock if the table lets
   it run concurrently here (its condition for cfun, serial_here, if it
   has one, does not hold), take it otherwise.  A thread without the lock
   does not take it for a pass whose gate, asked first, is off here
   (gate_first): execute_one_pass then only asks the gate again.
   Returns its entry.  */

static struct pg_pass_info *
pg_pass_start (opt_pass *pass)
{
  struct pg_pass_info *info = &pg_passes[pg_pass_index (pass)];

  if (info->concurrent && !pg_self->exclusive
      && !(info->serial_here && info->serial_here (cfun)))
    pg_serial_leave ();
  else if (info->gate_first && !pg_self->holds_lock && !pass->gate (cfun))
    ;
  else
    pg_serial_enter ();
  return info;
}

/* pass-stats: slot I (a pass of serial.cc's numbering, or after them
   the prologue and the end of a function), started at T0 with L0 seconds
   of the thread under the serial lock (pg_locked_so_far), after waiting
   WAIT seconds for the lock, ran if RUN, then holding the lock if
   LOCKED_RUN.  */

static void
pg_stats_add (unsigned i, double t0, double l0, double wait, bool run,
	      bool locked_run)
{
  struct pg_thread *self = pg_self;
  double now = pg_now (), *s = self->pass_s, dt = now - t0;
  /* A slot whole under the lock shows locked_s equal to time_s.  */
  double locked = pg_locked_so_far (now) - l0;

  if (!s)
    s = self->pass_s = XCNEWVEC (double,
				 PG_PASS_STATS * (pg_passes.length () + 2));
  s += PG_PASS_STATS * i;
  s[0] += dt;
  s[1] += locked;
  s[2] += run;
  s[3] += wait;
  s[4] += run && locked_run;
}

/* pass-stats: INFO's pass, started at T0 and L0 (pg_stats_add), after
   waiting WAIT seconds for the serial lock, ran if RUN, holding the lock
   if LOCKED_RUN.  */

static void
pg_pass_account (struct pg_pass_info *info, double t0, double l0,
		 double wait, bool run, bool locked_run)
{
  pg_stats_add (info - pg_passes.address (), t0, l0, wait, run, locked_run);
}

/* pass-stats: a function's prologue (engine.cc: body loading and the
   IPA transforms, under the serial lock or in serial sections), started
   at T0 and L0 (pg_stats_add); WAIT is what it waited for the lock.  */

void
pg_prologue_account (double t0, double l0, double wait)
{
  pg_stats_add (pg_passes.length (), t0, l0, wait, true, false);
}

/* pass-stats: a function's end (pg_run_passes and engine.cc: under the
   lock again after its passes), started at T0 and L0; WAIT is what its
   thread waited for the lock outside the passes.  */

void
pg_end_account (double t0, double l0, double wait)
{
  pg_stats_add (pg_passes.length () + 1, t0, l0, wait, true, true);
}

/* Finish cfun's IPA transforms (engine.cc, the prologue): LAST, the last
   transform, left the cleanup TODO to do (patch 0092), which works on
   cfun alone as a pass's cleanup does and so runs as a pass of LAST's
   name would.  */

void
pg_finish_transforms (ipa_opt_pass_d *last, unsigned int todo)
{
  double w0 = pg_self->wait_s;
  struct pg_pass_info *info
    = pg_pass_start (last);
  double t0 = pg_opts.pass_stats ? pg_now () : 0;
  double l0 = pg_opts.pass_stats ? pg_locked_so_far (t0) : 0;
  bool locked = pg_self->holds_lock;

  finish_ipa_transform (last, todo, false);
  if (pg_opts.pass_stats)
    pg_pass_account (info, t0, l0, pg_self->wait_s - w0, true, locked);
}

/* Run PASS (and its sub-passes if its gate lets it run), under the serial
   lock unless the table lists it.  */

static void
pg_run_pass (opt_pass *pass)
{
  struct pg_thread *self = pg_self;
  double w0 = self->wait_s;
  struct pg_pass_info *info = pg_pass_start (pass);
  double t0 = pg_opts.pass_stats ? pg_now () : 0;
  double l0 = pg_opts.pass_stats ? pg_locked_so_far (t0) : 0;
  bool locked = self->holds_lock;
  bool run;

  run = execute_one_pass (pass);
  if (pg_opts.pass_stats)
    pg_pass_account (info, t0, l0, self->wait_s - w0, run, locked);
  if (run)
    pg_safepoint (self, pass);
  if (run && pass->sub)
    pg_walk (pass->sub);
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
   before 'expand', then what execute_pass_list does at the end.  The
   lock is taken again after the passes, until the end of the function
   (engine.cc); *T0 receives when, *L0 the thread's time under the lock
   then (pg_locked_so_far), and *WAIT the time waited for it
   (pass-stats).  */

void
pg_run_passes (double *t0, double *l0, double *wait)
{
  function *fn = cfun;
  double w0;
  unsigned i;

  /* Each pass takes or releases the lock as it needs (pg_pass_start).  */
  for (i = 0; i < pg_expand_index () && cfun; i++)
    pg_run_pass (pg_top_pass (i));
  w0 = pg_self->wait_s;
  pg_serial_enter ();
  *wait = pg_self->wait_s - w0;
  *t0 = pg_now ();
  *l0 = pg_locked_so_far (*t0);
  if (cfun && fn->cfg)
    {
      free_dominance_info (CDI_DOMINATORS);
      free_dominance_info (CDI_POST_DOMINATORS);
    }
}
