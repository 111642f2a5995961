#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The same stage-1 training step as `aclwb-cli bench-train` (cnn-small + projection head + AFCL, Adam), in
PyTorch-Python, timed the same way: median of steps after 3 warm-up steps, same batch and thread count.
Run with Debian's interpreter (/usr/bin/python3, package python3-torch)."""
import argparse
import json
import os
import statistics
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loss_pytorch import afcl_loss  # noqa: E402


def cnn_small(channels):
    def block(i, o):
        return [nn.Conv2d(i, o, 3, padding=1, bias=False), nn.BatchNorm2d(o), nn.ReLU()]
    return nn.Sequential(*block(channels, 32), nn.MaxPool2d(2), *block(32, 64), nn.MaxPool2d(2), *block(64, 128),
                         nn.AdaptiveAvgPool2d(1), nn.Flatten())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch-size", type=int, default=256)
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--image-size", type=int, default=28)
    ap.add_argument("--threads", type=int, default=0)
    args = ap.parse_args()
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    encoder = cnn_small(1)
    head = nn.Sequential(nn.Linear(128, 128), nn.ReLU(), nn.Linear(128, 128))
    opt = torch.optim.Adam(list(encoder.parameters()) + list(head.parameters()), lr=1e-3)
    x = torch.rand(args.batch_size, 1, args.image_size, args.image_size)
    y = torch.randint(10, (args.batch_size,))
    times = []
    for k in range(args.steps + 3):
        start = time.perf_counter()
        opt.zero_grad()
        z = F.normalize(head(encoder(x)), dim=1)
        afcl_loss(z, y, 2.0, 10.0, 0.1).backward()
        opt.step()
        if k >= 3:
            times.append((time.perf_counter() - start) * 1e3)
    ms = statistics.median(times)
    print(json.dumps({"images_per_s": args.batch_size * 1000.0 / ms, "step_ms": ms,
                      "threads": torch.get_num_threads(), "torch": torch.__version__}))


if __name__ == "__main__":
    main()
