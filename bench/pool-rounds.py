#!/usr/bin/env python3
"""bench/pool-rounds.py REPORT.md... -- pool the paired rounds of many
bench reports: is the RTL phase after two threads slower than after one?

Each report of make bench (bench/results/*.md) keeps the plugin's stats
line of every counted compile ("INPUT CONFIG run R: threads=..."); t1
and t2 of one round ran back to back.  For every round with both, this
takes t2's rtl_wall_s less t1's and t1's gimple_wall_s less t2's, and
prints per report its rounds, then over all rounds: how many had t2's
RTL phase longer, the two-sided sign test's p for that count, the
median and quartiles of the difference, the median ratio, and the
median GIMPLE-phase time two threads saved.  One report's five rounds
cannot show a few seconds on this host; forty can.  Reports whose
stats lines carry slot= (bench/run.sh from session 39 on, which changes
the order every round) are also split by whether t2 ran before or after
t1.  INPUT (default gimple-match) and the configurations (default t1,
t2) are options.

It also pools the whole compile: for each round, t2's speedup over t1 as
a share of the Amdahl ceiling that round's t1 gives.  The compiles' wall
times come from the block bench/report.py ends a report with (reports
from session 46 on) or from bench/run.sh's raw CSV given in place of a
report (PATH ending in .csv, kept under $PARGIMPLE_CACHE/bench, with its
-stats.txt beside it).  Where the compiles' places are known, the rounds
are also split by what ran right before t2.

  python3 bench/pool-rounds.py bench/results/2026-12-0[56]-*.md"""

import argparse
import os
import statistics
import sys
from math import comb

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import report  # noqa: E402  (bench/report.py: read_stats, round_ceilings)
import csv  # noqa: E402


def compiles(path, warmup=False):
    """The counted compiles of PATH (a raw CSV, or a report's last block;
    with WARMUP the warm-up too) as dicts keyed by report.CSV_KEYS; [] for
    a report without the block."""
    with open(path) as f:
        lines = f.read().splitlines()
    if not path.endswith(".csv"):
        try:
            i = lines.index(report.CSV_TITLE)
        except ValueError:
            return []
        body = lines[i + 1:]
        body = [l for l in body if l and not l.startswith("```")]
        lines = body
    return [r for r in csv.DictReader(lines)
            if int(r["run"]) >= (0 if warmup else 1)]


def predecessors(path):
    """{(input, config, run): the configuration that ran just before it},
    from the compiles' rounds and places (slot); {} without places."""
    done = [r for r in compiles(path, True) if r.get("slot")]
    done.sort(key=lambda r: (int(r["run"]), int(r["slot"])))
    return {(r["input"], r["config"], int(r["run"])): done[i - 1]["config"]
            for i, r in enumerate(done) if i}


