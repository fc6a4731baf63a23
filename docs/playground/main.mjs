// The playground: the library bundled for the browser (docs/build/bundle.mjs makes one IIFE
// file of this module and src/), a form driven by the rule files, and live answers from
// evaluateNominationSync and checkDeadline. No network, no storage: it works from file://.
import {
  allocateQuota,
  checkDeadline,
  conditionFacts,
  DEADLINE_READINGS,
  evaluateNominationSync,
  FACT_INFO,
  formatVnd,
  LANGS,
  NOMINEE_KINDS,
  REFORM_ROLES,
  UNIT_BLOCKS,
  ValidationError,
} from '../../src/index.ts';
import annualCity from '../../rules/annual-city.json';
import annualGrassroots from '../../rules/annual-grassroots.json';
import deadlines from '../../rules/deadlines.json';
import exampleBatch from '../../examples/vinh-bao-2026-grassroots.json';
import period from '../../rules/period-2026-2030.json';
import plan from '../../rules/plan.json';

const RULE_SETS = [annualGrassroots, annualCity, period];
const YEARS = [];
for (let y = plan.period.from; y <= plan.period.to; y++) YEARS.push(y);
// Year checkboxes reach one year beyond the period on each side, to show that those years do not count.
const FACT_YEARS = [];
for (let y = plan.period.from - 2; y <= plan.period.to + 1; y++) FACT_YEARS.push(y);
const LANG_NAMES = { vi: 'Tiếng Việt', en: 'English' };

