#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds aclwb-cli (core + CLI: no Qt, no OpenCV) against the LibTorch inside an installed PyTorch wheel, for GPU
# servers where PyTorch with CUDA is installed and Debian's packages are not:
#
#   packaging/build-gpu-server.sh [BUILD_DIR]          # default build-gpu; then BUILD_DIR/app/cli/aclwb-cli
#
# Needs python3 with torch (a CUDA build for GPUs), CMake >= 3.25, a C++17 compiler, zlib, and the header-only CLI11
# and nlohmann-json: installed system-wide, or their folders CLI/ and nlohmann/ (and zlib.h/zconf.h if the system has
# none) under $ACLWB_HEADERS/include. Without OpenCV, image folders and ISIC 2018 are refused with a message;
# Fashion-MNIST and MNIST work (point --data-dir or $ACLWB_DATA_DIR at the four IDX files).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-gpu}
python=${PYTHON:-python3}

torch_prefix=$("$python" -c 'import torch; print(torch.utils.cmake_prefix_path)') || {
  echo "build-gpu-server: $python cannot import torch; install PyTorch or set PYTHON=/path/to/python" >&2
  exit 2
}
echo "build-gpu-server: $("$python" -c 'import torch; print("PyTorch", torch.__version__, "CUDA", torch.version.cuda or "none", "- GPU:", torch.cuda.get_device_name(0) if torch.cuda.is_available() else "none")')"

prefix=$torch_prefix
args=()
if [[ -n ${ACLWB_HEADERS:-} ]]; then
  prefix="$prefix;$ACLWB_HEADERS"
  # zlib's library without its development symlink: name the runtime library itself.
  if [[ -f $ACLWB_HEADERS/include/zlib.h ]] && ! ldconfig -p | grep -q 'libz\.so '; then
    args+=("-DZLIB_INCLUDE_DIR=$ACLWB_HEADERS/include" "-DZLIB_LIBRARY=$(ldconfig -p | awk '/libz\.so\.1 /{print $NF; exit}')")
  fi
fi
command -v ninja >/dev/null && args+=(-G Ninja)

# The wheel's headers and the system may each hold a copy of nlohmann-json of another patch version; without the
# version in its inline namespace every file agrees on the names whichever copy it saw (seen: 3.11.2 and 3.11.3).
cmake -S . -B "$build" "${args[@]}" -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_CXX_FLAGS="${CXXFLAGS:-} -DNLOHMANN_JSON_NAMESPACE_NO_VERSION=1" \
  -DACLWB_BUILD_GUI=OFF -DACLWB_BUILD_TESTS=OFF -DACLWB_BUILD_BENCH=OFF -DACLWB_WITH_OPENCV=OFF
cmake --build "$build" --parallel "$(nproc)"
"$build/app/cli/aclwb-cli" --version
