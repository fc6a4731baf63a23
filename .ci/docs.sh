#!/usr/bin/env bash
# Docs: builds the site (npm run docs) and drives it in Debian's Chromium through
# playwright-core (npm run test:browser), served on 127.0.0.1. Needs `npm ci` first.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "::: installing Debian's chromium (and a font with Vietnamese glyphs)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y chromium fonts-dejavu-core
fi

echo "::: npm run docs"
npm run docs

echo "::: serving docs/site on 127.0.0.1"
portfile=$(mktemp)
node docs/build/serve.mjs docs/site --port-file "$portfile" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$portfile"' EXIT
for _ in $(seq 1 100); do
  [ -s "$portfile" ] && break
  sleep 0.1
done
if [ ! -s "$portfile" ]; then
  echo "the docs server did not start" >&2
  exit 1
fi
url="http://127.0.0.1:$(cat "$portfile")/"

echo "::: browser test against $url (screenshots in test-results/)"
DOCS_URL="$url" npm run test:browser
