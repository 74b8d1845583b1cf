#!/usr/bin/env python3
"""bench/report.py -- turn bench/run.sh's raw CSV into a markdown table and
a gnuplot PNG (speedup against threads, whole compile and GIMPLE phase,
with the Amdahl ceiling).  Medians over the counted runs (run >= 1), with
min-max; every ratio compares medians measured in the same run.  For each
plugin configuration paired with t1 of the same round it also splits the
thread-seconds the configuration spent beyond t1's phase (losses()).
With --stats and no --raw it prints only that split, for any file of
stats lines ("INPUT CONFIG run R: " followed by the plugin's stats line)."""

import argparse
import csv
import os
import statistics
import subprocess
import sys
from collections import defaultdict


def med(xs):
    return statistics.median(xs) if xs else float("nan")


def span(xs, fmt):
    return (fmt % min(xs)) + "–" + (fmt % max(xs)) if xs else "-"


def read_stats(path):
    """The stats lines bench/run.sh kept ("INPUT CONFIG run R: k=v ..."),
    as {(input, config, run): {key: [values]}}."""
    runs = {}
    if not path or not os.path.exists(path):
        return runs
    with open(path) as f:
        for line in f:
            head, _, rest = line.partition(": ")
            parts = head.split()
            if len(parts) != 4 or parts[2] != "run":
                continue
            kv = {}
            for item in rest.split():
                k, _, v = item.partition("=")
                try:
                    kv[k] = [float(x) for x in v.split(",")]
                except ValueError:
                    pass
            runs[(parts[0], parts[1], int(parts[3]))] = kv
    return runs


# The columns of each counted compile the report keeps (its last block),
# which bench/pool-rounds.py reads back to pool whole-compile rounds.
CSV_KEYS = ("input", "config", "run", "slot", "wall_s", "cpu_s", "rss_kb",
            "gimple_wall_s")
CSV_TITLE = "Every counted compile (bench/run.sh's CSV):"


def round_ceilings(rows, inp, cfg):
    """For each round with both t1 and CFG (tN) of INP in ROWS (dicts with
    CSV_KEYS): CFG's whole-compile speedup over t1 as a share of the
    Amdahl ceiling that round's t1 gives (its GIMPLE share at N threads).
    The ratio of the medians the table gives mixes rounds; on a host whose
    speed drifts within minutes the paired rounds say more."""
    n = int(cfg[1:])
    by = defaultdict(dict)
    for r in rows:
        if r["input"] == inp and r["config"] in ("t1", cfg):
            by[r["run"]][r["config"]] = r
    out = []
    for run in sorted(by, key=int):
        if "t1" not in by[run] or cfg not in by[run]:
            continue
        w1 = float(by[run]["t1"]["wall_s"])
        wn = float(by[run][cfg]["wall_s"])
        share = float(by[run]["t1"]["gimple_wall_s"]) / w1
        out.append((w1 / wn) * ((1 - share) + share / n))
    return out


LOSS_PARTS = ("extra CPU", "off CPU while busy", "lock and dependence waits",
              "collection and barrier", "idle")


def loss_parts(kv):
    """One run's thread-seconds of its GIMPLE phase, by where they went:
    the work's CPU time, the time its threads were busy but off the CPU,
    lock and dependence waits, the collections with their barrier, and
    the rest (idle: no function ready, or the phase's serial edges).
    A collection GCC ran inside a pass (gimple_collect_s beyond the
    barrier's collect_s: at one thread every collection runs there) is
    part of a function's busy and CPU time; it moves to the collections."""
    n = len(kv["busy_s"])
    cap = n * kv["gimple_wall_s"][0]
    inner = max(0.0, kv.get("gimple_collect_s", [0.0])[0]
                - kv["collect_s"][0])
    cpu = sum(kv["cpu_s"]) - inner
    off = sum(kv["busy_s"]) - sum(kv["cpu_s"])
    waits = sum(kv["lock_wait_s"]) + sum(kv["dep_wait_s"])
    coll = sum(kv["barrier_wait_s"]) + kv["collect_s"][0] + inner
    return cap, cpu, (off, waits, coll, cap - cpu - off - waits - coll)


