/* diag.cc -- GIMPLE-phase diagnostics, captured and replayed in order.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   Without the plugin, function F_i's GIMPLE warnings come after F_i-1's
   RTL warnings and before F_i's.  The engine runs F_i's GIMPLE passes
   earlier (and on any thread), so their diagnostics are captured and
   replayed right before F_i's RTL phase, in the main thread.

   For the whole GIMPLE phase the capture starter and finalizer below
   replace GCC's; each thread captures into the function it compiles
   (pg_diag_capture_start), whether or not it holds the serial lock.  The
   patch series makes diagnostic_report_diagnostic (and each
   auto_diagnostic_group) report one diagnostic at a time, so the
   callbacks, global_dc and its pretty-printer are used by one thread at
   a time.  GCC decides
   everything about a diagnostic when it is issued (enabled or not, -Werror
   promotion, #pragma GCC diagnostic, suppression), and the passes act on
   that answer, so capture lets diagnostic_report_diagnostic run, with:
     - a starter that prints nothing and records the kind, location,
       option, input_location, current_function_decl, and the function
       header GCC's starter would print if the function changed ("In
       function 'f',\n    inlined from 'g' at ..."): its text depends on
       the BLOCK tree, which later passes change; it sets the usual prefix
       ("file:line:col: warning: ") so that the text wraps as it would;
     - a finalizer that takes the formatted text (prefix, message, option)
       out of the pretty-printer instead of printing it, and takes back
       the count GCC just added (errorcount etc. follow the replay).
   The replay prints the "In file included from" lines and the function
   header when GCC would (that depends on what was printed before, so it
   is decided now, as GCC's starter decides), the captured text, and runs
   GCC's own finalizer (source line and caret, likewise decided now), and
   counts the diagnostic.

   One-time diagnostics (diagnostic-once.h: a psABI note given once per
   compilation) belong to the function that gets to their site first in
   GCC's order, which is not the first in time.  While capturing, a
   function's visit to such a site finds the flag as it was before the
   phase (nothing sets it while the phase runs), unless the function's
   own earlier visit surely set it; the visit, the block's diagnostics,
   set_flag and the block's end are recorded in order among the
   function's diagnostics.  The replay runs the flags as GCC would have
   at each visit, and drops what a block whose flag GCC found set (or
   any block inside it) gave.  A block gives diagnostics only, so giving
   them and dropping them later changes nothing else.

   An internal or fatal error while capturing stops capturing: the
   function's captured diagnostics are printed first, then GCC reports the
   error as usual and exits.

   Limits (serial fallback, options.cc): -Wfatal-errors, -fmax-errors,
   non-text diagnostic formats, -fdiagnostics-generate-patch and
   -fdiagnostics-parseable-fixits; a replayed diagnostic shows its primary
   location only (middle-end diagnostics have one).  */

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "tree.h"
#include "tree-pass.h"
#include "cgraph.h"
#include "diagnostic.h"
#include "tree-diagnostic.h"
#include "pretty-print.h"
#include "diagnostic-once.h"
#include "pargimple.h"

enum pg_once_event
{
  PG_ONCE_NONE,			/* A diagnostic.  */
  PG_ONCE_VISIT,		/* Block entered, the visit sets the flag.  */
  PG_ONCE_VISIT_LATER,		/* Block entered, set_flag may set it.  */
  PG_ONCE_SET,			/* set_flag.  */
  PG_ONCE_END			/* Block left.  */
};

struct pg_diag
{
  diagnostic_t kind;		/* After promotion (e.g. DK_ERROR).  */
  diagnostic_t orig_kind;	/* As issued (e.g. DK_WARNING).  */
  int option_index;
  location_t loc;
  location_t input_loc;
  tree fndecl;
  char *header;			/* "In function 'f',\n inlined from ..." */
  void *header_key;		/* The function it names (last_function).  */
  char *text;			/* Prefix, message and option.  */
  enum pg_once_event once_event;	/* Or an event of a one-time
					   diagnostic's block (text null).  */
  bool *once;			/* The block's flag.  */
};

struct pg_capture
{
  vec<pg_diag> diags;
  vec<bool *> onces;		/* Flags its visits surely set.  */
};

static __thread struct pg_fn *pg_capturing;
static __thread int pg_once_depth;	/* Blocks open.  */
static diagnostic_starter_fn pg_orig_starter;
static diagnostic_finalizer_fn pg_orig_finalizer;

/* Why diagnostics cannot be captured for this compilation, or NULL.  */

const char *
pg_diag_fallback_reason (void)
{
  if (flag_fatal_errors)
    return "-Wfatal-errors stops at the first error, in GCC's order";
  if (global_dc->max_errors)
    return "-fmax-errors stops after N errors, in GCC's order";
  if (global_dc->begin_group_cb || global_dc->end_group_cb)
    return "a non-text diagnostic format is in use";
  if (global_dc->edit_context_ptr)
    return "-fdiagnostics-generate-patch collects fix-it hints";
  if (global_dc->extra_output_kind != EXTRA_DIAGNOSTIC_OUTPUT_none)
    return "-fdiagnostics-parseable-fixits prints fix-it hints";
  return NULL;
}

