/* threads.cc -- the working set, the worker threads, the scheduling rule.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   The whole concurrency of the GIMPLE phase is on this screen:
     - the main thread pushes every function of the expansion order, in
       order, into a producer-consumer working set closed by an EMPTY token
       (a null entry);
     - N-1 worker threads, with stacks as large as toplev gives the main
       thread (64 MiB), and the main thread itself pop functions until they
       pop EMPTY, which they push back for the others; under make -j, the
       workers make's jobserver has no slot for yet are started by the
       main thread between two of its functions, as slots free up
       (pg_ws_grow);
     - a thread pops, among the functions whose related earlier functions
       have all finished (pg_fn::deps_left, see pg_schedule_init), the
       one with the most statements on its chain of related functions to
       the end (pg_fn::chain), the first in order of equals, and waits
       when there is none;
     - the prologues of the functions that inline one body run one at a
       time, in any order (pg_prologue_lock);
     - N=1 spawns nothing: the main thread pops the functions in order;
     - while passes run at once the collector is off (a thread's GC
       pointers are no roots), so when a collection is due no function
       starts, each running one stops between two of its passes
       (pg_safepoint), and the thread that finds every running function
       stopped collects (pg_collect_barrier).
   What a thread does with a function (the passes, under the serial lock
   where serial.cc says so) is the engine's WORK callback.

   The scheduling rule.  Late passes publish facts other functions read:
   pure-const and nothrow flags, modref summaries, new direct calls found
   through function-pointer tables, alignment raised on global variables.
   Without the plugin, function F_i's passes see the facts of F_1..F_i-1
   and none of F_i+1..F_n.  So F_j (j > i) may start only after F_i has
   finished whenever F_i and F_j are related: one refers to the other
   (calls, address taken, directly or through the bodies inlined into it;
   a call redirected to a clone also counts for the function its
   statement still names, a call to a clone whose body the prologue
   materializes for the calls of that body, a virtual call for every
   method a pass may make it call: virtuals.cc; a function that keeps
   a built-in declaration is related to every function),
   or both refer to a variable whose facts a pass may change (for one
   whose alignment alone may change, unless both only read it:
   meets.cc), or one reaches the other through variables (initializers
   are folded).  Unrelated
   functions cannot see each other's facts, so their relative timing cannot
   change the code (docs/DESIGN.md has the argument).  Cycles of the call
   graph therefore run in order.

   Debugging hints: with -fplugin-arg-pargimple-stats, busy_s shows how the
   work spread over the threads; with -fplugin-arg-pargimple-verbose, each
   collection of the barrier says how long the running functions took to
   stop for it and where the last one stopped; a hang here is a function
   whose deps_left never reaches 0 (print pg_fns in gdb).  */

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "tree.h"
#include "tree-pass.h"
#include "cgraph.h"
#include "alloc-pool.h"
#include "symbol-summary.h"
#include "symtab-clones.h"
#include "memory-block.h"
#include "backend.h"
#include "gimple.h"
#include "gimplify.h"
#include "gimple-iterator.h"
#include "cfgloop.h"
#include "tree-scalar-evolution.h"
#include "ggc-collect.h"
#include "diagnostic-core.h"
#include <pthread.h>
#include "pargimple.h"

__thread struct pg_thread *pg_self;

static vec<pg_fn> *pg_fns;
static void (*pg_work) (struct pg_fn *);

/* The threads' statistics, one entry for each thread that may run,
   and the workers started; only the main thread changes them.  */
static vec<pg_thread> *pg_ws_threads;
static vec<pthread_t> pg_ws_ids;

/* The working set: a queue of functions closed by a null EMPTY token,
   and the state of the scheduling rule, under one mutex.  The queue is
   kept as the functions pushed so far (pg_ws_pushed, pg_ws_closed once
   EMPTY is pushed) and a binary heap of those that are ready (pushed,
   related earlier functions finished, not taken), best first: popping
   costs O(log n), where scanning the queue made a compile O(n^2) in its
   functions.  */
static pthread_mutex_t pg_ws_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t pg_ws_cond = PTHREAD_COND_INITIALIZER;
static vec<pg_fn *> pg_ws_ready;
static unsigned pg_ws_pushed, pg_ws_taken;
static bool pg_ws_closed;
/* Functions taken and not yet done.  */
static unsigned pg_ws_running;
/* Whether a thread pops the ready function with the longest chain ahead
   (with threads) or the first (N=1).  */
static bool pg_ws_chain_first;
/* Whether to collect between functions when a collection is due (the
   passes run at once, so the collector is off); whether a collection
   is due, and whether a thread is collecting.  */
static bool pg_ws_collect_p, pg_ws_collect_due, pg_ws_collecting;
/* Barriers ended so far: a thread stopped between passes waits for the
   count to change.  */
static unsigned pg_ws_generation;
/* Functions taken and passes run since the last collection: a
   collection is only due after some progress (with --param
   ggc-min-expand=0 one always is).  */
static unsigned pg_ws_progress;
/* Threads stopped inside a function that may be collected under them:
   between two passes (pg_safepoint), or waiting to start one
   (pg_safe_begin).  */
static unsigned pg_ws_parked;
/* When the phase started (pg_fn's times are counted from it).  */
static double pg_ws_t0;
/* For 'verbose': when the pending collection became due, and the
   function that stopped last among those still stopped (null if none
   is), its thread and the pass it stopped after (null when it had
   started nothing).  The function, not its thread, is kept: the thread
   may have moved on to another function or to none.  */
static double pg_ws_due_s;
static struct pg_fn *pg_ws_last_fn;
static int pg_ws_last_id;
static const char *pg_ws_last_pass;

/* SELF, holding pg_ws_lock, has stopped in its function after PASS (null:
   before starting it), or (STOPPED false) runs again.  */

static inline void
pg_ws_note_stop (struct pg_thread *self, const char *pass, bool stopped)
{
  if (stopped)
    {
      pg_ws_last_fn = self->fn;
      pg_ws_last_id = self->id;
      pg_ws_last_pass = pass;
    }
  else if (pg_ws_last_fn == self->fn)
    pg_ws_last_fn = NULL;
}
/* The locks of the bodies that prologues copy in any order
   (pg_schedule_init numbers them, pg_fn::plocks), with threads only.  */
static unsigned pg_nplocks;
static pthread_mutex_t *pg_plocks;

/* Is ready function A to be taken before B?  With threads the one with
   the longer chain of statements ahead (pg_fn::chain), the first pushed
   of equals; at N=1, and with schedule=expansion, the first pushed.  */

static bool
pg_ws_before (const struct pg_fn *a, const struct pg_fn *b)
{
  if (pg_ws_chain_first && a->chain != b->chain)
    return a->chain > b->chain;
  return a->seq < b->seq;
}

/* Add FN to the ready heap if it has become ready; the caller holds
   pg_ws_lock.  Each function becomes ready once: its counts only fall,
   and it is pushed once.  */

