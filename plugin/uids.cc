/* uids.cc -- DECL_UIDs and TYPE_UIDs: one range per function.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   make_node and copy_node number new declarations and types from global
   counters (DECL_UID, the negative UIDs of DEBUG_EXPR_DECLs, TYPE_UID).
   Several passes order or hash by UID, so the numbers a function gets
   must not depend on what other threads create meanwhile.  The patch
   series lets a thread take UIDs from counters of its own
   (tree_uid_counters_redirect); the engine gives each function, for its
   whole GIMPLE phase, a range of its own, laid out in expansion order:

     function i's DECL_UIDs      start at D0 + i * SD   (upwards)
     function i's debug UIDs     start at G0 - i * SG   (downwards)
     function i's TYPE_UIDs      start at T0 + i * ST   (upwards)

   where D0, G0, T0 are the global counters when the phase starts and the
   strides split what is left of each counter's range among the functions
   (with one spare stride at the end).  So a function's UIDs are the same
   at every thread count, and UIDs compare across functions as they do
   in the serial compiler's GIMPLE phase: every function's are above
   (debug: below) everything created before the phase, and function i's
   are above function j's for j < i.  The values themselves differ from
   GCC's; no UID is printed in the assembly.  After the phase the global
   counters continue past the highest (lowest) UID used, so that the RTL
   phase numbers after all of them.

   A type is shared: when two unrelated functions would both create the
   same type (e.g. a vector type), the one that runs first creates it and
   numbers it from its own range.  See docs/DESIGN.md, "UIDs".

   The values matter to var-tracking, whose tables are hashed by
   DECL_UID: with -g, the order in which it visits a function's variables
   picks one of several equivalent locations.  So the RTL phase gives the
   declarations a function's GIMPLE phase numbered (variables, parameters,
   results, labels and debug temporaries, logged by the patch series as
   they were numbered) the UIDs GCC gives them in its serial order: the
   serial counters continue from where the GIMPLE phase started, each
   function's declarations are moved by the same offset to where the
   counters are when its RTL starts, and its RTL passes number on from
   there (pg_uids_rtl_start).  Types, functions and static or external
   variables keep their GIMPLE-phase UIDs.

   One declaration is numbered once per compilation, in the first
   function that needs it: ivopts' temporary variable for its first-use
   costs (force_expr_to_var_cost).  GCC's first is the first in its
   order; the engine's, the first in time.  The hook of the patch series
   notes each function's first need and where its numbering stood then
   (pg_uids_ivopts_use); the RTL phase then gives the number to GCC's
   first (its later declarations move up by one, and so does its
   temporary-name count, replay.cc) and takes it from the function that
   computed the costs (its later ones move down by one).

   Debugging hints: a function that exhausts its range stops the
   compilation with an error naming it (that would need more functions'
   worth of UIDs than a counter has).  testsuite/pargimple.plugin's
   uid-probe.cc prints the counters at every 'expand': compare its output
   with and without the plugin to find where the numbering departs.  */

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "tree.h"
#include "cgraph.h"
#include "function.h"
#include "tree-dfa.h"
#include "tree-ssa-loop-ivopts.h"
#include "ggc.h"
#include "gtype-desc.h"
#include "diagnostic-core.h"
#include "pargimple.h"

static struct tree_uid_counters pg_uid_start;
static struct tree_uid_counters pg_uid_stride;
static unsigned pg_uid_nfns;
/* The counters past every UID the GIMPLE phase used.  */
static struct tree_uid_counters pg_uid_past;
/* The functions, while their logs of declarations live; whether the RTL
   phase still renumbers.  */
static vec<pg_fn> *pg_uid_fns;
static bool pg_uid_renumbering;

/* The collector marks the logs (they hold declarations that may become
   garbage before their function's RTL phase).  */

static void
pg_uids_mark (void *p)
{
  vec<pg_fn> *fns = (vec<pg_fn> *) p;
  unsigned i;

  if (!fns)
    return;
  for (i = 0; i < fns->length (); i++)
    if ((*fns)[i].uids.decls)
      gt_ggc_mx_vec_tree_va_gc_ ((*fns)[i].uids.decls);
}

static const struct ggc_root_tab pg_uids_roots[] = {
  { &pg_uid_fns, 1, sizeof (pg_uid_fns), pg_uids_mark, NULL },
  LAST_GGC_ROOT_TAB
};

/* Plugin initialization: register the logs' root.  */

void
pg_uids_init (const char *plugin_name)
{
  register_callback (plugin_name, PLUGIN_REGISTER_GGC_ROOTS, NULL,
		     (void *) pg_uids_roots);
}

static bool pg_uids_renumber_p (tree);

/* ivopts is about to use its first-use costs in the calling thread's
   function, and to COMPUTE them first: note the function's first need,
   and where its DECL_UID and temporary-name counters stand (the
   temporary variable takes their next numbers when it computes).  A
   function can only compute them at its first need: once computed they
   stay.  */

