/* pargimple.h -- declarations shared by the pargimple plugin's files.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   The plugin is C++ only because GCC's headers are; it is written in
   plain C style.  One file per concern:
     main.cc     plugin_init, plugin_info, version and patch-series checks
     options.cc  -fplugin-arg-pargimple-* parsing and the serial fallback
     order.cc    the expansion order, computed as cgraphunit.cc would
     gate.cc     PLUGIN_OVERRIDE_GATE: the RTL phase skips GIMPLE passes
     threads.cc  the working set, the workers, the scheduling rule
     serial.cc   the serial lock, the pass-safety table, the pass walk
     facts.cc    facts the GIMPLE phase publishes, shown to RTL in order
     replay.cc   counters and new symbols, put back into serial order
     diag.cc     GIMPLE-phase diagnostics, captured and replayed in order
     engine.cc   the late IPA pass that runs the phases
     stats.cc    timing and the -fplugin-arg-pargimple-stats line  */

#ifndef PARGIMPLE_H
#define PARGIMPLE_H

/* Which ready function a thread takes (-fplugin-arg-pargimple-schedule=):
   ORDER, the default, the one heading the longest chain with threads and
   the first in expansion order at one thread; EXPANSION the first in
   expansion order with threads too (measuring); LATEST the latest
   pushed, at any thread count (testing).  */
enum pg_schedule { PG_SCHEDULE_ORDER, PG_SCHEDULE_EXPANSION, PG_SCHEDULE_LATEST };

/* What the user asked for, after parsing the arguments.  */
struct pg_options
{
  int num_threads;		/* Requested threads, 1..256.  */
  bool num_threads_given;	/* From -fplugin-arg-pargimple-num-threads.  */
  bool two_phase;		/* -fplugin-arg-pargimple-two-phase.  */
  bool verbose;			/* -fplugin-arg-pargimple-verbose.  */
  bool stats;			/* -fplugin-arg-pargimple-stats.  */
  bool pass_stats;		/* -fplugin-arg-pargimple-pass-stats.  */
  bool no_huge_pages;		/* -fplugin-arg-pargimple-no-huge-pages.  */
  bool no_jobserver;		/* -fplugin-arg-pargimple-no-jobserver.  */
  const char *inject_ice;	/* -fplugin-arg-pargimple-inject-ice=F.  */
  enum pg_schedule schedule;	/* -fplugin-arg-pargimple-schedule=.  */
  const char *concurrent;	/* -fplugin-arg-pargimple-concurrent=LIST.  */
  const char *schedule_dump;	/* -fplugin-arg-pargimple-schedule-dump=F.  */
};

extern struct pg_options pg_opts;

struct pg_capture;		/* diag.cc */

/* replay.cc: a function whose struct function (and number) was allocated
   in a GIMPLE phase, and its number's offset within that phase's.  */
struct pg_funcdef
{
  cgraph_node *node;
  int offset;
};

/* One function of the expansion order: what the threads need to schedule
   it and what the serial RTL phase needs to put its GIMPLE phase's side
   effects back into GCC's order.  */
struct pg_fn
{
  cgraph_node *node;
  unsigned index;		/* Position in the expansion order.  */
  bool run;			/* Has a GIMPLE phase (node->process).  */
  bool exclusive;		/* Runs alone (engine.cc, pg_exclusive_p).  */

  /* threads.cc: earlier related functions not finished yet, and the
     later related functions to tell when this one finishes.  */
  int deps_left;
  vec<unsigned> later;
  /* With 'verbose' only: for each of LATER, the name of the symbol
     that relates the two (a meeting point, or the one of the two that
     the other refers to), named on the critical path.  */
  vec<char *> later_why;
  /* The same for the prologue (body, inline transform): earlier
     functions whose prologue must come first, later ones to tell.  */
  int pdeps_left;
  vec<unsigned> plater;
  bool prologue_done;
  /* The bodies its prologue copies that other prologues copy too, in any
     order: their locks, in increasing order (pg_prologue_lock); and
     whether it holds them.  */
  vec<unsigned> plocks;
  bool plocked;
  bool pushed;			/* In the working set (producer).  */
  unsigned seq;			/* Its place in the working set.  */
  bool taken;			/* Popped by a thread.  */
  uint64_t chain;		/* The most statements (SIZE) on a chain of
				   related functions from it to the end of
				   the phase (threads.cc, pg_ws_pop).  */
  unsigned size;		/* Statements, with the bodies inlined
				   into it (threads.cc, pg_ws_pop).  */
  double work_s;		/* Its GIMPLE phase took, without waiting
				   for the serial lock.  */
  /* Seconds from the phase's start: when it became ready (its related
     earlier functions done; recorded only with schedule-dump, as it is
     taken under the working set's mutex), when a thread took it and
     when it ended; and which thread ran it (for schedule-dump).  */
  double ready_s, start_s, end_s;
  int thread;
  /* The symbols it is related to (itself included): the only ones
     whose facts its passes may change (facts.cc, which releases it
     once it has listed them).  */
  vec<symtab_node *> scope;
  /* The variables of its scope whose alignment its passes only read
     (meets.cc): a change of their facts is an internal error.  */
  vec<symtab_node *> reads;

