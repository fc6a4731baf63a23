#!/usr/bin/env node
// `npm run docs`: builds the static site into docs/site/ (git-ignored) from docs/*.md,
// rules/*.json, rules/scenarios/ and src/. Fails on a traceability gap, a JSDoc gap, text that is
// not NFC, a Vietnamese quote that is not the plan's, a broken relative link, or any
// reference to an external resource. The pages work from file:// and any static host.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Marked } from 'marked';
import { buildApi } from './api.mjs';
import { bundleLibraryForNode, bundlePlayground } from './bundle.mjs';
import { esc, GUIDE, guideNav, layout, markVietnamese, VI_PAGES } from './html.mjs';
import { renderDeadlinesQuotas, renderRuleIndex, renderRuleSet, renderTraceability, ruleSetPage } from './reference.mjs';
import { loadTraceabilitySources, traceability } from './traceability.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const docs = join(root, 'docs');
const site = join(docs, 'site');
const problems = [];
const written = [];

function readJson(path) {
  return JSON.parse(readFileSync(join(root, path), 'utf8'));
}

function write(file, html) {
  const path = join(site, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
  written.push(file);
}

function slug(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z#0-9]+;/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const marked = new Marked({
  gfm: true,
  renderer: {
    heading({ tokens, depth }) {
      const inner = this.parser.parseInline(tokens);
      return `<h${depth} id="${esc(slug(inner))}">${inner}</h${depth}>\n`;
    },
  },
});

