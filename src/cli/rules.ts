import { CliError } from './errors';
import { t, type Context } from './io';
import { LOGIC_LABELS, label } from './labels';
import { conditionFacts, FACT_INFO, type CriterionNode, type RuleSet } from './lib';
import { renderCsv, renderJson, wrap } from './render';
import { echo } from './visible';

interface Row {
  readonly depth: number;
  readonly node: CriterionNode;
  readonly facts: readonly string[];
}

function flatten(node: CriterionNode, depth = 0, out: Row[] = []): Row[] {
  const facts = 'conditions' in node ? conditionFacts(node.conditions) : [];
  out.push({ depth, node, facts });
  if ('children' in node) node.children.forEach((c) => flatten(c, depth + 1, out));
  return out;
}

const KINDS = ['collective', 'individual'] as const;

function kindTitle(kind: (typeof KINDS)[number]): { vi: string; en: string } {
  return kind === 'collective' ? { vi: 'Tập thể', en: 'Collectives' } : { vi: 'Cá nhân', en: 'Individuals' };
}

/** The lines of a criterion tree as indented text, fitted to `width`. */
function treeLines(ctx: Context, node: CriterionNode, width: number): string[] {
  const out: string[] = [];
  const walk = (n: CriterionNode, lead: string, childLead: string) => {
    const logic = 'logic' in n ? ` — ${label(LOGIC_LABELS, n.logic, ctx.lang).toUpperCase()}` : '';
    out.push(`${lead}${n.id}${logic}`);
    const body = (text: string, prefix = '') => {
      const w = Math.max(30, width - childLead.length - 2 - prefix.length);
      wrap(text, w).forEach((l, k) => out.push(`${childLead}  ${k === 0 ? prefix : ' '.repeat(prefix.length)}${l}`));
    };
    body(n.text.vi);
    if (ctx.lang === 'en') body(n.text.en, '(en) ');
    for (const item of n.items ?? []) {
      body(item.vi, '· ');
      if (ctx.lang === 'en') body(item.en, '  (en) ');
    }
    if (n.note) body(n.note[ctx.lang], t(ctx, { vi: 'Cách đọc: ', en: 'Reading: ' }));
    if ('conditions' in n) body(conditionFacts(n.conditions).join(', '), t(ctx, { vi: 'Dữ kiện: ', en: 'Facts: ' }));
    if ('children' in n) {
      n.children.forEach((c, i) => {
        const last = i === n.children.length - 1;
        walk(c, `${childLead}${last ? '└─ ' : '├─ '}`, `${childLead}${last ? '   ' : '│  '}`);
      });
    }
  };
  walk(node, '', '');
  return out;
}

function ruleSetText(ctx: Context, rs: RuleSet): string[] {
  const title = `${rs.title[ctx.lang]} — ${rs.id} (${rs.clause})`;
  const out = [title, '═'.repeat(Math.min(ctx.width, [...title].length))];
  if (ctx.lang === 'en') out.push(`(vi) ${rs.title.vi}`);
  out.push(t(ctx, { vi: 'Hình thức khen thưởng:', en: 'Award:' }));
  for (const kind of KINDS) {
    const a = rs.awards[kind];
    out.push(`  ${kindTitle(kind)[ctx.lang]}: ${ctx.lang === 'vi' ? a.vi : a.en} (${a.clause})`);
  }
  if (rs.basis.length > 0) out.push(t(ctx, { vi: `Căn cứ chung: ${rs.basis.join(', ')}`, en: `General basis: ${rs.basis.join(', ')}` }));
  for (const kind of KINDS) {
    out.push('', `${kindTitle(kind)[ctx.lang]}:`);
    out.push(...treeLines(ctx, rs.criteria[kind], ctx.width).map((l) => `  ${l}`));
  }
  if (rs.priority.length > 0) {
    out.push(
      '',
      t(ctx, {
        vi: 'Ưu tiên khi xét chọn (allocate xếp theo số tiêu chí ưu tiên đạt):',
        en: 'Priority when selecting (allocate orders by the number of priority criteria met):',
      }),
    );
    for (const p of rs.priority) {
      out.push(`  ${p.id} (${p.clause}): ${p.text[ctx.lang]} — ${t(ctx, { vi: 'dữ kiện', en: 'facts' })}: ${conditionFacts(p.conditions).join(', ')}`);
    }
  }
  return out;
}