const T = {
  vi: {
    title: 'Thử các quy tắc',
    intro:
      'Chọn bộ tiêu chí và đối tượng, đặt từng dữ kiện (có, không, chưa rõ), và xem kết quả thư viện trả về ngay, với từng tiêu chí và điều khoản của kế hoạch. Mọi tính toán chạy trong trình duyệt, không gửi dữ liệu đi đâu.',
    language: 'Ngôn ngữ',
    evaluate: 'Xét một đề nghị khen thưởng',
    ruleSet: 'Bộ tiêu chí',
    kind: 'Đối tượng',
    collective: 'Tập thể',
    individual: 'Cá nhân',
    year: 'Năm đánh giá',
    name: 'Tên tập thể, cá nhân',
    scenario: 'Nạp một tình huống kiểm thử (rules/scenarios)',
    scenarioNone: '— chọn tình huống —',
    standards: 'Dữ kiện mà các tiêu chuẩn đọc',
    priorityFacts: 'Dữ kiện chỉ dùng để xét ưu tiên',
    yes: 'Có',
    no: 'Không',
    unknown: 'Chưa rõ',
    value: 'Giá trị',
    result: 'Kết quả',
    outcome: { eligible: 'Đủ tiêu chuẩn', ineligible: 'Không đủ tiêu chuẩn', undetermined: 'Chưa xác định', error: 'Dữ liệu không hợp lệ' },
    award: 'Hình thức khen thưởng',
    reasons: 'Lý do (mỗi lý do dẫn điều khoản)',
    missing: 'Dữ kiện còn thiếu để kết luận',
    none: 'Không có',
    criteria: 'Cây tiêu chí',
    result_: { met: 'đạt', 'not-met': 'không đạt', unknown: 'chưa rõ' },
    logic: { all: 'tất cả', any: 'một trong' },
    factsRead: 'Dữ kiện đã đọc',
    planText: 'Văn bản kế hoạch',
    reference: 'xem trong tài liệu tham chiếu',
    priority: 'Tiêu chí ưu tiên (điểm ưu tiên: {score})',
    issues: 'Thư viện từ chối dữ liệu này (ValidationError):',
    nominationJson: 'Dữ liệu gửi vào (Nomination)',
    evaluationJson: 'Kết quả trả về (Evaluation)',
    deadline: 'Kiểm tra thời hạn nộp hồ sơ',
    track: 'Loại khen thưởng',
    submittedAt: 'Thời điểm hồ sơ đến (giờ Việt Nam)',
    asOf: 'Tính đến thời điểm (giờ Việt Nam)',
    reading: 'Cách hiểu “trước ngày D”',
    strict: 'chặt: ngày cuối là ngày D − 1 (mặc định)',
    inclusive: 'bao gồm: ngày cuối là ngày D',
    periodSummary: 'Ngày trong kế hoạch tổng kết của xã (periodSummaryDeadline)',
    onTime: { true: 'Đúng hạn', false: 'Quá hạn', null: 'Chưa kết luận được đúng hạn hay không' },
    milestone: 'Mốc',
    clause: 'Điều khoản',
    dueBefore: 'Trước ngày',
    lastDay: 'Ngày cuối',
    lastWorkingDay: 'Ngày làm việc cuối',
    status: 'Trạng thái',
    daysLeft: 'Số ngày còn lại',
    notes: 'Ghi chú',
    checkJson: 'Kết quả trả về (DeadlineCheck)',
    allocate: 'Phân bổ khen thưởng cho một danh sách (allocateQuota)',
    allocateIntro:
      'Danh sách mẫu của xã Vĩnh Bảo năm 2026 (examples/), sửa được: tên, đối tượng, đơn vị, thành tích (mã, cách nhau bằng dấu phẩy) và dữ kiện (JSON). Mỗi dòng được xét rồi phân bổ theo chỉ tiêu, thứ tự ưu tiên và ngân sách của xã.',
    budget: 'Ngân sách khen thưởng của xã (đồng)',
    decisionDate: 'Ngày quyết định khen thưởng',
    unit: 'Đơn vị',
    achievements: 'Thành tích',
    facts: 'Dữ kiện',
    addRow: 'Thêm một dòng',
    removeRow: 'Xóa',
    selected: 'Được đề nghị khen thưởng',
    notSelected: 'Không được chọn',
    ties: 'Bằng nhau tại ngưỡng: Hội đồng quyết định',
    money: 'Tiền thưởng',
    total: 'Tổng cộng',
    remaining: 'Ngân sách còn lại',
    reason: 'Lý do',
    badFacts: 'Dữ kiện không phải JSON hợp lệ',
    reasonsNot: {
      ineligible: 'không đủ tiêu chuẩn',
      undetermined: 'chưa xác định',
      quota: 'hết chỉ tiêu',
      budget: 'vượt ngân sách',
      'duplicate-achievement': 'thành tích đã được khen',
      'tie-at-cutoff': 'bằng nhau tại ngưỡng',
    },
    statuses: { 'on-time': 'đúng hạn', late: 'quá hạn', open: 'còn hạn', closed: 'đã hết hạn', unknown: 'chưa rõ', 'not-applicable': 'không áp dụng' },
    scenarioNote: 'Tên tình huống trong tệp chỉ có tiếng Anh: ở đây ghi kết quả mong đợi và điều khoản bằng tiếng Việt.',
    roles: {
      direct: 'chỉ đạo',
      'in-charge': 'phụ trách',
      advise: 'tham mưu',
      propose: 'đề xuất',
      organize: 'tổ chức thực hiện',
      participate: 'tham gia thực hiện',
    },
    blocks: { department: 'khối Sở, ban, ngành', ward: 'khối phường', commune: 'khối xã', 'special-zone': 'khối đặc khu' },
  },
  en: {
    title: 'Try the rules',
    intro:
      'Pick a rule set and a nominee kind, set each fact (yes, no, unknown), and see what the library answers at once, criterion by criterion, each citing its clause of the plan. Everything runs in the browser; nothing is sent anywhere.',
    language: 'Language',
    evaluate: 'Evaluate a nomination',
    ruleSet: 'Rule set',
    kind: 'Nominee kind',
    collective: 'Collective',
    individual: 'Individual',
    year: 'Assessment year',
    name: 'Name of the collective or individual',
    scenario: 'Load a test scenario (rules/scenarios)',
    scenarioNone: '— pick a scenario —',
    standards: 'Facts the standards read',
    priorityFacts: 'Facts read only for priority',
    yes: 'Yes',
    no: 'No',
    unknown: 'Unknown',
    value: 'Value',
    result: 'Result',
    outcome: { eligible: 'Eligible', ineligible: 'Ineligible', undetermined: 'Undetermined', error: 'Invalid input' },
    award: 'Award',
    reasons: 'Reasons (each cites its clause)',
    missing: 'Facts still needed to decide',
    none: 'None',
    criteria: 'Criterion tree',
    result_: { met: 'met', 'not-met': 'not met', unknown: 'unknown' },
    logic: { all: 'all of', any: 'any one of' },
    factsRead: 'Facts read',
    planText: "The plan's text",
    reference: 'see the rule reference',
    priority: 'Priority criteria (priority score: {score})',
    issues: 'The library refuses this input (ValidationError):',
    nominationJson: 'Input sent (Nomination)',
    evaluationJson: 'Answer returned (Evaluation)',
    deadline: 'Check a dossier deadline',
    track: 'Track',
    submittedAt: 'Dossier arrived at (Vietnam time)',
    asOf: 'As of (Vietnam time)',
    reading: 'Reading of “trước ngày D” (before day D)',
    strict: 'strict: the last day is D − 1 (default)',
    inclusive: 'inclusive: the last day is D',
    periodSummary: "The commune's period-summary date (periodSummaryDeadline)",
    onTime: { true: 'On time', false: 'Late', null: 'Not decided: on time or late' },
    milestone: 'Milestone',
    clause: 'Clause',
    dueBefore: 'Due before',
    lastDay: 'Last day',
    lastWorkingDay: 'Last working day',
    status: 'Status',
    daysLeft: 'Days left',
    notes: 'Notes',
    checkJson: 'Answer returned (DeadlineCheck)',
    allocate: 'Allocate the awards of a batch (allocateQuota)',
    allocateIntro:
      "Vĩnh Bảo's 2026 example batch (examples/), editable: name, kind, unit, achievements (IDs, comma-separated) and facts (JSON). Each row is evaluated, then allocated by quota, priority and the commune's budget.",
    budget: "The commune's award budget (đồng)",
    decisionDate: 'Date of the award decision',
    unit: 'Unit',
    achievements: 'Achievements',
    facts: 'Facts',
    addRow: 'Add a row',
    removeRow: 'Remove',
    selected: 'Selected',
    notSelected: 'Not selected',
    ties: 'Ties at a cutoff: the council decides',
    money: 'Award money',
    total: 'Total',
    remaining: 'Budget left',
    reason: 'Reason',
    badFacts: 'The facts are not valid JSON',
    reasonsNot: {
      ineligible: 'ineligible',
      undetermined: 'undetermined',
      quota: 'quota reached',
      budget: 'over budget',
      'duplicate-achievement': 'achievement already commended',
      'tie-at-cutoff': 'tie at the cutoff',
    },
    statuses: { 'on-time': 'on time', late: 'late', open: 'open', closed: 'closed', unknown: 'unknown', 'not-applicable': 'not applicable' },
    scenarioNote: '',
    roles: {
      direct: 'directed',
      'in-charge': 'was in charge',
      advise: 'advised',
      propose: 'proposed',
      organize: 'organised',
      participate: 'took part',
    },
    blocks: { department: 'departments, boards, sectors', ward: 'wards', commune: 'communes', 'special-zone': 'special zones' },
  },
};

