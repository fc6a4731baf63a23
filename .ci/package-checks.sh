#!/usr/bin/env bash
# Checks the package as it will be published, from the tarball `npm pack` makes (run after
# `npm run build`):
#  1. publint --strict and @arethetypeswrong/cli (attw --pack) on the tarball (node10, which
#     reads no `exports`, finds the types of `thi-dua-cchc/schemas` through `typesVersions`);
#  2. a consumer project in a scratch folder installs the tarball and type-checks a usage file
#     against the shipped types with TypeScript under moduleResolution nodenext (module
#     nodenext; an .mts file, ESM, and a .cts file, CJS) and under bundler, both entries
#     (`thi-dua-cchc` and `thi-dua-cchc/schemas`);
#  3. the consumer runs both entries by ESM `import` and by CJS `require`, reads the JSON
#     Schemas it ships, and runs its `thi-dua-cchc` command (package.json `bin`: the shebang,
#     dist/cli.js importing dist/index.js, the csv-parse dependency) on the example CSV;
#  4. npm audit --omit=dev: clean, or each finding explained in SECURITY.md. A registry that
#     does not answer audits (HTTP 405 on some mirrors) is reported, not failed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

test -f dist/index.js -a -f dist/index.cjs -a -f dist/index.d.ts -a -f dist/index.d.cts \
  -a -f dist/schemas.js -a -f dist/schemas.cjs -a -f dist/schemas.d.ts -a -f dist/schemas.d.cts || {
  echo "dist/ is not built: run npm run build first" >&2
  exit 1
}

echo "--- npm pack"
tarball="$scratch/$(npm pack --silent --pack-destination "$scratch" | tail -n 1)"
ls -l "$tarball"

echo "--- publint --strict"
npx --no-install publint run "$tarball" --strict

echo "--- attw --pack"
# ./plan.json is a data file for resolvers that read `exports` (as ./schema/* and ./rules/*, which
# attw lists as wildcards): node10 cannot find it, so it is left out of the check.
npx --no-install attw "$tarball" --format table-flipped --exclude-entrypoints ./plan.json

echo "--- consumer project: install the tarball"
consumer="$scratch/consumer"
mkdir -p "$consumer"
cd "$consumer"
cat > package.json <<'JSON'
{ "name": "consumer", "version": "1.0.0", "private": true, "type": "module" }
JSON
# Dependencies come from the npm cache that `npm ci` filled; TypeScript is the repository's own.
npm install --no-audit --no-fund --prefer-offline "$tarball" >/dev/null
tsc="$root/node_modules/typescript/bin/tsc"
"$tsc" --version

