/* meets.cc -- which users of a variable may raise its alignment.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   The scheduling rule (threads.cc) orders the users of a variable whose
   facts a GIMPLE pass may change: its alignment (the vectorizer), its
   addressability (a static variable whose address a pass introduces)
   and the warnings suppressed on it.  Ordering every user of such a
   variable makes one chain of most functions of a file when they all
   read one global (gimple-match.cc: the hook `mprts_hook').  For
   alignment a reader/writer order is enough: functions that may raise
   it are ordered with every other user, functions that only read it are
   not ordered with each other.  This file says which is which.

   The only GIMPLE pass that raises a global variable's alignment is the
   vectorizer, for a data reference of it that it vectorizes
   (ensure_base_align, tree-vect-stmts.cc).  It does so
     (a) inside a loop: the loop vectorizer, for loop-invariant loads
	 too (VMAT_INVARIANT still calls ensure_base_align); or
     (b) for a lane of a group of accesses with the same base at
	 different offsets (basic-block SLP), which needs an access to a
	 part of the variable or to its address.
   So a function may raise V's alignment only if its body, with the
   bodies it inlines, refers to V in a block on a cycle of its CFG (or
   in a body inlined at a call in such a block), or to its address or a
   part of it, or to the whole of V when V's type is not a scalar one
   (complex lowering and SRA split such accesses into parts).  No GIMPLE
   pass makes a cycle of blocks that are on none, except tail recursion
   elimination, so a function that may call itself (a direct call, or an
   indirect one when its address is taken) counts as cyclic throughout.
   Folding may bring in what an initializer refers to, anywhere: a
   variable reached through an initializer counts as raised; so does
   every variable whose address a function or an inlined body refers to:
   IPA-CP records the addresses it substitutes, for a parameter of a
   clone or for a part of an aggregate, as address references.  A clone
   whose body is only materialized in its prologue is read in the body
   it is materialized from.

   A reader must not change the variable's other facts either: its
   addressability (read by the alias oracle, replayed for the RTL
   phase) changes only where a pass introduces the variable's address,
   which a reader's body does not take.  The transactional-memory and
   sanitizer instrumentation passes do so for plain loads and stores
   (_ITM_WU4 (&v, ...), found by regress/tm-lim.c): with -fgnu-tm or
   -fsanitize every user is ordered.

   The prediction is checked: a function whose passes change a fact of
   a variable it was predicted only to read is an internal error
   (facts.cc, pg_facts_record), not a silently different output.

   Warning suppression is the third fact: a pass that warns about a
   variable may suppress further warnings on it (gimple-array-bounds.cc,
   builtins.cc c_strlen), and cselim and store merging suppress
   -Wuninitialized on a variable they load from, which the uninit passes
   read.  So the reader/writer order is used only when neither kind of
   warning can be given: -Warray-bounds, -Wuninitialized and
   -Wmaybe-uninitialized off and no diagnostic pragma for them (or for
   -Wall, -Wextra) in the file (pg_meets_readers_p).  Other warnings read the suppression of a
   variable for their own option only, which these writes do not set
   (warning-control.cc keeps one set of options per location).

   Debugging hints: -fplugin-arg-pargimple-verbose says whether the
   reader/writer order is used and why not; the stats line's
   critical_path_s shows what it gains.  */

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "backend.h"
#include "tree.h"
#include "gimple.h"
#include "cgraph.h"
#include "gimple-iterator.h"
#include "graphds.h"
#include "diagnostic.h"
#include "pargimple.h"

/* What one body (a function decl's, before the inline transform) does
   with global variables.  */
struct pg_body
{
  hash_set<symtab_node *> whole;	/* Scalar, whole, acyclic blocks.  */
  hash_set<symtab_node *> other;	/* Any other reference.  */
  /* Its calls, and whether each is in a block on a cycle.  */
  hash_map<gimple *, bool> calls;
};

static hash_map<tree, pg_body *> *pg_bodies;

/* What a function does with global variables, with the bodies it
   inlines.  */
struct pg_uses
{
  hash_set<symtab_node *> whole, other;
  hash_set<symtab_node *> callees;	/* Called, not inlined.  */
  bool indirect;			/* Has an indirect call.  */
  bool unknown;				/* A body not at hand.  */
};

/* The variable T is, as a symbol, or null.  */

static symtab_node *
pg_global_var (tree t)
{
  if (!VAR_P (t) || !is_global_var (t))
    return NULL;
  varpool_node *v = varpool_node::get (t);
  return v ? v->ultimate_alias_target () : NULL;
}

