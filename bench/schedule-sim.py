#!/usr/bin/env python3
# bench/schedule-sim.py DUMP [N...] -- what the scheduling rule allows.
#
# DUMP is the file -fplugin-arg-pargimple-schedule-dump=DUMP wrote: one
# GIMPLE phase, each function with the time it took (best taken from a
# two-phase one-thread run, -fplugin-arg-pargimple-two-phase, whose
# times no other thread disturbs) and the later functions that wait for
# its end (later) or for its prologue (plater; a prologue is counted as
# taking no time, as the stats line's critical_path_s does).  For each
# N (default 2), the phase is replayed on N ideal threads: no serial
# lock, no collection, no CPU lost to the other threads or the machine;
# a thread that is free takes a ready function by one of the rules
# below.  The prologues that exclude each other without an order (the
# inliners of one body, threads.cc pg_prologue_lock) are not in the
# dump: the replay lets them overlap.  A function that runs alone
# (EXCLUSIVE, engine.cc's exclusive lock) starts when no other runs, and
# none starts while it runs.  What
# it prints, per rule: the replayed phase, the speedup over the sum of
# the times (what N=1 would take), and the function that ends last.
# The gap between that speedup and a measured one is what the machine,
# the lock and the collections cost; the gap between it and N is what
# the rule itself costs.
#
# bench/schedule-sim.py --tail DUMP [COUNT] prints instead how the
# measured phase of DUMP ended: the functions that ended last (default
# 10), when each became ready, was taken and ended, on which thread, and
# its size's rank among the functions (0: the largest).
#
# Rules:  order    the first ready in expansion order (the engine at N=1)
#         largest  the most statements first (the engine at N>1 until
#                  session 29)
#         chain    the longest chain of statements first (list scheduling
#                  by bottom level, with the statement counts: the engine
#                  at N>1 since session 30, pg_fn::chain)
#         tail     order until the functions not yet taken hold 5% of
#                  the statements per thread (10% at N=2), then chain: a
#                  hybrid tried in session 36 (not in the engine;
#                  docs/DESIGN.md "Session 36")
#         oracle   the longest chain of measured times first: a bound no
#                  rule that knows only the statements can beat
import heapq
import sys


def load(path):
    fns = []
    for line in open(path):
        head, later, plater, name = line.rstrip('\n').split('|', 3)
        _, run, size, work, excl, thread, ready, start, end = head.split()
        fns.append(dict(size=int(size), work=float(work) if int(run) else 0.0,
                        exclusive=int(excl), thread=int(thread),
                        ready=float(ready), start=float(start),
                        end=float(end),
                        later=[int(k) for k in later.split()],
                        plater=[int(k) for k in plater.split()],
                        name=name.strip()))
    return fns


def tail(fns, count):
    """How the measured phase ended: when each thread ran its last
    function, and the COUNT functions that ended last, with when they
    became ready, started and ended (seconds from the phase's start)."""
    ran = [f for f in fns if f['thread'] >= 0]
    if not ran:
        sys.exit('schedule-sim: the dump has no measured schedule')
    end = max(f['end'] for f in ran)
    for t in sorted(set(f['thread'] for f in ran)):
        last = max(f['end'] for f in ran if f['thread'] == t)
        print('thread %d: last function ended at %.3f s, %.3f s before '
              'the last' % (t, last, end - last))
    rank = {id(f): r for r, f in
            enumerate(sorted(ran, key=lambda f: -f['size']))}
    print('%8s %8s %8s %8s %3s %7s %5s  %s'
          % ('ready', 'start', 'end', 'work', 'thr', 'size', 'rank', 'name'))
    for f in sorted(ran, key=lambda f: f['end'])[-count:]:
        print('%8.3f %8.3f %8.3f %8.3f %3d %7d %5d  %s'
              % (f['ready'], f['start'], f['end'], f['work'], f['thread'],
                 f['size'], rank[id(f)], f['name']))


def replay(fns, nthreads, prio, switch=None):
    """Replay the phase on NTHREADS ideal threads taking the ready
    function with the least PRIO first; with SWITCH, a pair (PRIO2, SIZE):
    PRIO2 instead once the functions not yet taken hold SIZE statements
    or fewer (the rule tail)."""
    n = len(fns)
    left = sum(f['size'] for f in fns if f['work'] > 0)
    deps, pdeps = [0] * n, [0] * n
    for f in fns:
        for k in f['later']:
            deps[k] += 1
        for k in f['plater']:
            pdeps[k] += 1
    ready, running, now, free, done, last = [], [], 0.0, nthreads, 0, None

    def release(k):
        if deps[k] == 0 and pdeps[k] == 0:
            heapq.heappush(ready, (prio(k), k))

    for i in range(n):
        release(i)
    while done < n:
        while free and ready:
            if running and (fns[ready[0][1]]['exclusive']
                            or fns[running[0][1]]['exclusive']):
                break
            if switch and left <= switch[1]:
                prio, switch = switch[0], None
                ready = [(prio(k), k) for _, k in ready]
                heapq.heapify(ready)
            _, i = heapq.heappop(ready)
            if fns[i]['work'] > 0:
                left -= fns[i]['size']
            free -= 1
            for k in fns[i]['plater']:
                pdeps[k] -= 1
                release(k)
            heapq.heappush(running, (now + fns[i]['work'], i))
        if not running:
            sys.exit('schedule-sim: the dump has a cycle (no function ready)')
        now, i = heapq.heappop(running)
        free += 1
        done += 1
        last = i
        for k in fns[i]['later']:
            deps[k] -= 1
            release(k)
    return now, last


def bottom_level(fns, cost):
    bl = [0.0] * len(fns)
    for i in range(len(fns) - 1, -1, -1):
        # A later function waits for I's end; one of PLATER may start
        # as soon as I has started.
        bl[i] = max([cost(i) + max([bl[k] for k in fns[i]['later']] + [0.0])]
                    + [bl[k] for k in fns[i]['plater']])
    return bl


def main():
    usage = ('usage: bench/schedule-sim.py DUMP [N...]\n'
             '       bench/schedule-sim.py --tail DUMP [COUNT]')
    if len(sys.argv) > 1 and sys.argv[1] == '--tail':
        if len(sys.argv) not in (3, 4):
            sys.exit(usage)
        tail(load(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 10)
        return
    if len(sys.argv) < 2:
        sys.exit(usage)
    fns = load(sys.argv[1])
    threads = [int(a) for a in sys.argv[2:]] or [2]
    total = sum(f['work'] for f in fns)
    chain = bottom_level(fns, lambda i: fns[i]['size'])
    oracle = bottom_level(fns, lambda i: fns[i]['work'])
    size = sum(f['size'] for f in fns if f['work'] > 0)
    rules = [('order', lambda i: i, None),
             ('largest', lambda i: (-fns[i]['size'], i), None),
             ('chain', lambda i: (-chain[i], i), None),
             ('tail', lambda i: i, lambda n: (lambda i: (-chain[i], i),
                                              size // 20 * min(n, 20))),
             ('oracle', lambda i: (-oracle[i], i), None)]
    crit = max(oracle + [0.0])
    print('functions %d, time %.3f s, longest chain %.3f s'
          % (len(fns), total, crit))
    for n in threads:
        for name, prio, switch in rules:
            t, last = replay(fns, n, prio, switch and switch(n))
            print('N=%d %-8s %8.3f s  %.3fx of %d  last: %s (%.3f s)'
                  % (n, name, t, total / t if t else 0.0, n,
                     fns[last]['name'] if last is not None else '-',
                     fns[last]['work'] if last is not None else 0.0))


main()