static void
pg_ws_maybe_ready (struct pg_fn *fn)
{
  unsigned i, parent;

  if (!fn->pushed || fn->taken || fn->deps_left != 0 || fn->pdeps_left != 0)
    return;
  if (pg_opts.schedule_dump)
    fn->ready_s = pg_now () - pg_ws_t0;
  i = pg_ws_ready.length ();
  pg_ws_ready.safe_push (fn);
  for (; i > 0; i = parent)
    {
      parent = (i - 1) / 2;
      if (!pg_ws_before (pg_ws_ready[i], pg_ws_ready[parent]))
	break;
      std::swap (pg_ws_ready[i], pg_ws_ready[parent]);
    }
}

/* Remove and return the best ready function; the caller holds pg_ws_lock
   and the heap is not empty.  */

static struct pg_fn *
pg_ws_take_ready (void)
{
  struct pg_fn *top = pg_ws_ready[0];
  unsigned n, i = 0;

  pg_ws_ready[0] = pg_ws_ready.last ();
  pg_ws_ready.pop ();
  n = pg_ws_ready.length ();
  for (;;)
    {
      unsigned l = 2 * i + 1, r = l + 1, best = i;
      if (l < n && pg_ws_before (pg_ws_ready[l], pg_ws_ready[best]))
	best = l;
      if (r < n && pg_ws_before (pg_ws_ready[r], pg_ws_ready[best]))
	best = r;
      if (best == i)
	break;
      std::swap (pg_ws_ready[i], pg_ws_ready[best]);
      i = best;
    }
  return top;
}

/* Push FN, or EMPTY if null.  */

static void
pg_ws_push (struct pg_fn *fn)
{
  pthread_mutex_lock (&pg_ws_lock);
  if (fn)
    {
      fn->pushed = true;
      fn->seq = pg_ws_pushed++;
      pg_ws_maybe_ready (fn);
    }
  else
    pg_ws_closed = true;
  pthread_cond_broadcast (&pg_ws_cond);
  pthread_mutex_unlock (&pg_ws_lock);
}

/* Collect now, if a collection is due and every running function is
   stopped where it may be (pg_ws_parked): the caller, SELF, holds
   pg_ws_lock, which is released meanwhile (the other threads wait for
   pg_ws_collecting to clear).  No thread holds a GC pointer the roots do
   not show then: between functions a thread keeps none, and between two
   passes one keeps what GCC itself keeps there, where it collects
   without the plugin (execute_one_pass ends with ggc_collect); the
   functions' bodies are reached from the symbol table.  When GCC
   collects does not change its output.  Whether the barrier ended.  */

static bool
pg_collect_if_stopped (struct pg_thread *self)
{
  if (!pg_ws_collect_due || pg_ws_collecting
      || pg_ws_running != pg_ws_parked)
    return false;
  double t0 = pg_now (), c0 = pg_thread_cpu ();
  pg_ws_collecting = true;
  pthread_mutex_unlock (&pg_ws_lock);
  /* ggc_free may have brought the allocated size back under the
     threshold since, and so may ggc_threads_end, which frees what the
     threads' allocation caches hold: then ggc_collect would do
     nothing, and no collection is counted.  */
  bool due = ggc_collect_due_p ();
  if (due)
    {
      /* The threads' tables of shared tree nodes (tree.cc, tree_tcache)
	 hold nodes a collection may free: the end and begin start them
	 a new round, which empties them.  */
      ggc_threads_end ();
      tree_shared_threads_end ();
      due = ggc_collect_due_p ();
      if (due)
	ggc_collect ();
      tree_shared_threads_begin ();
      ggc_threads_begin ();
    }
  if (due && pg_opts.verbose)
    {
      struct pg_fn *last = pg_ws_last_fn;
      char *where = (!last ? xstrdup ("no running function had to stop")
		     : pg_ws_last_pass
		     ? xasprintf ("thread %d's, after pass %s of %s",
				  pg_ws_last_id, pg_ws_last_pass,
				  last->node->dump_asm_name ())
		     : xasprintf ("thread %d's, before starting %s",
				  pg_ws_last_id, last->node->dump_asm_name ()));
      pg_verbose ("collection at %.3f s of the GIMPLE phase, %.3f s long, "
		  "%.3f s after it was due; the last stop: %s",
		  t0 - pg_ws_t0, pg_now () - t0, t0 - pg_ws_due_s, where);
      free (where);
    }
  pthread_mutex_lock (&pg_ws_lock);
  pg_ws_collecting = false;
  __atomic_store_n (&pg_ws_collect_due, false, __ATOMIC_RELAXED);
  pg_ws_generation++;
  pg_ws_progress = 0;
  if (due)
    {
      self->collections++;
      self->collect_s += pg_now () - t0;
      self->collect_cpu_s += pg_thread_cpu () - c0;
    }
  pthread_cond_broadcast (&pg_ws_cond);
  return true;
}

/* The collection barrier, entered by SELF with pg_ws_lock held when a
   collection is due: the first thread to find every running function
   stopped collects, the others wait for it, then every thread goes on.  */

static void
pg_collect_barrier (struct pg_thread *self)
{
  double t0 = pg_now ();

  if (pg_collect_if_stopped (self))
    return;
  pthread_cond_wait (&pg_ws_cond, &pg_ws_lock);
  self->barrier_wait_s += pg_now () - t0;
}

/* Whether a collection is due; the caller holds pg_ws_lock.  Once it
   is, it stays due until a barrier ends (pg_safepoint reads the flag
   without the lock).  */

static bool
pg_collect_due_p (void)
{
  if (pg_ws_collect_p && !pg_ws_collect_due
      && pg_ws_progress > 0 && ggc_collect_due_p ())
    {
      __atomic_store_n (&pg_ws_collect_due, true, __ATOMIC_RELAXED);
      pg_ws_due_s = pg_now ();
    }
  return pg_ws_collect_due;
}

/* SELF's function is between two passes, where GCC itself would collect
   (serial.cc, after PASS ran).  When a collection is due, stop here
   until it is done, so that it waits for a pass of each running
   function rather than for the whole function.  Not while SELF holds
   the serial lock: what a serial pass leaves for the next serial pass of
   the same function is seen by no other function (serial.cc), and a
   thread waiting for the lock is not stopped; but a function that runs
   alone (engine.cc) holds it for all its passes and stops with it, since
   no other function can be waiting for it then.  Not while a worker's
   scalar evolutions are initialized: a worker keeps them in a table of
   its own (patch 0028, engine.cc), which no root shows; the loop
   pipeline initializes them at its start and releases them at its end.
   The main thread uses GCC's own table, a root, as without the plugin,
   where GCC collects inside the loop pipeline too.  */

void
pg_safepoint (struct pg_thread *self, opt_pass *pass)
{
  /* ggc_collect_due_p takes the allocator's lock rather than the
     working set's.  */
  if (!pg_ws_collect_p
      || (self->holds_lock && !self->exclusive)
      || (self->id != 0 && scev_initialized_p ())
      || (pass->todo_flags_finish & TODO_do_not_ggc_collect)
      || (!__atomic_load_n (&pg_ws_collect_due, __ATOMIC_RELAXED)
	  && !ggc_collect_due_p ()))
    return;
  pthread_mutex_lock (&pg_ws_lock);
  pg_ws_progress++;
  if (pg_collect_due_p ())
    {
      /* Until a barrier has ended, and no other has begun: another
	 thread may have started the next collection, counting SELF as
	 stopped, before SELF woke up.  */
      unsigned generation = pg_ws_generation;
      pg_ws_parked++;
      pg_ws_note_stop (self, pass->name, true);
      while (pg_ws_generation == generation || pg_ws_collecting)
	pg_collect_barrier (self);
      pg_ws_parked--;
      pg_ws_note_stop (self, NULL, false);
    }
  pthread_mutex_unlock (&pg_ws_lock);
}

