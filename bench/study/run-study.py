#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The AFCL study: runs every sweep with aclwb-cli, then regenerates docs/RESULTS.md and its heat maps.

    bench/study/run-study.py                      # run what is missing (finished runs are skipped), then report
    bench/study/run-study.py --report-only        # only regenerate docs/RESULTS.md from the runs

Nothing in docs/RESULTS.md is typed by hand: the tables, heat maps and timings come from the runs; the discussion is
bench/study/discussion.md, whose numbers are {{placeholders}} filled from the same runs (an unknown placeholder is an
error). On the CPU with the same thread count every number is reproduced exactly (one seed drives data selection,
initialisation, augmentation and shuffling). Standard library only.
"""
import argparse
import csv
import functools
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# ---- The protocol: every setting of every run is here. ----
SEEDS = [1, 2, 3]
RATIOS = [1, 10, 100]
GAMMAS = [0, 1, 2, 5]
ETAS = [0, 1, 10, 100, 300]
HEATMAP_HALF_RANGE = 0.05  # colour scale of every heat map: CL's mean +- this
PAIRS = [  # (classes, short name, description)
    ("0,6", "0-6", "T-shirt/top vs Shirt (hard)"),
    ("5,7", "5-7", "Sandal vs Sneaker (easier)"),
]
# Every key that decides a result is pinned here, so changing a default of the program does not change the study.
BASE = {
    "dataset": "fmnist",
    "max_per_class": 1000,  # majority class size; the minority has max_per_class / ratio
    "val_fraction": 0.0,  # every training image trains; no model selection happens on a validation split
    "test": "balanced",  # all 1000 test images of each class: minority recall on 1000 images, not on 10
    "profile": "step",
    "epochs_contrastive": 10,
    "epochs_linear": 1,  # ce gets epochs_contrastive + epochs_linear = 11 epochs end to end
    "batch_size": 64,
    "lr": 1e-3,
    "optimizer": "adam",
    "schedule": "cosine",
    "weight_decay": 1e-4,
    "temperature": 0.1,
    "normalization": "batch",
    "views": 1,
    "augment": True,
    "encoder": "cnn-small",
    "linear_solver": "lbfgs",
    "linear_max_iter": 500,
    "linear_l2": 1e-4,
    "warmup_epochs": 0,
    "balanced_sampler": False,
    "image_size": 64,
    "threads": 1,  # two runs at a time on two cores
    "device": "cpu",
}


def sweeps():
    """Every sweep of the study: (name, config overrides, grid, description)."""
    out = []
    ratio_axis = "imbalance_ratio=" + ",".join(map(str, RATIOS))
    for classes, short, _ in PAIRS:
        cls = [int(c) for c in classes.split(",")]
        out.append((f"grid-{short}", {"classes": cls, "loss": "afcl"},
                    [ratio_axis, "gamma=" + ",".join(map(str, GAMMAS)), "eta=" + ",".join(map(str, ETAS))],
                    "gamma x eta (CL, FCL, ACL and AFCL in one grid) at every ratio"))
        out.append((f"ce-{short}", {"classes": cls}, ["loss=ce,ce-weighted", ratio_axis],
                    "cross-entropy baselines"))
        # The control: the same probe on an encoder that stage 1 leaves as initialised (Adam moves each weight by
        # about lr per step, so lr 1e-9 changes nothing that matters): what the contrastive stage adds at all.
        out.append((f"control-{short}", {"classes": cls, "loss": "cl", "lr": 1e-9}, [ratio_axis],
                    "untrained encoder + linear probe (control)"))
    for classes, short, _ in PAIRS:
        cls = [int(c) for c in classes.split(",")]
        out.append((f"balanced-{short}", {"classes": cls, "loss": "afcl", "linear_balanced": True},
                    ["imbalance_ratio=10,100", "gamma=0,2", "eta=0,10"], "class-balanced linear probe"))
    out.append(("norm-0-6", {"classes": [0, 6], "loss": "afcl", "normalization": "positives"},
                ["imbalance_ratio=10,100", "gamma=0,2", "eta=0,10"], "per-anchor normalisation (SupCon-style)"))
    out.append(("recipe-0-6", {"classes": [0, 6], "imbalance_ratio": 10},
                ["loss=cl,ce", "lr=0.001,0.01", "batch_size=64,256"], "recipe sensitivity"))
    longtail = {"classes": [], "profile": "exponential", "imbalance_ratio": 100}
    out.append(("longtail-afcl", dict(longtail, loss="afcl"), ["gamma=0,2", "eta=0,10"], "10 classes, long tail"))
    out.append(("longtail-ce", longtail, ["loss=ce,ce-weighted"], "10 classes, long tail"))
    out.append(("longtail-balanced", dict(longtail, loss="afcl", linear_balanced=True), ["gamma=0,2", "eta=0,10"],
                "10 classes, long tail, class-balanced probe"))
    return out


# ---- Running ----

def run_sweeps(args):
    cli = Path(args.build) / "app" / "cli" / "aclwb-cli"
    if not cli.exists():
        sys.exit(f"run-study: {cli} is missing: build first (cmake --build {args.build})")
    runs = Path(args.runs)
    (runs / "configs").mkdir(parents=True, exist_ok=True)
    # The sweeps run a copy of the CLI: rebuilding the project while the study runs must not swap the program under
    # the runs (a relinked binary made the sweep's next run fail to start).
    (runs / "bin").mkdir(exist_ok=True)
    copy = runs / "bin" / "aclwb-cli"
    shutil.copy2(cli, copy.with_suffix(".tmp"))
    os.replace(copy.with_suffix(".tmp"), copy)
    cli = copy
    timing_path = runs / "timing.json"
    timing = json.loads(timing_path.read_text()) if timing_path.exists() else {}
    chosen = [sw for sw in sweeps() if not args.sweeps or sw[0] in args.sweeps.split(",")]
    for name, overrides, grid, _ in chosen:
        config = dict(BASE, **overrides)
        if args.device != "cpu":
            config["device"] = args.device
        config_path = runs / "configs" / f"{name}.json"
        config_path.write_text(json.dumps(config, indent=2) + "\n")
        cmd = [str(cli), "sweep", "--config", str(config_path), "--out", str(runs / name), "--jobs", str(args.jobs),
               "--seeds", ",".join(map(str, SEEDS))]
        for axis in grid:
            cmd += ["--grid", axis]
        print(f"run-study: {name}: {' '.join(cmd)}", flush=True)
        start = time.monotonic()
        result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        wall = time.monotonic() - start
        if result.returncode != 0:
            sys.exit(f"run-study: sweep {name} failed (exit {result.returncode}); see {runs / name}/*/train.log")
        summary = json.loads(result.stdout.strip().splitlines()[-1])
        started = int(summary.get("started", 0))
        entry = timing.get(name, {"wall_seconds": 0.0, "runs_trained": 0})
        if started > 0:  # a rerun that found everything finished adds nothing
            entry["wall_seconds"] += wall
            entry["runs_trained"] += started
        entry["jobs"] = args.jobs
        timing[name] = entry
        timing_path.write_text(json.dumps(timing, indent=2) + "\n")
        print(f"run-study: {name}: {started} runs trained in {wall:.0f} s", flush=True)
    if args.gpu_timing:
        write_gpu_timing(args, [sw[0] for sw in chosen], timing)


def write_gpu_timing(args, names, timing):
    """What docs/RESULTS.md reports of a GPU run of some sweeps: time, and every run's balanced accuracy."""
    try:
        device = subprocess.run(["nvidia-smi", "--query-gpu=name", "--format=csv,noheader"], stdout=subprocess.PIPE,
                                text=True, check=True).stdout.strip().splitlines()[0]
    except (OSError, subprocess.CalledProcessError, IndexError):
        device = args.device
    runs = {}
    for name in names:
        for r in read_sweep(args.runs, name):
            runs[f"{name}/{r.row['run']}"] = {"balanced_accuracy": r.balanced, "seconds": r.seconds}
    first = read_sweep(args.runs, names[0])[0]
    Path(args.gpu_timing).write_text(json.dumps({
        "device": device, "sweeps": names, "jobs": args.jobs,
        "runs_trained": sum(timing[n]["runs_trained"] for n in names),
        "wall_seconds": sum(timing[n]["wall_seconds"] for n in names),
        "libtorch": first.versions.get("libtorch", "?"), "runs": runs}, indent=1) + "\n")


