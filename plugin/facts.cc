/* facts.cc -- what a function's GIMPLE passes publish on other symbols,
   made visible to the RTL phase in GCC's order.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   GIMPLE passes write facts on declarations that other functions read:
   local pure-const marks its function (and aliases and thunks) const,
   pure, nothrow, noreturn or malloc; the vectorizer raises DECL_ALIGN of
   global variables.  Without the plugin, function F_i's RTL runs before
   the GIMPLE passes of F_i+1...F_n, so it sees the facts of F_1...F_i
   only.  In the two-phase order every GIMPLE phase has run before any RTL:
   F_i's RTL would see the facts of later functions.  That is not merely
   a different output: a call found noreturn after its caller's CFG was
   built makes sched2 fail an assertion (seen on duktape.c).

   So the engine keeps an undo log.  Before the GIMPLE phase it snapshots
   these facts for every symbol; whenever a thread releases the serial
   lock it records what changed, as changes of the function that thread
   compiles (facts are only published by serial passes, serial.cc); once
   the GIMPLE phase is over it rewinds every change to the snapshot and
   replays F_1's, and before F_i's RTL it replays F_i's changes.  Each
   RTL phase then sees exactly the facts GCC's own order shows it.  (Two
   functions that change facts of the same symbol are related, so the
   scheduling rule of threads.cc runs them in order.)

   Tracked: TREE_THIS_VOLATILE (noreturn), TREE_READONLY, DECL_PURE_P,
   DECL_LOOPING_CONST_OR_PURE_P, TREE_NOTHROW, DECL_IS_MALLOC, the
   cgraph frequency (noreturn functions become "executed once") of
   functions; TREE_READONLY, DECL_ALIGN and DECL_USER_ALIGN of
   variables.  Symbols created during the GIMPLE phase are not tracked.  */

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "tree.h"
#include "tree-pass.h"
#include "cgraph.h"
#include "pargimple.h"

struct pg_facts
{
  unsigned bits;
  unsigned align;
  int frequency;
};

struct pg_change
{
  unsigned fn;			/* The function whose passes changed it.  */
  unsigned sym;			/* Index into pg_syms.  */
  struct pg_facts before, after;
};

static auto_vec<symtab_node *> pg_syms;
/* Where each tracked node is in pg_syms, to forget nodes GCC removes.  */
static hash_map<symtab_node *, unsigned> *pg_index;
static auto_vec<pg_facts> pg_cur;
static auto_vec<pg_change> pg_changes;
/* The facts of each tracked symbol before the GIMPLE phase.  */
static auto_vec<pg_facts> pg_initial;
/* After the GIMPLE phase: the changes of each function, in the order
   they happened.  */
static vec<unsigned> *pg_fn_changes;
static unsigned pg_nfns;

enum
{
  PG_VOLATILE = 1, PG_READONLY = 2, PG_PURE = 4, PG_LOOPING = 8,
  PG_NOTHROW = 16, PG_MALLOC = 32, PG_USER_ALIGN = 64
};

static struct pg_facts
pg_read (symtab_node *n)
{
  struct pg_facts f;
  tree d = n->decl;

  memset (&f, 0, sizeof f);
  f.bits = (TREE_THIS_VOLATILE (d) ? PG_VOLATILE : 0)
	   | (TREE_READONLY (d) ? PG_READONLY : 0);
  if (TREE_CODE (d) == FUNCTION_DECL)
    {
      cgraph_node *c = dyn_cast<cgraph_node *> (n);
      f.bits |= (DECL_PURE_P (d) ? PG_PURE : 0)
		| (DECL_LOOPING_CONST_OR_PURE_P (d) ? PG_LOOPING : 0)
		| (TREE_NOTHROW (d) ? PG_NOTHROW : 0)
		| (DECL_IS_MALLOC (d) ? PG_MALLOC : 0);
      f.frequency = c ? (int) c->frequency : 0;
    }
  else if (VAR_P (d))
    {
      f.bits |= DECL_USER_ALIGN (d) ? PG_USER_ALIGN : 0;
      f.align = DECL_ALIGN (d);
    }
  return f;
}