  /* replay.cc: numbers this function's GIMPLE phase consumed.  */
  unsigned tmp_counter;		/* create_tmp_var_name, provisional.  */
  unsigned tmp_base;		/* First provisional number.  */
  unsigned tmp_serial;		/* The serial number it stands for
				   (set by pg_replay_fn).  */
  int blocks;			/* Block numbers (number_blocks).  */
  vec<symtab_node *> symbols;	/* Symbols it created, oldest first.  */
  vec<pg_funcdef> funcdefs;	/* Functions numbered (funcdef_no).  */
  int funcdef_count;		/* Function numbers consumed.  */

  /* diag.cc: its diagnostics, captured.  */
  struct pg_capture *capture;

  /* uids.cc: the UID counters of its range.  */
  struct tree_uid_counters uids;
  /* uids.cc: ivopts' first-use costs (pg_uids_ivopts_use).  Whether its
     passes needed them, whether it computed them, where its numbering
     stood at the first need (its next DECL_UID and temporary number),
     and what that numbering gains from GCC's order: +1 in GCC's first
     function to need them, -1 in the one that computed them instead
     (uids.cc and replay.cc move its later numbers by that much).  */
  bool iv_needed, iv_computed;
  int iv_decl_uid;
  unsigned iv_tmp;
  int iv_shift;
};

/* One thread of the GIMPLE phase (the main thread is thread 0).  */
struct pg_thread
{
  int id;
  struct pg_fn *fn;		/* The function it compiles, or null.  */
  bool holds_lock;		/* Holds the serial lock.  */
  bool exclusive;		/* Compiles a function that runs alone
				   (engine.cc): all its passes hold the
				   serial lock.  */
  double lock_since;		/* When it took the lock.  */
  double busy_s;		/* Time spent compiling functions, without
				   waiting for the serial lock.  */
  double locked_s;		/* Part of busy_s under the serial lock.  */
  double cpu_s;			/* CPU time of the thread while compiling
				   functions: busy_s less what it spent
				   blocked (on GCC's own locks, too).  */
  double wait_s;		/* Time spent waiting for the lock.  */
  double dep_wait_s;		/* Time spent waiting for a function whose
				   related earlier functions are done, and
				   for other prologues (plock_wait_s).  */
  double plock_wait_s;		/* Part of it waiting for the locks of the
				   bodies its prologue copies.  */
  double barrier_wait_s;	/* Time spent waiting for the running
				   functions to end, and for another
				   thread's collection (threads.cc).  */
  int collections;		/* Collections it ran.  */
  double collect_s;		/* Time they took.  */
  double collect_cpu_s;		/* And their CPU time.  */
  /* The thread's system CPU time and minor page faults over the phase
     (getrusage RUSAGE_THREAD, from its first pop to EMPTY): the
     kernel's share of cpu_s, mostly faulting in memory.  */
  double sys_s;
  long minflt;
  int symtab_order;		/* symtab->order when it took the lock.  */
  int funcdef_no;		/* The function-number counter then.  */
  double *pass_s;		/* pass-stats: per pass of serial.cc's
				   numbering, then for the prologues and
				   the functions' ends, PG_PASS_STATS
				   values: time run, time locked, runs,
				   lock wait, runs under the lock.  */
};

#define PG_PASS_STATS 5

/* The thread running this code, during the GIMPLE phase.  */
extern __thread struct pg_thread *pg_self;

/* options.cc */
extern bool pg_parse_arguments (const char *plugin_name, int argc,
				struct plugin_argument *argv);
extern const char *pg_fallback_reason (void);
extern void pg_verbose (const char *fmt, ...)
  __attribute__ ((format (printf, 1, 2)));

/* order.cc */
extern void pg_mark_functions_to_output (void);
extern void pg_output_in_order (void);
extern void pg_compute_order (vec<cgraph_node *> *);

/* gate.cc */
enum pg_phase { PG_PHASE_NONE, PG_PHASE_RTL };
extern void pg_gate_init (void);
extern unsigned pg_expand_index (void);
extern opt_pass *pg_top_pass (unsigned);
extern void pg_gate_set (enum pg_phase, function *);
extern void pg_override_gate (void *gcc_data, void *user_data);

/* threads.cc */
extern void pg_schedule_init (vec<pg_fn> *);
extern double pg_critical_path (vec<pg_fn> *);
extern void pg_schedule_dump (vec<pg_fn> *, const char *);
extern void pg_prologue_lock (struct pg_thread *, struct pg_fn *);
extern void pg_prologue_done (struct pg_fn *);
extern void pg_safepoint (struct pg_thread *, opt_pass *);
extern void pg_safe_begin (struct pg_thread *);
extern void pg_safe_end (struct pg_thread *);
extern int pg_run_threads (vec<pg_fn> *, int nthreads, int max_threads,
			   void (*work) (struct pg_fn *), bool collect,
			   vec<pg_thread> *threads);
