#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Rebuild an aclwb cnn-small model in PyTorch and load a run's model.pt (see docs/MODEL_FORMAT.md).
Usage: load_model.py RUN_DIR/model.pt C H W   -> prints the class logits of an all-black image as JSON."""
import json
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F


def cnn_small(channels):
    def block(i, o):
        return [nn.Conv2d(i, o, 3, padding=1, bias=False), nn.BatchNorm2d(o), nn.ReLU()]
    return nn.Sequential(*block(channels, 32), nn.MaxPool2d(2), *block(32, 64), nn.MaxPool2d(2),
                         *block(64, 128), nn.AdaptiveAvgPool2d(1), nn.Flatten())


class Net(nn.Module):
    def __init__(self, channels, classes, features=128, projection=128):
        super().__init__()
        self.encoder = nn.Sequential(nn.Module())  # index 0 holds the encoder
        self.encoder[0].layers = cnn_small(channels)
        self.head = nn.Sequential(nn.Linear(features, features), nn.ReLU(), nn.Linear(features, projection))
        self.classifier = nn.Linear(features, classes)

    def features(self, x):
        return self.encoder[0].layers(x)

    def forward(self, x):  # class logits; images in [0, 1], shape [N, C, H, W]
        return self.classifier(self.features(x))

    def embed(self, x):  # the contrastive embedding
        return F.normalize(self.head(self.features(x)), dim=1)


def main():
    path, c, h, w = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    state = torch.load(path)
    net = Net(channels=c, classes=state["classifier.weight"].shape[0])
    net.load_state_dict(state)  # strict: every name and shape must match
    net.eval()
    with torch.no_grad():
        print(json.dumps(net(torch.zeros(1, c, h, w))[0].tolist()))


if __name__ == "__main__":
    main()
