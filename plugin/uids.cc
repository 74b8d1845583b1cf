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

   Debugging hints: a function that exhausts its range stops the
   compilation with an error naming it (that would need more functions'
   worth of UIDs than a counter has).  */

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "tree.h"
#include "cgraph.h"
#include "diagnostic-core.h"
#include "pargimple.h"

static struct tree_uid_counters pg_uid_start;
static struct tree_uid_counters pg_uid_stride;
static unsigned pg_uid_nfns;

/* The GIMPLE phase of NFNS functions starts (main thread).  */

void
pg_uids_begin (unsigned nfns)
{
  tree_uid_counters_get (&pg_uid_start);
  pg_uid_nfns = nfns;
  pg_uid_stride.decl_uid = (INT_MAX - pg_uid_start.decl_uid) / (nfns + 2);
  pg_uid_stride.debug_decl_uid
    = (int) (((long long) pg_uid_start.debug_decl_uid - INT_MIN)
	     / (nfns + 2));
  pg_uid_stride.type_uid = (UINT_MAX - pg_uid_start.type_uid) / (nfns + 2);
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

/* The GIMPLE phase of FNS is over (main thread): the global counters
   continue past every UID the functions used.  */

void
pg_uids_end (vec<pg_fn> *fns)
{
  struct tree_uid_counters c = pg_uid_start;
  unsigned i;

  for (i = 0; i < fns->length (); i++)
    if ((*fns)[i].run)
      {
	struct tree_uid_counters &u = (*fns)[i].uids;
	c.decl_uid = MAX (c.decl_uid, u.decl_uid);
	c.debug_decl_uid = MIN (c.debug_decl_uid, u.debug_decl_uid);
	c.type_uid = MAX (c.type_uid, u.type_uid);
      }
  tree_uid_counters_set (&c);
}