# ---- Reading ----

class Run:
    def __init__(self, directory, row):
        self.dir = directory
        self.row = row
        results = json.loads((directory / "results.json").read_text())
        self.results = results
        self.config = results["config"]
        test = results["test"]
        self.recall = test["per_class_accuracy"]
        self.train_counts = results["train_class_counts"]
        self.class_names = results["class_names"]
        self.balanced = test["balanced_accuracy"]
        n = sum(self.train_counts)
        # Accuracy on a test set as imbalanced as training: per-class recall weighted by the training proportions
        # (the expectation of a matched test set's accuracy, measured on 1000 test images per class).
        self.matched = sum(r * c / n for r, c in zip(self.recall, self.train_counts))
        self.minority = self.recall[min(range(len(self.train_counts)), key=lambda k: (self.train_counts[k], -k))]
        self.seconds = results["seconds"]
        self.threads = results["threads"]
        self.versions = results.get("versions", {})

    def key(self, *names):
        return tuple(self.config[n] if not isinstance(self.config[n], list) else tuple(self.config[n]) for n in names)


@functools.lru_cache(maxsize=None)  # every section reads the same sweeps: parse each results.json once
def read_sweep(runs, name):
    path = Path(runs) / name / "sweep.csv"
    if not path.exists():
        sys.exit(f"run-study: {path} is missing: run the study first (without --report-only)")
    out = []
    with path.open() as f:
        for row in csv.DictReader(f):
            if row["status"] != "done":
                sys.exit(f"run-study: {path}: run {row['run']} is {row['status']}: run the study to finish it")
            out.append(Run(Path(runs) / name / row["run"], row))
    return tuple(out)  # shared by the cache: read-only