# The usage file: every public function, typed through the shipped declarations. Wrong types
# (a misspelt option, a wrong outcome literal) must fail to compile: the @ts-expect-error lines
# fail the check if the types ever stop catching them.
usage() {
  cat <<'TS'
import {
  allocateQuota,
  checkDeadline,
  definePlan,
  defaultPlan,
  evaluateNomination,
  evaluateNominations,
  evaluateNominationSync,
  evaluateNominationsSync,
  ISSUE_CODES,
  ValidationError,
  type Allocation,
  type DeadlineCheck,
  type Evaluation,
  type FactName,
  type IssueCode,
  type Nomination,
  type Outcome,
  type Plan,
} from 'thi-dua-cchc';
import { RuleSetSchema, OPERATORS, type RuleSet, type Operator } from 'thi-dua-cchc/schemas';

const nomination: Nomination = {
  id: 'hs-2026-014',
  ruleSet: 'annual-city',
  year: 2026,
  nominee: { kind: 'individual', name: 'Trần Minh Đức', unit: { id: 'xa-vinh-bao', block: 'commune' } },
  facts: { goodConduct: true, excellentCompletion: true, reformRoles: ['advise'], outstandingAdvisory: true, selectedByUnit: true },
};

export async function run(): Promise<[Outcome, number, boolean | null, number, IssueCode | undefined]> {
  const plan: Plan = defaultPlan();
  const ruleSet: RuleSet = RuleSetSchema.parse(plan.ruleSets['annual-city']);
  const operator: Operator = OPERATORS[0];
  void [ruleSet, operator];
  // @ts-expect-error: the schemas' types are on thi-dua-cchc/schemas, not on the main entry
  type NotHere = import('thi-dua-cchc').RuleSet;
  const one: Evaluation = await evaluateNomination(nomination, { lang: 'en', plan });
  const many: Evaluation[] = await evaluateNominations([nomination]);
  const sync: Evaluation = evaluateNominationSync(nomination);
  const syncMany: Evaluation[] = evaluateNominationsSync([nomination]);
  const deadline: DeadlineCheck = checkDeadline({ track: 'annual-city', year: 2026, submittedAt: new Date(Date.UTC(2027, 2, 1)) });
  const allocation: Allocation = allocateQuota([...many, sync, ...syncMany].slice(0, 1), { level: 'annual-city', lang: 'vi' });
  let code: IssueCode | undefined;
  try {
    definePlan({});
  } catch (e) {
    if (e instanceof ValidationError) code = e.issues[0]?.code;
  }
  // @ts-expect-error: an unknown language is a type error
  evaluateNominationSync(nomination, { lang: 'fr' });
  // @ts-expect-error: 'passed' is not an outcome
  const wrong: Outcome = 'passed';
  void wrong;
  // Typed inputs (issue 17): each mistake below is a compile error in a strict host.
  // @ts-expect-error: a misspelt fact
  evaluateNominationSync({ ...nomination, facts: { excelentCompletion: true } });
  // @ts-expect-error: a misspelt reform role
  evaluateNominationSync({ ...nomination, facts: { reformRoles: ['advice'] } });
  // @ts-expect-error: a rule set the bundled plan does not have
  evaluateNominationSync({ ...nomination, ruleSet: 'annual-province' });
  // @ts-expect-error: a nominee kind that does not exist
  evaluateNominationSync({ ...nomination, nominee: { ...nomination.nominee, kind: 'household' } });
  // @ts-expect-error: a unit block that does not exist
  evaluateNominationSync({ ...nomination, nominee: { ...nomination.nominee, unit: { id: 'x', block: 'province' } } });
  // @ts-expect-error: a deadline track that does not exist
  checkDeadline({ track: 'annual-province', year: 2026 });
  const missing: FactName[] = sync.missingFacts;
  void missing;
  return [one.outcome, allocation.totals.individuals, deadline.onTime, ISSUE_CODES.length, code];
}
TS
}

check_types() { # $1: label, $2: module, $3: moduleResolution, $4: file, $5…: more flags
  echo "--- tsc: $1 (module $2, moduleResolution $3, $4)"
  "$tsc" --noEmit --strict --skipLibCheck false --types node --target es2022 --lib es2022 \
    --module "$2" --moduleResolution "$3" "$4" "${@:5}"
}

mkdir -p nodenext bundler
usage > nodenext/usage.mts
# The CJS usage: the same code, in a .cts file, which nodenext compiles to require().
usage > nodenext/usage.cts
usage > bundler/usage.ts
npm install --no-audit --no-fund --prefer-offline --no-save "@types/node@$(node -p "require('$root/node_modules/@types/node/package.json').version")" >/dev/null
check_types "ESM under nodenext" nodenext nodenext nodenext/usage.mts
check_types "CJS under nodenext" nodenext nodenext nodenext/usage.cts
check_types "bundler" esnext bundler bundler/usage.ts
check_types "bundler, exactOptionalPropertyTypes" esnext bundler bundler/usage.ts --exactOptionalPropertyTypes

