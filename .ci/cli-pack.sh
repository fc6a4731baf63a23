#!/usr/bin/env bash
# Packs the package, installs the tarball into a scratch project, and runs the installed
# `thi-dua-cchc` command (package.json `bin`) on a CSV file: the shebang, the import of the
# package's own dist/index.js, and the csv-parse dependency, as a user gets them from npm.
set -euo pipefail
root=$(pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tarball=$(npm pack --silent --pack-destination "$scratch" | tail -n 1)
cd "$scratch"
cat > package.json <<'JSON'
{ "name": "cli-consumer", "version": "1.0.0", "private": true }
JSON
npm install --no-audit --no-fund --prefer-offline "./$tarball" >/dev/null
cp "$root/examples/vinh-bao-2026-grassroots.csv" batch.csv
npx --no-install thi-dua-cchc --version
out=$(npx --no-install thi-dua-cchc evaluate batch.csv --format csv)
echo "$out" | grep -q '^gk-2026-01,annual-grassroots,2026,collective,' || { echo "cli-pack: unexpected output"; echo "$out"; exit 1; }
set +e
npx --no-install thi-dua-cchc evaluate missing.csv >/dev/null 2>&1
code=$?
set -e
[ "$code" -eq 2 ] || { echo "cli-pack: expected exit code 2 for a missing file, got $code"; exit 1; }
echo "CLI from the packed package ok: $(echo "$out" | wc -l) lines of CSV"
cd "$root"