class Stat:
    """Mean and sample standard deviation over seeds."""

    def __init__(self, values):
        self.values = list(values)
        self.n = len(self.values)
        self.mean = statistics.fmean(self.values) if self.values else math.nan
        self.std = statistics.stdev(self.values) if self.n > 1 else 0.0

    def text(self, digits=3):
        return f"{self.mean:.{digits}f} ± {self.std:.{digits}f}"


def group(runs, names, metric):
    """{key over `names`: Stat of `metric` over the seeds}."""
    buckets = {}
    for r in runs:
        buckets.setdefault(r.key(*names), []).append(metric(r))
    return {k: Stat(v) for k, v in buckets.items()}


METRICS = {
    "acc": ("accuracy (matched)", lambda r: r.matched),
    "bacc": ("balanced accuracy", lambda r: r.balanced),
    "min": ("minority accuracy", lambda r: r.minority),
}


def num(x):
    """1.0 -> '1', 0.5 -> '0.5' (grid values as people write them)."""
    return f"{x:g}" if isinstance(x, (int, float)) else str(x)


# ---- Reporting ----

class Report:
    def __init__(self, args):
        self.args = args
        self.lines = []
        self.values = {}  # placeholder name -> text, for discussion.md
        self.images = Path(args.docs) / "images" / "study"
        self.images.mkdir(parents=True, exist_ok=True)
        self.heatmap = Path(args.build) / "bench" / "aclwb-heatmap"
        if not self.heatmap.exists():
            sys.exit(f"run-study: {self.heatmap} is missing: build with the GUI on (it draws the heat maps)")

    def out(self, text=""):
        self.lines.append(text)

    def put(self, name, text):
        self.values[name] = text

    def figure(self, name, grid):
        spec = self.images / f"{name}.json"
        spec.write_text(json.dumps(grid))
        png = self.images / f"{name}.png"
        subprocess.run([str(self.heatmap), str(spec), str(png)], check=True, stderr=subprocess.DEVNULL)
        spec.unlink()
        return f"images/study/{name}.png"


def compare(a, b):
    """'+0.012' and a mark when the difference is smaller than the larger of the two seed spreads."""
    d = a.mean - b.mean
    within = abs(d) < max(a.std, b.std)
    return f"{d:+.3f}" + (" (within spread)" if within else ""), within


def loss_rows():
    """The table rows of one pair and ratio: (label, key: a loss name or (gamma, eta))."""
    rows = [("untrained encoder + probe (control)", ("cl",)), ("CE", ("ce",)), ("CE, class-weighted", ("ce-weighted",)),
            ("CL (γ 0, η 0)", (0, 0))]
    rows += [(f"FCL γ {num(g)}", (g, 0)) for g in GAMMAS if g != 0]
    rows += [(f"ACL η {num(e)}", (0, e)) for e in ETAS if e != 0]
    return rows


