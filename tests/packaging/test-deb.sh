#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# ctest -L packaging: builds the .deb with CPack, extracts it into a temporary root and runs the extracted programs;
# validates the desktop entry and AppStream metainfo inside it, and runs lintian (errors fail; warnings are listed in
# docs/PACKAGING.md with their reasons). Exit 77 (skipped) when dpkg-deb is missing.
set -euo pipefail
build=${1:?usage: test-deb.sh BUILD_DIR}
command -v dpkg-deb >/dev/null || { echo "dpkg-deb not found: skipped"; exit 77; }
cd "$build"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack -G DEB -B "$work/out" > "$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/aclwb_*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb -f "$deb" Package Version Section Depends
root=$work/root
dpkg-deb -x "$deb" "$root"
for f in usr/bin/aclwb-cli usr/share/man/man1/aclwb-cli.1.gz usr/share/doc/aclwb/copyright; do
  [[ -e $root/$f ]] || { echo "missing from the package: /$f"; exit 1; }
done
"$root/usr/bin/aclwb-cli" --version
printf '1,0\n0.9,0.1\n0,1\n0.1,0.9\n' > "$work/f.csv"
printf '0\n0\n1\n1\n' > "$work/l.csv"
"$root/usr/bin/aclwb-cli" loss --features "$work/f.csv" --labels "$work/l.csv" --gamma 2 --eta 10 | tee "$work/loss.json"
grep -q '"loss"' "$work/loss.json"
if [[ -e $root/usr/bin/aclwb ]]; then
  "$root/usr/bin/aclwb" --version
  for f in usr/share/applications/io.github.aclworkbench.aclwb.desktop \
           usr/share/metainfo/io.github.aclworkbench.aclwb.metainfo.xml usr/share/icons/hicolor/scalable/apps/aclwb.svg \
           usr/share/icons/hicolor/48x48/apps/aclwb.png usr/share/man/man1/aclwb.1.gz; do
    [[ -e $root/$f ]] || { echo "missing from the package: /$f"; exit 1; }
  done
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/io.github.aclworkbench.aclwb.desktop"
  fi
  if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.aclworkbench.aclwb.metainfo.xml"
  fi
fi
if command -v lintian >/dev/null; then
  lintian --tag-display-limit 0 "$deb" | tee "$work/lintian.txt" || true
  if grep -q '^E:' "$work/lintian.txt"; then
    echo "lintian reports errors"; exit 1
  fi
fi
echo "package OK"
