/* pargimple.h -- declarations shared by the pargimple plugin's files.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   The plugin is C++ only because GCC's headers are; it is written in
   plain C style.  One file per concern:
     main.cc     plugin_init, plugin_info, version and patch-series checks
     options.cc  -fplugin-arg-pargimple-* parsing and the serial fallback
     order.cc    the expansion order, computed as cgraphunit.cc would
     gate.cc     PLUGIN_OVERRIDE_GATE: splitting all_passes at 'expand'
     facts.cc    facts the GIMPLE phase publishes, shown to RTL in order
     engine.cc   the late IPA pass that runs the two phases
     stats.cc    timing and the -fplugin-arg-pargimple-stats line  */

#ifndef PARGIMPLE_H
#define PARGIMPLE_H

/* What the user asked for, after parsing the arguments.  */
struct pg_options
{
  int num_threads;		/* Requested threads, 1..256.  */
  bool num_threads_given;	/* From -fplugin-arg-pargimple-num-threads.  */
  bool two_phase;		/* -fplugin-arg-pargimple-two-phase.  */
  bool verbose;			/* -fplugin-arg-pargimple-verbose.  */
  bool stats;			/* -fplugin-arg-pargimple-stats.  */
};

extern struct pg_options pg_opts;

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
enum pg_phase { PG_PHASE_NONE, PG_PHASE_GIMPLE, PG_PHASE_RTL };
extern void pg_gate_init (void);
extern void pg_gate_set (enum pg_phase, function *);
extern void pg_override_gate (void *gcc_data, void *user_data);

/* facts.cc */
extern void pg_facts_begin (void);
extern void pg_facts_record (void);
extern void pg_facts_rewind (void);
extern void pg_facts_replay (unsigned);
extern void pg_facts_end (void);

/* engine.cc */
extern opt_pass *pg_make_engine_pass (gcc::context *);

/* stats.cc */
extern double pg_now (void);
struct pg_stats
{
  int functions;		/* Functions run through the two phases.  */
  int in_order_functions;	/* no_reorder functions compiled as stock.  */
  double prephase_s;		/* Order computation and no_reorder part.  */
  double gimple_wall_s;		/* The GIMPLE phase, wall clock.  */
  double gimple_busy_s;		/* Time spent inside GIMPLE passes.  */
  double rtl_wall_s;		/* The serial RTL phase.  */
};
extern struct pg_stats pg_stats;
extern void pg_print_stats (void);

#endif /* PARGIMPLE_H */
