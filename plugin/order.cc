/* order.cc -- the order in which GCC 12.2 outputs functions.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   symbol_table::compile () (cgraphunit.cc) outputs, after the late IPA
   passes: mark_functions_to_output (); output_in_order () -- toplevel asm,
   no_reorder variables and no_reorder functions by their 'order' --; then
   expand_all_functions () -- functions with a time profile first, then the
   rest in reverse postorder of the call graph, computed at that moment.
   The functions here reproduce those steps from inside the engine's pass,
   so that the assembly comes out in the same order.  They mirror static
   functions of cgraphunit.cc in GCC 12.2.0 and must be kept in sync with
   it; the differential testsuite catches a drift.  */

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "backend.h"
#include "tree.h"
#include "gimple.h"
#include "tree-pass.h"
#include "cgraph.h"
#include "ipa-utils.h"
#include "output.h"
#include "pargimple.h"

/* As mark_functions_to_output: set 'process' on every function that will
   be output (without the checking-only assertions).  */

void
pg_mark_functions_to_output (void)
{
  cgraph_node *node;

  FOR_EACH_FUNCTION (node)
    {
      tree decl = node->decl;

      if (node->process)
	continue;
      if (node->analyzed
	  && !node->thunk
	  && !node->alias
	  && !node->inlined_to
	  && !TREE_ASM_WRITTEN (decl)
	  && !DECL_EXTERNAL (decl))
	{
	  node->process = 1;
	  if (node->same_comdat_group)
	    {
	      cgraph_node *next;
	      for (next = dyn_cast<cgraph_node *> (node->same_comdat_group);
		   next != node;
		   next = dyn_cast<cgraph_node *> (next->same_comdat_group))
		if (!next->thunk && !next->alias
		    && !next->comdat_local_p ())
		  next->process = 1;
	    }
	}
    }
}

/* One entry of output_in_order's list.  */

enum pg_order_kind { PG_FUNCTION, PG_VAR, PG_VAR_UNDEF, PG_ASM };

struct pg_order_entry
{
  enum pg_order_kind kind;
  int order;
  union
  {
    cgraph_node *f;
    varpool_node *v;
    asm_node *a;
  } u;
};

static int
pg_order_cmp (const void *pa, const void *pb)
{
  const pg_order_entry *a = (const pg_order_entry *) pa;
  const pg_order_entry *b = (const pg_order_entry *) pb;

  return a->order - b->order;
}

/* As output_in_order: output toplevel asm statements, no_reorder
   variables and no_reorder functions in source order.  The functions are
   compiled completely (GIMPLE and RTL), as GCC does, before any other
   function starts: they are not part of the two phases.  */

void
pg_output_in_order (void)
{
  auto_vec<pg_order_entry> nodes;
  pg_order_entry e;
  cgraph_node *cnode;
  varpool_node *vnode;
  asm_node *anode;
  unsigned i;

  FOR_EACH_DEFINED_FUNCTION (cnode)
    if (cnode->process && !cnode->thunk
	&& !cnode->alias && cnode->no_reorder)
      {
	e.kind = PG_FUNCTION;
	e.order = cnode->order;
	e.u.f = cnode;
	nodes.safe_push (e);
      }
  FOR_EACH_VARIABLE (vnode)
    if (vnode->no_reorder
	&& !DECL_HARD_REGISTER (vnode->decl)
	&& !DECL_HAS_VALUE_EXPR_P (vnode->decl))
      {
	e.kind = vnode->definition ? PG_VAR : PG_VAR_UNDEF;
	e.order = vnode->order;
	e.u.v = vnode;
	nodes.safe_push (e);
      }
  for (anode = symtab->first_asm_symbol (); anode; anode = anode->next)
    {
      e.kind = PG_ASM;
      e.order = anode->order;
      e.u.a = anode;
      nodes.safe_push (e);
    }
  if (nodes.is_empty ())
    return;

  nodes.qsort (pg_order_cmp);
  for (i = 0; i < nodes.length (); i++)
    if (nodes[i].kind == PG_VAR)
      nodes[i].u.v->finalize_named_section_flags ();
  for (i = 0; i < nodes.length (); i++)
    switch (nodes[i].kind)
      {
      case PG_FUNCTION:
	pg_stats.in_order_functions++;
	nodes[i].u.f->process = 0;
	nodes[i].u.f->expand ();
	break;
      case PG_VAR:
	nodes[i].u.v->assemble_decl ();
	break;
      case PG_VAR_UNDEF:
	assemble_undefined_decl (nodes[i].u.v->decl);
	break;
      case PG_ASM:
	assemble_asm (nodes[i].u.a->asm_str);
	break;
      }
  symtab->clear_asm_symbols ();
}

/* As expand_all_functions, but only compute its order: store in *OUT the
   functions still marked 'process', time-profiled ones first, then the
   others from the end of ipa_reverse_postorder so that callees come
   before their callers.  */

void
pg_compute_order (vec<cgraph_node *> *out)
{
  cgraph_node **order = XCNEWVEC (cgraph_node *, symtab->cgraph_count);
  auto_vec<cgraph_node *> profiled, rest;
  int i, n;

  n = ipa_reverse_postorder (order);
  gcc_assert (n == symtab->cgraph_count);
  for (i = 0; i < n; i++)
    if (order[i]->process)
      {
	if (order[i]->tp_first_run
	    && opt_for_fn (order[i]->decl, flag_profile_reorder_functions))
	  profiled.safe_push (order[i]);
	else
	  rest.safe_push (order[i]);
      }
  free (order);

  profiled.qsort (tp_first_run_node_cmp);
  out->truncate (0);
  for (i = 0; i < (int) profiled.length (); i++)
    out->safe_push (profiled[i]);
  for (i = (int) rest.length () - 1; i >= 0; i--)
    out->safe_push (rest[i]);
}