static void
pg_uids_ivopts_use (bool compute)
{
  struct pg_fn *fn = pg_self ? pg_self->fn : NULL;

  if (!fn || fn->iv_needed)
    return;
  fn->iv_needed = true;
  fn->iv_computed = compute;
  fn->iv_decl_uid = fn->uids.decl_uid;
  fn->iv_tmp = fn->tmp_counter;
}

/* The GIMPLE phase of NFNS functions starts (main thread).  */

void
pg_uids_begin (vec<pg_fn> *fns)
{
  unsigned nfns = fns->length ();

  tree_uid_counters_get (&pg_uid_start);
  pg_uid_fns = fns;
  pg_uid_nfns = nfns;
  pg_uid_stride.decl_uid = (INT_MAX - pg_uid_start.decl_uid) / (nfns + 2);
  pg_uid_stride.debug_decl_uid
    = (int) (((long long) pg_uid_start.debug_decl_uid - INT_MIN)
	     / (nfns + 2));
  pg_uid_stride.type_uid = (UINT_MAX - pg_uid_start.type_uid) / (nfns + 2);
  ivopts_costs_use_hook = pg_uids_ivopts_use;
}

/* Where function number I's ranges start.  */

static void
pg_uids_base (unsigned i, struct tree_uid_counters *c)
{
  c->decl_uid = pg_uid_start.decl_uid + (int) i * pg_uid_stride.decl_uid;
  c->debug_decl_uid
    = pg_uid_start.debug_decl_uid - (int) i * pg_uid_stride.debug_decl_uid;
  c->type_uid = pg_uid_start.type_uid + i * pg_uid_stride.type_uid;
}

/* FN's GIMPLE phase starts in the calling thread.  */

void
pg_uids_fn_start (struct pg_fn *fn)
{
  pg_uids_base (fn->index, &fn->uids);
  vec_alloc (fn->uids.decls, 16);
  tree_uid_counters_redirect (&fn->uids);
}

/* FN's GIMPLE phase is over in the calling thread.  */

void
pg_uids_fn_end (struct pg_fn *fn)
{
  struct tree_uid_counters base;

  tree_uid_counters_redirect (NULL);
  pg_uids_base (fn->index, &base);
  if (fn->uids.decl_uid - base.decl_uid > pg_uid_stride.decl_uid
      || base.debug_decl_uid - fn->uids.debug_decl_uid
	 > pg_uid_stride.debug_decl_uid
      || fn->uids.type_uid - base.type_uid > pg_uid_stride.type_uid)
    fatal_error (DECL_SOURCE_LOCATION (fn->node->decl),
		 "pargimple: %qs created more declarations or types than "
		 "its share of UIDs (%u functions); compile without "
		 "%<-fplugin=pargimple%>", fn->node->dump_asm_name (),
		 pg_uid_nfns);
}

/* The GIMPLE phase of FNS is over (main thread).  New types are numbered
   past every TYPE_UID the functions used; declarations from where the
   phase started (pg_uids_rtl_start).  */

void
pg_uids_end (vec<pg_fn> *fns)
{
  struct tree_uid_counters c = pg_uid_start;
  struct pg_fn *first = NULL, *computed = NULL;
  unsigned i;

  /* GCC computes ivopts' first-use costs in the first function in its
     order that needs them; the engine did in COMPUTED, if in the phase.  */
  ivopts_costs_use_hook = NULL;
  for (i = 0; i < fns->length (); i++)
    if ((*fns)[i].run && (*fns)[i].iv_needed)
      {
	if (!first)
	  first = &(*fns)[i];
	if ((*fns)[i].iv_computed)
	  computed = &(*fns)[i];
      }
  /* GCC's first moves its declarations past the temporary variable up
     by one.  The first function of the order keeps its GIMPLE-phase
     numbers in the RTL phase, where one up could meet a declaration that
     is not renumbered (a static variable it made later): then leave the
     numbers as they are.  */
  if (first && computed && first != computed && first->index == 0)
    {
      tree t;
      FOR_EACH_VEC_SAFE_ELT (first->uids.decls, i, t)
	if (!pg_uids_renumber_p (t)
	    && (int) DECL_UID (t) >= first->iv_decl_uid)
	  {
	    pg_verbose ("ivopts' first-use costs: computed in %s; %s keeps "
			"its numbers", computed->node->dump_asm_name (),
			first->node->dump_asm_name ());
	    first = computed;
	    break;
	  }
    }
  if (first && computed && first != computed)
    {
      first->iv_shift = 1;
      computed->iv_shift = -1;
      pg_verbose ("ivopts' first-use costs: computed in %s, numbered in %s "
		  "as GCC does", computed->node->dump_asm_name (),
		  first->node->dump_asm_name ());
    }

  for (i = 0; i < fns->length (); i++)
    if ((*fns)[i].run)
      {
	struct tree_uid_counters &u = (*fns)[i].uids;
	c.decl_uid = MAX (c.decl_uid, u.decl_uid);
	c.debug_decl_uid = MIN (c.debug_decl_uid, u.debug_decl_uid);
	c.type_uid = MAX (c.type_uid, u.type_uid);
      }
  c.decls = NULL;
  pg_uid_past = c;
  c.decl_uid = pg_uid_start.decl_uid;
  c.debug_decl_uid = pg_uid_start.debug_decl_uid;
  tree_uid_counters_set (&c);
  pg_uid_renumbering = true;
}

