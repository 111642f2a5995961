#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""t-SNE benchmark, in one run: aclwb-cli tsne against scikit-learn's Barnes-Hut TSNE (Debian python3-sklearn) on
the same data: 128-d imbalanced Gaussian clusters (10 classes, sizes falling 10:1), same perplexity (30), iterations
(1000), PCA initialisation and threads. Reports wall time and trustworthiness (k = 10, scikit-learn's function for
both layouts). "aclwb t-SNE" is the time the command reports for the t-SNE itself (similarities + optimisation), the
same work scikit-learn's fit_transform does; "whole command" adds process start, CSV parsing, the final KL and
writing the layout. Usage: bench/run-tsne-bench.py [build-dir] [threads] [N ...]"""
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from sklearn.manifold import TSNE, trustworthiness


def clusters(n, seed=0):
    rng = np.random.default_rng(seed)
    weights = 10.0 ** (-np.arange(10) / 9.0)
    sizes = np.maximum(1, np.round(n * weights / weights.sum())).astype(int)
    sizes[0] += n - sizes.sum()
    centres = rng.normal(0, 4.0, size=(10, 128))
    x = np.concatenate([rng.normal(centres[c], 1.0, size=(s, 128)) for c, s in enumerate(sizes)])
    y = np.concatenate([np.full(s, c) for c, s in enumerate(sizes)])
    return x.astype(np.float32), y


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build"
    threads = int(sys.argv[2]) if len(sys.argv) > 2 else os.cpu_count()
    sizes = [int(a) for a in sys.argv[3:]] or [2000, 5000, 10000]
    cli = os.path.join(build, "app", "cli", "aclwb-cli")
    env = dict(os.environ, OMP_WAIT_POLICY=os.environ.get("OMP_WAIT_POLICY", "PASSIVE"))
    print(f"threads {threads}")
    print("| N | aclwb t-SNE (s) | aclwb whole command (s) | scikit-learn fit_transform (s) | speed-up (t-SNE vs fit_transform) | "
          "trustworthiness aclwb | trustworthiness scikit-learn | KL aclwb | KL scikit-learn |")
    print("|---|---|---|---|---|---|---|---|---|")
    for n in sizes:
        x, y = clusters(n)
        with tempfile.TemporaryDirectory() as tmp:
            data = os.path.join(tmp, "x.csv")
            np.savetxt(data, np.column_stack([x, y]), delimiter=",", fmt="%.7g")
            start = time.perf_counter()
            out = subprocess.run([cli, "tsne", "--input", data, "--out", os.path.join(tmp, "y.csv"), "--label-column",
                                  "last", "--threads", str(threads), "--perplexity", "30", "--iterations", "1000"],
                                 check=True, capture_output=True, text=True, env=env)
            ours_wall = time.perf_counter() - start
            ours = json.loads(out.stdout)
            layout = np.loadtxt(os.path.join(tmp, "y.csv"), delimiter=",", skiprows=1)[:, :2]
        start = time.perf_counter()
        tsne = TSNE(n_components=2, perplexity=30, n_iter=1000, init="pca", learning_rate="auto", method="barnes_hut",
                    angle=0.5, n_jobs=threads, random_state=0)
        theirs = tsne.fit_transform(x)
        theirs_wall = time.perf_counter() - start
        t_ours = trustworthiness(x, layout, n_neighbors=10)
        t_theirs = trustworthiness(x, theirs, n_neighbors=10)
        print(f"| {n} | {ours['seconds']:.2f} | {ours_wall:.2f} | {theirs_wall:.2f} | {theirs_wall / ours['seconds']:.1f}x | {t_ours:.4f} | "
              f"{t_theirs:.4f} | {ours['kl_divergence']:.3f} | {tsne.kl_divergence_:.3f} |", flush=True)


if __name__ == "__main__":
    main()