/** Creates an element: h('p', { class: 'x' }, 'text', child). `null`/`false` children are skipped. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'checked' || k === 'disabled' || k === 'selected') el[k] = Boolean(v);
    else if (k === 'value') el.value = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function leavesOf(node, out = []) {
  if (node.children) for (const c of node.children) leavesOf(c, out);
  else out.push(node);
  return out;
}

/** The facts a rule set reads for a kind: its standards (tree order), then those read only for priority. */
function factsFor(ruleSet, kind) {
  const standards = conditionFacts(...leavesOf(ruleSet.criteria[kind]).map((leaf) => leaf.conditions));
  const priority = conditionFacts(...ruleSet.priority.map((p) => p.conditions));
  return { standards, priority: priority.filter((f) => !standards.includes(f)) };
}

const scenarioData = (() => {
  const el = document.getElementById('scenarios');
  try {
    return el ? JSON.parse(el.textContent || '[]') : [];
  } catch {
    return [];
  }
})();

const state = {
  lang: document.documentElement.lang === 'en' ? 'en' : 'vi',
  ruleSet: RULE_SETS[0].id,
  kind: 'individual',
  year: YEARS[0],
  name: 'Nguyễn Văn An',
  facts: {},
  deadline: { track: deadlines.tracks[0].id, year: YEARS[0], submittedAt: '', asOf: '', reading: 'strict', periodSummaryDeadline: '' },
};

const t = () => T[state.lang];
const ruleSet = () => RULE_SETS.find((r) => r.id === state.ruleSet);
const app = document.getElementById('app');