def rounds(path, inp, one, two):
    """{round: {config: (gimple_wall_s, rtl_wall_s)}} of PATH, for the
    rounds that have both configurations."""
    got = {}
    for (i, cfg, r), kv in report.read_stats(path).items():
        if i == inp and cfg in (one, two):
            got.setdefault(r, {})[cfg] = (kv["gimple_wall_s"][0],
                                          kv["rtl_wall_s"][0],
                                          kv.get("slot", [0])[0])
    return {r: v for r, v in got.items() if one in v and two in v}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("reports", nargs="+")
    ap.add_argument("--input", default="gimple-match")
    ap.add_argument("--one", default="t1")
    ap.add_argument("--two", default="t2")
    a = ap.parse_args()
    diff, ratio, saved, whole = [], [], [], []
    by_order, by_pred, pair = {}, {}, {}
    for path in a.reports:
        rc = report.round_ceilings(compiles(path), a.input, a.two)
        if rc:
            print("%s: whole compile, %% of the round's ceiling: %s"
                  % (path, ", ".join("%.1f" % (100 * x) for x in rc)))
            whole.extend(rc)
        pred = predecessors(path)
        stats = (path[:-len(".csv")] + "-stats.txt" if path.endswith(".csv")
                 else path)
        rs = rounds(stats, a.input, a.one, a.two)
        print("%s: %d rounds" % (path, len(rs)))
        for r in sorted(rs):
            g1, r1, s1 = rs[r][a.one]
            g2, r2, s2 = rs[r][a.two]
            diff.append(r2 - r1)
            ratio.append(r2 / r1)
            saved.append(g1 - g2)
            if s1 and s2:
                where = "before" if s2 < s1 else "after"
                by_order.setdefault(where, []).append(r2 - r1)
                # Reports without the compiles' block still tell when
                # the two ran one right after the other.
                p1 = pred.get((a.input, a.one, r),
                              a.two if s1 == s2 + 1 else "?")
                p2 = pred.get((a.input, a.two, r),
                              a.one if s2 == s1 + 1 else "?")
                if p2 != "?":
                    by_pred.setdefault(p2, []).append(r2 - r1)
                if p2 == a.one:
                    pair.setdefault("two after one", []).append(r2 - r1)
                elif p1 == a.two:
                    pair.setdefault("one after two", []).append(r2 - r1)
                print("  round %d: %s in place %d (after %s), %s in place %d "
                      "(after %s): RTL %.1f and %.1f s"
                      % (r, a.one, s1, p1, a.two, s2, p2, r1, r2))
    if len(whole) >= 2:
        q = statistics.quantiles(whole, n=4)
        print("whole compile over %d rounds: median %.1f%% of the round's "
              "ceiling, quartiles %.1f %.1f %.1f%%; %d rounds at 97%% or "
              "more" % (len(whole), 100 * statistics.median(whole),
                        100 * q[0], 100 * q[1], 100 * q[2],
                        sum(x >= 0.97 for x in whole)))
    n = len(diff)
    if n < 2:
        sys.exit("pool-rounds.py: fewer than two paired rounds")
    k = sum(d > 0 for d in diff)
    tail = sum(comb(n, i) for i in range(max(k, n - k), n + 1)) / 2 ** n
    q = statistics.quantiles(diff, n=4)
    print("rounds %d: %s's RTL phase longer than %s's in %d (sign test, "
          "two-sided p %.4f)" % (n, a.two, a.one, k, min(1.0, 2 * tail)))
    print("RTL difference %s - %s: median %.1f s, quartiles %.1f %.1f %.1f s;"
          " median ratio %.3fx" % (a.two, a.one, statistics.median(diff),
                                   q[0], q[1], q[2], statistics.median(ratio)))
    print("GIMPLE phase saved by %s: median %.1f s"
          % (a.two, statistics.median(saved)))
    for where in sorted(by_order):
        d = by_order[where]
        print("%s ran %s %s in %d rounds: its RTL phase longer in %d, median "
              "difference %.1f s" % (a.two, where, a.one, len(d),
                                     sum(x > 0 for x in d),
                                     statistics.median(d)))
    if len(pair) == 2:
        # The RTL difference in a round where t2 ran right after t1 is
        # t2's own difference plus what running second costs; where t1
        # ran right after t2, its own difference less that cost.
        f = statistics.median(pair["two after one"])
        b = statistics.median(pair["one after two"])
        print("right after the other (%d and %d rounds): median difference "
              "%.1f and %.1f s; so %s's own RTL difference about %.1f s, "
              "running right after the other about %.1f s"
              % (len(pair["two after one"]), len(pair["one after two"]), f, b,
                 a.two, (f + b) / 2, (f - b) / 2))
    for p in sorted(by_pred):
        d = by_pred[p]
        print("%s ran right after %s in %d rounds: its RTL phase longer than "
              "%s's in %d, median difference %.1f s"
              % (a.two, p, len(d), a.one, sum(x > 0 for x in d),
                 statistics.median(d)))


if __name__ == "__main__":
    main()
