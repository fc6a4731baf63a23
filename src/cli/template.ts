/**
 * `thi-dua-cchc template RULESET`: an empty input file with every column the rule set reads,
 * each described (Vietnamese, English, allowed values): a second row starting with `#` in CSV
 * (read back as a comment, so the filled-in file needs no editing), a second sheet in .xlsx.
 */
import { FALSE_WORDS, ROLE_ALIASES, TRUE_WORDS } from './cells';
import { CliError } from './errors';
import { COLUMN_ALIASES } from './input';
import { t, type Context } from './io';
import { conditionFacts, FACT_INFO, type CriterionNode, type RuleSet } from './lib';
import { renderCsv } from './render';
import type { Text } from './text';
import { echo } from './visible';

interface TemplateColumn {
  readonly name: string;
  readonly text: Text;
  readonly allowed: Text;
}

const YES_NO: Text = {
  vi: `${TRUE_WORDS.join('/')} hoặc ${FALSE_WORDS.join('/')}; để trống = chưa rõ`,
  en: `${TRUE_WORDS.join('/')} or ${FALSE_WORDS.join('/')}; empty = unknown`,
};

const BASE: readonly TemplateColumn[] = [
  {
    name: 'id',
    text: { vi: 'Mã hồ sơ (bắt buộc, không trùng)', en: 'Nomination ID (required, unique)' },
    allowed: { vi: 'chữ, số, dấu -', en: 'letters, digits, -' },
  },
  { name: 'ruleSet', text: { vi: 'Bộ tiêu chí (bắt buộc)', en: 'Rule set (required)' }, allowed: { vi: '', en: '' } },
  { name: 'year', text: { vi: 'Năm đánh giá', en: 'Assessment year' }, allowed: { vi: 'ví dụ 2026', en: 'e.g. 2026' } },
  {
    name: 'kind',
    text: { vi: 'Đối tượng (bắt buộc)', en: 'Kind (required)' },
    allowed: { vi: 'cá nhân hoặc tập thể', en: 'cá nhân (individual) or tập thể (collective)' },
  },
  { name: 'name', text: { vi: 'Họ tên cá nhân hoặc tên tập thể (bắt buộc)', en: 'Name of the person or collective (required)' }, allowed: { vi: '', en: '' } },
  { name: 'unitId', text: { vi: 'Mã đơn vị (bắt buộc)', en: 'Unit ID (required)' }, allowed: { vi: '', en: '' } },
  { name: 'unitName', text: { vi: 'Tên đơn vị', en: 'Unit name' }, allowed: { vi: '', en: '' } },
  {
    name: 'unitBlock',
    text: { vi: 'Khối của đơn vị', en: "The unit's block" },
    allowed: { vi: 'đảng, chính quyền, mặt trận, trường học, thôn…', en: 'party, government, front, school, village…' },
  },
];

const TAIL: readonly TemplateColumn[] = [
  {
    name: 'achievements',
    text: { vi: 'Mã các thành tích được đề nghị', en: 'IDs of the achievements put forward' },
    allowed: { vi: 'cách nhau bằng ;', en: 'separated by ;' },
  },
  {
    name: 'submittedAt',
    text: { vi: 'Ngày nộp hồ sơ', en: 'Submission date' },
    allowed: {
      vi: 'dd/mm/yyyy, YYYY-MM-DD (giờ Việt Nam) hoặc thời điểm có múi giờ',
      en: 'dd/mm/yyyy, YYYY-MM-DD (Vietnam time) or an instant with its offset',
    },
  },
  { name: 'outsideQuota', text: { vi: 'Ngoài chỉ tiêu', en: 'Outside the quota' }, allowed: YES_NO },
];

function allowedFor(type: string): Text {
  switch (type) {
    case 'boolean':
      return YES_NO;
    case 'integer':
      return { vi: 'số nguyên', en: 'a whole number' };
    case 'years':
      return { vi: 'các năm cách nhau bằng ;, ví dụ 2026;2027', en: 'years separated by ;, e.g. 2026;2027' };
    case 'roles': {
      const words = Object.keys(ROLE_ALIASES).slice(0, 6).join(', ');
      return { vi: `vai trò cách nhau bằng ; (${words}…)`, en: `roles separated by ; (${words}…)` };
    }
    default:
      return { vi: '', en: '' };
  }
}

