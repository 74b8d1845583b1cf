/* virtuals.cc -- the methods a GIMPLE pass may turn a virtual call into.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   A virtual call that survives IPA is an indirect edge with polymorphic
   information (OBJ_TYPE_REF).  GIMPLE passes of the function that makes
   it may still make it direct: folding (gimple_fold_call) and FRE's
   elimination ask possible_polymorphic_call_targets and, when the list
   for the statement's context is complete with one method, call that
   method.  From then on the function reads the method's facts: its
   noreturn, nothrow, const and pure flags at once (the statement's
   flags and EH region), its modref summary and pure-const state in the
   later passes.  The method's own local-pure-const and modref write
   them.  Nothing in the call graph relates the caller to that method
   before the phase (no edge, no reference unless a vtable is reached
   through an initializer), so the scheduling rule (threads.cc,
   pg_note_refs) asks here.

   The answer is a superset computed before the phase, without the
   query (which caches, and may create call-graph nodes for methods an
   external vtable names: state GCC would create later or never): every
   virtual method of the call graph whose class is the call's
   OBJ_TYPE_REF type or derives from it, or the function the phase
   compiles for it (an alias's target, a thunk's callee).  The method a call is folded to
   overrides the type's method, so its class is the type or one derived
   from it; thunks of multiple inheritance have their flags written by
   their method's passes (set_*_flag_1 walks its thunks and aliases).
   Types are compared as the devirtualization machinery compares them
   (types_must_be_same_for_odr: main variants, and in LTO the ODR names
   of two units' copies).

   Debugging hint: -fplugin-arg-pargimple-verbose names, for each call's
   type the first time it is asked about, how many methods it may reach;
   the relations themselves show in the schedule dump ("later").  */

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "tree.h"
#include "cgraph.h"
#include "ipa-utils.h"
#include "pargimple.h"

/* The virtual methods of the call graph, and the answers so far,
   keyed by the main variant of the call's type.  */
static vec<cgraph_node *> pg_virtual_methods;
static hash_map<tree, vec<cgraph_node *> > *pg_virtuals_cache;

/* Whether class TYPE is BASE or derives from it, through the bases its
   BINFO lists.  */

static bool
pg_derived_p (tree type, tree base)
{
  type = TYPE_MAIN_VARIANT (type);
  if (types_must_be_same_for_odr (type, base))
    return true;
  tree binfo = TYPE_BINFO (type);
  if (!binfo)
    return false;
  tree b;
  for (unsigned i = 0; BINFO_BASE_ITERATE (binfo, i, b); i++)
    if (pg_derived_p (BINFO_TYPE (b), base))
      return true;
  return false;
}

/* Collect the virtual methods of the call graph: not only the phase's
   functions, since the method a vtable names may be an alias of one
   (a complete-object destructor of its base-object destructor) or a
   thunk; pg_note_symbol follows both to the function the phase
   compiles.  */

void
pg_virtuals_init (void)
{
  cgraph_node *node;

  pg_virtual_methods = vNULL;
  pg_virtuals_cache = new hash_map<tree, vec<cgraph_node *> >;
  FOR_EACH_FUNCTION (node)
    if (DECL_VIRTUAL_P (node->decl)
	&& TREE_CODE (TREE_TYPE (node->decl)) == METHOD_TYPE)
      pg_virtual_methods.safe_push (node);
}

/* The methods that a call through OTR_TYPE's vtable may be
   made to call.  */

vec<cgraph_node *> *
pg_virtuals_of (tree otr_type)
{
  otr_type = TYPE_MAIN_VARIANT (otr_type);
  bool existed;
  vec<cgraph_node *> &v = pg_virtuals_cache->get_or_insert (otr_type,
							     &existed);
  if (existed)
    return &v;
  v = vNULL;
  for (unsigned i = 0; i < pg_virtual_methods.length (); i++)
    {
      tree cls = TYPE_METHOD_BASETYPE (TREE_TYPE (pg_virtual_methods[i]->decl));
      if (cls && pg_derived_p (cls, otr_type))
	v.safe_push (pg_virtual_methods[i]);
    }
  tree n = TYPE_NAME (otr_type);
  if (n && TREE_CODE (n) == TYPE_DECL)
    n = DECL_NAME (n);
  pg_verbose ("a virtual call through '%s' may reach %u of the %u "
	      "virtual methods",
	      n && TREE_CODE (n) == IDENTIFIER_NODE ? IDENTIFIER_POINTER (n)
	      : "?", v.length (), pg_virtual_methods.length ());
  return &v;
}

void
pg_virtuals_end (void)
{
  if (!pg_virtuals_cache)
    return;
  for (hash_map<tree, vec<cgraph_node *> >::iterator it
	 = pg_virtuals_cache->begin ();
       it != pg_virtuals_cache->end (); ++it)
    (*it).second.release ();
  delete pg_virtuals_cache;
  pg_virtuals_cache = NULL;
  pg_virtual_methods.release ();
}
