/* released.cc -- bodies GCC's order has already released.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   In GCC's order function F_i is expanded, and its body released, before
   the GIMPLE passes of F_i+1 start: cgraph_node::expand ends with
   release_body, which clears DECL_ARGUMENTS and DECL_RESULT unless the
   function is an abstract origin.  In the two-phase order every body
   lives until its RTL phase, so a later function's GIMPLE phase that
   reads an earlier function's arguments finds what GCC would not.

   The reader found: rewriting a call to a clone that dropped parameters
   (ipa_param_adjustments::modify_call, in the caller's prologue) gives
   each dropped parameter of the function the statement called a debug
   temporary, walking that function's DECL_ARGUMENTS.  When the statement
   still names a function GCC has already released (an ipa-split part
   such as wide_int_storage::set_len.part.0, expanded early, called
   through its IPA-CP clone), GCC walks nothing.  The engine made the
   temporaries, and the debug UIDs of every later function moved by one:
   var-tracking then chose another location for one variable
   (gimple-match.cc at -O3 -g, docs/DESIGN.md "Known differences").  The
   patch series asks ipa_param_body_released_hook (patch 0119); this file
   answers it for the function whose prologue asks (pg_self->fn).

   Whether release_body clears the arguments depends on
   used_as_abstract_origin when the function is expanded.  The GIMPLE
   phase sets it only by copying the function's own body
   (tree_function_versioning from a function that is its own origin):
   materializing a clone of it or saving its body for its inline clones,
   both done by the function's prologue at the latest, before GCC would
   release it.  So a function whose body is released with its arguments
   is one that is expanded in the RTL phase, is not an abstract origin
   when the phase starts, and is not its own origin with clones then.
   The answer is computed once, before any thread runs.

   Debugging hints: uid-probe.cc (testsuite/pargimple.plugin) prints the
   debug-UID counter at every function's 'expand'; a reader of another
   function's released state shows as an offset that starts at the
   reader and stays.  */

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "tree.h"
#include "cgraph.h"
#include "ipa-param-manipulation.h"
#include "pargimple.h"

/* Declaration -> position in the order, of each function whose
   arguments GCC releases when it is expanded.  */
static hash_map<tree, unsigned> *pg_released;

/* ipa_param_body_released_hook: whether GCC would have released the
   body of DECL before the function the calling thread compiles.  */

static bool
pg_body_released_p (tree decl)
{
  unsigned *k = pg_released->get (decl);

  return k && pg_self && pg_self->fn && *k < pg_self->fn->index;
}

/* The GIMPLE phase of FNS starts (main thread, no thread runs yet).  */

void
pg_released_begin (vec<pg_fn> *fns)
{
  unsigned i;

  pg_released = new hash_map<tree, unsigned>;
  for (i = 0; i < fns->length (); i++)
    {
      cgraph_node *n = (*fns)[i].node;
      if (!n->process || n->used_as_abstract_origin
	  || (DECL_ORIGIN (n->decl) == n->decl && n->clones))
	continue;
      pg_released->put (n->decl, (*fns)[i].index);
    }
  ipa_param_body_released_hook = pg_body_released_p;
}

/* The GIMPLE phase is over (no thread runs).  */

void
pg_released_end (void)
{
  ipa_param_body_released_hook = NULL;
  delete pg_released;
  pg_released = NULL;
}