/** A date of the page's language: dd/mm/yyyy in Vietnamese, the ISO day in English. */
function day(iso) {
  if (!iso) return '—';
  if (state.lang === 'en') return iso;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A fact's value in words: có/không, chưa rõ, lists joined, roles and blocks named. */
function factValue(v) {
  if (v === null || v === undefined) return t().unknown;
  if (v === true) return t().yes.toLowerCase();
  if (v === false) return t().no.toLowerCase();
  if (Array.isArray(v)) return v.length ? v.map(factValue).join(', ') : t().none.toLowerCase();
  if (typeof v === 'string') return t().roles[v] ?? t().blocks[v] ?? v;
  return String(v);
}

function text(bi) {
  return bi ? (bi[state.lang] ?? bi.vi ?? bi.en ?? '') : '';
}

// ---------- the nomination form ----------

function booleanControl(fact) {
  const name = `fact-${fact}`;
  const current = state.facts[fact];
  const option = (value, label, checked) =>
    h(
      'label',
      { class: 'choice' },
      h('input', {
        type: 'radio',
        name,
        value,
        checked,
        'data-testid': `${name}-${value === 'true' ? 'yes' : value === 'false' ? 'no' : 'unknown'}`,
        onchange: () => {
          state.facts[fact] = value === 'unknown' ? undefined : value === 'true';
          evaluate();
        },
      }),
      ' ',
      label,
    );
  return [option('true', t().yes, current === true), option('false', t().no, current === false), option('unknown', t().unknown, current === undefined)];
}

function integerControl(fact) {
  const current = state.facts[fact];
  const min = fact === 'parIndexRank' ? 1 : 0;
  const input = h('input', {
    type: 'number',
    min,
    step: 1,
    inputmode: 'numeric',
    value: current === undefined ? '' : String(current),
    'data-testid': `fact-${fact}-value`,
    id: `fact-${fact}-value`,
    oninput: () => {
      if (input.value === '') {
        state.facts[fact] = undefined;
        unknown.checked = true;
      } else {
        state.facts[fact] = Number(input.value);
        unknown.checked = false;
      }
      evaluate();
    },
  });
  const unknown = h('input', {
    type: 'checkbox',
    checked: current === undefined,
    'data-testid': `fact-${fact}-unknown`,
    onchange: () => {
      if (unknown.checked) {
        input.value = '';
        state.facts[fact] = undefined;
      } else if (input.value === '') {
        input.value = String(min);
        state.facts[fact] = min;
      }
      evaluate();
    },
  });
  return [h('label', { class: 'choice', for: `fact-${fact}-value` }, `${t().value} `, input), h('label', { class: 'choice' }, unknown, ' ', t().unknown)];
}

function listControl(fact, values, labelOf) {
  const current = state.facts[fact];
  const boxes = [];
  const unknown = h('input', {
    type: 'checkbox',
    checked: current === undefined,
    'data-testid': `fact-${fact}-unknown`,
    onchange: () => {
      if (unknown.checked) {
        for (const b of boxes) b.checked = false;
        state.facts[fact] = undefined;
      } else {
        state.facts[fact] = [];
      }
      evaluate();
    },
  });
  const items = values.map((v) => {
    const box = h('input', {
      type: 'checkbox',
      value: String(v),
      checked: Array.isArray(current) && current.includes(v),
      'data-testid': `fact-${fact}-${v}`,
      onchange: () => {
        unknown.checked = false;
        state.facts[fact] = values.filter((x, i) => boxes[i].checked);
        evaluate();
      },
    });
    boxes.push(box);
    return h('label', { class: 'choice' }, box, ' ', labelOf(v));
  });
  return [...items, h('label', { class: 'choice unknown' }, unknown, ' ', t().unknown)];
}

function blockControl(fact) {
  const current = state.facts[fact];
  const select = h(
    'select',
    {
      id: `fact-${fact}-value`,
      'data-testid': `fact-${fact}-value`,
      onchange: () => {
        state.facts[fact] = select.value === '' ? undefined : select.value;
        evaluate();
      },
    },
    h('option', { value: '', selected: current === undefined }, t().unknown),
    UNIT_BLOCKS.map((b) => h('option', { value: b, selected: current === b }, `${t().blocks[b]} (${b})`)),
  );
  return [h('label', { class: 'choice', for: `fact-${fact}-value` }, `${t().value} `, select)];
}

function factControl(fact) {
  const info = FACT_INFO[fact];
  const type = info?.type ?? 'boolean';
  const controls =
    type === 'boolean'
      ? booleanControl(fact)
      : type === 'integer'
        ? integerControl(fact)
        : type === 'years'
          ? listControl(fact, FACT_YEARS, String)
          : type === 'roles'
            ? listControl(fact, [...REFORM_ROLES], (r) => `${t().roles[r]} (${r})`)
            : blockControl(fact);
  return h(
    'fieldset',
    { class: `fact fact-${type}`, 'data-fact': fact, 'data-testid': `fact-${fact}` },
    h('legend', {}, h('span', { class: 'fact-text' }, text(info?.text)), ' ', h('code', {}, info?.source ?? fact)),
    h('div', { class: 'choices' }, controls),
  );
}

function select(id, label, options, value, onchange) {
  const el = h(
    'select',
    { id, 'data-testid': id, onchange: () => onchange(el.value) },
    options.map(([v, l]) => h('option', { value: v, selected: String(v) === String(value) }, l)),
  );
  return h('label', { class: 'field', for: id }, h('span', { class: 'field-label' }, label), el);
}

/** A scenario's name in the page's language (see build.mjs: English names, or `nameVi`). */
function scenarioLabel(s) {
  if (state.lang === 'en') return `[${s.kind}] ${s.name}`;
  if (s.nameVi) return `[${t()[s.kind]}] ${s.nameVi}`;
  const outcome = s.outcome ? t().outcome[s.outcome] : t().unknown;
  return `[${t()[s.kind]}] ${outcome}: ${s.clauses.join(', ')}`;
}

function loadScenario(key) {
  const s = scenarioData.find((x) => x.key === key);
  if (!s) return;
  state.ruleSet = s.ruleSet;
  state.kind = s.kind;
  if (s.year !== undefined) state.year = s.year;
  state.name = scenarioLabel(s).slice(0, 80);
  state.facts = { ...s.facts };
  if (s.unit?.block) state.facts.unitBlock = s.unit.block;
  render();
}

function nominationForm() {
  const rs = ruleSet();
  const { standards, priority } = factsFor(rs, state.kind);
  const scenarios = scenarioData.filter((s) => s.ruleSet === state.ruleSet);
  return h(
    'form',
    { class: 'nomination', 'aria-labelledby': 'evaluate-h', onsubmit: (e) => e.preventDefault() },
    h(
      'div',
      { class: 'row' },
      select(
        'rule-set',
        t().ruleSet,
        RULE_SETS.map((r) => [r.id, state.lang === 'en' ? `${r.id} (${r.clause}): ${text(r.title)}` : `${text(r.title)} (${r.clause})`]),
        state.ruleSet,
        (v) => {
          state.ruleSet = v;
          render();
        },
      ),
      select(
        'kind',
        t().kind,
        NOMINEE_KINDS.map((k) => [k, state.lang === 'en' ? `${t()[k]} (${k})` : t()[k]]),
        state.kind,
        (v) => {
          state.kind = v;
          render();
        },
      ),
      rs.requiresYear
        ? select(
            'year',
            t().year,
            YEARS.map((y) => [y, String(y)]),
            state.year,
            (v) => {
              state.year = Number(v);
              evaluate();
            },
          )
        : null,
      h(
        'label',
        { class: 'field', for: 'nominee-name' },
        h('span', { class: 'field-label' }, t().name),
        h('input', {
          id: 'nominee-name',
          'data-testid': 'nominee-name',
          value: state.name,
          oninput: (e) => {
            state.name = e.target.value;
            evaluate();
          },
        }),
      ),
    ),
    scenarios.length
      ? h(
          'div',
          { class: 'row' },
          select('scenario', t().scenario, [['', t().scenarioNone], ...scenarios.map((s) => [s.key, scenarioLabel(s)])], '', (v) => v && loadScenario(v)),
          t().scenarioNote ? h('p', { class: 'muted' }, t().scenarioNote) : null,
        )
      : null,
    h('fieldset', { class: 'facts', 'data-testid': 'facts' }, h('legend', {}, t().standards), standards.map(factControl)),
    priority.length ? h('fieldset', { class: 'facts', 'data-testid': 'priority-facts' }, h('legend', {}, t().priorityFacts), priority.map(factControl)) : null,
  );
}

// ---------- the evaluation ----------

/** The nomination the form describes: facts left unknown are left out (unknown, never false). */
function nomination() {
  const rs = ruleSet();
  const { standards, priority } = factsFor(rs, state.kind);
  const facts = {};
  let block;
  for (const f of [...standards, ...priority]) {
    const v = state.facts[f];
    if (v === undefined) continue;
    if (f === 'unitBlock') block = v;
    else facts[f] = v;
  }
  return {
    id: 'playground-1',
    ruleSet: rs.id,
    ...(rs.requiresYear && { year: state.year }),
    nominee: { kind: state.kind, name: state.name, unit: { id: 'don-vi-de-nghi', ...(block && { block }) } },
    facts,
  };
}

function criterionTree(node) {
  const facts = node.facts
    ? h(
        'p',
        { class: 'facts-read' },
        `${t().factsRead}: `,
        Object.entries(node.facts).map(([k, v], i) => [
          i ? ', ' : '',
          h('code', {}, `${k} = ${state.lang === 'en' ? (v === null ? t().unknown : JSON.stringify(v)) : factValue(v)}`),
        ]),
      )
    : null;
  return h(
    'li',
    { class: `crit ${node.result}`, 'data-clause': node.id, 'data-result': node.result },
    h(
      'div',
      { class: 'crit-head' },
      h('span', { class: `badge ${node.result}` }, t().result_[node.result]),
      ' ',
      h('a', { href: `rules-${state.ruleSet}.html#${node.id}`, title: t().reference }, h('code', { class: 'clause' }, node.id)),
      node.logic ? h('span', { class: 'logic' }, ` ${t().logic[node.logic]}`) : null,
      ' ',
      h('span', { class: 'label' }, text(node.label)),
    ),
    h('q', { lang: 'vi', class: 'plan-quote' }, node.text.vi),
    state.lang === 'en' ? h('p', { class: 'gloss' }, node.text.en) : null,
    facts,
    node.missingFacts?.length
      ? h(
          'p',
          { class: 'missing' },
          `${t().missing}: `,
          node.missingFacts.map((f, i) => [i ? ', ' : '', h('code', {}, f)]),
        )
      : null,
    node.children ? h('ul', {}, node.children.map(criterionTree)) : null,
  );
}

function json(value) {
  return h('pre', { class: 'json' }, JSON.stringify(value, null, 2));
}

function evaluate() {
  const out = document.getElementById('evaluation');
  if (!out) return;
  const input = nomination();
  let evaluation;
  try {
    evaluation = evaluateNominationSync(input, { lang: state.lang });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    out.replaceChildren(
      h('p', { class: 'outcome error', 'data-testid': 'outcome', 'data-outcome': 'error' }, t().outcome.error),
      h(
        'div',
        { role: 'alert', class: 'issues', 'data-testid': 'issues' },
        h('p', {}, t().issues),
        h(
          'ul',
          {},
          error.issues.map((i) => h('li', {}, h('code', {}, i.path.join('.') || '(root)'), ` ${i.message} [${i.code}]`)),
        ),
      ),
      h('details', {}, h('summary', {}, t().nominationJson), json(input)),
    );
    return;
  }
  out.replaceChildren(
    h(
      'p',
      { class: `outcome ${evaluation.outcome}`, 'data-testid': 'outcome', 'data-outcome': evaluation.outcome },
      h('span', { class: 'outcome-label' }, t().outcome[evaluation.outcome]),
      // The machine value beside the words, in English only: Vietnamese mode is words only.
      state.lang === 'en' ? [' ', h('code', {}, evaluation.outcome)] : null,
    ),
    h('p', { class: 'award' }, `${t().award}: `, h('span', { lang: 'vi' }, evaluation.award.vi), state.lang === 'en' ? ` — ${evaluation.award.en}` : null),
    h('h3', {}, t().reasons),
    h(
      'ul',
      { class: 'reasons', 'data-testid': 'reasons' },
      evaluation.reasons.map((r) => h('li', {}, r)),
    ),
    h('h3', {}, t().missing),
    evaluation.missingFacts.length
      ? h(
          'ul',
          { class: 'missing-facts', 'data-testid': 'missing-facts' },
          evaluation.missingFacts.map((f) => h('li', { 'data-fact': f }, h('code', {}, f), ' — ', text(FACT_INFO[f]?.text))),
        )
      : h('p', { 'data-testid': 'missing-facts' }, t().none),
    h('h3', {}, t().criteria),
    h('ul', { class: 'criteria-tree', 'data-testid': 'criteria-tree' }, criterionTree(evaluation.criteria)),
    h('h3', {}, t().priority.replace('{score}', String(evaluation.priority.score))),
    h(
      'ul',
      { class: 'priority', 'data-testid': 'priority' },
      evaluation.priority.criteria.map((p) =>
        h(
          'li',
          { 'data-result': p.result },
          h('span', { class: `badge ${p.result}` }, t().result_[p.result]),
          ' ',
          h('code', { class: 'clause' }, p.clause),
          ' ',
          p.id,
        ),
      ),
    ),
    h('details', {}, h('summary', {}, t().nominationJson), json(input)),
    h('details', {}, h('summary', {}, t().evaluationJson), json(evaluation)),
  );
}

// ---------- the deadline panel ----------

/** A datetime-local value read as Vietnam time: an ISO instant with +07:00. */
function vietnamInstant(value) {
  if (!value) return undefined;
  return value.length === 16 ? `${value}:00+07:00` : `${value}+07:00`;
}

function deadlineForm() {
  const d = state.deadline;
  const track = deadlines.tracks.find((x) => x.id === d.track);
  const dt = (id, label, key) =>
    h(
      'label',
      { class: 'field', for: id },
      h('span', { class: 'field-label' }, label),
      h('input', {
        type: 'datetime-local',
        step: 1,
        id,
        'data-testid': id,
        value: d[key],
        oninput: (e) => {
          d[key] = e.target.value;
          checkTheDeadline();
        },
      }),
    );
  return h(
    'form',
    { class: 'deadline', onsubmit: (e) => e.preventDefault() },
    h(
      'div',
      { class: 'row' },
      select(
        'deadline-track',
        t().track,
        deadlines.tracks.map((x) => [x.id, state.lang === 'en' ? `${x.id} (${x.clause}): ${text(x.title)}` : `${text(x.title)} (${x.clause})`]),
        d.track,
        (v) => {
          d.track = v;
          render();
        },
      ),
      track.requiresYear
        ? select(
            'deadline-year',
            t().year,
            YEARS.map((y) => [y, String(y)]),
            d.year,
            (v) => {
              d.year = Number(v);
              checkTheDeadline();
            },
          )
        : null,
      select(
        'deadline-reading',
        t().reading,
        DEADLINE_READINGS.map((r) => [r, t()[r]]),
        d.reading,
        (v) => {
          d.reading = v;
          checkTheDeadline();
        },
      ),
    ),
    h(
      'div',
      { class: 'row' },
      dt('deadline-submitted-at', t().submittedAt, 'submittedAt'),
      dt('deadline-as-of', t().asOf, 'asOf'),
      track.milestones.some((m) => m.due.kind === 'commune-plan')
        ? h(
            'label',
            { class: 'field', for: 'deadline-period-summary' },
            h('span', { class: 'field-label' }, t().periodSummary),
            h('input', {
              type: 'date',
              id: 'deadline-period-summary',
              'data-testid': 'deadline-period-summary',
              value: d.periodSummaryDeadline,
              oninput: (e) => {
                d.periodSummaryDeadline = e.target.value;
                checkTheDeadline();
              },
            }),
          )
        : null,
    ),
  );
}

function checkTheDeadline() {
  const out = document.getElementById('deadline-result');
  if (!out) return;
  const d = state.deadline;
  const track = deadlines.tracks.find((x) => x.id === d.track);
  const input = {
    track: d.track,
    ...(track.requiresYear && { year: d.year }),
    ...(d.submittedAt && { submittedAt: vietnamInstant(d.submittedAt) }),
    ...(d.asOf && { asOf: vietnamInstant(d.asOf) }),
    // The plan's default reading is left implicit, so that the notes say it is the default.
    ...(d.reading !== deadlines.reading.default && { reading: d.reading }),
    ...(d.periodSummaryDeadline && track.milestones.some((m) => m.due.kind === 'commune-plan') && { periodSummaryDeadline: d.periodSummaryDeadline }),
  };
  let check;
  try {
    check = checkDeadline(input, { lang: state.lang });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    out.replaceChildren(
      h(
        'div',
        { role: 'alert', class: 'issues', 'data-testid': 'deadline-issues' },
        h('p', {}, t().issues),
        h(
          'ul',
          {},
          error.issues.map((i) => h('li', {}, h('code', {}, i.path.join('.') || '(root)'), ` ${i.message} [${i.code}]`)),
        ),
      ),
    );
    return;
  }
  const key = String(check.onTime);
  out.replaceChildren(
    h(
      'p',
      { class: `outcome on-time-${key}`, 'data-testid': 'deadline-on-time', 'data-on-time': key },
      h('span', { class: 'outcome-label' }, t().onTime[key]),
      state.lang === 'en' ? [' ', h('code', {}, `onTime: ${key}`)] : null,
    ),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { 'data-testid': 'deadline-milestones' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            [t().milestone, t().clause, t().dueBefore, t().lastDay, t().lastWorkingDay, t().status, t().daysLeft].map((x) => h('th', {}, x)),
          ),
        ),
        h(
          'tbody',
          {},
          check.milestones.map((m) =>
            h(
              'tr',
              { 'data-milestone': m.id, 'data-status': m.status },
              h('td', {}, state.lang === 'en' ? [h('code', {}, m.id), ' '] : null, m.label),
              h('td', {}, h('code', { class: 'clause' }, m.clause)),
              h('td', {}, day(m.dueBefore)),
              h('td', { 'data-testid': `last-day-${m.id}`, 'data-iso': m.lastDay ?? '' }, day(m.lastDay)),
              h('td', {}, day(m.lastWorkingDay)),
              h('td', {}, h('span', { class: `badge status-${m.status}` }, t().statuses[m.status] ?? m.status)),
              h('td', {}, m.daysLeft === undefined ? '—' : String(m.daysLeft)),
            ),
          ),
        ),
      ),
    ),
    h('h3', {}, t().notes),
    h(
      'ul',
      { class: 'notes', 'data-testid': 'deadline-notes' },
      check.notes.map((n) => h('li', {}, n)),
    ),
    h('details', {}, h('summary', {}, t().checkJson), json(check)),
  );
}