/* SELF, which has taken a function and started nothing of it, is about
   to wait for a lock another function may hold until it ends
   (engine.cc, the exclusive lock) or until its prologue ends
   (pg_prologue_lock): count it as stopped, so that a collection does
   not wait for it, nor it for the collection.  */

void
pg_safe_begin (struct pg_thread *self)
{
  if (!pg_ws_collect_p)
    return;
  pthread_mutex_lock (&pg_ws_lock);
  pg_ws_parked++;
  pg_ws_note_stop (self, NULL, true);
  if (pg_collect_due_p () && !pg_collect_if_stopped (self))
    pthread_cond_broadcast (&pg_ws_cond);
  pthread_mutex_unlock (&pg_ws_lock);
}

/* SELF got the lock: it runs again once no collection is in progress.  */

void
pg_safe_end (struct pg_thread *self)
{
  if (!pg_ws_collect_p)
    return;
  pthread_mutex_lock (&pg_ws_lock);
  while (pg_ws_collecting)
    {
      double t0 = pg_now ();
      pthread_cond_wait (&pg_ws_cond, &pg_ws_lock);
      self->barrier_wait_s += pg_now () - t0;
    }
  pg_ws_parked--;
  pg_ws_note_stop (self, NULL, false);
  pthread_mutex_unlock (&pg_ws_lock);
}

/* Pop, for SELF, a function of the set whose related earlier functions
   have all finished, waiting until there is one; null for EMPTY once
   every function has been taken (EMPTY stays for the other threads).
   Any order that respects the scheduling rule gives the same output, so
   a thread does not wait for the head of the set while a later function
   is ready, and with threads it takes the ready one with the longest
   chain of statements ahead (the first in order of equals): a large
   function started last keeps one thread busy while the others have
   nothing left (session 13, largest first: on gimple-match.cc at two
   threads the idle time fell by about 0.9 s of thread time in two paired
   runs), and so does a large function whose small related functions are
   taken last (session 30).  At N=1 the first ready one, the expansion
   order.  */

static struct pg_fn *
pg_ws_pop (struct pg_thread *self)
{
  struct pg_fn *fn = NULL;

  pthread_mutex_lock (&pg_ws_lock);
  for (;;)
    {
      if (pg_ws_closed && pg_ws_taken == pg_ws_pushed)
	break;			/* EMPTY: all taken.  */
      if (pg_collect_due_p ())
	{
	  pg_collect_barrier (self);
	  continue;
	}
      if (!pg_ws_ready.is_empty ())
	{
	  fn = pg_ws_take_ready ();
	  /* Atomic for pg_ws_check_removal, which reads it without the
	     lock.  */
	  __atomic_store_n (&fn->taken, true, __ATOMIC_RELAXED);
	  pg_ws_taken++;
	  pg_ws_running++;
	  pg_ws_progress++;
	  break;
	}
      pthread_cond_wait (&pg_ws_cond, &pg_ws_lock);
    }
  pthread_mutex_unlock (&pg_ws_lock);
  return fn;
}

/* Release the functions whose prologue waits for FN's; the caller holds
   pg_ws_lock.  */

static void
pg_release_prologue (struct pg_fn *fn)
{
  unsigned i;

  if (fn->prologue_done)
    return;
  fn->prologue_done = true;
  for (i = 0; i < fn->plater.length (); i++)
    if (--(*pg_fns)[fn->plater[i]].pdeps_left == 0)
      pg_ws_maybe_ready (&(*pg_fns)[fn->plater[i]]);
}

/* SELF is about to start FN's prologue, which copies bodies that other
   prologues copy too, in any order: take their locks, lowest number
   first, so that no two prologues wait for each other.  SELF has started
   nothing of FN and holds no other lock but the exclusive lock, taken
   before (engine.cc): the caller counts it as stopped for a collection
   meanwhile (pg_safe_begin).  The wait counts as a wait for related
   functions.  */

void
pg_prologue_lock (struct pg_thread *self, struct pg_fn *fn)
{
  unsigned i;

  if (!pg_plocks || fn->plocks.is_empty ())
    return;
  double t0 = pg_now ();
  for (i = 0; i < fn->plocks.length (); i++)
    pthread_mutex_lock (&pg_plocks[fn->plocks[i]]);
  self->plock_wait_s += pg_now () - t0;
  fn->plocked = true;
}

/* FN's prologue is over (engine.cc).  */

void
pg_prologue_done (struct pg_fn *fn)
{
  if (fn->plocked)
    {
      for (unsigned i = fn->plocks.length (); i-- > 0;)
	pthread_mutex_unlock (&pg_plocks[fn->plocks[i]]);
      fn->plocked = false;
    }
  pthread_mutex_lock (&pg_ws_lock);
  pg_release_prologue (fn);
  pthread_cond_broadcast (&pg_ws_cond);
  pthread_mutex_unlock (&pg_ws_lock);
}

/* FN has finished (after running, if RAN): release the later functions
   waiting for it.  */

static void
pg_ws_done (struct pg_fn *fn, bool ran)
{
  unsigned i;

  pthread_mutex_lock (&pg_ws_lock);
  if (ran)
    pg_ws_running--;
  pg_release_prologue (fn);
  for (i = 0; i < fn->later.length (); i++)
    if (--(*pg_fns)[fn->later[i]].deps_left == 0)
      pg_ws_maybe_ready (&(*pg_fns)[fn->later[i]]);
  pthread_cond_broadcast (&pg_ws_cond);
  pthread_mutex_unlock (&pg_ws_lock);
}

/* The removal check.  For each call-graph uid at the phase's start, the
   index + 1 in pg_fns of the function with that node, or 0.  */
static unsigned *pg_ws_by_uid;
static int pg_ws_nuids;

/* GCC is about to remove NODE (a symtab removal hook, which runs before
   cgraph_node::remove unlinks the callers) in the thread whose state is
   SELF.  The removal unlinks every caller's edge without the tree lock
   (docs/DESIGN.md, "remove_callers"), so each caller must belong to the
   function SELF compiles, or to a function no thread has taken yet (a
   body copy with update_clones removes inline clones in functions whose
   prologues the scheduling rule keeps waiting for it), or to none of the
   phase.  Anything else is a thread changing the call graph of a
   function another thread compiles or has compiled: an internal error,
   not a race.  */

