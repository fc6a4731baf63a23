#!/usr/bin/env bash
# Packs the package, installs the tarball into a scratch project, and calls
# evaluateNomination from both `import` (ESM) and `require` (CJS).
set -euo pipefail
root=$(pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tarball=$(npm pack --silent --pack-destination "$scratch" | tail -n 1)
cd "$scratch"
cat > package.json <<'JSON'
{ "name": "consumer", "version": "1.0.0", "private": true }
JSON
# Dependencies come from the same npm cache CI filled with `npm ci`.
npm install --no-audit --no-fund --prefer-offline "./$tarball" >/dev/null
cat > nomination.json <<'JSON'
{
  "id": "smoke-1",
  "ruleSet": "annual-grassroots",
  "year": 2026,
  "nominee": { "kind": "individual", "name": "Trần Văn An", "unit": { "id": "vhxh" } },
  "facts": { "goodConduct": true, "excellentCompletion": true, "reformRoles": ["participate"], "appliedInitiative": true }
}
JSON
cat > esm.mjs <<'JS'
import { evaluateNomination, ValidationError } from 'thi-dua-cchc';
import { readFileSync } from 'node:fs';
const r = await evaluateNomination(JSON.parse(readFileSync('nomination.json', 'utf8')));
if (r.outcome !== 'eligible') throw new Error(`ESM: expected eligible, got ${r.outcome}`);
if (typeof ValidationError !== 'function') throw new Error('ESM: ValidationError missing');
console.log('ESM import ok:', r.outcome, r.reasons[0]);
JS
cat > cjs.cjs <<'JS'
const { evaluateNomination } = require('thi-dua-cchc');
const n = require('./nomination.json');
evaluateNomination(n, { lang: 'en' }).then((r) => {
  if (r.outcome !== 'eligible') throw new Error(`CJS: expected eligible, got ${r.outcome}`);
  console.log('CJS require ok:', r.outcome, r.reasons[0]);
}).catch((e) => { console.error(e); process.exit(1); });
JS
node esm.mjs
node cjs.cjs
# The JSON Schemas ship with the package (issue 9).
node -e "const s = require('thi-dua-cchc/schema/nomination.json'); const p = require('thi-dua-cchc/schema/plan.en.json');
if (!s.properties.facts.properties.goodConduct['x-i18n'].vi.description || p.title !== 'Plan') throw new Error('schemas');
console.log('JSON Schemas shipped:', Object.keys(s.properties.facts.properties).length, 'facts described')"
cd "$root"