def pair_section(rep, runs_dir, classes, short, title):
    grid = read_sweep(runs_dir, f"grid-{short}")
    ce = read_sweep(runs_dir, f"ce-{short}") + read_sweep(runs_dir, f"control-{short}")
    rep.out(f"### {title}")
    rep.out()
    best_rows = []
    for ratio in RATIOS:
        g = {m: group([r for r in grid if r.config["imbalance_ratio"] == ratio], ("gamma", "eta"), f)
             for m, (_, f) in METRICS.items()}
        c = {m: group([r for r in ce if r.config["imbalance_ratio"] == ratio], ("loss",), f)
             for m, (_, f) in METRICS.items()}  # "ce", "ce-weighted", and "cl" = the untrained-encoder control
        counts = next(r.train_counts for r in grid if r.config["imbalance_ratio"] == ratio)
        afcl = [(gm, et) for gm in GAMMAS for et in ETAS if gm > 0 and et > 0]
        best = max(afcl, key=lambda k: g["bacc"][(float(k[0]), float(k[1]))].mean)
        best_any = max(((gm, et) for gm in GAMMAS for et in ETAS),
                       key=lambda k: g["bacc"][(float(k[0]), float(k[1]))].mean)

        def stat(metric, key):
            return c[metric][(key[0],)] if isinstance(key[0], str) else g[metric][(float(key[0]), float(key[1]))]

        rep.out(f"**Ratio {num(ratio)}** (training {counts[0]} : {counts[1]}; test 1000 : 1000)")
        rep.out()
        rep.out("| loss | accuracy (matched) | balanced accuracy | minority accuracy | balanced acc. vs CL |")
        rep.out("|---|---|---|---|---|")
        cl = stat("bacc", (0, 0))
        rows = loss_rows() + [(f"AFCL best: γ {num(best[0])}, η {num(best[1])}", best)]
        for label, key in rows:
            s = {m: stat(m, key) for m in METRICS}
            delta = "" if key == (0, 0) else compare(s["bacc"], cl)[0]
            rep.out(f"| {label} | {s['acc'].text()} | {s['bacc'].text()} | {s['min'].text()} | {delta} |")
            tag = {"cl": "control"}.get(key[0], key[0]) if isinstance(key[0], str) else f"g{num(key[0])}e{num(key[1])}"
            for m in METRICS:
                rep.put(f"{m}.{short}.r{num(ratio)}.{tag}", s[m].text())
        rep.out()
        b = stat("bacc", best)
        rep.put(f"best.{short}.r{num(ratio)}", f"γ {num(best[0])}, η {num(best[1])}")
        rep.put(f"bacc.{short}.r{num(ratio)}.afclbest", b.text())
        rep.put(f"delta.{short}.r{num(ratio)}.afclbest-cl", compare(b, cl)[0])
        rep.put(f"delta.{short}.r{num(ratio)}.afclbest-ce", compare(b, stat("bacc", ("ce",)))[0])
        best_rows.append((ratio, best, b, best_any, stat("bacc", best_any)))

        mean = [[g["bacc"][(float(gm), float(et))].mean for et in ETAS] for gm in GAMMAS]
        std = [[g["bacc"][(float(gm), float(et))].std for et in ETAS] for gm in GAMMAS]
        path = rep.figure(f"heatmap-{short}-r{num(ratio)}", {
            "title": f"{title}, ratio {num(ratio)}: balanced accuracy (mean ± std, {len(SEEDS)} seeds)",
            "value_title": "balanced accuracy", "rows_title": "gamma", "rows": [num(x) for x in GAMMAS],
            "columns_title": "eta", "columns": [num(x) for x in ETAS], "mean": mean, "std": std,
            "value_range": [cl.mean - HEATMAP_HALF_RANGE, cl.mean + HEATMAP_HALF_RANGE],
            "width": 760, "height": 480})
        rep.out(f"![{title}, ratio {num(ratio)}: balanced accuracy over gamma x eta]({path})")
        rep.out()
        rep.out(f"*Colours span CL ± {HEATMAP_HALF_RANGE:g} (CL = γ 0, η 0, top left), the same width in every heat map, "
                "so a cell that stands out differs by a visible share of that; the red box is the best mean.*")
        rep.out()
    rep.out("Best point per ratio (by mean balanced accuracy over the seeds, chosen on the test set, so optimistic):")
    rep.out()
    rep.out("| ratio | best AFCL (γ > 0, η > 0) | balanced accuracy | best of the whole grid | balanced accuracy |")
    rep.out("|---|---|---|---|---|")
    for ratio, best, b, best_any, ba in best_rows:
        rep.out(f"| {num(ratio)} | γ {num(best[0])}, η {num(best[1])} | {b.text()} | "
                f"γ {num(best_any[0])}, η {num(best_any[1])} | {ba.text()} |")
        rep.put(f"bestgrid.{short}.r{num(ratio)}", f"γ {num(best_any[0])}, η {num(best_any[1])}")
    rep.out()


def loss_floor_values(rep, runs_dir):
    """The CL loss (normalised by N) cannot fall below sum over anchors of (|P(i)|/N) log |P(i)|: with two classes
    and a large majority the floor is high, so the stage-1 loss barely moves. Put the floor next to what the runs
    logged (first and last contrastive epoch of CL, seed 1)."""
    n = BASE["batch_size"]
    for ratio in RATIOS:
        share = ratio / (ratio + 1.0)
        floor = 0.0
        for p in (share, 1.0 - share):
            positives = (n - 1) * p
            if positives > 1:
                floor += p * positives / n * math.log(positives)
        run = next(r for r in read_sweep(runs_dir, "grid-0-6") if r.config["imbalance_ratio"] == ratio
                   and r.config["gamma"] == 0 and r.config["eta"] == 0 and r.config["seed"] == 1)
        losses = [e["loss"] for e in run.results["history"] if e["stage"] == "contrastive"]
        rep.put(f"loss.r{num(ratio)}.floor", f"{floor:.2f}")
        rep.put(f"loss.r{num(ratio)}.first", f"{losses[0]:.2f}")
        rep.put(f"loss.r{num(ratio)}.last", f"{losses[-1]:.2f}")