def paired(stats, inp, cfg):
    """Per counted run of INP, CFG against t1 of the same round: the
    GIMPLE speedup, the GIMPLE CPU ratio (threads' cpu_s summed) and the
    idle thread time (threads x phase less busy, waits and collection)."""
    sp, cpu, idle = [], [], []
    for (i, c, r), kv in stats.items():
        base = stats.get((i, "t1", r))
        if i != inp or c != cfg or not base:
            continue
        try:
            sp.append(base["gimple_wall_s"][0] / kv["gimple_wall_s"][0])
            cpu.append(sum(kv["cpu_s"]) / sum(base["cpu_s"]))
            idle.append(loss_parts(kv)[2][-1])
        except (KeyError, IndexError, ZeroDivisionError):
            continue
    return sp, cpu, idle


def losses(stats, inp, cfg):
    """Per counted run of INP, CFG against t1 of the same round: how far
    N x its phase is from t1's phase, in thread-seconds, split as
    loss_parts does (each part is CFG's less t1's), so that
    t1 phase / CFG phase = N x t1 phase / (t1 phase + the sum)."""
    rows = []
    for (i, c, r), kv in sorted(stats.items()):
        base = stats.get((i, "t1", r))
        if i != inp or c != cfg or not base:
            continue
        try:
            cap, cpu, parts = loss_parts(kv)
            cap1, cpu1, parts1 = loss_parts(base)
        except (KeyError, IndexError):
            continue
        rows.append((r, cap - cap1,
                     (cpu - cpu1,) + tuple(x - y for x, y in zip(parts, parts1))))
    return rows