void
pg_ws_check_removal (struct pg_thread *self, cgraph_node *node)
{
  for (cgraph_edge *e = node->callers; e; e = e->next_caller)
    {
      cgraph_node *owner = e->caller->inlined_to ? e->caller->inlined_to
			   : e->caller;
      if (self->fn && owner == self->fn->node)
	continue;
      int uid = owner->get_uid ();
      unsigned k = uid < pg_ws_nuids ? pg_ws_by_uid[uid] : 0;
      if (k == 0)
	continue;
      struct pg_fn *f = &(*pg_fns)[k - 1];
      /* A relaxed load rather than pg_ws_lock (no lock order to keep
	 with GCC's serial sections, inside which nodes are removed): the
	 rule keeps OWNER from being taken until this removal is over, so
	 a load racing with its taking would itself be a broken rule,
	 which the lock would not catch either.  */
      if (__atomic_load_n (&f->taken, __ATOMIC_RELAXED))
	internal_error ("pargimple: thread %d, compiling %qs, removes %qs, "
			"called from %qs, which function %u (%qs) owns and "
			"a thread has taken", self->id,
			self->fn ? self->fn->node->dump_asm_name () : "-",
			node->dump_asm_name (), e->caller->dump_asm_name (),
			f->index, owner->dump_asm_name ());
    }
}

static void *pg_worker_main (void *);

/* Start worker N; whether it started.  */

static bool
pg_ws_start (int n)
{
  pthread_attr_t attr;
  pthread_t id;

  pthread_attr_init (&attr);
  pthread_attr_setstacksize (&attr, 64 * 1024 * 1024);
  int err = pthread_create (&id, &attr, pg_worker_main,
			    &(*pg_ws_threads)[n]);
  pthread_attr_destroy (&attr);
  if (err)
    {
      pg_verbose ("could not start thread %d (%s); continuing with %d",
		  n, xstrerror (err), n);
      /* No entry is reallocated: the workers' pointers stay valid.  */
      pg_ws_threads->truncate (n);
      return false;
    }
  pg_ws_ids.safe_push (id);
  return true;
}

/* Called by the main thread between two of its functions: while fewer
   threads run than may and some function is left to take, start one
   more for each job slot make's jobserver gives now.  */

static void
pg_ws_grow (void)
{
  while (pg_ws_ids.length () + 1 < pg_ws_threads->length ())
    {
      pthread_mutex_lock (&pg_ws_lock);
      bool left = pg_ws_taken < pg_ws_pushed;
      pthread_mutex_unlock (&pg_ws_lock);
      if (!left || pg_jobserver_take (1) == 0)
	return;
      int n = pg_ws_ids.length () + 1;
      if (!pg_ws_start (n))
	return;
      pg_verbose ("make's jobserver gave one more job slot at %.3f s of "
		  "the GIMPLE phase: thread %d starts", pg_now () - pg_ws_t0,
		  n);
    }
}

/* The loop every thread runs.  busy_s excludes the time spent waiting
   for the serial lock.  */

static void
pg_consume (struct pg_thread *self)
{
  struct pg_fn *fn;

  double sys0;
  long flt0;
  pg_thread_usage (&sys0, &flt0);
  pg_self = self;
  for (;;)
    {
      if (self->id == 0)
	pg_ws_grow ();
      double t0 = pg_now (), b0 = self->barrier_wait_s + self->collect_s;
      fn = pg_ws_pop (self);
      self->dep_wait_s += (pg_now () - t0
			   - (self->barrier_wait_s + self->collect_s - b0));
      if (!fn)
	break;
      double w0 = self->wait_s + self->plock_wait_s, c0 = pg_thread_cpu ();
      double pw0 = self->plock_wait_s;
      double cc0 = self->collect_cpu_s;
      t0 = pg_now ();
      b0 = self->barrier_wait_s + self->collect_s;
      fn->start_s = t0 - pg_ws_t0;
      fn->thread = self->id;
      self->fn = fn;
      pg_work (fn);
      self->fn = NULL;
      /* Less the collections it waited for or ran between passes.  */
      double stopped = self->barrier_wait_s + self->collect_s - b0;
      self->cpu_s += (pg_thread_cpu () - c0
		      - (self->collect_cpu_s - cc0));
      double t1 = pg_now ();
      fn->work_s = (t1 - t0 - (self->wait_s + self->plock_wait_s - w0)
		    - stopped);
      /* A wait for other prologues is a wait for related functions.  */
      double pwait = self->plock_wait_s - pw0;
      self->busy_s += t1 - t0 - stopped - pwait;
      self->dep_wait_s += pwait;
      fn->end_s = t1 - pg_ws_t0;
      pg_ws_done (fn, true);
    }
  self->busy_s -= self->wait_s;
  pg_thread_usage (&self->sys_s, &self->minflt);
  self->sys_s -= sys0;
  self->minflt -= flt0;
  pg_self = NULL;
}

static void *
pg_worker_main (void *arg)
{
  pg_consume ((struct pg_thread *) arg);
  /* What the thread keeps for itself: its gimplifier contexts (patch
     "gimplify: make the gimplification context stack thread-local") and
     its memory blocks, handed back to the process-wide list.  */
  free_gimplify_stack ();
  memory_block_pool::hand_back ();
  return NULL;
}

/* The size pg_ws_pop compares: NODE's statements and those of the bodies
   inlined into it (its inline clones share their origin's body), as the
   IPA passes leave them; the GIMPLE phase's work grows with it.  A clone
   the IPA passes made (IPA-CP's .constprop, IPA-SRA's .isra) has no body
   until its prologue copies its origin's, so the origin's is counted:
   counting none made gimple-match.cc's largest dispatchers look like
   small functions, and at -O3 a small function that one of them waits
   for was taken last, 1.3 s before the phase's end (session 41).  */

static unsigned
pg_fn_size (cgraph_node *node)
{
  function *f = DECL_STRUCT_FUNCTION (node->decl);
  cgraph_node *origin = node;
  unsigned n = 0;
  basic_block bb;

  while (!(f && f->cfg) && origin->clone_of)
    {
      origin = origin->clone_of;
      f = DECL_STRUCT_FUNCTION (origin->decl);
    }
  if (f && f->cfg)
    FOR_EACH_BB_FN (bb, f)
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	n++;
  for (cgraph_edge *e = node->callees; e; e = e->next_callee)
    if (!e->inline_failed)
      n += pg_fn_size (e->callee);
  return n;
}

/* The order the producer pushes FNS in: the expansion order; or, for
   testing the scheduling rule (-fplugin-arg-pargimple-schedule=latest),
   the order that starts, among the functions whose related earlier
   functions are done, always the latest one: at N=1 it runs the
   functions as far from the expansion order as the rule allows, the same
   way every time.  */

static void
pg_producer_order (vec<pg_fn> *fns, vec<unsigned> *seq)
{
  unsigned i, n = fns->length ();

  if (pg_opts.schedule != PG_SCHEDULE_LATEST)
    {
      for (i = 0; i < n; i++)
	seq->safe_push (i);
      return;
    }
  auto_vec<int> left;
  auto_vec<unsigned> ready;
  for (i = 0; i < n; i++)
    {
      left.safe_push ((*fns)[i].deps_left + (*fns)[i].pdeps_left);
      if (left[i] == 0)
	ready.safe_push (i);
    }
  while (!ready.is_empty ())
    {
      unsigned best = 0, k;
      for (k = 1; k < ready.length (); k++)
	if (ready[k] > ready[best])
	  best = k;
      unsigned f = ready[best];
      ready.unordered_remove (best);
      seq->safe_push (f);
      for (k = 0; k < (*fns)[f].later.length (); k++)
	if (--left[(*fns)[f].later[k]] == 0)
	  ready.safe_push ((*fns)[f].later[k]);
      for (k = 0; k < (*fns)[f].plater.length (); k++)
	if (--left[(*fns)[f].plater[k]] == 0)
	  ready.safe_push ((*fns)[f].plater[k]);
    }
  gcc_assert (seq->length () == n);
}

