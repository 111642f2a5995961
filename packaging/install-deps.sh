#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs every Debian 12 package ACL Workbench needs to build, test, benchmark and run.
# Idempotent: packages already present are skipped, and apt is not touched when nothing is missing.
# Usage: packaging/install-deps.sh [--no-gui] [--no-bench]
set -euo pipefail

gui=1
bench=1
for arg in "$@"; do
  case "$arg" in
    --no-gui) gui=0 ;;
    --no-bench) bench=0 ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) echo "install-deps.sh: unknown option '$arg'" >&2; exit 2 ;;
  esac
done

# Build tools.
pkgs=(cmake g++ ninja-build ccache pkg-config git)
# Core: LibTorch (CPU), OpenBLAS with threads (Debian's LibTorch otherwise falls back to reference BLAS,
# ~14x slower matrix products), OpenCV for image decoding, JSON, CLI parsing, zlib for .gz IDX files.
pkgs+=(libtorch-dev libopenblas0-pthread libopencv-dev nlohmann-json3-dev libcli11-dev zlib1g-dev)
# ONNX export (libonnx-dev: the protobuf messages and onnx::checker) and Python's onnx checker, which the ONNX test
# runs on the exported files (skipped where missing).
pkgs+=(libonnx-dev python3-onnx)
# The default experiment's data: the real Fashion-MNIST in /usr/share/datasets/fashion-mnist.
pkgs+=(dataset-fashion-mnist)
if [ "$gui" = 1 ]; then
  # GUI: Qt 6 widgets/SVG, translations tooling and Qt's own translations, QCustomPlot, libwebp (the embedding
  # replay as one animated file); xvfb + imagemagick for screenshots.
  pkgs+=(qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqcustomplot-dev
         libwebp-dev libgl-dev xvfb xauth imagemagick)
fi
# The package test (ctest label packaging): dpkg-shlibdeps (dpkg-dev), and the validators of the .desktop file, the
# AppStream metainfo and the .deb itself.
pkgs+=(dpkg-dev desktop-file-utils appstream lintian)
# Fuzzing (ctest label fuzz; skipped when missing): clang with libFuzzer and the sanitizer runtimes.
pkgs+=(clang-14 libclang-rt-14-dev)
if [ "$bench" = 1 ]; then
  # Benchmarks: Google Benchmark; PyTorch-Python and scikit-learn as the baselines we compare against.
  pkgs+=(libbenchmark-dev python3-torch python3-sklearn python3-numpy)
fi

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps.sh: all ${#pkgs[@]} packages already installed"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "install-deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
