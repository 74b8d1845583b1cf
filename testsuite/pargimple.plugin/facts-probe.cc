/* facts-probe.cc -- a test plugin for pargimple.plugin/facts.exp.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   At the start of every function's 'expand' pass it prints, on one line
   of stderr, the function and how the facts that GIMPLE passes publish
   on other symbols and RTL reads (facts.cc) changed since the previous
   line: the global variables that are TREE_ADDRESSABLE, and for each
   function the unit defines whether it is noreturn (v), const (r), pure
   (p) or nothrow (n); +name for one that appeared, -name for one that
   went.  Loaded beside pargimple, the lines must equal those of the
   same compiler without pargimple: each function's RTL then sees the
   facts of the functions before it in GCC's order, and of none after.
   Names are sorted, so the order of the symbol list does not matter.  */

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "tree.h"
#include "tree-pass.h"
#include "cgraph.h"

int plugin_is_GPL_compatible;

static int
facts_probe_cmp (const void *a, const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The facts at the previous 'expand', sorted.  */
static auto_vec<char *> facts_probe_prev;

static void
facts_probe_pass (void *gcc_data, void *)
{
  opt_pass *pass = (opt_pass *) gcc_data;
  auto_vec<char *> items;
  varpool_node *v;
  cgraph_node *c;
  unsigned i, j;

  if (strcmp (pass->name, "expand") != 0 || !current_function_decl)
    return;
  FOR_EACH_VARIABLE (v)
    if (TREE_ADDRESSABLE (v->decl))
      items.safe_push (xstrdup (v->asm_name ()));
  FOR_EACH_FUNCTION (c)
    {
      tree d = c->decl;
      char flags[5], *p = flags;
      if (c->inlined_to || !c->definition)
	continue;
      if (TREE_THIS_VOLATILE (d))
	*p++ = 'v';
      if (TREE_READONLY (d))
	*p++ = 'r';
      if (DECL_PURE_P (d))
	*p++ = 'p';
      if (TREE_NOTHROW (d))
	*p++ = 'n';
      *p = 0;
      if (p != flags)
	items.safe_push (concat (c->asm_name (), ":", flags, NULL));
    }
  items.qsort (facts_probe_cmp);
  /* Print what changed since the previous line: +added -removed.  */
  fprintf (stderr, "facts-probe: %s",
	   cgraph_node::get (current_function_decl)->asm_name ());
  for (i = j = 0; i < items.length () || j < facts_probe_prev.length ();)
    {
      int cmp = (i == items.length () ? 1
		 : j == facts_probe_prev.length () ? -1
		 : strcmp (items[i], facts_probe_prev[j]));
      if (cmp < 0)
	fprintf (stderr, " +%s", items[i++]);
      else if (cmp > 0)
	fprintf (stderr, " -%s", facts_probe_prev[j++]);
      else
	i++, j++;
    }
  fprintf (stderr, "\n");
  for (j = 0; j < facts_probe_prev.length (); j++)
    free (facts_probe_prev[j]);
  facts_probe_prev.truncate (0);
  facts_probe_prev.safe_splice (items);
}

int
plugin_init (struct plugin_name_args *info, struct plugin_gcc_version *)
{
  register_callback (info->base_name, PLUGIN_PASS_EXECUTION,
		     facts_probe_pass, NULL);
  return 0;
}