// ---------- the allocation panel ----------

// The example batch as editable rows: facts as JSON text, achievements as comma-separated IDs.
const alloc = {
  budgetVnd: 7_000_000,
  decisionDate: '2026-12-15',
  rows: exampleBatch.slice(0, 8).map((n) => ({
    id: n.id,
    name: n.nominee.name,
    kind: n.nominee.kind,
    unit: n.nominee.unit.id,
    achievements: (n.achievements ?? []).map((a) => a.id).join(', '),
    facts: JSON.stringify(n.facts),
  })),
};

function allocationForm() {
  const cell = (row, key, attrs = {}) =>
    h('input', {
      value: row[key],
      'aria-label': `${t()[key === 'name' ? 'name' : key]} ${row.id}`,
      'data-testid': `alloc-${row.id}-${key}`,
      oninput: (e) => {
        row[key] = e.target.value;
        allocateTheBatch();
      },
      ...attrs,
    });
  return h(
    'form',
    { class: 'allocation', onsubmit: (e) => e.preventDefault() },
    h(
      'div',
      { class: 'row' },
      h(
        'label',
        { class: 'field', for: 'alloc-budget' },
        h('span', { class: 'field-label' }, t().budget),
        h('input', {
          id: 'alloc-budget',
          'data-testid': 'alloc-budget',
          type: 'number',
          min: 0,
          step: 10000,
          value: alloc.budgetVnd,
          oninput: (e) => {
            alloc.budgetVnd = e.target.value === '' ? undefined : Number(e.target.value);
            allocateTheBatch();
          },
        }),
      ),
      h(
        'label',
        { class: 'field', for: 'alloc-date' },
        h('span', { class: 'field-label' }, t().decisionDate),
        h('input', {
          id: 'alloc-date',
          'data-testid': 'alloc-date',
          type: 'date',
          value: alloc.decisionDate,
          oninput: (e) => {
            alloc.decisionDate = e.target.value;
            allocateTheBatch();
          },
        }),
      ),
    ),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'batch', 'data-testid': 'alloc-batch' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['ID', t().name, t().kind, t().unit, t().achievements, t().facts, ''].map((x) => h('th', {}, x)),
          ),
        ),
        h(
          'tbody',
          {},
          alloc.rows.map((row, index) =>
            h(
              'tr',
              { 'data-row': row.id },
              h('td', {}, h('code', {}, row.id)),
              h('td', {}, cell(row, 'name')),
              h(
                'td',
                {},
                h(
                  'select',
                  {
                    'aria-label': `${t().kind} ${row.id}`,
                    'data-testid': `alloc-${row.id}-kind`,
                    onchange: (e) => {
                      row.kind = e.target.value;
                      allocateTheBatch();
                    },
                  },
                  NOMINEE_KINDS.map((k) => h('option', { value: k, selected: k === row.kind }, t()[k])),
                ),
              ),
              h('td', {}, cell(row, 'unit', { size: 10 })),
              h('td', {}, cell(row, 'achievements', { size: 14 })),
              h(
                'td',
                {},
                h(
                  'textarea',
                  {
                    rows: 2,
                    cols: 28,
                    'aria-label': `${t().facts} ${row.id}`,
                    'data-testid': `alloc-${row.id}-facts`,
                    oninput: (e) => {
                      row.facts = e.target.value;
                      allocateTheBatch();
                    },
                  },
                  row.facts,
                ),
              ),
              h(
                'td',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    onclick: () => {
                      alloc.rows.splice(index, 1);
                      render();
                    },
                  },
                  t().removeRow,
                ),
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        'data-testid': 'alloc-add',
        onclick: () => {
          const n = alloc.rows.length + 1;
          alloc.rows.push({ id: `moi-${n}`, name: `Đối tượng ${n}`, kind: 'individual', unit: `don-vi-${n}`, achievements: '', facts: '{}' });
          render();
        },
      },
      t().addRow,
    ),
  );
}