/* Whether the RTL phase renumbers T, a declaration numbered in a
   function's GIMPLE phase: every one but those that other functions may
   have seen by UID already (functions, types, constants and static or
   external variables, which the debug info of an earlier function may
   have recorded).  */

static bool
pg_uids_renumber_p (tree t)
{
  switch (TREE_CODE (t))
    {
    case DEBUG_EXPR_DECL:
    case PARM_DECL:
    case RESULT_DECL:
    case LABEL_DECL:
      return true;
    case VAR_DECL:
      return !TREE_STATIC (t) && !DECL_EXTERNAL (t);
    default:
      return false;
    }
}

/* FN's RTL phase starts (main thread): its declarations move to the UIDs
   the serial compiler gives them, and the counters continue after them.
   If the serial numbers come close to a range that is still in use (a
   unit with very many declarations per function), the rest of the phase
   keeps the GIMPLE-phase numbers instead: the numbers stay unique and in
   order, only their values differ from GCC's.  */

void
pg_uids_rtl_start (struct pg_fn *fn)
{
  struct tree_uid_counters cur, base;
  vec<tree, va_gc> *decls = fn->uids.decls;
  vec<tree, va_gc> *own = NULL, *moved = NULL;
  hash_set<tree> fns_touched;
  int used, dused;
  unsigned i;
  tree t;

  fn->uids.decls = NULL;
  if (!pg_uid_renumbering || !fn->run)
    return;
  tree_uid_counters_get (&cur);
  pg_uids_base (fn->index, &base);
  used = fn->uids.decl_uid - base.decl_uid + fn->iv_shift;
  dused = base.debug_decl_uid - fn->uids.debug_decl_uid;
  /* The RTL passes number from the new end on; they must not reach the
     old UIDs of this function's declarations, which points-to sets still
     hold, or a later function's range.  Unless nothing moves (the first
     function), leave half a stride.  */
  if ((cur.decl_uid != base.decl_uid
       && ((long long) cur.decl_uid + used + pg_uid_stride.decl_uid / 2
	   > base.decl_uid))
      || (cur.debug_decl_uid != base.debug_decl_uid
	  && ((long long) cur.debug_decl_uid - dused
	      - pg_uid_stride.debug_decl_uid / 2 < base.debug_decl_uid)))
    {
      pg_verbose ("UIDs: %s and later functions keep their GIMPLE-phase "
		  "numbers", fn->node->dump_asm_name ());
      pg_uid_renumbering = false;
      tree_uid_counters_set (&pg_uid_past);
      return;
    }
  FOR_EACH_VEC_SAFE_ELT (decls, i, t)
    if (pg_uids_renumber_p (t))
      {
	/* Past ivopts' temporary variable: one more or less before it in
	   GCC's numbering (it takes IV_DECL_UID where it is made).  */
	if (fn->iv_shift
	    && TREE_CODE (t) != DEBUG_EXPR_DECL
	    && (int) DECL_UID (t) >= fn->iv_decl_uid + (fn->iv_shift < 0))
	  vec_safe_push (moved, t);
	else
	  vec_safe_push (own, t);
	/* A parameter or local of another function (a clone whose body
	   this function's prologue materialized) is in that function's
	   table of default definitions.  */
	if (DECL_CONTEXT (t)
	    && TREE_CODE (DECL_CONTEXT (t)) == FUNCTION_DECL)
	  fns_touched.add (DECL_CONTEXT (t));
      }
  renumber_decl_uids (own, cur.decl_uid - base.decl_uid,
		      cur.debug_decl_uid - base.debug_decl_uid);
  renumber_decl_uids (moved, cur.decl_uid - base.decl_uid + fn->iv_shift,
		      cur.debug_decl_uid - base.debug_decl_uid);
  fns_touched.add (fn->node->decl);
  for (hash_set<tree>::iterator it = fns_touched.begin ();
       it != fns_touched.end (); ++it)
    if (DECL_STRUCT_FUNCTION (*it))
      rehash_ssa_default_defs (DECL_STRUCT_FUNCTION (*it));
  vec_free (own);
  vec_free (moved);
  vec_free (decls);
  cur.decl_uid += used;
  cur.debug_decl_uid -= dused;
  tree_uid_counters_set (&cur);
}

/* The RTL phase is over: the logs are gone.  */

void
pg_uids_rtl_end (void)
{
  pg_uid_fns = NULL;
  pg_uid_renumbering = false;
}
