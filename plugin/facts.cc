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
   compiles; once the GIMPLE phase is over it rewinds every change to the
   snapshot and replays F_1's, and before F_i's RTL it replays F_i's
   changes.  Each RTL phase then sees exactly the facts GCC's own order
   shows it.  (Two functions that change facts of the same symbol are
   related, so the scheduling rule of threads.cc runs them in order.)  A
   concurrent pass may change facts too (slp and vect raise the alignment
   of variables): its thread records them at its next release, at the
   latest when the function ends, and meanwhile no other thread's record
   looks at those symbols, as a function whose scope holds a symbol that F
   changes is related to F (it refers to F, or uses the same meeting
   point).

   A function's passes change facts only of the symbols it is related to
   (pg_fn::scope: itself, what it refers to, directly or through bodies
   inlined into it) and of their aliases and thunks, which share the
   facts; the scheduling rule rests on that.  So a lock release compares
   only those, not every symbol of the unit (that scan cost a tenth of the
   time under the lock on duktape.c).  Once the GIMPLE phase is over, one
   scan of every symbol checks that nothing changed unrecorded: a change
   outside the scope would break the rule's premise, and is an internal
   error rather than a silently different output.  Likewise a change by a
   function of a variable it was predicted only to read (pg_fn::reads:
   readers of a variable are not ordered with each other, meets.cc).

   Tracked: TREE_THIS_VOLATILE (noreturn), TREE_READONLY, DECL_PURE_P,
   DECL_LOOPING_CONST_OR_PURE_P, TREE_NOTHROW, DECL_IS_MALLOC, the
   cgraph frequency (noreturn functions become "executed once") of
   functions; TREE_READONLY, DECL_ALIGN and DECL_USER_ALIGN of
   variables; TREE_ADDRESSABLE of both (a pass that introduces a static
   variable's address makes it may-be-aliased for the RTL alias analysis:
   csmith seeds 49 and 77 at -O3).  Symbols created during the GIMPLE
   phase are not tracked.

   TREE_ADDRESSABLE of a global variable is not attributed by the
   records.  Two functions that both take the address of a public or
   external variable (an induction variable on &V, a folded initializer
   that names V) are not related, and GCC's first of them in the order
   sets the flag, which the RTL of the functions after it reads
   (store_field's MEM_REF case, the debug expansion of &V); here
   whichever thread gets there first sets it, and whichever records
   first records it.  So every function's passes report each global
   variable whose address they take (patch 0136's hook, set or not yet
   set), each variable keeps the first function in the order that
   reported it, and the rewind gives the flag's change to that function
   alone.  The replay applies each record as a change (the bits that
   differ between before and after), so moving one bit leaves the
   others where they were recorded.

   Debugging hints: an internal error names the symbol and the function;
   in gdb, pg_changes holds every record (fn, sym, before, after) and
   pg_addr_first the first function that took each variable's address.  */

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "tree.h"
#include "tree-pass.h"
#include "cgraph.h"
#include "diagnostic-core.h"
#include "address-taken-hook.h"
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
/* For each function, the indices into pg_syms of its scope.  */
static vec<unsigned> *pg_scan;
/* For each function, the indices into pg_syms of the variables it was
   predicted only to read (pg_fn::reads), sorted.  */
static vec<unsigned> *pg_reads;
/* The facts of each tracked symbol before the GIMPLE phase.  */
static auto_vec<pg_facts> pg_initial;
/* After the GIMPLE phase: the changes of each function, in the order
   they happened.  */
static vec<unsigned> *pg_fn_changes;
static unsigned pg_nfns;

/* The global variables not addressable before the GIMPLE phase, sorted
   by DECL_UID, and their indices into pg_syms (read-only while threads
   run); for each tracked symbol the first function (index in the order)
   whose passes took its address, or UINT_MAX: stored by the threads
   with atomic operations.  */
static auto_vec<unsigned> pg_addr_uid;
static auto_vec<unsigned> pg_addr_sym;
static unsigned *pg_addr_first;

enum
{
  PG_VOLATILE = 1, PG_READONLY = 2, PG_PURE = 4, PG_LOOPING = 8,
  PG_NOTHROW = 16, PG_MALLOC = 32, PG_USER_ALIGN = 64, PG_ADDRESSABLE = 128
};

static struct pg_facts
pg_read (symtab_node *n)
{
  struct pg_facts f;
  tree d = n->decl;

  memset (&f, 0, sizeof f);
  f.bits = (TREE_THIS_VOLATILE (d) ? PG_VOLATILE : 0)
	   | (TREE_READONLY (d) ? PG_READONLY : 0)
	   | (TREE_ADDRESSABLE (d) ? PG_ADDRESSABLE : 0);
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
  TREE_ADDRESSABLE (d) = (f.bits & PG_ADDRESSABLE) != 0;
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

/* Apply to N the change from BEFORE to AFTER: the bits that differ, and
   the alignment and frequency when they differ.  */

static void
pg_apply (symtab_node *n, const struct pg_facts &before,
	  const struct pg_facts &after)
{
  struct pg_facts f = pg_read (n);
  unsigned diff = before.bits ^ after.bits;

  f.bits = (f.bits & ~diff) | (after.bits & diff);
  if (before.align != after.align)
    f.align = after.align;
  if (before.frequency != after.frequency)
    f.frequency = after.frequency;
  pg_write (n, f);
}

/* global_address_taken_hook: a pass of the function the calling thread
   compiles takes the address of global variable VAR.  */

static void
pg_address_taken (tree var)
{
  struct pg_thread *self = pg_self;

  if (!self || !self->fn || !pg_addr_first)
    return;
  unsigned uid = DECL_UID (var), lo = 0, hi = pg_addr_uid.length ();
  while (lo < hi)
    {
      unsigned mid = lo + (hi - lo) / 2;
      if (pg_addr_uid[mid] < uid)
	lo = mid + 1;
      else
	hi = mid;
    }
  if (lo == pg_addr_uid.length () || pg_addr_uid[lo] != uid)
    return;			/* Addressable before the phase.  */
  unsigned fn = self->fn->index, *first = &pg_addr_first[pg_addr_sym[lo]];
  unsigned cur = __atomic_load_n (first, __ATOMIC_RELAXED);
  while (fn < cur
	 && !__atomic_compare_exchange_n (first, &cur, fn, true,
					  __ATOMIC_RELAXED, __ATOMIC_RELAXED))
    ;
}

/* Give the change of TREE_ADDRESSABLE of each variable whose address
   was taken in the phase to the first function in the order that took
   it, and to no other (the head comment).  */

static void
pg_facts_attribute_addresses (void)
{
  unsigned i, k;

  for (i = 0; i < pg_changes.length (); i++)
    {
      struct pg_change &c = pg_changes[i];
      if (pg_addr_first[c.sym] != UINT_MAX)
	c.after.bits = ((c.after.bits & ~PG_ADDRESSABLE)
			| (c.before.bits & PG_ADDRESSABLE));
    }
  for (k = 0; k < pg_syms.length (); k++)
    {
      unsigned fn = pg_addr_first[k];
      if (fn == UINT_MAX || !pg_syms[k])
	continue;
      if (!TREE_ADDRESSABLE (pg_syms[k]->decl))
	internal_error ("pargimple: function %u of the order took the "
			"address of %qs, which is not addressable", fn,
			pg_syms[k]->dump_asm_name ());
      struct pg_facts after = pg_initial[k];
      after.bits |= PG_ADDRESSABLE;
      struct pg_change c = { fn, k, pg_initial[k], after };
      pg_changes.safe_push (c);
    }
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


/* Add to SCAN the index of N and of its aliases and thunks, which carry
   facts local-pure-const and the vectorizer set along with N's.  THUNKED
   holds the nodes that some thunk calls: only their callers are walked
   (walking the callers of every symbol every function reads took 2 s of
   the serial start of the GIMPLE phase on gimple-match.cc).  */

static void
pg_scan_add (vec<unsigned> *scan, symtab_node *n, unsigned depth,
	     hash_set<symtab_node *> *thunked)
{
  ipa_ref *ref;
  unsigned i;

  if (unsigned *k = pg_index->get (n))
    scan->safe_push (*k);
  if (depth > 8)
    return;
  for (i = 0; n->iterate_direct_aliases (i, ref); i++)
    pg_scan_add (scan, ref->referring, depth + 1, thunked);
  if (!thunked->contains (n))
    return;
  if (cgraph_node *c = dyn_cast<cgraph_node *> (n))
    for (cgraph_edge *e = c->callers; e; e = e->next_caller)
      if (e->caller->thunk)
	pg_scan_add (scan, e->caller, depth + 1, thunked);
}

static int
pg_unsigned_cmp (const void *a, const void *b)
{
  unsigned x = *(const unsigned *) a, y = *(const unsigned *) b;
  return x < y ? -1 : x > y;
}

struct pg_uid_sym
{
  unsigned uid, sym;
};

static int
pg_uid_sym_cmp (const void *a, const void *b)
{
  return pg_unsigned_cmp (&((const pg_uid_sym *) a)->uid,
			  &((const pg_uid_sym *) b)->uid);
}

/* Snapshot the facts of every symbol before the GIMPLE phase, and list
   what each function of FNS may change.  */

void
pg_facts_begin (vec<pg_fn> *fns)
{
  symtab_node *n;
  unsigned i, j;

  pg_syms.truncate (0);
  pg_cur.truncate (0);
  pg_changes.truncate (0);
  pg_nfns = fns->length ();
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

  /* The variables whose address a pass may take first (the head
     comment), by DECL_UID.  */
  auto_vec<pg_uid_sym> addr;
  for (i = 0; i < pg_syms.length (); i++)
    {
      tree d = pg_syms[i]->decl;
      if (VAR_P (d) && is_global_var (d) && !TREE_ADDRESSABLE (d))
	{
	  pg_uid_sym e = { (unsigned) DECL_UID (d), i };
	  addr.safe_push (e);
	}
    }
  addr.qsort (pg_uid_sym_cmp);
  pg_addr_uid.truncate (0);
  pg_addr_sym.truncate (0);
  for (i = 0; i < addr.length (); i++)
    {
      pg_addr_uid.safe_push (addr[i].uid);
      pg_addr_sym.safe_push (addr[i].sym);
    }
  delete[] pg_addr_first;
  pg_addr_first = new unsigned[pg_syms.length () + 1];
  for (i = 0; i < pg_syms.length (); i++)
    pg_addr_first[i] = UINT_MAX;
  global_address_taken_hook = pg_address_taken;

  hash_set<symtab_node *> thunked;
  cgraph_node *c;
  FOR_EACH_FUNCTION (c)
    if (c->thunk)
      for (cgraph_edge *e = c->callees; e; e = e->next_callee)
	thunked.add (e->callee);

  pg_scan = new vec<unsigned>[pg_nfns];
  pg_reads = new vec<unsigned>[pg_nfns];
  for (i = 0; i < pg_nfns; i++)
    {
      pg_reads[i] = vNULL;
      for (j = 0; j < (*fns)[i].reads.length (); j++)
	pg_scan_add (&pg_reads[i], (*fns)[i].reads[j], 0, &thunked);
      (*fns)[i].reads.release ();
      pg_reads[i].qsort (pg_unsigned_cmp);

      vec<unsigned> *scan = &pg_scan[i];
      *scan = vNULL;
      pg_scan_add (scan, (*fns)[i].node, 0, &thunked);
      for (j = 0; j < (*fns)[i].scope.length (); j++)
	pg_scan_add (scan, (*fns)[i].scope[j], 0, &thunked);
      (*fns)[i].scope.release ();
      scan->qsort (pg_unsigned_cmp);
      unsigned w = 0;
      for (j = 0; j < scan->length (); j++)
	if (w == 0 || (*scan)[w - 1] != (*scan)[j])
	  (*scan)[w++] = (*scan)[j];
      scan->truncate (w);
    }
}

/* The RTL phase is over: stop tracking.  */

void
pg_facts_end (void)
{
  global_address_taken_hook = NULL;
  delete[] pg_addr_first;
  pg_addr_first = NULL;
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
  unsigned i, k;

  for (i = 0; i < pg_scan[fn].length (); i++)
    {
      k = pg_scan[fn][i];
      if (!pg_syms[k])
	continue;
      struct pg_facts now = pg_read (pg_syms[k]);
      if (!pg_same (now, pg_cur[k]))
	{
	  if (pg_reads[fn].bsearch (&k, pg_unsigned_cmp))
	    internal_error ("pargimple: facts of %qs changed by function %u "
			    "of the order, which was predicted only to read "
			    "them (meets.cc)", pg_syms[k]->dump_asm_name (),
			    fn);
	  struct pg_change c = { fn, k, pg_cur[k], now };
	  pg_changes.safe_push (c);
	  pg_cur[k] = now;
	}
    }
}

/* Check that every change of the GIMPLE phase was recorded (see the head
   comment).  */

static void
pg_facts_check (void)
{
  unsigned k;

  for (k = 0; k < pg_syms.length (); k++)
    if (pg_syms[k] && !pg_same (pg_read (pg_syms[k]), pg_cur[k]))
      internal_error ("pargimple: facts of %qs changed by a function not "
		      "related to it", pg_syms[k]->dump_asm_name ());
}

/* The GIMPLE phase is over: back to the snapshot, then the first
   function's changes.  */

void
pg_facts_rewind (void)
{
  unsigned i;

  pg_facts_check ();
  global_address_taken_hook = NULL;
  pg_facts_attribute_addresses ();
  delete[] pg_addr_first;
  pg_addr_first = NULL;
  for (i = 0; i < pg_nfns; i++)
    {
      pg_scan[i].release ();
      pg_reads[i].release ();
    }
  delete[] pg_scan;
  delete[] pg_reads;
  pg_scan = NULL;
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
	pg_apply (pg_syms[c.sym], c.before, c.after);
    }
}