/** Markdown to HTML: headings get IDs, links to .md pages go to the .html ones, Vietnamese is marked. */
function markdown(source) {
  // Tables scroll inside their own box, so that a narrow screen (390 px) never scrolls the page sideways.
  const html = marked
    .parse(source)
    .replace(/<table>/g, '<div class="table-wrap"><table>')
    .replace(/<\/table>/g, '</table></div>');
  return markVietnamese(html.replace(/href="([^":#]+)\.md(#[^"]*)?"/g, (_, p, h) => `href="${p}.html${h ?? ''}"`));
}

function collapse(text) {
  return text.replace(/\s+/g, ' ').trim();
}

function decodeEntities(text) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// ---------------------------------------------------------------- sources
console.log('docs: reading rules/ and rules/scenarios/');
const plan = readJson('rules/plan.json');
const clauseList = readJson('rules/clauses.json').clauses;
const ruleSets = plan.ruleSets.map((id) => readJson(`rules/${id}.json`));
const deadlines = readJson('rules/deadlines.json');
const quotas = readJson('rules/quotas.json');
const parameters = {
  baseSalary: readJson('rules/parameters/base-salary.json'),
  awardCoefficients: readJson('rules/parameters/award-coefficients.json'),
  rounding: readJson('rules/parameters/rounding.json'),
};
const holidayRules = readJson('rules/calendar/holiday-rules.json');
const officialDaysOff = readdirSync(join(root, 'rules/calendar'))
  .filter((f) => /^\d{4}\.json$/.test(f))
  .sort()
  .map((f) => readJson(`rules/calendar/${f}`));
// The plan's text as words: its Markdown-like emphasis (**…**) is not part of a quote.
const planWords = collapse(readFileSync(join(root, 'rules/source/ke-hoach-thi-dua-cchc-vinh-bao-2026-2030.vi.txt'), 'utf8').replace(/\*/g, ''));

const sources = loadTraceabilitySources(root);
const trace = traceability(sources);
for (const p of trace.problems) problems.push(`traceability: ${p}`);
const rows = new Map(trace.rows.map((r) => [r.id, r]));

// The library itself, for FACT_INFO (the facts' statements in both languages) and conditionFacts.
const tmp = mkdtempSync(join(tmpdir(), 'thi-dua-cchc-docs-'));
await bundleLibraryForNode(root, join(tmp, 'lib.mjs'));
const lib = await import(pathToFileURL(join(tmp, 'lib.mjs')).href);
rmSync(tmp, { recursive: true, force: true });

// ---------------------------------------------------------------- site
rmSync(site, { recursive: true, force: true });
mkdirSync(join(site, 'assets'), { recursive: true });
cpSync(join(docs, 'assets'), join(site, 'assets'), { recursive: true });

// Guide pages and the home page.
for (const [file, source, title] of [['index.html', 'index.md', 'Home'], ...GUIDE]) {
  const md = readFileSync(join(docs, source), 'utf8');
  if (md.normalize('NFC') !== md) problems.push(`docs/${source} is not in NFC`);
  const body = markdown(md);
  // A Vietnamese block quote in the guide is the plan's text, word for word.
  for (const m of body.matchAll(/<blockquote lang="vi">([\s\S]*?)<\/blockquote>/g)) {
    const quote = collapse(decodeEntities(m[1].replace(/<[^>]*>/g, ''))).replace(/^“|”$/g, '');
    if (!planWords.includes(quote)) problems.push(`docs/${source}: the quote “${quote.slice(0, 80)}…” is not in the plan's text`);
  }
  const isGuide = file !== 'index.html';
  write(file, layout({ file, title, section: isGuide ? 'getting-started.html' : 'index.html', body: (isGuide ? guideNav(file) : '') + body }));
}

// The same pages in Vietnamese (docs/vi/*.md → vi/*.html): every guide page has one.
for (const [file, source, , titleVi] of [['index.html', 'index.md', 'Home', 'Trang chủ'], ...GUIDE]) {
  const path = join(docs, 'vi', source);
  if (!existsSync(path)) {
    problems.push(`docs/vi/${source} is missing: every page of the guide has a Vietnamese version`);
    continue;
  }
  const md = readFileSync(path, 'utf8');
  if (md.normalize('NFC') !== md) problems.push(`docs/vi/${source} is not in NFC`);
  // Links to pages without a Vietnamese version (rule reference, API, playground…) go up to them.
  const body = markdown(md).replace(/href="(?!https?:|#|\.\.\/)([^"]+)"/g, (all, href) => (VI_PAGES.includes(href.split('#')[0]) ? all : `href="../${href}"`));
  for (const m of body.matchAll(/<blockquote lang="vi">([\s\S]*?)<\/blockquote>/g)) {
    const quote = collapse(decodeEntities(m[1].replace(/<[^>]*>/g, ''))).replace(/^“|”$/g, '');
    if (!planWords.includes(quote)) problems.push(`docs/vi/${source}: the quote “${quote.slice(0, 80)}…” is not in the plan's text`);
  }
  const isGuide = file !== 'index.html';
  const viFile = `vi/${file}`;
  write(
    viFile,
    layout({
      file: viFile,
      lang: 'vi',
      title: titleVi,
      section: isGuide ? 'getting-started.html' : 'index.html',
      body: (isGuide ? guideNav(viFile) : '') + body,
    }),
  );
}

// Rule reference.
write('rules.html', layout({ file: 'rules.html', title: 'Rule reference', body: renderRuleIndex(ruleSets, plan) }));
for (const rs of ruleSets) {
  const file = ruleSetPage(rs.id);
  write(
    file,
    layout({
      file,
      section: 'rules.html',
      title: `Rule set ${rs.id}`,
      body: renderRuleSet(rs, { rows, clauses: clauseList, factInfo: lib.FACT_INFO, conditionFacts: lib.conditionFacts }),
    }),
  );
}
write(
  'deadlines-quotas.html',
  layout({
    file: 'deadlines-quotas.html',
    title: 'Deadlines & quotas',
    body: renderDeadlinesQuotas({ deadlines, quotas, parameters, holidayRules, officialDaysOff }, { rows }),
  }),
);
write('traceability.html', layout({ file: 'traceability.html', title: 'Traceability matrix', body: renderTraceability(trace, sources) }));

// Playground: the evaluation scenarios of rules/scenarios/ go in the page, for its scenario picker.
const scenarios = sources.caseFiles
  .filter(({ data }) => typeof data.ruleSet === 'string')
  .flatMap(({ file, data }) =>
    data.cases.map((c, index) => {
      const facts = { ...data.bases[c.kind] };
      for (const [k, v] of Object.entries(c.facts)) {
        if (v === null) delete facts[k];
        else facts[k] = v;
      }
      const year = c.year ?? data.year;
      return {
        key: `${file}:${index}`,
        ruleSet: data.ruleSet,
        kind: c.kind,
        name: c.name,
        // Scenario files name cases in English only: an optional `nameVi` is shown when a file has
        // one; otherwise the playground shows, in Vietnamese, the expected outcome and the clauses.
        ...(typeof c.nameVi === 'string' && { nameVi: c.nameVi }),
        ...(c.expect?.outcome && { outcome: c.expect.outcome }),
        clauses: Object.keys({ ...c.expect?.criteria, ...c.exercises }).slice(0, 3),
        ...(year !== undefined && { year }),
        unit: c.unit ?? data.unit,
        facts,
      };
    }),
  );
const { bytes } = await bundlePlayground(root, join(site, 'playground.js'));
write(
  'playground.html',
  layout({
    file: 'playground.html',
    lang: 'vi',
    title: 'Playground',
    body: `<div id="app"><noscript><p>The playground needs JavaScript (it runs the library in the page).</p></noscript></div>
<script type="application/json" id="scenarios">${JSON.stringify(scenarios).replace(/</g, '\\u003c')}</script>`,
    scripts: ['playground.js'],
  }),
);

// API reference (typedoc) and the JSDoc check.
console.log('docs: typedoc');
const api = await buildApi(join(docs, 'typedoc.json'), join(site, 'api'));
for (const p of api.problems) problems.push(`jsdoc: ${p}`);

// ---------------------------------------------------------------- checks over the built site
function allFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? allFiles(p) : [relative(site, p).split('\\').join('/')];
  });
}
const files = allFiles(site);
const pages = new Map(written.filter((f) => f.endsWith('.html')).map((f) => [f, readFileSync(join(site, f), 'utf8')]));
const idsOf = (html) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1])));