echo "--- run: ESM import and CJS require"
cat > esm.mjs <<'JS'
import { evaluateNomination, checkDeadline, ValidationError } from 'thi-dua-cchc';
import { RuleSetSchema, DeadlineCheckSchema } from 'thi-dua-cchc/schemas';
const r = await evaluateNomination({
  id: 'smoke-1', ruleSet: 'annual-grassroots', year: 2026,
  nominee: { kind: 'individual', name: 'Trần Văn An', unit: { id: 'vhxh' } },
  facts: { goodConduct: true, excellentCompletion: true, reformRoles: ['participate'], appliedInitiative: true },
});
if (r.outcome !== 'eligible') throw new Error(`ESM: expected eligible, got ${r.outcome}`);
const d = checkDeadline({ track: 'annual-grassroots', year: 2026, submittedAt: '2026-11-19T17:30:00Z' });
if (d.onTime !== false) throw new Error('ESM: checkDeadline');
if (!DeadlineCheckSchema.safeParse(d).success) throw new Error('ESM: DeadlineCheckSchema (thi-dua-cchc/schemas)');
if (RuleSetSchema.safeParse({}).success) throw new Error('ESM: RuleSetSchema (thi-dua-cchc/schemas)');
try { await evaluateNomination({ id: 'x' }); throw new Error('ESM: no error'); } catch (e) { if (!(e instanceof ValidationError)) throw e; }
console.log('ESM import ok:', r.outcome);
JS
cat > cjs.cjs <<'JS'
const { evaluateNominationSync, allocateQuota, ValidationError } = require('thi-dua-cchc');
const { AllocationSchema, EvaluationSchema } = require('thi-dua-cchc/schemas');
const r = evaluateNominationSync({
  id: 'smoke-2', ruleSet: 'annual-grassroots', year: 2026,
  nominee: { kind: 'individual', name: 'Trần Văn An', unit: { id: 'vhxh' } },
  facts: { goodConduct: true, excellentCompletion: true, reformRoles: ['participate'], appliedInitiative: true },
}, { lang: 'en' });
if (r.outcome !== 'eligible') throw new Error(`CJS: expected eligible, got ${r.outcome}`);
const a = allocateQuota([r], { level: 'annual-grassroots' });
if (a.selected.length !== 1) throw new Error('CJS: allocateQuota');
if (!AllocationSchema.safeParse(a).success || !EvaluationSchema.safeParse(r).success) throw new Error('CJS: thi-dua-cchc/schemas');
try { evaluateNominationSync(null); throw new Error('CJS: no error'); } catch (e) { if (!(e instanceof ValidationError)) throw e; }
console.log('CJS require ok:', r.outcome);
JS
node esm.mjs
node cjs.cjs

echo "--- the JSON Schemas shipped (issue 9)"
node -e "const s = require('thi-dua-cchc/schema/nomination.json'); const p = require('thi-dua-cchc/schema/plan.en.json');
if (!s.properties.facts.properties.goodConduct['x-i18n'].vi.description || p.title !== 'Plan') throw new Error('schemas');
console.log('JSON Schemas shipped:', Object.keys(s.properties.facts.properties).length, 'facts described')"

echo "--- the command line from the package (issue 5)"
cp "$root/examples/vinh-bao-2026-grassroots.csv" batch.csv
npx --no-install thi-dua-cchc --version
out=$(npx --no-install thi-dua-cchc evaluate batch.csv --format csv)
echo "$out" | grep -q '^gk-2026-01,annual-grassroots,2026,collective,' || { echo "CLI: unexpected output"; echo "$out"; exit 1; }
set +e
npx --no-install thi-dua-cchc evaluate missing.csv >/dev/null 2>&1
code=$?
set -e
[ "$code" -eq 2 ] || { echo "CLI: expected exit code 2 for a missing file, got $code"; exit 1; }
echo "CLI from the packed package ok: $(echo "$out" | wc -l) lines of CSV"

echo "--- npm audit --omit=dev"
cd "$root"
set +e
audit=$(npm audit --omit=dev --json 2>&1)
status=$?
set -e
if [ "$status" -eq 0 ]; then
  echo "npm audit: no vulnerabilities in runtime dependencies"
elif printf '%s' "$audit" | grep -qE '"statusCode": *(405|404|403|5[0-9][0-9])|audit endpoint returned an error|ENOAUDIT|ECONNREFUSED|ENOTFOUND|EAI_AGAIN'; then
  echo "npm audit: the registry gave no audit answer (see SECURITY.md); not a finding:"
  printf '%s\n' "$audit" | grep -E '"message"|"statusCode"' | head -n 2
else
  # Findings: each must be named in SECURITY.md's "Audit findings" section, by advisory ID.
  unexplained=0
  for id in $(printf '%s' "$audit" | grep -oE 'GHSA(-[0-9a-z]{4}){3}' | sort -u); do
    if grep -q "$id" SECURITY.md; then echo "explained in SECURITY.md: $id"; else echo "NOT explained: $id"; unexplained=1; fi
  done
  if [ "$unexplained" -ne 0 ] || ! printf '%s' "$audit" | grep -qE 'GHSA'; then
    printf '%s\n' "$audit" | head -n 60
    echo "npm audit --omit=dev found vulnerabilities not explained in SECURITY.md" >&2
    exit 1
  fi
fi
echo "package checks: ok"