def balanced_section(rep, runs_dir):
    rep.out("| pair | ratio | γ | η | plain probe | balanced probe | balanced − plain | CE, class-weighted |")
    rep.out("|---|---|---|---|---|---|---|---|")
    for _, short, title in PAIRS:
        grid = group(read_sweep(runs_dir, f"grid-{short}"), ("imbalance_ratio", "gamma", "eta"), METRICS["bacc"][1])
        bal = group(read_sweep(runs_dir, f"balanced-{short}"), ("imbalance_ratio", "gamma", "eta"), METRICS["bacc"][1])
        bmin = group(read_sweep(runs_dir, f"balanced-{short}"), ("imbalance_ratio", "gamma", "eta"), METRICS["min"][1])
        ce = group(read_sweep(runs_dir, f"ce-{short}"), ("loss", "imbalance_ratio"), METRICS["bacc"][1])
        for key in sorted(bal):
            d, _ = compare(bal[key], grid[key])
            w = ce[("ce-weighted", key[0])]
            vs, _ = compare(bal[key], w)
            rep.out(f"| {title.split(' (')[0]} | {num(key[0])} | {num(key[1])} | {num(key[2])} | {grid[key].text()} | "
                    f"{bal[key].text()} | {d} | {w.text()} ({vs} balanced − this) |")
            tag = f"{short}.r{num(key[0])}.g{num(key[1])}e{num(key[2])}"
            rep.put(f"balanced.bacc.{tag}", bal[key].text())
            rep.put(f"balanced.min.{tag}", bmin[key].text())
            rep.put(f"balanced.delta.{tag}", d)
            rep.put(f"balanced.vsweighted.{tag}", vs)
    rep.out()


def normalisation_section(rep, runs_dir):
    grid = read_sweep(runs_dir, "grid-0-6")
    norm = read_sweep(runs_dir, "norm-0-6")
    rep.out("| ratio | γ | η | batch (÷ N, the authors' code) | positives (÷ set sizes) | positives − batch |")
    rep.out("|---|---|---|---|---|---|")
    b = group(grid, ("imbalance_ratio", "gamma", "eta"), METRICS["bacc"][1])
    p = group(norm, ("imbalance_ratio", "gamma", "eta"), METRICS["bacc"][1])
    for key in sorted(k for k in p if k in b):
        d, _ = compare(p[key], b[key])
        rep.out(f"| {num(key[0])} | {num(key[1])} | {num(key[2])} | {b[key].text()} | {p[key].text()} | {d} |")
        rep.put(f"norm.r{num(key[0])}.g{num(key[1])}e{num(key[2])}", d)
    rep.out()


def recipe_section(rep, runs_dir):
    runs = read_sweep(runs_dir, "recipe-0-6")
    s = group(runs, ("loss", "lr", "batch_size"), METRICS["bacc"][1])
    m = group(runs, ("loss", "lr", "batch_size"), METRICS["min"][1])
    rep.out("| loss | lr | batch size | balanced accuracy | minority accuracy |")
    rep.out("|---|---|---|---|---|")
    for key in sorted(s):
        rep.out(f"| {key[0]} | {num(key[1])} | {num(key[2])} | {s[key].text()} | {m[key].text()} |")
        rep.put(f"recipe.{key[0]}.lr{num(key[1])}.b{num(key[2])}", s[key].text())
    rep.out()