for (const file of files.filter((f) => /\.(html|css|js|json|svg)$/.test(f))) {
  const text = readFileSync(join(site, file), 'utf8');
  if (text.normalize('NFC') !== text && !file.startsWith('api/')) problems.push(`${file} is not in NFC`);
  // Nothing is loaded from elsewhere: scripts, styles, images, frames, fonts.
  for (const m of text.matchAll(/<(script|link|img|iframe|source|audio|video)\b[^>]*\s(src|href)="([^"]*)"/g)) {
    if (/^(https?:)?\/\//.test(m[3])) problems.push(`${file} loads an external resource: ${m[3]}`);
  }
  for (const m of text.matchAll(/(@import\s+(?:url\()?|url\()\s*["']?((?:https?:)?\/\/[^"')\s]+)/g))
    problems.push(`${file} loads an external resource: ${m[2]}`);
}
for (const [file, html] of pages) {
  if (!/<meta charset="utf-8">/.test(html)) problems.push(`${file} has no <meta charset="utf-8">`);
  if (!/<html lang="(vi|en)">/.test(html)) problems.push(`${file} has no lang attribute`);
  for (const m of html.matchAll(/\shref="([^"]*)"/g)) {
    const href = decodeEntities(m[1]);
    if (/^(https?:|mailto:|data:)/.test(href)) continue;
    if (href.startsWith('/')) {
      problems.push(`${file}: absolute link ${href} (links must be relative for file://)`);
      continue;
    }
    const [path, hash] = href.split('#');
    const target =
      path === ''
        ? file
        : relative(site, resolve(dirname(join(site, file)), path))
            .split('\\')
            .join('/');
    if (!files.includes(target)) {
      problems.push(`${file}: broken link ${href}`);
      continue;
    }
    if (hash && pages.has(target) && !hash.startsWith('scenario=') && !idsOf(pages.get(target)).has(decodeURIComponent(hash))) {
      problems.push(`${file}: link ${href} has no target #${hash}`);
    }
  }
}

const functions = api.functions.join(', ');
console.log(`docs: ${written.length} pages and the playground (${Math.round(bytes / 1024)} KB) into docs/site/; API of ${functions}`);
console.log(`docs: traceability of ${trace.rows.length} clauses`);
for (const [name, missing] of Object.entries(api.gaps)) console.log(`docs: known JSDoc gap, reported to the lead: ${name} lacks ${missing.join(', ')}`);
if (problems.length) {
  console.error(`docs: the build failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
if (!existsSync(join(site, 'index.html'))) process.exit(1);
console.log('docs: ok');
