import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CriterionNode, RuleSet } from '../../src/schemas';

const rulesDir = fileURLToPath(new URL('../../rules/', import.meta.url));

/** Reads a file of rules/ as text. */
export function readRulesText(path: string): string {
  return readFileSync(rulesDir + path, 'utf8');
}

/** Reads a JSON file of rules/. */
export function readRulesJson<T = unknown>(path: string): T {
  return JSON.parse(readRulesText(path)) as T;
}

/** The plan's text, as issued (rules/source/). */
export function planText(): string {
  return readRulesText('source/ke-hoach-thi-dua-cchc-vinh-bao-2026-2030.vi.txt');
}

/** The part of the plan's text between two headings (the first occurrence of each after `from`). */
export function section(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + from.length);
  if (start < 0 || end < 0) throw new Error(`section ${from} … ${to} not found`);
  return text.slice(start, end);
}

export const RULE_SET_FILES = ['annual-grassroots.json', 'annual-city.json', 'period-2026-2030.json'] as const;

/** Every node of a criterion tree, depth first. */
export function treeNodes(node: CriterionNode): CriterionNode[] {
  return 'children' in node ? [node, ...node.children.flatMap(treeNodes)] : [node];
}

/** The rule sets as the files state them. */
export function ruleSetFiles(): RuleSet[] {
  return RULE_SET_FILES.map((f) => readRulesJson<RuleSet>(f));
}