static void
pg_count (diagnostic_t kind, diagnostic_t orig, int delta)
{
  if (kind == DK_ERROR && orig == DK_WARNING)
    diagnostic_kind_count (global_dc, DK_WERROR) += delta;
  else
    diagnostic_kind_count (global_dc, kind) += delta;
}

static void
pg_capture_alloc (struct pg_fn *fn)
{
  if (!fn->capture)
    {
      fn->capture = XCNEW (struct pg_capture);
      fn->capture->diags = vNULL;
      fn->capture->onces = vNULL;
    }
}

static void
pg_once_record (struct pg_fn *fn, enum pg_once_event event, bool *flag)
{
  struct pg_diag d;

  memset (&d, 0, sizeof d);
  d.once_event = event;
  d.once = flag;
  fn->capture->diags.safe_push (d);
}

/* The hooks of diagnostic-once.h while the phase runs.  A thread that
   captures nothing runs GCC's test and set; a replay that reports an
   internal error on a thread may set a flag, hence the atomic
   accesses.  */

static bool
pg_once_begin (bool *flag, bool later)
{
  struct pg_fn *fn = pg_capturing;

  if (!fn)
    return later ? !__atomic_load_n (flag, __ATOMIC_RELAXED)
      : !__atomic_exchange_n (flag, true, __ATOMIC_RELAXED);
  if (__atomic_load_n (flag, __ATOMIC_RELAXED))
    return false;
  pg_capture_alloc (fn);
  if (fn->capture->onces.contains (flag))
    return false;
  /* A visit inside another block happens only if GCC enters that one.  */
  if (!later && pg_once_depth == 0)
    fn->capture->onces.safe_push (flag);
  pg_once_record (fn, later ? PG_ONCE_VISIT_LATER : PG_ONCE_VISIT, flag);
  pg_once_depth++;
  return true;
}

static void
pg_once_set (bool *flag)
{
  struct pg_fn *fn = pg_capturing;

  if (!fn)
    {
      __atomic_store_n (flag, true, __ATOMIC_RELAXED);
      return;
    }
  if (pg_once_depth == 1)
    fn->capture->onces.safe_push (flag);
  pg_once_record (fn, PG_ONCE_SET, flag);
}

static void
pg_once_end (bool *flag)
{
  struct pg_fn *fn = pg_capturing;

  if (!fn)
    return;
  pg_once_record (fn, PG_ONCE_END, flag);
  pg_once_depth--;
}

static void
pg_capture_starter (diagnostic_context *context, diagnostic_info *diagnostic)
{
  struct pg_fn *fn = pg_capturing;

  if (!fn)
    {
      (*pg_orig_starter) (context, diagnostic);
      return;
    }
  if (diagnostic->kind == DK_ICE || diagnostic->kind == DK_ICE_NOBT
      || diagnostic->kind == DK_FATAL)
    {
      /* GCC exits after this one: show what FN said before, then let GCC
	 report it its own way.  The diagnostic lock keeps other threads'
	 diagnostics out until the process exits.  An internal error raised
	 by a signal (e.g. glibc aborting on a corrupt heap while it holds
	 its arena lock) can make exit () deadlock once other threads exist:
	 the alarm ends the process, with a failure status, if exiting takes
	 more than a few seconds.  */
      if (pg_opts.num_threads > 1)
	alarm (10);
      pg_diag_phase_end ();
      fn->tmp_serial = fn->tmp_base;	/* No serial numbers yet.  */
      pg_diag_replay (fn);
      (*diagnostic_starter (context)) (context, diagnostic);
      return;
    }
  pg_capture_alloc (fn);
  struct pg_diag d;
  memset (&d, 0, sizeof d);
  d.kind = diagnostic->kind;
  d.orig_kind = diagnostic->kind;
  d.option_index = diagnostic->option_index;
  d.loc = diagnostic_location (diagnostic);
  d.input_loc = input_location;
  d.fndecl = current_function_decl;

  /* GCC's starter, told that the function changed and the file did not,
     prints the function header alone; catch it.  */
  pretty_printer *pp = context->printer;
  FILE *saved_stream = pp_buffer (pp)->stream;
  void *saved_last = context->x_data;
  const line_map_ordinary *saved_module = context->last_module;
  size_t len = 0;
  FILE *mem = open_memstream (&d.header, &len);
  pp_buffer (pp)->stream = mem;
  context->x_data = NULL;
  linemap_resolve_location (line_table, d.loc, LRK_MACRO_DEFINITION_LOCATION,
			    &context->last_module);
  (*pg_orig_starter) (context, diagnostic);
  pp_set_prefix (pp, NULL);
  pp_flush (pp);
  fclose (mem);
  pp_buffer (pp)->stream = saved_stream;
  d.header_key = context->x_data;
  context->x_data = saved_last;
  context->last_module = saved_module;
  fn->capture->diags.safe_push (d);
  pp_set_prefix (context->printer, diagnostic_build_prefix (context,
							    diagnostic));
}