function ruleSetMarkdown(ctx: Context, rs: RuleSet): string[] {
  const out = [`## ${rs.title[ctx.lang]} — \`${rs.id}\` (${rs.clause})`, ''];
  for (const kind of KINDS) {
    const a = rs.awards[kind];
    out.push(
      `- ${t(ctx, { vi: 'Hình thức khen thưởng', en: 'Award' })}, ${kindTitle(kind)[ctx.lang].toLowerCase()}: ${ctx.lang === 'vi' ? a.vi : a.en} (${a.clause})`,
    );
  }
  for (const kind of KINDS) {
    out.push('', `### ${kindTitle(kind)[ctx.lang]}`, '');
    for (const { depth, node, facts } of flatten(rs.criteria[kind])) {
      const indent = '  '.repeat(depth);
      const logic = 'logic' in node ? ` — *${label(LOGIC_LABELS, node.logic, ctx.lang)}*` : '';
      const en = ctx.lang === 'en' ? ` <br>(en) ${node.text.en}` : '';
      const factText = facts.length > 0 ? ` <br>${t(ctx, { vi: 'Dữ kiện', en: 'Facts' })}: ${facts.map((f) => `\`${f}\``).join(', ')}` : '';
      out.push(`${indent}- **${node.id}**${logic}: ${node.text.vi}${en}${factText}`);
    }
  }
  if (rs.priority.length > 0) {
    out.push('', `### ${t(ctx, { vi: 'Ưu tiên khi xét chọn', en: 'Priority when selecting' })}`, '');
    for (const p of rs.priority)
      out.push(
        `- **${p.id}** (${p.clause}): ${p.text[ctx.lang]} — ${conditionFacts(p.conditions)
          .map((f) => `\`${f}\``)
          .join(', ')}`,
      );
  }
  return out;
}

const CSV_HEADER = ['ruleSet', 'nomineeKind', 'depth', 'clause', 'logic', 'textVi', 'textEn', 'facts', 'award'] as const;

/** `thi-dua-cchc rules [ruleSet]` */
export function rulesCommand(ctx: Context, only: string | undefined): string {
  const plan = ctx.plan;
  const ids = Object.keys(plan.ruleSets);
  if (only !== undefined && !ids.includes(only)) {
    throw new CliError({ vi: `Không có bộ tiêu chí “${echo(only)}”.`, en: `There is no rule set “${echo(only)}”.` }, [], {
      vi: `Các bộ tiêu chí: ${ids.join(', ')}.`,
      en: `Rule sets: ${ids.join(', ')}.`,
    });
  }
  const sets = ids
    .filter((id) => only === undefined || id === only)
    .map((id) => plan.ruleSets[id])
    .filter((rs): rs is RuleSet => rs !== undefined);
  switch (ctx.format) {
    case 'json':
      return renderJson(sets);
    case 'csv':
      return renderCsv(
        CSV_HEADER,
        sets.flatMap((rs) =>
          KINDS.flatMap((kind) =>
            flatten(rs.criteria[kind]).map(({ depth, node, facts }) => [
              rs.id,
              kind,
              depth,
              node.id,
              'logic' in node ? node.logic : '',
              node.text.vi,
              node.text.en,
              facts.join(';'),
              depth === 0 ? rs.awards[kind].id : '',
            ]),
          ),
        ),
        ctx.bom,
      );
    case 'md':
      return sets.flatMap((rs, i) => [...(i > 0 ? [''] : []), ...ruleSetMarkdown(ctx, rs)]).join('\n') + '\n';
    case 'table': {
      const facts = t(ctx, {
        vi: `Dữ kiện: tên cột trong tệp CSV (hoặc khóa trong facts của JSON). Mô tả từng dữ kiện: FACT_INFO của thư viện (${Object.keys(FACT_INFO).length} dữ kiện).`,
        en: `Facts: the column names of a CSV file (or the keys of facts in JSON). Each fact is described in the library's FACT_INFO (${Object.keys(FACT_INFO).length} facts).`,
      });
      return [...sets.flatMap((rs) => [...ruleSetText(ctx, rs), '']), ...wrap(facts, ctx.width)].join('\n') + '\n';
    }
  }
}
