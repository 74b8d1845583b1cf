/* replay.cc -- counters and new symbols of the GIMPLE phase, put back
   into GCC's serial order.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   Without the plugin, function F_i's GIMPLE passes run after the RTL of
   F_1..F_i-1 and take the next numbers of process-wide counters; the
   engine runs them earlier and, with threads, in any order.  Numbers that
   reach the output are therefore taken in the GIMPLE phase provisionally
   and fixed in the serial RTL phase, right before F_i's RTL, where the
   serial order has them:
     - create_tmp_var_name: each function numbers from its own provisional
       counter (tmp_var_id_counter, from the patch series); names of new
       global variables (switch conversion's CSWTCH.N tables) are renamed
       to the number GCC would have given;
     - block numbers (number_blocks, -g labels): each function's use is
       measured in the thread that compiles it and replayed;
     - function numbers (funcdef_no, .LFB labels): functions allocated
       during a GIMPLE phase (clones materialized then) are renumbered;
     - symbols created during the GIMPLE phase: symtab->order and the
       position in the symbol list (which orders the output of variables)
       are reassigned as if each function's symbols were created right
       before its RTL.
   Symbols are attributed to the function whose thread held the serial
   lock when they appeared (new symbols are prepended to the list and get
   increasing order numbers), so a pass that creates symbols must be
   serial (serial.cc).

   Debugging hints: compare 'nm' of the object with and without the
   plugin; a CSWTCH number off by k points at a function whose count of
   temporaries differs between the two runs.  */

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "backend.h"
#include "tree.h"
#include "gimple.h"
#include "gimple-expr.h"
#include "tree-pass.h"
#include "cgraph.h"
#include "function.h"
#include "stringpool.h"
#include "function-counters.h"
#include "pargimple.h"

static int pg_order_start;
static unsigned pg_tmp_start;
static int pg_block_start;
static int pg_funcdef_start;

/* Who created each tracked symbol, and who numbered each tracked
   function, to forget the nodes GCC removes.  */
static hash_map<symtab_node *, pg_fn *> *pg_owner;
static hash_map<symtab_node *, pg_fn *> *pg_funcdef_owner;

void
pg_replay_forget (symtab_node *n)
{
  pg_fn **owner = pg_owner ? pg_owner->get (n) : NULL;
  unsigned i;

  if (owner)
    {
      for (i = 0; i < (*owner)->symbols.length (); i++)
	if ((*owner)->symbols[i] == n)
	  (*owner)->symbols[i] = NULL;
      pg_owner->remove (n);
    }
  owner = pg_funcdef_owner ? pg_funcdef_owner->get (n) : NULL;
  if (owner)
    {
      for (i = 0; i < (*owner)->funcdefs.length (); i++)
	if ((*owner)->funcdefs[i].node == n)
	  (*owner)->funcdefs[i].node = NULL;
      pg_funcdef_owner->remove (n);
    }
}


/* The GIMPLE phase of FNS starts (main thread).  */

void
pg_replay_begin (vec<pg_fn> *fns)
{
  unsigned i;

  pg_order_start = symtab->order;
  pg_tmp_start = get_tmp_var_id_num ();
  pg_block_start = get_next_block_index ();
  pg_funcdef_start = get_last_funcdef_no ();
  for (i = 0; i < fns->length (); i++)
    {
      /* Provisional numbers, far from the serial ones and different for
	 each function: they never reach the output.  */
      (*fns)[i].tmp_base = 0x80000000u + i * 0x8000u;
      (*fns)[i].symbols = vNULL;
      (*fns)[i].funcdefs = vNULL;
      (*fns)[i].funcdef_count = 0;
    }
  pg_owner = new hash_map<symtab_node *, pg_fn *>;
  pg_funcdef_owner = new hash_map<symtab_node *, pg_fn *>;
}

/* FN's GIMPLE phase starts in the calling thread.  */

void
pg_replay_fn_start (struct pg_fn *fn)
{
  fn->tmp_counter = fn->tmp_base;
  tmp_var_id_counter = &fn->tmp_counter;
  fn->blocks = get_next_block_index ();
}