/** The batch's rows as nominations; a row whose facts are not JSON is reported, not sent. */
function batchNominations() {
  const problems = [];
  const nominations = [];
  for (const row of alloc.rows) {
    let facts;
    try {
      facts = JSON.parse(row.facts || '{}');
    } catch {
      problems.push(`${row.id}: ${t().badFacts}`);
      continue;
    }
    const achievements = row.achievements
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean)
      .map((id) => ({ id }));
    nominations.push({
      id: row.id,
      ruleSet: 'annual-grassroots',
      year: 2026,
      nominee: { kind: row.kind, name: row.name || row.id, unit: { id: row.unit || 'don-vi' } },
      facts,
      ...(achievements.length && { achievements }),
    });
  }
  return { nominations, problems };
}

function allocateTheBatch() {
  const out = document.getElementById('allocation-result');
  if (!out) return;
  const { nominations, problems } = batchNominations();
  const money = (n) => (n === undefined || n === null ? '—' : formatVnd(n, state.lang));
  let allocation;
  try {
    const evaluations = nominations.map((n) => evaluateNominationSync(n, { lang: state.lang }));
    allocation = allocateQuota(evaluations, {
      level: 'annual-grassroots',
      ...(alloc.budgetVnd !== undefined && { budgetVnd: alloc.budgetVnd }),
      ...(alloc.decisionDate && { decisionDate: alloc.decisionDate }),
      lang: state.lang,
    });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    problems.push(...error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  const issues = problems.length
    ? h(
        'div',
        { role: 'alert', class: 'issues', 'data-testid': 'alloc-issues' },
        h('p', {}, t().issues),
        h(
          'ul',
          {},
          problems.map((p) => h('li', {}, p)),
        ),
      )
    : null;
  if (!allocation) {
    out.replaceChildren(issues);
    return;
  }
  const entryRow = (e, extra) =>
    h(
      'tr',
      { 'data-nomination': e.nominationId, ...(e.reason && { 'data-reason': e.reason }) },
      h('td', {}, e.nomineeName),
      h('td', {}, t()[e.nomineeKind]),
      h('td', {}, e.unit.id),
      extra,
      h('td', {}, e.explanation),
    );
  const table = (testid, head, rows) =>
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { 'data-testid': testid },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            head.map((x) => h('th', {}, x)),
          ),
        ),
        h('tbody', {}, rows),
      ),
    );
  const parts = [
    issues,
    h('h3', {}, t().selected),
    table(
      'alloc-selected',
      [t().name, t().kind, t().unit, t().money, t().reason],
      allocation.selected.map((e) => entryRow(e, h('td', { class: 'money' }, money(e.moneyVnd)))),
    ),
    h(
      'p',
      { 'data-testid': 'alloc-totals' },
      `${t().total}: ${allocation.totals.collectives} ${t().collective.toLowerCase()}, ${allocation.totals.individuals} ${t().individual.toLowerCase()}, ${money(allocation.totals.moneyVnd)}`,
      allocation.money?.remainingVnd != null ? ` · ${t().remaining}: ${money(allocation.money.remainingVnd)}` : '',
    ),
    h('h3', {}, t().notSelected),
    table(
      'alloc-not-selected',
      [t().name, t().kind, t().unit, t().reason, ''],
      allocation.notSelected.map((e) => entryRow(e, h('td', {}, h('span', { class: 'badge' }, t().reasonsNot[e.reason] ?? e.reason)))),
    ),
    allocation.ties.length
      ? [
          h('h3', {}, t().ties),
          h(
            'ul',
            { 'data-testid': 'alloc-ties' },
            allocation.ties.map((x) => h('li', {}, x.explanation)),
          ),
        ]
      : null,
    h('h3', {}, t().notes),
    h(
      'ul',
      { class: 'notes', 'data-testid': 'alloc-notes' },
      allocation.notes.map((n) => h('li', {}, n)),
    ),
    h('details', {}, h('summary', {}, 'Allocation (JSON)'), json(allocation)),
  ];
  out.replaceChildren(...parts.flat().filter((x) => x !== null && x !== undefined));
}