def longtail_section(rep, runs_dir):
    runs = read_sweep(runs_dir, "longtail-ce") + read_sweep(runs_dir, "longtail-afcl") \
        + read_sweep(runs_dir, "longtail-balanced")

    def label(r):
        if r.config["loss"] != "afcl":
            return r.config["loss"]
        gm, et = r.config["gamma"], r.config["eta"]
        kind = {(False, False): "CL", (True, False): "FCL", (False, True): "ACL", (True, True): "AFCL"}[(gm > 0, et > 0)]
        probe = " + balanced probe" if r.config.get("linear_balanced") else ""
        return f"{kind} (γ {num(gm)}, η {num(et)}){probe}"

    order = []
    buckets = {}
    for r in runs:
        if label(r) not in buckets:
            order.append(label(r))
        buckets.setdefault(label(r), []).append(r)
    first = runs[0]
    counts = first.train_counts
    names = first.class_names
    few = [k for k, n in enumerate(counts) if n < 20]
    rep.out(f"All {len(names)} classes, exponential profile, ratio {num(first.config['imbalance_ratio'])}: "
            f"{counts[0]} training images ({names[0]}) down to {counts[-1]} ({names[-1]}); the balanced test split.")
    rep.out()
    rep.out("| loss | accuracy (matched) | balanced accuracy | few-shot classes (< 20 images) |")
    rep.out("|---|---|---|---|")
    for name in order:
        rs = buckets[name]
        acc = Stat(r.matched for r in rs)
        bacc = Stat(r.balanced for r in rs)
        fewshot = Stat(statistics.fmean(r.recall[k] for k in few) for r in rs)
        rep.out(f"| {name} | {acc.text()} | {bacc.text()} | {fewshot.text()} |")
        tag = name.split(" ")[0] + ("+bal" if "balanced probe" in name else "")
        rep.put(f"longtail.bacc.{tag}", bacc.text())
        rep.put(f"longtail.few.{tag}", fewshot.text())
    rep.out()
    stats = {name: Stat(r.balanced for r in buckets[name]) for name in order}
    for name in order:  # each contrastive variant against CL with the same probe
        base = "CL (γ 0, η 0)" + (" + balanced probe" if "balanced probe" in name else "")
        if name != base and base in stats and name.split(" ")[0] in ("FCL", "ACL", "AFCL"):
            tag = name.split(" ")[0] + ("+bal" if "balanced probe" in name else "")
            rep.put(f"longtail.delta.{tag}-CL", compare(stats[name], stats[base])[0])
    rep.put("longtail.delta.AFCL+bal-ce-weighted", compare(stats["AFCL (γ 2, η 10) + balanced probe"],
                                                           stats["ce-weighted"])[0])
    rep.out("Per-class test accuracy (mean over seeds), classes from the largest to the smallest:")
    rep.out()
    rep.out("| class | training images | " + " | ".join(order) + " |")
    rep.out("|---|---|" + "---|" * len(order))
    for k in range(len(names)):
        cells = [f"{statistics.fmean(r.recall[k] for r in buckets[n]):.3f}" for n in order]
        rep.out(f"| {names[k]} | {counts[k]} | " + " | ".join(cells) + " |")
    rep.out()


def timing_section(rep, runs_dir):
    timing = json.loads((Path(runs_dir) / "timing.json").read_text())
    total_runs = 0
    timed_runs = 0
    total_wall = 0.0
    rep.out("| sweep | runs | runs timed | wall time of the timed runs | runs per hour |")
    rep.out("|---|---|---|---|---|")
    for name, _, _, _ in sweeps():
        t = timing.get(name, {})
        runs = len(read_sweep(runs_dir, name))
        wall = t.get("wall_seconds", 0.0)
        trained = t.get("runs_trained", 0)
        total_runs += runs
        timed_runs += trained
        total_wall += wall
        rate = f"{3600 * trained / wall:.0f}" if wall > 0 else "–"
        rep.out(f"| {name} | {runs} | {trained} | {wall / 60:.1f} min | {rate} |")
    rate = 3600 * timed_runs / total_wall if total_wall else 0.0
    whole = total_runs / rate * 60 if rate else 0.0
    rep.out(f"| **all** | {total_runs} | {timed_runs} | {total_wall / 60:.1f} min | {rate:.0f} |")
    rep.out()
    rep.out(f"The whole study, {total_runs} runs at {rate:.0f} runs per hour ({BASE['threads']} thread per run, "
            f"{(timing.get('grid-0-6') or {}).get('jobs', 2)} runs at a time), takes about **{whole:.0f} minutes** here. "
            "Runs that a sweep found finished are not timed again (a sweep interrupted and resumed is timed from "
            "its resumption), and the machine was also compiling during parts of the run, so these are upper "
            "bounds.")
    rep.out()
    rep.put("study.minutes", f"{whole:.0f}")
    rep.put("study.runs", str(total_runs))
    rep.put("study.runsperhour", f"{rate:.0f}")
    gpu_section(rep, runs_dir, timing)


