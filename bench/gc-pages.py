# bench/gc-pages.py -- gdb script: the collector's pages after each sweep.
#
# Run by bench/gc-pages.sh, which starts the compiler proper (cc1,
# cc1plus) under gdb with this script.  After every sweep of ggc-page.cc
# (the end of each collection) it walks the page lists of every object
# size and prints one line:
#   gc-pages: N phase=P allocated_mb=A pages=K page_mb=B live_mb=L
#             density=D sparse=S
# N counts the collections; P is 'gimple' inside pargimple's GIMPLE phase,
# 'other' outside it, '-' without the plugin; A is what the collector
# counts as allocated after the sweep (the live objects, rounded to their
# size class); K and B the pages that hold a live object and their bytes;
# L the bytes of the live objects on them; D = L / B; S the pages less than
# half full.  Two compiles that keep the same objects but lay them out
# differently show it here: more pages, a lower density, more sparse
# pages.  Needs a compiler built with debug information (the build cache's
# patched and stock compilers are).
import gdb


def value(expr):
    return int(gdb.parse_and_eval(expr))


def phase():
    try:
        return 'gimple' if value('(int) pg_in_gimple_phase') else 'other'
    except gdb.error:
        return '-'


class SweepEnd(gdb.FinishBreakpoint):
    count = 0

    def stop(self):
        SweepEnd.count += 1
        g = gdb.parse_and_eval('G')
        orders = value('sizeof (G.pages) / sizeof (G.pages[0])')
        pages = page_bytes = live = sparse = 0
        for order in range(orders):
            per_page = value('objects_per_page_table[%d]' % order)
            size = value('object_size_table[%d]' % order)
            p = g['pages'][order]
            while int(p) != 0:
                b = int(p['bytes'])
                lv = (per_page - int(p['num_free_objects'])) * size
                pages += 1
                page_bytes += b
                live += lv
                if 2 * lv < b:
                    sparse += 1
                p = p['next']
        mb = 1024.0 * 1024.0
        print('gc-pages: %d phase=%s allocated_mb=%.1f pages=%d page_mb=%.1f '
              'live_mb=%.1f density=%.3f sparse=%d'
              % (SweepEnd.count, phase(), int(g['allocated']) / mb, pages,
                 page_bytes / mb, live / mb,
                 live / page_bytes if page_bytes else 0.0, sparse),
              flush=True)
        return False

    def out_of_scope(self):
        pass


class SweepStart(gdb.Breakpoint):
    def stop(self):
        SweepEnd(gdb.newest_frame(), internal=True)
        return False


gdb.execute('set pagination off')
gdb.execute('set breakpoint pending on')
SweepStart('sweep_pages', internal=True)
gdb.execute('run')