extern void pg_ws_check_removal (struct pg_thread *, cgraph_node *);

/* jobserver.cc */
extern void pg_jobserver_init (void);
extern bool pg_jobserver_p (void);
extern int pg_jobserver_take (int);
extern void pg_jobserver_give_back (void);

/* meets.cc */
extern bool pg_meets_readers_p (const char **why);
extern bool pg_meets_may_raise_p (cgraph_node *, symtab_node *);
extern void pg_meets_end (void);

/* virtuals.cc */
extern void pg_virtuals_init (void);
extern vec<cgraph_node *> *pg_virtuals_of (tree otr_type);
extern void pg_virtuals_end (void);

/* serial.cc */
extern void pg_serial_enter (void);
extern void pg_serial_leave (void);
extern void pg_sections_begin (void);
extern void pg_sections_end (void);
extern double pg_locked_so_far (double);
extern bool pg_prologue_listed_p (void);
extern bool pg_any_concurrent_pass_p (void);
extern void pg_passes_begin (void);
extern void pg_passes_print (vec<pg_thread> *);
extern void pg_passes_end (void);
extern void pg_finish_transforms (ipa_opt_pass_d *, unsigned int);
extern void pg_prologue_account (double, double, double);
extern void pg_end_account (double, double, double);
extern bool pg_gates_overridable_p (void);
extern void pg_run_passes (double *, double *, double *);
extern void pg_inject_ice (void *gcc_data, void *user_data);

/* facts.cc */
extern void pg_facts_begin (vec<pg_fn> *fns);
extern void pg_facts_record (unsigned fn);
extern void pg_facts_rewind (void);
extern void pg_facts_replay (unsigned fn);
extern void pg_facts_end (void);
extern void pg_facts_forget (symtab_node *);

/* uids.cc */
extern void pg_uids_init (const char *plugin_name);
extern void pg_uids_begin (vec<pg_fn> *);
extern void pg_uids_fn_start (struct pg_fn *);
extern void pg_uids_fn_end (struct pg_fn *);
extern void pg_uids_end (vec<pg_fn> *);
extern void pg_uids_rtl_start (struct pg_fn *);
extern void pg_uids_rtl_end (void);

/* replay.cc */
extern void pg_replay_begin (vec<pg_fn> *);
extern void pg_replay_fn_start (struct pg_fn *);
extern void pg_replay_fn_end (struct pg_fn *);
extern void pg_replay_hold_start (void);
extern void pg_replay_hold_end (struct pg_fn *);
extern void pg_replay_rtl_begin (void);
extern void pg_replay_fn (struct pg_fn *);
extern void pg_replay_end (void);
extern void pg_replay_forget (symtab_node *);
extern char *pg_replay_names (const char *, struct pg_fn *);

/* diag.cc */
extern const char *pg_diag_fallback_reason (void);
extern void pg_diag_phase_begin (void);
extern void pg_diag_phase_end (void);
extern void pg_diag_capture_start (struct pg_fn *);
extern void pg_diag_capture_stop (void);
extern void pg_diag_replay (struct pg_fn *);

/* engine.cc */
extern opt_pass *pg_make_engine_pass (gcc::context *);

/* released.cc */
extern void pg_released_begin (vec<pg_fn> *);
extern void pg_released_end (void);

/* stats.cc */
extern double pg_now (void);
extern double pg_thread_cpu (void);
extern void pg_thread_usage (double *, long *);
struct pg_stats
{
  int threads;			/* Threads that ran the GIMPLE phase.  */
  int functions;		/* Functions run through the two phases.  */
  int in_order_functions;	/* no_reorder functions compiled as stock.  */
  double prephase_s;		/* Order computation and no_reorder part.  */
  double gimple_wall_s;		/* The GIMPLE phase, wall clock.  */
  double rtl_wall_s;		/* The serial RTL phase.  */
  double critical_path_s;	/* pg_critical_path.  */
  int hwm_start_mb, hwm_end_mb;	/* Peak RSS at the GIMPLE phase's ends.  */
  int rss_end_mb;		/* RSS when the GIMPLE phase ends.  */
  int gc_collections;		/* Collections so far (stats only).  */
  double gc_s;			/* Their time.  */
  int gimple_collections;	/* Collections of the GIMPLE phase,
				   whatever ran them.  */
  double gimple_collect_s;	/* Their time.  */
  int rtl_collections;		/* Collections of the RTL phase.  */
  double rtl_collect_s;		/* Their time.  */
  double rtl_cpu_s;		/* The RTL phase's CPU time (main thread).  */
  double rtl_sys_s;		/* Its system CPU time.  */
  long rtl_minflt;		/* And its minor faults.  */
  vec<pg_thread> *per_thread;	/* Busy and locked time per thread.  */
};
extern struct pg_stats pg_stats;
extern void pg_print_stats (void);
extern int pg_vm_mb (const char *);
extern void pg_stats_init (const char *);

#endif /* PARGIMPLE_H */