/* FN's GIMPLE phase is over in the calling thread.  */

void
pg_replay_fn_end (struct pg_fn *fn)
{
  fn->blocks = get_next_block_index () - fn->blocks;
  tmp_var_id_counter = NULL;
}

/* FUN, the body of C, was numbered in a hold of FN's thread that
   started with the counter at START.  */

static void
pg_replay_note_funcdef (cgraph_node *c, function *fun, struct pg_fn *fn,
			int start)
{
  /* A node already numbered by an earlier hold keeps its owner: at -O3 a
     later hold's range can start at a number an earlier hold already
     gave out (seen on duktape.c with constprop clones; DESIGN.md, "Known
     differences"), and two owners would leave a removed node in the
     first owner's list.  */
  if (pg_funcdef_owner->get (c))
    return;
  struct pg_funcdef d = { c, fn->funcdef_count + fun->funcdef_no - start };
  fn->funcdefs.safe_push (d);
  pg_funcdef_owner->put (c, fn);
}

/* The calling thread took the serial lock.  */

void
pg_replay_hold_start (void)
{
  pg_self->symtab_order = symtab->order;
  pg_self->funcdef_no = get_last_funcdef_no ();
}

/* The calling thread releases the serial lock: the symbols created
   meanwhile are FN's.  */

void
pg_replay_hold_end (struct pg_fn *fn)
{
  auto_vec<symtab_node *, 8> fresh;
  symtab_node *n;
  unsigned i;

  for (n = symtab->first_symbol (); n && n->order >= pg_self->symtab_order;
       n = n->next)
    fresh.safe_push (n);
  /* Newest first in the list; keep them oldest first.  */
  for (i = fresh.length (); i > 0; i--)
    {
      fn->symbols.safe_push (fresh[i - 1]);
      pg_owner->put (fresh[i - 1], fn);
    }

  /* Functions numbered meanwhile (few holds number any).  */
  int start = pg_self->funcdef_no, end = get_last_funcdef_no ();
  if (end > start)
    {
      cgraph_node *c;
      /* Most often one, in the serial section of allocate_struct_function
	 (a clone materialized concurrently), which leaves it cfun: no
	 need to walk every function of the unit for it.  */
      if (end == start + 1 && cfun && cfun->decl
	  && cfun->funcdef_no == start
	  && (c = cgraph_node::get (cfun->decl)) != NULL
	  && !pg_funcdef_owner->get (c))
	pg_replay_note_funcdef (c, cfun, fn, start);
      else
	FOR_EACH_FUNCTION (c)
	  {
	    function *fun = DECL_STRUCT_FUNCTION (c->decl);
	    if (fun && fun->funcdef_no >= start && fun->funcdef_no < end)
	      pg_replay_note_funcdef (c, fun, fn, start);
	  }
      fn->funcdef_count += end - start;
    }
}

/* The serial RTL phase starts: the counters go back to where the GIMPLE
   phase found them (main thread).  */

void
pg_replay_rtl_begin (void)
{
  symtab->order = pg_order_start;
  set_tmp_var_id_num (pg_tmp_start);
  set_next_block_index (pg_block_start);
  set_next_funcdef_no (pg_funcdef_start);
}

/* The serial number of FN's provisional temporary number NUM, FN's
   numbers starting at BASE: BASE + (NUM - FN's first), moved by one past
   ivopts' temporary variable when GCC numbers it elsewhere (uids.cc).  */

static unsigned long
pg_tmp_serial (struct pg_fn *fn, unsigned base, unsigned long num)
{
  unsigned long serial = base + (num - fn->tmp_base);

  if (fn->iv_shift && num >= fn->iv_tmp + (fn->iv_shift < 0))
    serial += fn->iv_shift;
  return serial;
}

/* If DECL's name carries one of FN's provisional numbers, give it the
   number the serial order gives (pg_tmp_serial).  */