static void
pg_write (symtab_node *n, const struct pg_facts &f)
{
  tree d = n->decl;

  TREE_THIS_VOLATILE (d) = (f.bits & PG_VOLATILE) != 0;
  TREE_READONLY (d) = (f.bits & PG_READONLY) != 0;
  if (TREE_CODE (d) == FUNCTION_DECL)
    {
      cgraph_node *c = dyn_cast<cgraph_node *> (n);
      DECL_PURE_P (d) = (f.bits & PG_PURE) != 0;
      DECL_LOOPING_CONST_OR_PURE_P (d) = (f.bits & PG_LOOPING) != 0;
      TREE_NOTHROW (d) = (f.bits & PG_NOTHROW) != 0;
      DECL_IS_MALLOC (d) = (f.bits & PG_MALLOC) != 0;
      if (c)
	c->frequency = (enum node_frequency) f.frequency;
    }
  else if (VAR_P (d))
    {
      DECL_USER_ALIGN (d) = (f.bits & PG_USER_ALIGN) != 0;
      SET_DECL_ALIGN (d, f.align);
    }
}

static bool
pg_same (const struct pg_facts &a, const struct pg_facts &b)
{
  return a.bits == b.bits && a.align == b.align && a.frequency == b.frequency;
}

/* A tracked node is being removed (e.g. an inline clone once its body is
   inlined): forget it.  */

void
pg_facts_forget (symtab_node *n)
{
  unsigned *k = pg_index ? pg_index->get (n) : NULL;
  if (k)
    pg_syms[*k] = NULL;
}


/* Snapshot the facts of every symbol before the GIMPLE phase.  */

void
pg_facts_begin (unsigned nfns)
{
  symtab_node *n;

  pg_syms.truncate (0);
  pg_cur.truncate (0);
  pg_changes.truncate (0);
  pg_nfns = nfns;
  delete pg_index;
  pg_index = new hash_map<symtab_node *, unsigned>;
  FOR_EACH_SYMBOL (n)
    {
      cgraph_node *c = dyn_cast<cgraph_node *> (n);
      if (c && c->inlined_to)
	continue;	/* Shares its decl with the function it is in.  */
      pg_index->put (n, pg_syms.length ());
      pg_syms.safe_push (n);
      pg_cur.safe_push (pg_read (n));
    }
  pg_initial.truncate (0);
  pg_initial.safe_splice (pg_cur);
}

/* The RTL phase is over: stop tracking.  */

void
pg_facts_end (void)
{
  delete pg_index;
  pg_index = NULL;
  pg_syms.truncate (0);
  if (pg_fn_changes)
    {
      for (unsigned i = 0; i < pg_nfns; i++)
	pg_fn_changes[i].release ();
      delete[] pg_fn_changes;
      pg_fn_changes = NULL;
    }
}

/* A thread releases the serial lock: what changed meanwhile was changed
   by the passes of the FN-th function (0-based, in order).  */

void
pg_facts_record (unsigned fn)
{
  unsigned k;

  for (k = 0; k < pg_syms.length (); k++)
    {
      if (!pg_syms[k])
	continue;
      struct pg_facts now = pg_read (pg_syms[k]);
      if (!pg_same (now, pg_cur[k]))
	{
	  struct pg_change c = { fn, k, pg_cur[k], now };
	  pg_changes.safe_push (c);
	  pg_cur[k] = now;
	}
    }
}

/* The GIMPLE phase is over: back to the snapshot, then the first
   function's changes.  */

void
pg_facts_rewind (void)
{
  unsigned i;

  pg_fn_changes = new vec<unsigned>[pg_nfns];
  for (i = 0; i < pg_nfns; i++)
    pg_fn_changes[i] = vNULL;
  for (i = 0; i < pg_changes.length (); i++)
    {
      pg_fn_changes[pg_changes[i].fn].safe_push (i);
      if (pg_syms[pg_changes[i].sym])
	pg_write (pg_syms[pg_changes[i].sym], pg_initial[pg_changes[i].sym]);
    }
  if (pg_nfns)
    pg_facts_replay (0);
}

/* The RTL phase of the FN-th function (0-based) starts: make its GIMPLE
   phase's changes visible.  */

void
pg_facts_replay (unsigned fn)
{
  unsigned i;

  if (!pg_fn_changes || fn >= pg_nfns)
    return;
  for (i = 0; i < pg_fn_changes[fn].length (); i++)
    {
      struct pg_change &c = pg_changes[pg_fn_changes[fn][i]];
      if (pg_syms[c.sym])
	pg_write (pg_syms[c.sym], c.after);
    }
}