static bool
pg_scalar_p (tree t)
{
  tree type = TREE_TYPE (t);
  return (INTEGRAL_TYPE_P (type) || POINTER_TYPE_P (type)
	  || SCALAR_FLOAT_TYPE_P (type));
}

static tree
pg_note_other_r (tree *tp, int *walk_subtrees, void *data)
{
  if (TYPE_P (*tp))
    *walk_subtrees = 0;
  else if (symtab_node *n = pg_global_var (*tp))
    ((pg_body *) data)->other.add (n);
  return NULL_TREE;
}

/* Scan the body of DECL, or return null when it has none.  */

static pg_body *
pg_scan_body (tree decl)
{
  if (pg_body **p = pg_bodies->get (decl))
    return *p;
  function *f = DECL_STRUCT_FUNCTION (decl);
  if (!f || !f->cfg)
    return NULL;

  pg_body *b = new pg_body;
  pg_bodies->put (decl, b);

  /* Blocks on a cycle: those of a strongly connected component of more
     than one block, or with an edge to themselves.  */
  int n = last_basic_block_for_fn (f);
  struct graph *g = new_graph (n);
  auto_vec<bool> cyclic;
  cyclic.safe_grow_cleared (n);
  basic_block bb;
  FOR_ALL_BB_FN (bb, f)
    {
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, bb->succs)
	{
	  add_edge (g, e->src->index, e->dest->index);
	  if (e->src == e->dest)
	    cyclic[e->src->index] = true;
	}
    }
  int ncomp = graphds_scc (g, NULL);
  auto_vec<int> size;
  size.safe_grow_cleared (ncomp);
  for (int i = 0; i < n; i++)
    size[g->vertices[i].component]++;
  for (int i = 0; i < n; i++)
    if (size[g->vertices[i].component] > 1)
      cyclic[i] = true;
  free_graph (g);

  FOR_EACH_BB_FN (bb, f)
    {
      for (gphi_iterator pi = gsi_start_phis (bb); !gsi_end_p (pi);
	   gsi_next (&pi))
	for (unsigned i = 0; i < gimple_phi_num_args (pi.phi ()); i++)
	  walk_tree (gimple_phi_arg_def_ptr (pi.phi (), i), pg_note_other_r,
		     b, NULL);
      for (gimple_stmt_iterator si = gsi_start_bb (bb); !gsi_end_p (si);
	   gsi_next (&si))
	{
	  gimple *stmt = gsi_stmt (si);
	  if (is_gimple_debug (stmt))
	    continue;
	  if (is_gimple_call (stmt))
	    b->calls.put (stmt, cyclic[bb->index]);
	  for (unsigned i = 0; i < gimple_num_ops (stmt); i++)
	    {
	      tree *op = gimple_op_ptr (stmt, i);
	      if (!*op)
		continue;
	      if (symtab_node *v = pg_global_var (*op))
		{
		  if (!cyclic[bb->index] && pg_scalar_p (*op))
		    b->whole.add (v);
		  else
		    b->other.add (v);
		}
	      else
		walk_tree (op, pg_note_other_r, b, NULL);
	    }
	}
    }
  return b;
}

static bool
pg_has_body_p (cgraph_node *c)
{
  function *f = DECL_STRUCT_FUNCTION (c->decl);
  return f && f->cfg;
}

/* Add to U what C's body and the bodies inlined into it do; CYCLIC says
   that C is inlined at a call on a cycle.  */

static void
pg_collect_uses (cgraph_node *c, bool cyclic, struct pg_uses *u)
{
  cgraph_node *o = c;
  ipa_ref *ref;
  unsigned i;

  while (o && !pg_has_body_p (o))
    o = o->clone_of;
  pg_body *b = o ? pg_scan_body (o->decl) : NULL;
  if (!b)
    {
      u->unknown = true;
      return;
    }
  /* IPA-CP records the addresses it substitutes (for a parameter of a
     clone, or for an aggregate part, anywhere in the body) as address
     references of the node; every address counts anyway.  */
  for (i = 0; c->iterate_reference (i, ref); i++)
    if (ref->use == IPA_REF_ADDR && is_a<varpool_node *> (ref->referred))
      u->other.add (ref->referred->ultimate_alias_target ());
  for (hash_set<symtab_node *>::iterator it = b->whole.begin ();
       it != b->whole.end (); ++it)
    (cyclic ? u->other : u->whole).add (*it);
  for (hash_set<symtab_node *>::iterator it = b->other.begin ();
       it != b->other.end (); ++it)
    u->other.add (*it);
  if (c->indirect_calls)
    u->indirect = true;
  for (cgraph_edge *e = c->callees; e; e = e->next_callee)
    if (e->callee->inlined_to)
      {
	/* A clone's edges keep the statements of the body it is
	   materialized from (O's).  */
	bool *in_cycle = e->call_stmt ? b->calls.get (e->call_stmt) : NULL;
	pg_collect_uses (e->callee, cyclic || !in_cycle || *in_cycle, u);
      }
    else
      u->callees.add (e->callee->ultimate_alias_target ());
}