static void
pg_capture_finalizer (diagnostic_context *context, diagnostic_info *info,
		      diagnostic_t orig_kind)
{
  if (!pg_capturing)
    {
      (*pg_orig_finalizer) (context, info, orig_kind);
      return;
    }
  struct pg_diag &d = pg_capturing->capture->diags.last ();

  d.orig_kind = orig_kind;
  d.text = xstrdup (pp_formatted_text (context->printer));
  pp_clear_output_area (context->printer);
  pg_count (d.kind, d.orig_kind, -1);
}

/* The GIMPLE phase starts or ends (main thread, no other thread running;
   or the thread reporting an internal error, holding the diagnostic
   lock).  */

void
pg_diag_phase_begin (void)
{
  pg_orig_starter = diagnostic_starter (global_dc);
  pg_orig_finalizer = diagnostic_finalizer (global_dc);
  diagnostic_starter (global_dc) = pg_capture_starter;
  diagnostic_finalizer (global_dc) = pg_capture_finalizer;
  diagnostic_once_begin_hook = pg_once_begin;
  diagnostic_once_set_hook = pg_once_set;
  diagnostic_once_end_hook = pg_once_end;
}

void
pg_diag_phase_end (void)
{
  if (diagnostic_starter (global_dc) != pg_capture_starter)
    return;
  diagnostic_starter (global_dc) = pg_orig_starter;
  diagnostic_finalizer (global_dc) = pg_orig_finalizer;
  diagnostic_once_begin_hook = NULL;
  diagnostic_once_set_hook = NULL;
  diagnostic_once_end_hook = NULL;
}

/* The calling thread captures FN's diagnostics until
   pg_diag_capture_stop.  */

void
pg_diag_capture_start (struct pg_fn *fn)
{
  pg_capturing = fn;
}

void
pg_diag_capture_stop (void)
{
  pg_capturing = NULL;
  pg_once_depth = 0;
}

/* Print FN's captured diagnostics as GCC would print them now.  */

void
pg_diag_replay (struct pg_fn *fn)
{
  pretty_printer *pp = global_dc->printer;
  location_t saved_loc = input_location;
  tree saved_fndecl = current_function_decl;
  unsigned i;

  if (!fn || !fn->capture)
    return;
  /* The one-time blocks open, each true if GCC would not have entered
     it (its flag set, or in such a block).  */
  auto_vec<bool, 4> dropping;
  for (i = 0; i < fn->capture->diags.length (); i++)
    {
      struct pg_diag &d = fn->capture->diags[i];
      bool drop = dropping.length () && dropping.last ();
      switch (d.once_event)
	{
	case PG_ONCE_NONE:
	  break;
	case PG_ONCE_VISIT:
	case PG_ONCE_VISIT_LATER:
	  drop = drop || __atomic_load_n (d.once, __ATOMIC_RELAXED);
	  if (!drop && d.once_event == PG_ONCE_VISIT)
	    __atomic_store_n (d.once, true, __ATOMIC_RELAXED);
	  dropping.safe_push (drop);
	  continue;
	case PG_ONCE_SET:
	  if (!drop)
	    __atomic_store_n (d.once, true, __ATOMIC_RELAXED);
	  continue;
	case PG_ONCE_END:
	  dropping.pop ();
	  continue;
	}
      if (drop)
	{
	  /* GCC would not have given it; its count went at capture.  */
	  free (d.text);
	  free (d.header);
	  continue;
	}
      rich_location richloc (line_table, d.loc);
      diagnostic_info info;

      info.richloc = &richloc;
      info.message.m_richloc = &richloc;
      info.kind = d.kind;
      info.option_index = d.option_index;
      input_location = d.input_loc;
      current_function_decl = d.fndecl;
      pg_count (d.kind, d.orig_kind, 1);
      global_dc->lock++;
      /* What GCC's starter does, with the header caught at capture.  */
      diagnostic_report_current_module (global_dc, d.loc);
      if (d.header_key && global_dc->x_data != d.header_key)
	{
	  pp_flush (pp);
	  fputs (d.header, pp_buffer (pp)->stream);
	  global_dc->x_data = d.header_key;
	}
      pp_set_prefix (pp, diagnostic_build_prefix (global_dc, &info));
      /* The text already has its prefix: append it as is, with the
	 serial numbers of temporaries (e.g. 'vla.21') in it.  */
      char *text = pg_replay_names (d.text, fn);
      obstack_grow (pp_buffer (pp)->obstack, text, strlen (text));
      pp_buffer (pp)->line_length += strlen (text);
      free (text);
      (*diagnostic_finalizer (global_dc)) (global_dc, &info, d.orig_kind);
      global_dc->lock--;
      free (d.text);
      free (d.header);
    }
  fn->capture->diags.release ();
  fn->capture->onces.release ();
  XDELETE (fn->capture);
  fn->capture = NULL;
  input_location = saved_loc;
  current_function_decl = saved_fndecl;
}