static void
pg_rename (tree decl, struct pg_fn *fn, unsigned base)
{
  const char *name, *dot;
  char *end;
  unsigned long num;

  if (!DECL_NAME (decl))
    return;
  name = IDENTIFIER_POINTER (DECL_NAME (decl));
  dot = strrchr (name, '.');
  if (!dot || !ISDIGIT (dot[1]))
    return;
  num = strtoul (dot + 1, &end, 10);
  if (*end || num < fn->tmp_base || num >= fn->tmp_counter)
    return;

  unsigned long serial = pg_tmp_serial (fn, base, num);
  char *newname = xasprintf ("%.*s.%lu", (int) (dot - name), name, serial);
  tree old = DECL_NAME (decl);
  DECL_NAME (decl) = get_identifier (newname);
  if (DECL_ASSEMBLER_NAME_SET_P (decl))
    {
      /* The assembler name is the plain name (C), or ends with it.  */
      const char *asmname = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (decl));
      size_t la = strlen (asmname), lo = IDENTIFIER_LENGTH (old);
      if (la >= lo && strcmp (asmname + la - lo, name) == 0)
	{
	  char *newasm = xasprintf ("%.*s%s", (int) (la - lo), asmname,
				    newname);
	  symtab->change_decl_assembler_name (decl, get_identifier (newasm));
	  free (newasm);
	}
    }
  free (newname);
}

/* TEXT (a captured diagnostic of FN) with each provisional temporary
   number of FN, written ".N" as create_tmp_var_name writes it, replaced by
   the serial one; malloc'ed.  Call after pg_replay_fn (FN).  */

char *
pg_replay_names (const char *text, struct pg_fn *fn)
{
  char *out = XNEWVEC (char, strlen (text) * 2 + 1), *o = out;
  const char *p = text;

  while (*p)
    {
      if (*p == '.' && ISDIGIT (p[1]))
	{
	  char *end;
	  unsigned long num = strtoul (p + 1, &end, 10);
	  if (num >= fn->tmp_base && num < fn->tmp_counter)
	    {
	      o += sprintf (o, ".%lu", pg_tmp_serial (fn, fn->tmp_serial, num));
	      p = end;
	      continue;
	    }
	}
      *o++ = *p++;
    }
  *o = '\0';
  return out;
}

/* FN's RTL phase is next (main thread, functions in order): replay what
   its GIMPLE phase consumed as the serial order would have.  */

void
pg_replay_fn (struct pg_fn *fn)
{
  unsigned base = get_tmp_var_id_num ();
  unsigned i;

  fn->tmp_serial = base;
  for (i = 0; i < fn->symbols.length (); i++)
    {
      symtab_node *s = fn->symbols[i];
      if (!s)
	continue;
      /* Unlink, then prepend as register_symbol does.  */
      if (s->previous)
	s->previous->next = s->next;
      else
	symtab->nodes = s->next;
      if (s->next)
	s->next->previous = s->previous;
      s->next = symtab->nodes;
      s->previous = NULL;
      if (symtab->nodes)
	symtab->nodes->previous = s;
      symtab->nodes = s;
      s->order = symtab->order++;
      if (VAR_P (s->decl))
	pg_rename (s->decl, fn, base);
    }
  set_tmp_var_id_num (base + (fn->tmp_counter - fn->tmp_base)
		     + fn->iv_shift);

  int fbase = get_last_funcdef_no ();
  for (i = 0; i < fn->funcdefs.length (); i++)
    {
      cgraph_node *c = fn->funcdefs[i].node;
      if (c && DECL_STRUCT_FUNCTION (c->decl))
	DECL_STRUCT_FUNCTION (c->decl)->funcdef_no
	  = fbase + fn->funcdefs[i].offset;
    }
  set_next_funcdef_no (fbase + fn->funcdef_count);
  set_next_block_index (get_next_block_index () + fn->blocks);
}

/* The RTL phase is over.  */

void
pg_replay_end (void)
{
  delete pg_owner;
  pg_owner = NULL;
  delete pg_funcdef_owner;
  pg_funcdef_owner = NULL;
}