/* Run WORK for every function of FNS on NTHREADS threads (the calling main
   thread included), and on up to MAX_THREADS as make's jobserver gives
   more slots, and return how many threads ran; THREADS receives their
   statistics.  COLLECT says that the collector is off while WORK runs
   (ggc_threads_begin), so the threads are to stop between functions or
   passes and collect when a collection is due.  */

int
pg_run_threads (vec<pg_fn> *fns, int nthreads, int max_threads,
		void (*work) (struct pg_fn *), bool collect,
		vec<pg_thread> *threads)
{
  unsigned i;
  int n;

  pg_fns = fns;
  pg_work = work;
  pg_ws_t0 = pg_now ();
  pg_ws_last_fn = NULL;
  pg_ws_ready.truncate (0);
  pg_ws_pushed = pg_ws_taken = 0;
  pg_ws_closed = false;
  pg_ws_running = 0;
  pg_ws_collect_p = collect;
  pg_ws_collect_due = pg_ws_collecting = false;
  pg_ws_progress = 0;
  pg_ws_parked = 0;
  pg_ws_generation = 0;
  pg_ws_chain_first = (max_threads > 1
		       && pg_opts.schedule == PG_SCHEDULE_ORDER);
  pg_plocks = NULL;
  if (max_threads > 1 && pg_nplocks)
    {
      pg_plocks = XNEWVEC (pthread_mutex_t, pg_nplocks);
      for (i = 0; i < pg_nplocks; i++)
	pthread_mutex_init (&pg_plocks[i], NULL);
    }
  for (i = 0; i < fns->length (); i++)
    {
      (*fns)[i].plocked = false;
      (*fns)[i].taken = false;
      (*fns)[i].pushed = false;
      (*fns)[i].prologue_done = false;
      (*fns)[i].ready_s = (*fns)[i].start_s = (*fns)[i].end_s = 0;
      (*fns)[i].thread = -1;
      (*fns)[i].size = (pg_ws_chain_first || pg_opts.schedule_dump
			? pg_fn_size ((*fns)[i].node) : 0);
    }
  /* The longest chain of statements from each function to the end of
     the phase, through the functions that wait for its end (a prologue
     counted as none): later functions have larger indices.  */
  for (i = fns->length (); i-- > 0;)
    {
      struct pg_fn *fn = &(*fns)[i];
      uint64_t after = 0;
      unsigned j;
      for (j = 0; j < fn->later.length (); j++)
	after = MAX (after, (*fns)[fn->later[j]].chain);
      fn->chain = (fn->run ? fn->size : 0) + after;
      for (j = 0; j < fn->plater.length (); j++)
	fn->chain = MAX (fn->chain, (*fns)[fn->plater[j]].chain);
    }
  /* Every entry now: a worker keeps a pointer to its own.  */
  threads->truncate (0);
  threads->safe_grow_cleared (max_threads);
  for (n = 0; n < max_threads; n++)
    (*threads)[n].id = n;
  pg_ws_threads = threads;
  pg_ws_ids.truncate (0);
  pg_ws_nuids = symtab->cgraph_max_uid;
  pg_ws_by_uid = XCNEWVEC (unsigned, pg_ws_nuids);
  for (i = 0; i < fns->length (); i++)
    pg_ws_by_uid[(*fns)[i].node->get_uid ()] = i + 1;

  /* The workers: N-1 threads, none when N=1.  */
  for (n = 1; n < nthreads; n++)
    if (!pg_ws_start (n))
      break;

  /* The producer: every function in order, then EMPTY.  */
  auto_vec<unsigned> seq;
  pg_producer_order (fns, &seq);
  for (i = 0; i < seq.length (); i++)
    if ((*fns)[seq[i]].run)
      pg_ws_push (&(*fns)[seq[i]]);
    else
      pg_ws_done (&(*fns)[seq[i]], false);
  pg_ws_push (NULL);

  /* The main thread consumes too, then waits for the others.  */
  pg_consume (&(*threads)[0]);
  for (i = 0; i < pg_ws_ids.length (); i++)
    pthread_join (pg_ws_ids[i], NULL);
  n = pg_ws_ids.length () + 1;
  threads->truncate (n);
  pg_ws_ids.release ();
  pg_ws_threads = NULL;
  pg_ws_ready.release ();
  XDELETEVEC (pg_ws_by_uid);
  pg_ws_by_uid = NULL;
  pg_ws_nuids = 0;
  if (pg_plocks)
    {
      for (i = 0; i < pg_nplocks; i++)
	pthread_mutex_destroy (&pg_plocks[i]);
      XDELETEVEC (pg_plocks);
      pg_plocks = NULL;
    }
  return n;
}

/* Scheduling rule (see the head comment).  A function's relations are
   the functions of the order it refers to (OUT, indices) and the meeting
   points it uses (MEETS): symbols whose state more than one function may
   change, whose users therefore run in order.  */

struct pg_rel
{
  hash_map<symtab_node *, unsigned> *index;	/* Function -> position.  */
  hash_set<symtab_node *> *meeting;	/* Variables facts may change on.  */
  hash_set<symtab_node *> *aligned;	/* Those whose alignment only may
					   change (meets.cc).  */
  hash_set<symtab_node *> seen;
  auto_vec<unsigned> out;
  auto_vec<symtab_node *> meets;
  auto_vec<symtab_node *> pmeets;	/* Meeting points of the prologue.  */
  auto_vec<symtab_node *> plocks;	/* Bodies its prologue copies, which
					   no other prologue may use
					   meanwhile (pg_prologue_lock).  */
};

static void pg_note_symbol (symtab_node *s, struct pg_rel *rel);

/* Blocks keep the function they were inlined from as their origin, and
   the function's passes read facts of an origin that is a C++
   constructor or destructor: remove_unused_locals keeps its blocks
   unless it is pure or const (ipa-polymorphic-call.cc,
   polymorphic_ctor_dtor_p).  That origin may have been inlined early
   into a body this function inlines now, with no call-graph edge left:
   relate it too.  BLOCK is the first of a chain.  */

static void
pg_note_block_origins (tree block, struct pg_rel *rel)
{
  for (; block && TREE_CODE (block) == BLOCK; block = BLOCK_CHAIN (block))
    {
      tree o = block_ultimate_origin (block);
      for (; o && TREE_CODE (o) == FUNCTION_DECL; o = DECL_ABSTRACT_ORIGIN (o))
	{
	  if (TREE_CODE (TREE_TYPE (o)) == METHOD_TYPE
	      && (DECL_CXX_CONSTRUCTOR_P (o) || DECL_CXX_DESTRUCTOR_P (o)))
	    if (cgraph_node *n = cgraph_node::get (o))
	      pg_note_symbol (n, rel);
	  if (DECL_ABSTRACT_ORIGIN (o) == o)
	    break;
	}
      pg_note_block_origins (BLOCK_SUBBLOCKS (block), rel);
    }
}