// ---------- the page ----------

function render() {
  document.documentElement.lang = state.lang;
  document.title = `${t().title} · thi-dua-cchc`;
  const langSwitch = h(
    'fieldset',
    { class: 'lang-switch', 'data-testid': 'lang' },
    h('legend', {}, t().language),
    LANGS.map((code) => [code, LANG_NAMES[code]]).map(([code, label]) =>
      h(
        'label',
        { class: 'choice', lang: code },
        h('input', {
          type: 'radio',
          name: 'lang',
          value: code,
          checked: state.lang === code,
          'data-testid': `lang-${code}`,
          onchange: () => {
            state.lang = code;
            render();
          },
        }),
        ' ',
        label,
      ),
    ),
  );
  app.replaceChildren(
    h('h1', {}, t().title),
    h('p', { class: 'lead' }, t().intro),
    langSwitch,
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'evaluate-h', 'data-testid': 'evaluate-panel' },
      h('h2', { id: 'evaluate-h' }, t().evaluate),
      h('div', { class: 'panel-grid' }, nominationForm(), h('div', { id: 'evaluation', class: 'result', 'aria-live': 'polite', 'data-testid': 'evaluation' })),
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'deadline-h', 'data-testid': 'deadline-panel' },
      h('h2', { id: 'deadline-h' }, t().deadline),
      deadlineForm(),
      h('div', { id: 'deadline-result', class: 'result', 'aria-live': 'polite', 'data-testid': 'deadline-result' }),
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'allocate-h', 'data-testid': 'allocate-panel' },
      h('h2', { id: 'allocate-h' }, t().allocate),
      h('p', {}, t().allocateIntro),
      allocationForm(),
      h('div', { id: 'allocation-result', class: 'result', 'aria-live': 'polite', 'data-testid': 'allocation-result' }),
    ),
  );
  evaluate();
  checkTheDeadline();
  allocateTheBatch();
}

const fromHash = /^#scenario=(.+)$/.exec(location.hash);
if (fromHash) loadScenario(decodeURIComponent(fromHash[1]));
else render();
