#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The AFCL loss written as plain PyTorch-Python ops (what users paste into their scripts today), timed the way
bench_loss times ours: forward + backward on random unit vectors, median of repeats, same thread count.
Run with Debian's interpreter (/usr/bin/python3, package python3-torch)."""
import argparse
import json
import statistics
import time

import torch


def afcl_loss(z, y, gamma, eta, tau):
    n = z.shape[0]
    eye = torch.eye(n, dtype=torch.bool)
    logits = (z @ z.t() / tau).masked_fill(eye, float("-inf"))
    logp = torch.log_softmax(logits, dim=1).masked_fill(eye, 0.0)
    p = logp.exp().masked_fill(eye, 0.0)
    same = (y[:, None] == y[None, :]) & ~eye
    diff = y[:, None] != y[None, :]
    pos = torch.where(same, -(1 - p).clamp_min(0).pow(gamma) * logp, torch.zeros_like(p)).sum(1)
    neg = torch.where(diff, -torch.log1p(-p.clamp_max(1 - 1e-7)), torch.zeros_like(p)).sum(1)
    return ((pos + eta * neg) / n).mean()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, nargs="+", default=[256, 1024, 4096])
    ap.add_argument("--dim", type=int, default=128)
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--repeats", type=int, default=7)
    args = ap.parse_args()
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    results = []
    for n in args.n:
        torch.manual_seed(7)
        z0 = torch.nn.functional.normalize(torch.randn(n, args.dim), dim=1)
        y = torch.randint(10, (n,))
        times = []
        for k in range(args.repeats + 2):
            z = z0.clone().requires_grad_(True)
            start = time.perf_counter()
            afcl_loss(z, y, 2.0, 10.0, 0.1).backward()
            if k >= 2:
                times.append((time.perf_counter() - start) * 1e3)
        results.append({"n": n, "forward_backward_ms": statistics.median(times),
                        "threads": torch.get_num_threads(), "torch": torch.__version__})
    print(json.dumps(results))


if __name__ == "__main__":
    main()
