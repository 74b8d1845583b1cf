/* uid-probe.cc -- a test plugin for pargimple.plugin/uids.exp.
   Copyright (C) 2026 The pargimple authors.  GPLv3 or later, see COPYING.

   At the start of every function's 'expand' pass it prints the function
   and the DECL_UID and debug-UID counters (patch 0012's
   tree_uid_counters_get) to stderr.  Loaded beside pargimple, the lines
   must equal those of the same compiler without pargimple: each
   function's RTL passes then see the UIDs GCC gives, which var-tracking
   hashes (docs/DESIGN.md, "UIDs").  */

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "tree.h"
#include "tree-pass.h"
#include "cgraph.h"

int plugin_is_GPL_compatible;

static void
uid_probe_pass (void *gcc_data, void *)
{
  opt_pass *pass = (opt_pass *) gcc_data;
  struct tree_uid_counters c;

  if (strcmp (pass->name, "expand") != 0 || !current_function_decl)
    return;
  tree_uid_counters_get (&c);
  fprintf (stderr, "uid-probe: %s %d %d\n",
	   cgraph_node::get (current_function_decl)->dump_asm_name (),
	   c.decl_uid, c.debug_decl_uid);
}

int
plugin_init (struct plugin_name_args *info, struct plugin_gcc_version *)
{
  register_callback (info->base_name, PLUGIN_PASS_EXECUTION, uid_probe_pass,
		     NULL);
  return 0;
}
