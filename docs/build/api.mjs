// The API reference: typedoc over the package's two entries, src/index.ts (`thi-dua-cchc`) and
// src/schemas.ts (`thi-dua-cchc/schemas`), functions first (config docs/typedoc.json), into
// docs/site/api; and a check that every public function's JSDoc has what the conventions ask
// for: a summary, @param for each parameter, @returns, @throws and an @example.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Application, ReflectionKind, TSConfigReader, TypeDocReader } from 'typedoc';

/**
 * Gaps the check knows of, so that the build fails on a new gap and on a gap that was fixed
 * (then remove it here). Each is reported to the lead; src/ is not this folder's to change.
 */
export const KNOWN_JSDOC_GAPS = {};

function hasText(parts) {
  return (parts ?? []).some((p) => p.text.trim() !== '');
}

/**
 * What each exported function's JSDoc lacks.
 *
 * @param {import('typedoc').ProjectReflection} project
 * @returns {Record<string, string[]>} function name → missing parts (only functions that lack something)
 */
export function jsdocGaps(project) {
  const gaps = {};
  for (const fn of project.getReflectionsByKind(ReflectionKind.Function)) {
    for (const sig of fn.signatures ?? []) {
      const missing = [];
      const comment = sig.comment;
      if (!comment || !hasText(comment.summary)) missing.push('summary');
      for (const p of sig.parameters ?? []) {
        if (!p.comment || !hasText(p.comment.summary)) missing.push(`@param ${p.name}`);
      }
      for (const tag of ['@returns', '@throws', '@example']) {
        if (!comment?.blockTags.some((b) => b.tag === tag && hasText(b.content))) missing.push(tag);
      }
      if (missing.length) gaps[fn.name] = [...new Set([...(gaps[fn.name] ?? []), ...missing])];
    }
  }
  return gaps;
}

/** Compares the gaps found with the known ones: the differences are problems. */
export function jsdocProblems(gaps, known = KNOWN_JSDOC_GAPS) {
  const problems = [];
  const names = new Set([...Object.keys(gaps), ...Object.keys(known)]);
  for (const name of [...names].sort()) {
    const found = gaps[name] ?? [];
    const expected = known[name] ?? [];
    for (const m of found) if (!expected.includes(m)) problems.push(`${name}: its JSDoc lacks ${m}`);
    for (const m of expected)
      if (!found.includes(m)) problems.push(`${name}: ${m} is no longer missing; remove it from KNOWN_JSDOC_GAPS in docs/build/api.mjs`);
  }
  return problems;
}

/**
 * Runs typedoc with docs/typedoc.json and writes the HTML into `out`.
 *
 * @param {string} configFile - docs/typedoc.json.
 * @param {string} out - docs/site/api.
 * @returns {Promise<{ gaps: Record<string, string[]>, problems: string[], functions: string[] }>}
 */
export async function buildApi(configFile, out) {
  const app = await Application.bootstrapWithPlugins({ options: configFile }, [new TypeDocReader(), new TSConfigReader()]);
  const project = await app.convert();
  if (!project) throw new Error('typedoc could not convert src/index.ts and src/schemas.ts');
  await app.generateDocs(project, out);
  if (app.logger.hasErrors()) throw new Error('typedoc reported errors');
  inlineIconReferences(out);
  const gaps = jsdocGaps(project);
  const functions = project
    .getReflectionsByKind(ReflectionKind.Function)
    .map((f) => f.name)
    .sort();
  return { gaps, problems: jsdocProblems(gaps), functions };
}

/**
 * typedoc's pages point their icons at assets/icons.svg#icon-…, which Chromium refuses to load
 * from file:// (a console error per icon) before typedoc's icons.js puts the same symbols
 * into the page and rewrites the references. Pointing them at #icon-… from the start works
 * from file:// and from a server alike.
 */
function inlineIconReferences(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) inlineIconReferences(path);
    else if (name.endsWith('.html')) {
      const html = readFileSync(path, 'utf8');
      const fixed = html.replace(/href="(?:\.\.\/)*assets\/icons\.svg(#icon-[^"]+)"/g, 'href="$1"');
      if (fixed !== html) writeFileSync(path, fixed);
    }
  }
}