def write_losses(w, stats, inp, cfg):
    """The losses of INP, CFG as a markdown table, one row per round."""
    rows = losses(stats, inp, cfg)
    if not rows:
        return
    w("- %s %s against t1, where the thread-seconds beyond t1's phase "
      "went (%s x phase less t1's phase; each part is %s's less t1's, so "
      "they add up to the total):" % (inp, cfg, cfg[1:], cfg))
    w("")
    w("  | round | total s | %s |" % " | ".join("%s s" % x for x in LOSS_PARTS))
    w("  |---|---|%s" % ("---|" * len(LOSS_PARTS)))
    for r, tot, parts in rows:
        w("  | %d | %.2f | %s |" % (r, tot, " | ".join("%.2f" % x for x in parts)))
    w("  | median | %.2f | %s |" % (
        med([t for _, t, _ in rows]), " | ".join(
            "%.2f" % med([p[k] for _, _, p in rows])
            for k in range(len(LOSS_PARTS)))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--raw", default=None,
                    help="bench/run.sh's CSV; without it, only the losses "
                    "of each --stats configuration against t1 are printed")
    ap.add_argument("--out", default=None, help="path without extension")
    ap.add_argument("--nproc", type=int, default=0)
    ap.add_argument("--commit", default="unknown")
    ap.add_argument("--gcc", default="GCC 12.2.0")
    ap.add_argument("--opt", default="-O2")
    ap.add_argument("--duktape", default="-")
    ap.add_argument("--warmup", default="1")
    ap.add_argument("--stats", default=None,
                    help="the plugin's stats lines, one per counted run")
    a = ap.parse_args()
    if not a.raw:
        stats = read_stats(a.stats)
        if not stats:
            sys.exit("report.py: no --raw, and no stats lines in --stats")
        out = []
        for inp, cfg in sorted({(i, c) for i, c, _ in stats if c != "t1"}):
            write_losses(out.append, stats, inp, cfg)
        print("\n".join(out))
        return
    if not a.out or not a.nproc:
        sys.exit("report.py: --raw needs --out and --nproc")

    data = defaultdict(lambda: defaultdict(list))
    rows = []
    order = []
    inputs = []
    rotated = False
    with open(a.raw) as f:
        for row in csv.DictReader(f):
            if int(row["run"]) < 1:
                continue
            rotated = rotated or int(row.get("slot") or 0) > 0
            key = (row["input"], row["config"])
            if row["input"] not in inputs:
                inputs.append(row["input"])
            if row["config"] not in order:
                order.append(row["config"])
            rows.append(row)
            d = data[key]
            d["wall"].append(float(row["wall_s"]))
            d["cpu"].append(float(row["cpu_s"]))
            d["rss"].append(int(row["rss_kb"]) / 1024.0)
            if row["gimple_wall_s"]:
                d["gimple"].append(float(row["gimple_wall_s"]))
            d["sha"].append(row["asm_sha"])
            if row.get("lock_share"):
                d["lock"].append(float(row["lock_share"]))

    stats = read_stats(a.stats)
    out = []
    w = out.append
    w("# pargimple bench: %s" % a.out.rsplit("/", 1)[-1])
    w("")
    w("Machine: %d cores (nproc). Compiler: %s. Commit: %s. Options: `%s -S`."
      % (a.nproc, a.gcc, a.commit, a.opt))
    w("Inputs: gimple-match = gcc/gimple-match.cc of the patched build, "
      "preprocessed with the build's flags; duktape = duktape.c from Debian "
      "duktape-dev %s." % a.duktape)
    w("Medians of the counted runs (min–max); configurations interleaved "
      "%s%s. Command: `make bench` (bench/run.sh)."
      % ("after a warm-up" if a.warmup != "0"
         else "without a warm-up (BENCH_WARMUP=0)",
         ", in another order each round (bench/run.sh's round_order; each "
         "compile's slot is its place in its round)" if rotated else ""))
    w("")
    plot_rows = []
    for inp in inputs:
        st = data[(inp, "stock")]
        pa = data[(inp, "patched")]
        t1 = data.get((inp, "t1"))
        runs = len(st["wall"])
        w("## %s (%d runs)" % (inp, runs))
        w("")
        w("| config | wall s | CPU s | peak RSS MB | GIMPLE phase s | "
          "speedup vs stock | vs patched | GIMPLE speedup vs t1 | "
          "CPU vs patched | RSS vs stock | lock share | asm = patched |")
        w("|---|---|---|---|---|---|---|---|---|---|---|---|")
        share = None
        if t1 and t1["gimple"]:
            share = med(t1["gimple"]) / med(t1["wall"])
        for cfg in order:
            d = data.get((inp, cfg))
            if not d:
                continue
            gim = ("%.2f (%s)" % (med(d["gimple"]), span(d["gimple"], "%.2f"))
                   if d["gimple"] else "-")
            gsp = (("%.2fx" % (med(t1["gimple"]) / med(d["gimple"])))
                   if d["gimple"] and t1 and t1["gimple"] else "-")
            same = ("object" if d["sha"][0] == "object" else
                    ("yes" if set(d["sha"]) == set(pa["sha"]) and
                     len(set(d["sha"])) == 1 else "NO"))
            lock = "%.3f" % med(d["lock"]) if d["lock"] else "-"
            w("| %s | %.2f (%s) | %.2f (%s) | %.0f (%s) | %s | %.3fx | %.3fx | "
              "%s | %.3fx | %.3fx | %s | %s |" % (
                  cfg, med(d["wall"]), span(d["wall"], "%.2f"),
                  med(d["cpu"]), span(d["cpu"], "%.2f"),
                  med(d["rss"]), span(d["rss"], "%.0f"), gim,
                  med(st["wall"]) / med(d["wall"]),
                  med(pa["wall"]) / med(d["wall"]), gsp,
                  med(d["cpu"]) / med(pa["cpu"]),
                  med(d["rss"]) / med(st["rss"]), lock, same))
            if cfg.startswith("t") and d["gimple"]:
                n = int(cfg[1:])
                plot_rows.append((inp, n, med(t1["wall"]) / med(d["wall"]),
                                  med(t1["gimple"]) / med(d["gimple"]),
                                  1.0 / ((1 - share) + share / n)))
        w("")
        w("- Cost of the patch series (patched vs stock, no plugin): wall "
          "%.3fx, CPU %.3fx." % (med(pa["wall"]) / med(st["wall"]),
                                 med(pa["cpu"]) / med(st["cpu"])))
        if share is not None:
            w("- GIMPLE share of the two-phase compile (t1): %.1f%%; Amdahl "
              "ceiling of the whole compile: %s." % (
                  100 * share, ", ".join(
                      "%.3fx at N=%d" % (1.0 / ((1 - share) + share / n), n)
                      for n in sorted({r[1] for r in plot_rows if r[0] == inp}
                                      | {a.nproc}))))
            for r in plot_rows:
                if r[0] == inp and r[1] > 1:
                    w("- t%d whole compile against t1 (medians): %.3fx, "
                      "%.1f%% of the Amdahl ceiling %.3fx." % (
                          r[1], r[2], 100 * r[2] / r[4], r[4]))
                    rc = round_ceilings(rows, inp, "t%d" % r[1])
                    if rc:
                        w("- t%d whole compile paired with t1 of the same "
                          "round, as a share of that round's ceiling: "
                          "median %.1f%% (%s)." % (
                              r[1], 100 * med(rc),
                              ", ".join("%.1f" % (100 * x) for x in rc)))
        for cfg in order:
            if not cfg.startswith("t") or cfg == "t1":
                continue
            sp, cpu, idle = paired(stats, inp, cfg)
            if sp:
                w("- %s paired with t1 of the same round (%d rounds; the "
                  "stats lines): GIMPLE speedup %.2fx (%s), GIMPLE CPU "
                  "%.3fx of t1 (%s), idle thread time %.2f s (%s)." % (
                      cfg, len(sp), med(sp), span(sp, "%.2f"), med(cpu),
                      span(cpu, "%.3f"), med(idle), span(idle, "%.2f")))
            write_losses(w, stats, inp, cfg)
        w("")
    w("The lto-N row is GCC's own partitioning of one file (`-flto -c`, then "
      "`-flto=N -flinker-output=nolto-rel -r`): it produces an object, not "
      "the same code — statics are promoted to global symbols with "
      "`.lto_priv` names and the partitions are optimised separately — so "
      "it is a reference for speed only.")
    if a.stats and os.path.exists(a.stats):
        with open(a.stats) as f:
            lines = [l.rstrip("\n") for l in f if l.strip()]
        if lines:
            w("")
            w("Where each plugin run's GIMPLE phase went (the plugin's "
              "`-fplugin-arg-pargimple-stats` line; busy, lock, dependence "
              "and barrier waits per thread):")
            w("")
            w("```")
            out.extend(lines)
            w("```")
    w("")
    w(CSV_TITLE)
    w("")
    w("```")
    w(",".join(CSV_KEYS))
    out.extend(",".join(r.get(k) or "" for k in CSV_KEYS) for r in rows)
    w("```")
    md = a.out + ".md"
    with open(md, "w") as f:
        f.write("\n".join(out) + "\n")

    if plot_rows:
        dat = a.out + ".dat"
        with open(dat, "w") as f:
            for inp in inputs:
                rows = sorted(r for r in plot_rows if r[0] == inp)
                f.write("# %s: threads whole gimple ceiling\n" % inp)
                for r in rows:
                    f.write("%d %.4f %.4f %.4f\n" % r[1:])
                f.write("\n\n")
        plot = []
        for i, inp in enumerate(inputs):
            plot.append("'%s' index %d using 1:2 with linespoints title '%s whole compile'" % (dat, i, inp))
            plot.append("'%s' index %d using 1:3 with linespoints title '%s GIMPLE phase'" % (dat, i, inp))
            plot.append("'%s' index %d using 1:4 with lines dashtype 2 title '%s Amdahl ceiling'" % (dat, i, inp))
        script = ("set terminal pngcairo size 900,600\nset output '%s.png'\n"
                  "set xlabel 'threads'\nset ylabel 'speedup vs two-phase N=1'\n"
                  "set key left top\nset grid\nset xtics 1\n"
                  "set title 'pargimple %s'\nplot %s\n"
                  % (a.out, a.out.rsplit("/", 1)[-1], ", ".join(plot)))
        try:
            subprocess.run(["gnuplot"], input=script.encode(), check=True)
        except (OSError, subprocess.CalledProcessError) as e:
            print("bench: gnuplot failed: %s" % e, file=sys.stderr)
    print(open(md).read())
    print("bench: wrote %s%s" % (md, " and %s.png" % a.out if plot_rows else ""))


if __name__ == "__main__":
    main()