/* Add to the prologue's meeting points the functions CLONE was cloned
   from (its clone_of chain; none once it is materialized), but for
   inline clones and EXCEPT.  An inline clone there shares a body that
   inliners copy in any order (pg_note_refs): materializing CLONE from
   it takes its lock.  */

static void
pg_meet_clone_origins (cgraph_node *clone, cgraph_node *except,
		       struct pg_rel *rel)
{
  for (cgraph_node *o = clone->clone_of; o; o = o->clone_of)
    if (o == except)
      continue;
    else if (!o->inlined_to)
      rel->pmeets.safe_push (o);
    else
      rel->plocks.safe_push (o);
}

/* Until the prologue redirects it to the clone edge E now reaches, E's
   statement calls the declaration its body was built with, whose flags
   the prologue reads meanwhile: the inliner copies a body's calls
   (copy_bb) before it redirects them, and gives each copy its operands
   and EH region from the flags of that declaration
   (flags_from_decl_or_type, stmt_could_throw_p), which the late
   local-pure-const of that function sets (ThreadSanitizer, session 48).
   So do the copies of inlined bodies, whose inlined calls too are
   copied first.  Where the body is not read yet (LTO: the statements
   are streamed in by the prologue), the declaration the statement
   names is the one the clones of E's callee come from.  */

static void
pg_note_stmt_decl (cgraph_edge *e, struct pg_rel *rel)
{
  cgraph_node *n = NULL;

  if (e->call_stmt)
    {
      tree d = gimple_call_fndecl (e->call_stmt);
      if (d && d != e->callee->decl)
	n = cgraph_node::get (d);
    }
  else
    for (cgraph_node *o = e->callee->clone_of; o; o = o->clone_of)
      n = o;
  if (n)
    pg_note_symbol (n, rel);
}

/* A virtual call of node C that a pass may make direct reads the facts
   of the method it calls (virtuals.cc).  */

static void
pg_note_virtual_calls (cgraph_node *c, struct pg_rel *rel)
{
  for (cgraph_edge *e = c->indirect_calls; e; e = e->next_callee)
    if (e->indirect_info->polymorphic && e->indirect_info->otr_type)
      {
	vec<cgraph_node *> *v = pg_virtuals_of (e->indirect_info->otr_type);
	for (unsigned i = 0; i < v->length (); i++)
	  pg_note_symbol ((*v)[i], rel);
      }
}

/* A clone C with parameter adjustments whose body is not materialized
   yet is materialized by the prologue of the first function in the
   order that calls it, itself, or inlines a call to it
   (maybe_materialize_called_clones): the body it is copied from is
   read as above (copy_bb of its calls, then fold_marked_statements,
   which may make its virtual calls direct).  */

static void
pg_note_clone_body (cgraph_node *c, struct pg_rel *rel)
{
  clone_info *info;

  if (!c->clone_of || !(info = clone_info::get (c))
      || !info->param_adjustments)
    return;
  for (cgraph_edge *e = c->callees; e; e = e->next_callee)
    pg_note_stmt_decl (e, rel);
  pg_note_virtual_calls (c, rel);
}

static void
pg_note_refs (symtab_node *s, struct pg_rel *rel)
{
  ipa_ref *ref;
  unsigned i;

  for (i = 0; s->iterate_reference (i, ref); i++)
    pg_note_symbol (ref->referred, rel);
  if (cgraph_node *c = dyn_cast<cgraph_node *> (s))
    {
      cgraph_edge *e;
      for (e = c->callees; e; e = e->next_callee)
	{
	  pg_note_stmt_decl (e, rel);
	  if (e->callee->inlined_to)
	    {
	      /* Its body is part of this function's, copied from the
		 function it is a clone of (whose decl and blocks it
		 shares) by the inline transform of the prologue.  That
		 function is referred to: its own prologue, which may save
		 its body for its inline clones, comes before or after in
		 full.  The copies its inliners make do not depend on their
		 order, but each writes the source blocks' aux fields, and
		 the last releases the body: their prologues exclude each
		 other (session 30; until then they ran in order, which on
		 gimple-match.cc kept the largest function from starting
		 until the end of the phase, docs/DESIGN.md).  Materializing
		 that body, which depends on the order, is a meeting point
		 of the clone's origins below.  */
	      if (rel->seen.add (e->callee))
		continue;
	      pg_note_refs (e->callee, rel);
	      pg_note_block_origins (DECL_INITIAL (e->callee->decl), rel);
	      cgraph_node *origin = cgraph_node::get (e->callee->decl);
	      if (origin && !origin->inlined_to)
		{
		  pg_note_symbol (origin, rel);
		  rel->plocks.safe_push (origin->ultimate_alias_target ());
		}
	      /* A function inlined everywhere, with no offline copy left:
		 its own node became the last inline clone, and the others
		 still share its declaration and body, which each
		 inliner's prologue copies (writing the source blocks' aux
		 fields).  */
	      else if (origin)
		rel->plocks.safe_push (origin);
	      /* A clone's body is materialized from the function it
		 clones, by the first prologue that needs it: the
		 prologues of their users meet there.  Not their passes: a
		 function's prologue materializes the clones still virtual
		 of it before anything changes its body
		 (execute_all_ipa_transforms), so no clone is materialized
		 from a body its passes have changed.  */
	      pg_meet_clone_origins (e->callee, origin, rel);
	      if (origin)
		pg_note_clone_body (origin, rel);
	    }
	  else
	    {
	      /* A call to a clone is rewritten by the caller's inline
		 transform (ipa_param_adjustments::modify_call), which with
		 debug statements gives each parameter the clone dropped a
		 debug temporary, kept in the clone's debug arguments: the
		 first caller creates it, with a UID of its own range, and
		 the others reuse it.  GCC's first caller is the first in
		 the order: the callers' prologues meet at the clone.  A
		 clone still virtual is materialized, its declaration's
		 arguments and debug arguments rewritten, by the first
		 prologue of the function it clones or of itself (both
		 meet at the functions it was cloned from): where the
		 order puts the caller before the clone (a recursion
		 cycle, no_reorder, a profile's time order), the caller's
		 prologue meets there too, and reads the calls of the body
		 it copies.  */
	      if (e->callee->clone_of || e->callee->former_clone_of)
		rel->pmeets.safe_push (e->callee);
	      pg_meet_clone_origins (e->callee, NULL, rel);
	      pg_note_symbol (e->callee, rel);
	      pg_note_clone_body (e->callee, rel);
	    }
	}
      pg_note_virtual_calls (c, rel);
    }
}