/* Whether the users of a variable whose only changing fact is its
   alignment may be ordered as readers and writers (see the head
   comment); if not, and WHY is not null, set it to the reason.  */

bool
pg_meets_readers_p (const char **why)
{
  const char *r = NULL;

  if (flag_tm)
    r = "-fgnu-tm";
  else if (flag_sanitize)
    r = "-fsanitize";
  else if (warn_array_bounds)
    r = "-Warray-bounds";
  else if (warn_uninitialized || warn_maybe_uninitialized)
    r = "-Wuninitialized";
  else
    for (int i = 0; i < global_dc->n_classification_history; i++)
      {
	int opt = global_dc->classification_history[i].option;
	if (global_dc->classification_history[i].kind != DK_POP
	    && (opt == OPT_Warray_bounds || opt == OPT_Warray_bounds_
		|| opt == OPT_Wuninitialized
		|| opt == OPT_Wmaybe_uninitialized
		|| opt == OPT_Wall || opt == OPT_Wextra))
	  {
	    r = "a diagnostic pragma for -Warray-bounds or -Wuninitialized";
	    break;
	  }
      }
  if (why)
    *why = r;
  return r == NULL;
}

/* The uses of FN, computed once.  */

static hash_map<cgraph_node *, pg_uses *> *pg_fn_uses;

static pg_uses *
pg_get_uses (cgraph_node *fn)
{
  if (pg_uses **p = pg_fn_uses->get (fn))
    return *p;
  pg_uses *u = new pg_uses;
  u->indirect = u->unknown = false;
  pg_fn_uses->put (fn, u);
  pg_collect_uses (fn, false, u);

  /* Calls that tail recursion elimination may turn into a loop.  */
  if (u->callees.contains (fn)
      || (u->indirect && (fn->address_taken || fn->has_aliases_p ())))
    {
      for (hash_set<symtab_node *>::iterator it = u->whole.begin ();
	   it != u->whole.end (); ++it)
	u->other.add (*it);
      u->whole.empty ();
    }
  /* What initializers of the variables it uses refer to.  */
  auto_vec<symtab_node *> work;
  for (hash_set<symtab_node *>::iterator it = u->whole.begin ();
       it != u->whole.end (); ++it)
    work.safe_push (*it);
  for (hash_set<symtab_node *>::iterator it = u->other.begin ();
       it != u->other.end (); ++it)
    work.safe_push (*it);
  hash_set<symtab_node *> seen;
  while (!work.is_empty ())
    {
      symtab_node *v = work.pop ();
      ipa_ref *ref;
      if (seen.add (v))
	continue;
      for (unsigned i = 0; v->iterate_reference (i, ref); i++)
	{
	  symtab_node *t = ref->referred->ultimate_alias_target ();
	  if (is_a<varpool_node *> (t))
	    {
	      u->other.add (t);
	      work.safe_push (t);
	    }
	}
    }
  return u;
}

/* Whether the GIMPLE passes of FN may raise the alignment of V.  */

bool
pg_meets_may_raise_p (cgraph_node *fn, symtab_node *v)
{
  if (!pg_bodies)
    {
      pg_bodies = new hash_map<tree, pg_body *>;
      pg_fn_uses = new hash_map<cgraph_node *, pg_uses *>;
    }
  pg_uses *u = pg_get_uses (fn);
  v = v->ultimate_alias_target ();
  return u->unknown || u->other.contains (v) || !u->whole.contains (v);
}

/* Free what pg_meets_may_raise_p computed.  */

void
pg_meets_end (void)
{
  if (!pg_bodies)
    return;
  for (hash_map<tree, pg_body *>::iterator it = pg_bodies->begin ();
       it != pg_bodies->end (); ++it)
    delete (*it).second;
  for (hash_map<cgraph_node *, pg_uses *>::iterator it = pg_fn_uses->begin ();
       it != pg_fn_uses->end (); ++it)
    delete (*it).second;
  delete pg_bodies;
  delete pg_fn_uses;
  pg_bodies = NULL;
  pg_fn_uses = NULL;
}