function factsOf(node: CriterionNode, out: Set<string>): void {
  if ('conditions' in node) for (const f of conditionFacts(node.conditions)) out.add(f);
  if ('children' in node) for (const c of node.children) factsOf(c, out);
}

/** The columns a rule set reads, in order: the nomination's own, the facts of its criteria and priority, then achievements, submission and outside-quota. */
export function templateColumns(rs: RuleSet): TemplateColumn[] {
  const facts = new Set<string>();
  factsOf(rs.criteria.collective, facts);
  factsOf(rs.criteria.individual, facts);
  for (const p of rs.priority) for (const f of conditionFacts(p.conditions)) facts.add(f);
  const factColumns = [...facts]
    .filter((f) => Object.hasOwn(FACT_INFO, f) && FACT_INFO[f as keyof typeof FACT_INFO].source === undefined)
    .map((f) => {
      const info = FACT_INFO[f as keyof typeof FACT_INFO];
      return { name: f, text: { vi: info.text.vi, en: info.text.en }, allowed: allowedFor(info.type) };
    });
  const base = BASE.map((c) => (c.name === 'ruleSet' ? { ...c, allowed: { vi: rs.id, en: rs.id } } : c));
  return [...base, ...factColumns, ...TAIL];
}

/** `thi-dua-cchc template RULESET [--format csv|xlsx --output FILE]` */
export function templateCommand(ctx: Context, ruleSet: string | undefined, workbook: boolean, output: string | undefined): string {
  const sets = Object.keys(ctx.plan.ruleSets);
  if (ruleSet === undefined || !Object.hasOwn(ctx.plan.ruleSets, ruleSet)) {
    throw new CliError(
      ruleSet === undefined
        ? { vi: 'Lệnh template cần tên bộ tiêu chí.', en: 'The template command needs a rule set.' }
        : { vi: `Không có bộ tiêu chí “${echo(ruleSet)}”.`, en: `No rule set “${echo(ruleSet)}”.` },
      [],
      { vi: `Các bộ tiêu chí: ${sets.join(', ')}.`, en: `Rule sets: ${sets.join(', ')}.` },
    );
  }
  const rs = ctx.plan.ruleSets[ruleSet as keyof typeof ctx.plan.ruleSets] as RuleSet;
  const columns = templateColumns(rs);
  const describe = (c: TemplateColumn) => `${c.text.vi} / ${c.text.en}${c.allowed.vi ? ` — ${c.allowed.vi} / ${c.allowed.en}` : ''}`;
  if (!workbook) {
    if (output !== undefined) throw new CliError({ vi: '--output chỉ dùng với --format xlsx.', en: '--output goes only with --format xlsx.' });
    const row = columns.map((c, i) => (i === 0 ? `# ${describe(c)}` : describe(c)));
    return renderCsv(
      columns.map((c) => c.name),
      [row],
      ctx.bom,
    );
  }
  const x = ctx.table.xlsx;
  if (output === undefined || x === undefined) {
    throw new CliError({ vi: '--format xlsx cần --output <tệp.xlsx>.', en: '--format xlsx needs --output <file.xlsx>.' });
  }
  const wb = x.utils.book_new();
  const vi = ctx.lang === 'vi';
  x.utils.book_append_sheet(wb, x.utils.aoa_to_sheet([columns.map((c) => c.name)]), vi ? 'Hồ sơ' : 'Nominations');
  const about = [
    vi
      ? ['Cột', 'Tiếng Việt', 'English', 'Giá trị', 'Allowed values', 'Tên cột tiếng Việt được nhận']
      : ['Column', 'Tiếng Việt', 'English', 'Giá trị', 'Allowed values', 'Vietnamese headers accepted'],
    ...columns.map((c) => [c.name, c.text.vi, c.text.en, c.allowed.vi, c.allowed.en, (COLUMN_ALIASES[c.name] ?? []).join('; ')]),
  ];
  x.utils.book_append_sheet(wb, x.utils.aoa_to_sheet(about), vi ? 'Mô tả cột' : 'Columns');
  ctx.io.writeFile(output, new Uint8Array(x.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer));
  ctx.io.stderr.write(t(ctx, { vi: `Đã ghi mẫu ${ruleSet} vào ${output}.\n`, en: `Wrote the ${ruleSet} template to ${output}.\n` }));
  return '';
}