static void
pg_note_symbol (symtab_node *s, struct pg_rel *rel)
{
  s = s->ultimate_alias_target ();
  if (rel->seen.add (s))
    return;
  /* An inline clone is part of another body, reached through the edge
     that inlined it (pg_note_refs).  */
  if (cgraph_node *c = dyn_cast<cgraph_node *> (s))
    if (c->inlined_to)
      return;
  if (unsigned *k = rel->index->get (s))
    rel->out.safe_push (*k);
  if (rel->meeting->contains (s) || rel->aligned->contains (s))
    rel->meets.safe_push (s);
  /* A variable's initializer may be folded into the function, so the
     symbols it refers to count.  */
  if (is_a<varpool_node *> (s))
    pg_note_refs (s, rel);
  /* A thunk is output with the function it calls.  */
  else if (cgraph_node *c = dyn_cast<cgraph_node *> (s))
    if (c->thunk)
      pg_note_refs (s, rel);
}

/* Record that FNS[LO] must finish before FNS[HI] starts, because of
   symbol WHY.  A pair seen twice counts twice, consistently in deps_left
   and later.  */

static void
pg_relate (vec<pg_fn> *fns, unsigned a, unsigned b, symtab_node *why)
{
  unsigned lo = MIN (a, b), hi = MAX (a, b);

  if (lo == hi)
    return;
  (*fns)[lo].later.safe_push (hi);
  if (pg_opts.verbose)
    (*fns)[lo].later_why.safe_push (xstrdup (why->dump_asm_name ()));
  (*fns)[hi].deps_left++;
}

/* Record that the prologue of FNS[LO] must be over before FNS[HI]
   starts.  */

static void
pg_relate_prologue (vec<pg_fn> *fns, unsigned lo, unsigned hi)
{
  if (lo == hi)
    return;
  (*fns)[lo].plater.safe_push (hi);
  (*fns)[hi].pdeps_left++;
}

/* The users so far of a variable whose alignment only may change: the
   latest that may raise it, and the ones that only read it since.  */

struct pg_rw
{
  int writer;
  vec<unsigned> readers;
};

/* Order function I, a user of V, as a reader or a writer of V's
   alignment (meets.cc): a writer after every earlier user, a reader
   after the latest earlier writer only.  */

static void
pg_chain_rw (vec<pg_fn> *fns, unsigned i, symtab_node *v,
	     hash_map<symtab_node *, pg_rw> *rw)
{
  bool existed;
  unsigned k;
  pg_rw &s = rw->get_or_insert (v, &existed);

  if (!existed)
    {
      s.writer = -1;
      s.readers = vNULL;
    }
  if (s.writer >= 0)
    pg_relate (fns, s.writer, i, v);
  if (pg_meets_may_raise_p ((*fns)[i].node, v))
    {
      for (k = 0; k < s.readers.length (); k++)
	pg_relate (fns, s.readers[k], i, v);
      s.readers.truncate (0);
      s.writer = i;
    }
  else
    {
      s.readers.safe_push (i);
      (*fns)[i].reads.safe_push (v);
    }
}

/* Chain the users of the meeting points MEETS of function I, LAST
   mapping each meeting point to its latest user so far; PROLOGUE says
   whether only the prologues are ordered.  The users of a variable of
   ALIGNED are ordered as readers and writers instead (RW).  */

static void
pg_chain (vec<pg_fn> *fns, unsigned i, vec<symtab_node *> *meets,
	  hash_map<symtab_node *, unsigned> *last, bool prologue,
	  hash_set<symtab_node *> *aligned = NULL,
	  hash_map<symtab_node *, pg_rw> *rw = NULL)
{
  unsigned j;

  for (j = 0; j < meets->length (); j++)
    {
      bool existed;
      if (aligned && aligned->contains ((*meets)[j]))
	{
	  pg_chain_rw (fns, i, (*meets)[j], rw);
	  continue;
	}
      unsigned &prev = last->get_or_insert ((*meets)[j], &existed);
      if (existed && prev != i)
	{
	  if (prologue)
	    pg_relate_prologue (fns, prev, i);
	  else
	    pg_relate (fns, prev, i, (*meets)[j]);
	}
      prev = i;
    }
}

static int
pg_cmp_unsigned (const void *a, const void *b)
{
  unsigned x = *(const unsigned *) a, y = *(const unsigned *) b;
  return x < y ? -1 : x > y;
}

/* Compute deps_left and later of every function of FNS, and the locks
   of their prologues.  */