def gpu_section(rep, runs_dir, timing):
    gpu = Path(runs_dir) / "gpu-timing.json"
    if not gpu.exists():  # the committed record of the one GPU run (bench/gpu/run-gpu-checks.sh)
        gpu = ROOT / "docs" / "gpu" / "study-gpu-timing.json"
    if not gpu.exists():
        rep.out("No GPU measurement of the study is recorded (`study-runs/gpu-timing.json` absent).")
        rep.out()
        return
    g = json.loads(gpu.read_text())
    cpu_wall = sum(timing[n]["wall_seconds"] for n in g["sweeps"])
    cpu_runs = sum(timing[n]["runs_trained"] for n in g["sweeps"])
    gpu_rate = 3600 * g["runs_trained"] / g["wall_seconds"]
    cpu_rate = 3600 * cpu_runs / cpu_wall if cpu_wall else math.nan
    rep.out(f"On one {g['device']} (LibTorch {g['libtorch']} from the PyTorch wheel, built by "
            f"`packaging/build-gpu-server.sh`, {g['jobs']} runs at a time) the sweep(s) {', '.join(g['sweeps'])} "
            f"({g['runs_trained']} runs) took {g['wall_seconds'] / 60:.1f} min: {gpu_rate:.0f} runs per hour, "
            f"{gpu_rate / cpu_rate:.1f}x the {cpu_rate:.0f} per hour of the same runs here on the CPU.")
    diffs = []
    for key, v in g["runs"].items():
        name, run = key.split("/", 1)
        path = Path(runs_dir) / name / run / "results.json"
        if path.exists():
            diffs.append(v["balanced_accuracy"] - json.loads(path.read_text())["test"]["balanced_accuracy"])
    if diffs:
        d = Stat(diffs)
        rep.out(f"The GPU runs are not bit-identical to the CPU's (other kernels, other summation order): over the "
                f"{len(diffs)} runs, balanced accuracy GPU − CPU = {d.text()} (mean ± std), "
                f"largest |difference| {max(abs(x) for x in diffs):.3f}.")
        rep.put("gpu.delta", d.text())
    rep.put("gpu.speedup", f"{gpu_rate / cpu_rate:.1f}")
    rep.out()


def environment_line(runs_dir):
    run = read_sweep(runs_dir, "grid-0-6")[0]
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"aclwb {run.versions.get('aclwb', '?')}, LibTorch {run.versions.get('libtorch', '?')}, "
            f"{run.threads} thread per run, {os.cpu_count()} cores ({cpu}), {platform.system()}")


def fill(template, values, path):
    def sub(m):
        key = m.group(1)
        if key not in values:
            sys.exit(f"run-study: {path}: unknown placeholder {{{{{key}}}}}; known: {', '.join(sorted(values))}")
        return values[key]
    return re.sub(r"\{\{([^}]+)\}\}", sub, template)


def report(args):
    rep = Report(args)
    runs_dir = args.runs
    rep.out("<!-- Generated by bench/study/run-study.py from the runs; do not edit. The discussion is "
            "bench/study/discussion.md. -->")
    rep.out("# What AFCL does on imbalanced Fashion-MNIST")
    rep.out()
    rep.out("The asymmetric focal contrastive loss (AFCL; Vito & Stefanus, arXiv 2207.07080) against cross-entropy, "
            "CL, FCL and ACL, with this project's implementation and protocol. Regenerate everything (runs, tables, "
            "figures) with `bench/study/run-study.py`; finished runs are kept, so a second call only rebuilds this "
            "page.")
    rep.out()
    rep.out("## Protocol")
    rep.out()
    rep.out(f"- Environment: {environment_line(runs_dir)}.")
    rep.out("- Data: Fashion-MNIST (Debian's `dataset-fashion-mnist`); binary pairs "
            + ", ".join(f"{t} (classes {c})" for c, _, t in PAIRS)
            + f"; majority class {BASE['max_per_class']} training images, minority {BASE['max_per_class']} / ratio, "
            f"ratios {', '.join(map(num, RATIOS))}; the images of each class are drawn by the seed.")
    rep.out("- Test: the whole balanced test split (1000 images per class). *Balanced accuracy* and *minority accuracy* "
            "are measured on it; *accuracy (matched)* is the accuracy a test set as imbalanced as training would give: "
            "the per-class recalls weighted by the training proportions (exact in expectation, and measured on 1000 "
            "minority images instead of 10).")
    rep.out(f"- Model and recipe: `{BASE['encoder']}` encoder, stage 1 {BASE['epochs_contrastive']} epochs of "
            f"{BASE['optimizer']} (lr {num(BASE['lr'])}, {BASE['schedule']}, weight decay {num(BASE['weight_decay'])}), "
            f"batch {BASE['batch_size']}, one augmented view, temperature {num(BASE['temperature'])}, loss normalised "
            f"by the batch size N (the authors' code); stage 2: the linear probe solved by L-BFGS on the frozen, "
            f"standardised features. CE baselines: the same encoder + classifier trained end to end for "
            f"{BASE['epochs_contrastive'] + BASE['epochs_linear']} epochs (class-weighted: inverse-frequency weights).")
    rep.out(f"- Grid: γ ∈ {{{', '.join(map(num, GAMMAS))}}} × η ∈ {{{', '.join(map(num, ETAS))}}}; γ = η = 0 is CL, η = 0 "
            f"FCL, γ = 0 ACL. Seeds {', '.join(map(str, SEEDS))} for every point; tables give mean ± sample standard "
            "deviation over the seeds. *(within spread)* marks a difference smaller than the larger of the two "
            "standard deviations: read it as no difference.")
    rep.out("- Not the paper's protocol: the authors' class pairs, epochs and optimiser are not available offline, "
            "and their encoder was ImageNet-pretrained; ours is trained from scratch. There is no validation split: "
            "the \"best\" grid points are picked on the test set and are therefore optimistic (best of "
            f"{sum(1 for g in GAMMAS for e in ETAS if g > 0 and e > 0)} AFCL points).")
    rep.out()
    rep.out("## Discussion")
    rep.out()
    discussion = ROOT / "bench" / "study" / "discussion.md"
    rep.out("{{DISCUSSION}}")
    rep.out()
    rep.out("## Results per class pair and ratio")
    rep.out()
    for classes, short, title in PAIRS:
        pair_section(rep, runs_dir, classes, short, title)
    rep.out("## Beyond the paper: all ten classes, long tail")
    rep.out()
    longtail_section(rep, runs_dir)
    rep.out("## The classifier's prior: a class-balanced linear probe")
    rep.out()
    rep.out("Stage 2 minimises the plain (unweighted) cross-entropy on the frozen features, as the paper's stage 2 "
            "does, so on imbalanced data its boundary sits deep in the minority. `--linear-balanced true` weights "
            "that cross-entropy by inverse class frequency (what `ce-weighted` does end to end); the encoder is "
            "trained exactly as before. Balanced accuracy:")
    rep.out()
    balanced_section(rep, runs_dir)
    rep.out("## Normalisation: ÷ N (batch) or ÷ set sizes (positives)")
    rep.out()
    rep.out("T-shirt/top vs Shirt; balanced accuracy. `batch` divides both sums by the batch size N as the authors' "
            "code does; `positives` divides the positive sum by |P(i)| and the negative sum by |N(i)| (SupCon-style).")
    rep.out()
    normalisation_section(rep, runs_dir)
    rep.out("## Recipe: is the gap the loss or the training?")
    rep.out()
    rep.out("T-shirt/top vs Shirt at ratio 10, CL and CE with two learning rates and two batch sizes (balanced "
            "accuracy).")
    rep.out()
    recipe_section(rep, runs_dir)
    rep.out("## Time")
    rep.out()
    timing_section(rep, runs_dir)
    loss_floor_values(rep, runs_dir)
    text = "\n".join(rep.lines) + "\n"
    body = fill(discussion.read_text(), rep.values, discussion) if discussion.exists() else \
        "*(bench/study/discussion.md is missing.)*"
    text = text.replace("{{DISCUSSION}}", body.strip())
    target = Path(args.docs) / "RESULTS.md"
    tmp = target.with_suffix(".md.tmp")
    tmp.write_text(text)
    os.replace(tmp, target)
    values = Path(args.runs) / "values.json"
    values.write_text(json.dumps(rep.values, indent=1, ensure_ascii=False) + "\n")
    print(f"run-study: wrote {target} ({len(rep.values)} named values in {values})")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=str(ROOT / "build"), help="build directory with aclwb-cli, aclwb-heatmap")
    parser.add_argument("--runs", default=str(ROOT / "study-runs"), help="where the runs go (kept between calls)")
    parser.add_argument("--docs", default=str(ROOT / "docs"), help="where RESULTS.md and images/study/ go")
    parser.add_argument("--jobs", type=int, default=2, help="runs at a time (each uses BASE['threads'] threads)")
    parser.add_argument("--report-only", action="store_true", help="only regenerate the report from the runs")
    parser.add_argument("--list", action="store_true", help="print the sweeps and their run counts, run nothing")
    parser.add_argument("--sweeps", default="", help="comma-separated sweep names to run (default: all)")
    parser.add_argument("--device", default="cpu", help="device of every run (the study's numbers are the CPU's)")
    parser.add_argument("--no-report", action="store_true", help="run the sweeps, do not write the report")
    parser.add_argument("--gpu-timing", default="", help="write the GPU timing summary of the sweeps run here")
    args = parser.parse_args()
    if args.list:
        for name, overrides, grid, what in sweeps():
            n = len(SEEDS)
            for axis in grid:
                n *= len(axis.split("=", 1)[1].split(","))
            print(f"{name:15} {n:4} runs  {what}")
        return
    if not args.report_only:
        run_sweeps(args)
    if not args.no_report:
        report(args)


if __name__ == "__main__":
    main()