void
pg_schedule_init (vec<pg_fn> *fns)
{
  hash_map<symtab_node *, unsigned> index;
  hash_set<symtab_node *> meeting, aligned;
  /* The last function (so far) that used each meeting point.  */
  hash_map<symtab_node *, unsigned> last, plast;
  hash_map<symtab_node *, pg_rw> rw;
  /* Each function's prologue meeting points and bodies it copies; the
     bodies some prologue copies unordered, numbered (pg_prologue_lock).  */
  auto_vec<vec<symtab_node *> > pused;
  hash_map<symtab_node *, unsigned> plock_id;
  const char *why;
  bool readers = pg_meets_readers_p (&why);
  unsigned i, j, nfns = fns->length ();
  varpool_node *v;

  for (i = 0; i < nfns; i++)
    {
      (*fns)[i].deps_left = 0;
      (*fns)[i].later = vNULL;
      (*fns)[i].later_why = vNULL;
      (*fns)[i].pdeps_left = 0;
      (*fns)[i].plater = vNULL;
      (*fns)[i].plocks = vNULL;
      (*fns)[i].scope = vNULL;
      (*fns)[i].reads = vNULL;
      index.put ((*fns)[i].node, i);
    }
  pg_virtuals_init ();
  /* A function of the file that keeps a built-in declaration (C keeps a
     definition of memset built in: c-decl.cc, duplicate_decls) may be
     called by any function once a pass plants a call to it (loop
     distribution's memset and memcpy, the folders' strlen and puts),
     which then reads its facts: every function is related to it.  */
  auto_vec<cgraph_node *> builtins;
  for (i = 0; i < nfns; i++)
    if (fndecl_built_in_p ((*fns)[i].node->decl, BUILT_IN_NORMAL))
      builtins.safe_push ((*fns)[i].node);
  if (builtins.length ())
    pg_verbose ("%u functions keep a built-in declaration: every function "
		"is related to them", builtins.length ());
  /* Variables whose facts a GIMPLE pass may change: the vectorizer
     raises the alignment of the variables it can; a pass that introduces
     the address of a static variable not yet addressable sets
     TREE_ADDRESSABLE (read by the alias oracle's may_be_aliased).  Every
     user of such a variable is ordered; only when no pass can suppress
     a warning on a variable that another reads, the users of one whose
     alignment alone may change are ordered as readers and writers
     (meets.cc; docs/DESIGN.md).  */
  if (!readers)
    pg_verbose ("every user of a variable ordered: %s", why);
  FOR_EACH_VARIABLE (v)
    if (!TREE_PUBLIC (v->decl) && !DECL_EXTERNAL (v->decl)
	&& !TREE_ADDRESSABLE (v->decl))
      meeting.add (v);
    else if (v->can_increase_alignment_p ())
      (readers ? aligned : meeting).add (v);
  /* Points-to analysis gives an alias variable its target's DECL_UID as
     PT uid, the first time by overwriting the alias's own DECL_UID
     (DECL_PT_UID is an lvalue of either); others read it.  The early
     passes have normally done so: order the users of one that has
     not (through its target: pg_note_symbol sees targets only).  */
  FOR_EACH_VARIABLE (v)
    if (v->alias && v->analyzed
	&& DECL_PT_UID (v->decl)
	   != DECL_UID (v->ultimate_alias_target ()->decl))
      {
	meeting.add (v->ultimate_alias_target ());
	aligned.remove (v->ultimate_alias_target ());
      }

  for (i = 0; i < nfns; i++)
    {
      struct pg_rel rel;
      rel.index = &index;
      rel.meeting = &meeting;
      rel.aligned = &aligned;
      rel.seen.add ((*fns)[i].node);
      /* A function is a meeting point of the prologues of its own
	 inliners too (its prologue may save its body for them, and
	 materializes its clones), and a clone of the function its body is
	 materialized from (pg_note_refs).  */
      rel.pmeets.safe_push ((*fns)[i].node);
      pg_meet_clone_origins ((*fns)[i].node, NULL, &rel);
      pg_note_refs ((*fns)[i].node, &rel);
      pg_note_block_origins (DECL_INITIAL ((*fns)[i].node->decl), &rel);
      for (j = 0; j < builtins.length (); j++)
	pg_note_symbol (builtins[j], &rel);
      for (hash_set<symtab_node *>::iterator it = rel.seen.begin ();
	   it != rel.seen.end (); ++it)
	(*fns)[i].scope.safe_push (*it);
      for (j = 0; j < rel.out.length (); j++)
	pg_relate (fns, i, rel.out[j], (*fns)[rel.out[j]].node);
      pg_chain (fns, i, &rel.meets, &last, false, &aligned, &rw);
      pg_chain (fns, i, &rel.pmeets, &plast, true);
      vec<symtab_node *> used = rel.plocks.copy ();
      used.safe_splice (rel.pmeets);
      pused.safe_push (used);
      for (j = 0; j < rel.plocks.length (); j++)
	{
	  bool existed;
	  unsigned &id = plock_id.get_or_insert (rel.plocks[j], &existed);
	  if (!existed)
	    id = plock_id.elements () - 1;
	}
    }
  /* A body some prologues copy in any order is locked by every prologue
     that uses it, ordered or not: the prologues of its clones' users
     materialize the clones from it.  */
  for (i = 0; i < nfns; i++)
    {
      for (j = 0; j < pused[i].length (); j++)
	if (unsigned *id = plock_id.get (pused[i][j]))
	  (*fns)[i].plocks.safe_push (*id);
      (*fns)[i].plocks.qsort (pg_cmp_unsigned);
      unsigned n = 0;
      for (j = 0; j < (*fns)[i].plocks.length (); j++)
	if (j == 0 || (*fns)[i].plocks[j] != (*fns)[i].plocks[j - 1])
	  (*fns)[i].plocks[n++] = (*fns)[i].plocks[j];
      (*fns)[i].plocks.truncate (n);
      pused[i].release ();
    }
  pg_nplocks = plock_id.elements ();
  for (hash_map<symtab_node *, pg_rw>::iterator it = rw.begin ();
       it != rw.end (); ++it)
    (*it).second.readers.release ();
  pg_meets_end ();
  pg_virtuals_end ();
}

/* The shortest GIMPLE phase the scheduling rule allows with unlimited
   threads and no serial lock: the longest chain of related functions,
   weighted by the time each took (stats: critical_path_s).  With
   'verbose', name the functions of that chain, last first, with the
   time each took and why it waits for the previous one: the symbol
   that relates them (its end awaited), or "prologue" (its prologue
   only).  */

double
pg_critical_path (vec<pg_fn> *fns)
{
  unsigned i, j, n = fns->length (), last = 0;
  double *start = XCNEWVEC (double, n), longest = 0;
  int *pred = XNEWVEC (int, n);
  const char **why = XCNEWVEC (const char *, n);

  for (i = 0; i < n; i++)
    pred[i] = -1;
  for (i = 0; i < n; i++)
    {
      double finish = start[i] + (*fns)[i].work_s;
      if (finish > longest)
	longest = finish, last = i;
      for (j = 0; j < (*fns)[i].later.length (); j++)
	{
	  unsigned k = (*fns)[i].later[j];
	  if (finish > start[k])
	    {
	      start[k] = finish, pred[k] = i;
	      why[k] = pg_opts.verbose ? (*fns)[i].later_why[j] : NULL;
	    }
	}
      /* Prologues are short: counted as taking no time.  */
      for (j = 0; j < (*fns)[i].plater.length (); j++)
	{
	  unsigned k = (*fns)[i].plater[j];
	  if (start[i] > start[k])
	    start[k] = start[i], pred[k] = i, why[k] = NULL;
	}
    }
  if (pg_opts.verbose && n)
    for (int k = last; k >= 0; k = pred[k])
      pg_verbose ("critical path: %s %.3f s%s%s",
		  (*fns)[k].node->dump_asm_name (), (*fns)[k].work_s,
		  pred[k] < 0 ? "" : " after ",
		  pred[k] < 0 ? "" : why[k] ? why[k] : "prologue");
  free (why);
  free (pred);
  free (start);
  return longest;
}

/* With schedule-dump=FILE: write FNS, the GIMPLE phase just run, to FILE,
   one line per function in expansion order:
     INDEX RUN SIZE WORK_S EXCLUSIVE THREAD READY_S START_S END_S
       | LATER... | PLATER... | NAME
   (pg_fn: whether it had a GIMPLE phase, its statements, the seconds it
   took without waiting for the serial lock, whether it ran alone; the
   thread that ran it (-1: none), and the seconds from the phase's start
   when it became ready, was taken and ended; the later functions that
   wait for its end, and those whose prologue waits for its prologue;
   not the prologues that only exclude each other, pg_prologue_lock).
   bench/schedule-sim.py replays the phase from it: what the scheduling
   rule allows at N threads, apart from the lock, the collections and the
   machine; with --tail it tells how the measured phase ended.  An error
   if FILE cannot be written.  */

void
pg_schedule_dump (vec<pg_fn> *fns, const char *file)
{
  FILE *f = fopen (file, "w");
  unsigned i, j;

  if (!f)
    {
      error ("plugin %qs: cannot write the schedule to %qs: %m",
	     "pargimple", file);
      return;
    }
  for (i = 0; i < fns->length (); i++)
    {
      struct pg_fn *fn = &(*fns)[i];
      fprintf (f, "%u %d %u %.6f %d %d %.6f %.6f %.6f |", i, fn->run,
	       fn->size, fn->work_s, fn->exclusive, fn->thread, fn->ready_s,
	       fn->start_s, fn->end_s);
      for (j = 0; j < fn->later.length (); j++)
	fprintf (f, " %u", fn->later[j]);
      fputs (" |", f);
      for (j = 0; j < fn->plater.length (); j++)
	fprintf (f, " %u", fn->plater[j]);
      fprintf (f, " | %s\n", fn->node->dump_asm_name ());
    }
  if (fclose (f) != 0)
    error ("plugin %qs: cannot write the schedule to %qs: %m",
	   "pargimple", file);
}
