// The generated reference: a page per rule set (its criterion tree), a page for deadlines,
// quotas and parameters, and the traceability matrix. Everything comes from rules/*.json
// and the scenarios (rules/scenarios/, rules/scenarios/); nothing here restates a rule.
import { anchor, esc, vi } from './html.mjs';

const KIND_WORDS = { collective: 'a collective (tập thể)', individual: 'an individual (cá nhân)' };
const LOGIC_WORDS = { all: ['all of', 'tất cả'], any: ['any one of', 'một trong'] };

/** `rules-<id>.html`: the page of a rule set. */
export function ruleSetPage(id) {
  return `rules-${id}.html`;
}

function factLink(fact) {
  return `<a class="fact" href="#${esc(anchor('fact', fact))}"><code>${esc(fact)}</code></a>`;
}

function valueText(value) {
  if (value === true) return 'yes (<span lang="vi">có</span>)';
  if (value === false) return 'no (<span lang="vi">không</span>)';
  if (Array.isArray(value)) return value.map((v) => `<code>${esc(v)}</code>`).join(', ');
  return `<code>${esc(JSON.stringify(value))}</code>`;
}

/** One condition of a rule file, in words: `goodConduct` is yes; `parIndexRank` ≤ 3; … */
export function describeCondition(cond) {
  if (cond.all || cond.any) {
    const logic = cond.all ? 'all' : 'any';
    if ((cond.all ?? cond.any).length === 1) return describeCondition((cond.all ?? cond.any)[0]);
    const items = (cond.all ?? cond.any).map((c) => `<li>${describeCondition(c)}</li>`).join('');
    return `${LOGIC_WORDS[logic][0]}:<ul class="conditions">${items}</ul>`;
  }
  const f = factLink(cond.fact);
  const v = cond.value;
  switch (cond.operator) {
    case 'equal':
      return `${f} is ${valueText(v)}`;
    case 'notEqual':
      return `${f} is not ${valueText(v)}`;
    case 'in':
      return `${f} is one of ${valueText(v)}`;
    case 'notIn':
      return `${f} is none of ${valueText(v)}`;
    case 'contains':
      return `${f} includes ${valueText(v)}`;
    case 'doesNotContain':
      return `${f} does not include ${valueText(v)}`;
    case 'someFact:in':
      return `${f} includes at least one of ${valueText(v)}`;
    case 'lessThan':
      return `${f} &lt; ${valueText(v)}`;
    case 'lessThanInclusive':
      return `${f} ≤ ${valueText(v)}`;
    case 'greaterThan':
      return `${f} &gt; ${valueText(v)}`;
    case 'greaterThanInclusive':
      return `${f} ≥ ${valueText(v)}`;
    case 'countDistinctInRange':
      return `${f} has at least ${esc(v.atLeast)} distinct years within ${esc(v.from)}–${esc(v.to)} (a year listed twice counts once; years outside do not count)`;
    default:
      return `${f} <code>${esc(cond.operator)}</code> ${valueText(v)}`;
  }
}

function bilingual(text, { quote = false } = {}) {
  if (!text) return '';
  const viPart = text.vi ? (quote ? vi(text.vi, 'blockquote', ' class="plan-text"') : vi(text.vi, 'p')) : '';
  const enPart = text.en ? `<p class="gloss">${esc(text.en)}</p>` : '';
  return viPart + enPart;
}

function reading(note) {
  if (!note) return '';
  return `<div class="reading"><p class="reading-head">Reading the library takes</p>${vi(note.vi, 'p')}<p>${esc(note.en)}</p></div>`;
}

function traceSummary(row) {
  if (!row) return '';
  const met = row.met.length;
  const notMet = row.notMet.length;
  return `<p class="trace">Scenarios: <a href="traceability.html#${esc(anchor('trace', row.id))}">${met} met, ${notMet} not met</a></p>`;
}

function awardHtml(award) {
  return `<p class="award">Award: ${vi(award.vi, 'strong')} — ${esc(award.en)} <span class="muted">(<code>${esc(award.id)}</code>, clause <code>${esc(award.clause)}</code>)</span></p>`;
}

function nodeHtml(node, read, award) {
  const { rows, conditionFacts } = read;
  const isGroup = Array.isArray(node.children);
  const row = rows.get(node.id);
  const logic = isGroup ? LOGIC_WORDS[node.logic] : null;
  const head = `<div class="node-head"><code class="clause">${esc(node.id)}</code>${
    logic ? ` <span class="logic">${esc(logic[0])} <span lang="vi">(${esc(logic[1])})</span></span>` : ''
  } ${node.label ? `${vi(node.label.vi, 'span', ' class="label"')} <span class="muted">· ${esc(node.label.en)}</span>` : ''}</div>`;
  const facts = isGroup
    ? ''
    : `<div class="facts-read"><p class="facts-head">Facts read: ${conditionFacts(node.conditions).map(factLink).join(', ')}</p><p>Met when ${describeCondition(
        node.conditions,
      )}</p></div>`;
  const children = isGroup ? `<ol class="children">${node.children.map((c) => nodeHtml(c, read)).join('')}</ol>` : '';
  return `<li class="node ${isGroup ? 'group' : 'leaf'}" id="${esc(node.id)}" data-clause="${esc(node.id)}">${head}${bilingual(node.text, {
    quote: true,
  })}${award ? awardHtml(award) : ''}${reading(node.note)}${facts}${traceSummary(row)}${children}</li>`;
}

function allNodes(node) {
  return [node, ...(node.children ?? []).flatMap(allNodes)];
}

/**
 * The page of one rule set: metadata, awards, the criterion tree of each kind, the priority
 * criteria, and the facts the rule set reads (`conditionFacts`: the library's own, so the page
 * lists what the library reads).
 */
export function renderRuleSet(rs, { rows, clauses, factInfo, conditionFacts }) {
  const summary = (id) => clauses.find((c) => c.id === id)?.summary ?? {};
  const basis = rs.basis
    .map(
      (id) =>
        `<li><a href="traceability.html#${esc(anchor('trace', id))}"><code>${esc(id)}</code></a> ${summary(id).vi ? vi(summary(id).vi) : ''} <span class="muted">${esc(summary(id).en ?? '')}</span></li>`,
    )
    .join('');
  const awards = ['collective', 'individual']
    .map((k) => {
      const a = rs.awards[k];
      return `<tr id="${esc(anchor('award', k))}"><th scope="row">${esc(k)}</th><td lang="vi">${esc(a.vi)}</td><td>${esc(a.en)}</td><td><code>${esc(a.id)}</code></td><td><code>${esc(a.clause)}</code></td></tr>`;
    })
    .join('');
  const trees = ['collective', 'individual']
    .map(
      (k) =>
        `<section class="tree" aria-labelledby="${esc(anchor('criteria', k))}"><h2 id="${esc(anchor('criteria', k))}">Standards for ${esc(KIND_WORDS[k])}</h2><ol class="tree-root">${nodeHtml(
          rs.criteria[k],
          { rows, conditionFacts },
          rs.awards[k],
        )}</ol></section>`,
    )
    .join('');
  const priority = rs.priority
    .map(
      (p) =>
        `<li id="${esc(anchor('priority', p.id))}"><div class="node-head"><code class="clause">${esc(p.clause)}</code> <code>${esc(p.id)}</code></div>${bilingual(
          p.text,
        )}<p>Met when ${describeCondition(p.conditions)}</p></li>`,
    )
    .join('');

  // The facts this rule set reads, kind by kind.
  const readers = new Map();
  for (const k of ['collective', 'individual']) {
    for (const n of allNodes(rs.criteria[k])) {
      if (!n.conditions) continue;
      for (const f of conditionFacts(n.conditions)) {
        if (!readers.has(f)) readers.set(f, []);
        readers.get(f).push(n.id);
      }
    }
  }
  for (const p of rs.priority) {
    for (const f of conditionFacts(p.conditions)) {
      if (!readers.has(f)) readers.set(f, []);
      readers.get(f).push(`priority ${p.id}`);
    }
  }
  const factRows = [...readers]
    .map(([f, by]) => {
      const info = factInfo[f];
      const where = info?.source ? ` <span class="muted">(from <code>${esc(info.source)}</code>)</span>` : '';
      return `<tr id="${esc(anchor('fact', f))}"><th scope="row"><code>${esc(f)}</code>${where}</th><td>${esc(info?.type ?? '')}</td><td lang="vi">${esc(
        info?.text.vi ?? '',
      )}</td><td>${esc(info?.text.en ?? '')}</td><td>${[...new Set(by)].map((id) => (id.startsWith('priority ') ? esc(id) : `<a href="#${esc(id)}"><code>${esc(id)}</code></a>`)).join(', ')}</td></tr>`;
    })
    .join('');

  return `<h1>Rule set <code>${esc(rs.id)}</code></h1>
<p class="lead">${vi(rs.title.vi, 'strong')} — ${esc(rs.title.en)}</p>
<dl class="meta">
<dt>Clause</dt><dd><code>${esc(rs.clause)}</code> of the plan</dd>
<dt>Assessment year</dt><dd>${rs.requiresYear ? 'required (<code>year</code>, 2026–2030)' : 'not used'}</dd>
<dt>Source</dt><dd><code>rules/${esc(rs.id)}.json</code></dd>
</dl>
<section id="basis" aria-labelledby="basis-h"><h2 id="basis-h">Basis</h2><p>Who is commended and which form fits (section III.1), as this rule set applies them:</p><ul>${basis}</ul></section>
<section id="awards" aria-labelledby="awards-h"><h2 id="awards-h">Awards</h2>
<table><thead><tr><th>Nominee</th><th>Award (Vietnamese)</th><th>English</th><th>ID</th><th>Clause</th></tr></thead><tbody>${awards}</tbody></table></section>
<p class="how">Each criterion below shows its clause ID, the plan’s Vietnamese text as issued, an English gloss, the facts it reads and when it is met. A criterion whose facts are missing is <em>unknown</em>, never not met; groups combine their children by three-valued logic (see <a href="concepts.html">Concepts</a>).</p>
${trees}
<section id="priority" aria-labelledby="priority-h"><h2 id="priority-h">Priority criteria</h2><p>They do not decide eligibility; <code>allocateQuota</code> orders eligible nominations by how many are met.</p><ul class="priority">${priority}</ul></section>
<section id="facts" aria-labelledby="facts-h"><h2 id="facts-h">Facts this rule set reads</h2>
<table><thead><tr><th>Fact</th><th>Type</th><th>Statement (Vietnamese)</th><th>English</th><th>Read by</th></tr></thead><tbody>${factRows}</tbody></table></section>`;
}

/** The index of the rule reference. */
export function renderRuleIndex(ruleSets, meta) {
  const items = ruleSets
    .map(
      (rs) =>
        `<li><a href="${esc(ruleSetPage(rs.id))}"><code>${esc(rs.id)}</code></a> — <code>${esc(rs.clause)}</code> ${vi(rs.title.vi)} <span class="muted">(${esc(rs.title.en)})</span></li>`,
    )
    .join('');
  const bases = meta.legalBases.map((b) => `<li>${vi(b.vi)}<br><span class="muted">${esc(b.en)}</span></li>`).join('');
  return `<h1>Rule reference</h1>
<p class="lead">${vi(meta.title.vi, 'strong')}<br>${esc(meta.title.en)}</p>
<dl class="meta"><dt>Issuer</dt><dd>${vi(meta.issuer.vi)} — ${esc(meta.issuer.en)}</dd><dt>Plan</dt><dd><code>${esc(meta.id)}</code> version ${esc(meta.version)}, period ${esc(meta.period.from)}–${esc(meta.period.to)}</dd></dl>
<h2>Rule sets</h2><ul>${items}</ul>
<p>Deadlines (III.3), quotas (III.1.2-b, III.2.1.1.b, III.2.1.2.b, III.2.2.b) and the parameters of award money are on <a href="deadlines-quotas.html">Deadlines &amp; quotas</a>. Which scenario tests which clause is in the <a href="traceability.html">traceability matrix</a>.</p>
<h2>Legal bases of the plan</h2><ul>${bases}</ul>`;
}

function dueText(due) {
  switch (due.kind) {
    case 'annual': {
      const [mm, dd] = due.before.split('-');
      const year = due.yearOffset === 0 ? 'the assessment year Y' : `Y + ${due.yearOffset}`;
      return `before ${Number(dd)}/${Number(mm)} of ${year} (<span lang="vi">trước ngày ${Number(dd)}/${Number(mm)}</span>)`;
    }
    case 'fixed':
      return `before <code>${esc(due.before)}</code>`;
    case 'commune-plan':
      return `before the date of the commune’s own period-summary plan (input <code>${esc(due.input)}</code>)`;
    case 'none':
      return 'no calendar deadline';
    default:
      return `<code>${esc(JSON.stringify(due))}</code>`;
  }
}

function valuesTable(values, unit = '') {
  return `<table><thead><tr><th>From</th><th>Value</th><th>Reference</th><th>Confidence</th></tr></thead><tbody>${Object.entries(values)
    .map(
      ([from, v]) =>
        `<tr><td><code>${esc(from)}</code></td><td>${esc(v.value ?? `${v.unitVnd} ${v.mode}`)}${unit}</td><td>${esc(v.reference)}${v.note ? `${vi(v.note.vi, 'p')}<p>${esc(v.note.en)}</p>` : ''}</td><td>${esc(v.confidence)}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

/** Deadlines (rules/deadlines.json), quotas (rules/quotas.json), parameters and calendar. */
export function renderDeadlinesQuotas({ deadlines, quotas, parameters, holidayRules, officialDaysOff }, { rows }) {
  const trace = (id) => traceSummary(rows.get(id));
  const parties = Object.entries(deadlines.parties)
    .map(([id, p]) => `<tr><th scope="row"><code>${esc(id)}</code></th><td lang="vi">${esc(p.vi)}</td><td>${esc(p.en)}</td></tr>`)
    .join('');
  const tracks = deadlines.tracks
    .map((t) => {
      const ms = t.milestones
        .map(
          (m) => `<article class="milestone" id="${esc(anchor('milestone', t.id, m.id))}" data-clause="${esc(m.clause)}">
<h4><code>${esc(m.id)}</code> ${vi(m.label.vi)} <span class="muted">· ${esc(m.label.en)}</span></h4>
<dl class="meta"><dt>Clause</dt><dd><code class="clause">${esc(m.clause)}</code></dd><dt>From → to</dt><dd>${vi(deadlines.parties[m.from].vi)} → ${vi(
            deadlines.parties[m.to].vi,
          )}</dd><dt>Due</dt><dd>${dueText(m.due)}</dd></dl>
${bilingual(m.quote, { quote: true })}${reading(m.note)}</article>`,
        )
        .join('');
      return `<section class="track" id="${esc(anchor('track', t.id))}"><h3>Track <code>${esc(t.id)}</code>: ${vi(t.title.vi)} <span class="muted">· ${esc(t.title.en)}</span></h3>
<p>Clause <code class="clause">${esc(t.clause)}</code>; assessment year ${t.requiresYear ? 'required' : 'not used'}.</p>${trace(t.clause)}${ms}</section>`;
    })
    .join('');

  const levels = Object.entries(quotas.levels)
    .map(([level, q]) => {
      const parts = [];
      parts.push(
        `<div id="${esc(anchor('quota', level, 'quantity'))}"><h4>Quantity: <code>${esc(q.quantity.kind)}</code> <code class="clause">${esc(q.quantity.clause)}</code></h4>${bilingual(
          q.quantity.text,
          { quote: true },
        )}${
          q.quantity.limits
            ? `<p>Limits per proposing unit: ${Object.entries(q.quantity.limits)
                .map(([k, n]) => `${esc(n)} ${esc(k)}`)
                .join(', ')}.</p>`
            : ''
        }${trace(q.quantity.clause)}</div>`,
      );
      const b = q.budget;
      parts.push(
        `<div id="${esc(anchor('quota', level, 'budget'))}"><h4>Budget: ${b.applies ? 'applies' : 'does not apply'}${b.clause ? ` <code class="clause">${esc(b.clause)}</code>` : ''}</h4><p>Paid by: ${esc(b.payer)}.</p>${bilingual(
          b.text,
        )}${reading(b.note)}</div>`,
      );
      if (q.discretionary) {
        parts.push(
          `<div id="${esc(anchor('quota', level, 'discretionary'))}"><h4>Outside the quota <code class="clause">${esc(q.discretionary.clause)}</code></h4>${bilingual(
            q.discretionary.text,
            { quote: true },
          )}${trace(q.discretionary.clause)}</div>`,
        );
      }
      return `<section class="level" id="${esc(anchor('quota', level))}"><h3>Level <code>${esc(level)}</code></h3>${parts.join('')}${reading(q.note)}</section>`;
    })
    .join('');

  const coefficients = Object.entries(parameters.awardCoefficients.awards)
    .map(([award, a]) =>
      ['individual', 'collective']
        .map((kind) =>
          Object.entries(a[kind] ?? {})
            .map(
              ([from, v]) =>
                `<tr><td>${vi(a.name.vi)}<br><code>${esc(award)}</code></td><td>${esc(kind)}</td><td><code>${esc(from)}</code></td><td>${esc(v.value)}</td><td>${esc(v.reference)}${
                  v.note ? `${vi(v.note.vi, 'p')}<p>${esc(v.note.en)}</p>` : ''
                }</td><td>${esc(v.confidence)}</td></tr>`,
            )
            .join(''),
        )
        .join(''),
    )
    .join('');

  const holidays = holidayRules.holidays
    .map(
      (h) =>
        `<tr><th scope="row">${vi(h.name.vi)}<br><span class="muted">${esc(h.name.en)}</span></th><td>${h.days
          .map((d) => (d.solar ? `solar ${esc(d.solar)}` : `lunar ${esc(d.lunar)}${d.offsetDays ? ` ${esc(d.offsetDays)} day` : ''}`))
          .join('; ')}</td><td>${h.fixedByLaw ? 'yes' : 'no: set each year'}</td><td>${esc(h.reference ?? '')}</td></tr>`,
    )
    .join('');
  const official = officialDaysOff
    .map(
      (year) =>
        `<h4>Official days off ${esc(year.year)}</h4><ul>${year.occasions
          .map(
            (o) =>
              `<li><code>${esc(o.holiday)}</code>: ${o.daysOff.map((r) => `${esc(r.from)} – ${esc(r.to)}`).join(', ')}${o.workingDays ? `; make-up working days ${o.workingDays.map(esc).join(', ')}` : ''} (${esc(o.confidence)})</li>`,
          )
          .join('')}</ul>`,
    )
    .join('');

  return `<h1>Deadlines, quotas and parameters</h1>
<p class="lead">The dates of section III.3, the numbers of section III.2 (“Cơ cấu, số lượng”) and the dated parameters of award money, as <code>rules/deadlines.json</code>, <code>rules/quotas.json</code>, <code>rules/parameters/</code> and <code>rules/calendar/</code> state them.</p>
<section id="deadlines" aria-labelledby="deadlines-h"><h2 id="deadlines-h">Deadlines (<code>${esc(deadlines.clause)}</code>)</h2>
<p>All dates are Vietnam dates, time zone <code>${esc(deadlines.timeZone)}</code> (UTC+7). Default reading of “<span lang="vi">trước ngày D</span>”: <code>${esc(deadlines.reading.default)}</code>.</p>
${reading(deadlines.reading.note)}
<div class="reading"><p class="reading-head">A last day that is a day off</p>${vi(deadlines.dayOffRule.vi, 'p')}<p>${esc(deadlines.dayOffRule.en)}</p></div>
<h3>Parties</h3><table><thead><tr><th>ID</th><th>Vietnamese</th><th>English</th></tr></thead><tbody>${parties}</tbody></table>
${tracks}</section>
<section id="quotas" aria-labelledby="quotas-h"><h2 id="quotas-h">Quotas</h2>
${bilingual(quotas.description)}
<div id="${esc(anchor('quota', 'oneAchievementOneAward'))}"><h3>One achievement, one award <code class="clause">${esc(quotas.oneAchievementOneAward.clause)}</code></h3>${bilingual(
    quotas.oneAchievementOneAward.text,
    { quote: true },
  )}${trace(quotas.oneAchievementOneAward.clause)}</div>
<h3>Order: <code>${esc(quotas.ranking.rule)}</code></h3>${reading(quotas.ranking.note)}
<h3>Presentation order: ${quotas.presentationOrder.keys.map((k) => `<code>${esc(k)}</code>`).join(', ')}</h3>${reading(quotas.presentationOrder.note)}
<h3>Budget order: <code>${esc(quotas.budgetOrder.rule)}</code></h3>${reading(quotas.budgetOrder.note)}
<h3>Ties</h3>${reading(quotas.ties.note)}
${levels}</section>
<section id="parameters" aria-labelledby="parameters-h"><h2 id="parameters-h">Award money parameters</h2>
<h3>Base salary (<code>rules/parameters/base-salary.json</code>)</h3>${bilingual(parameters.baseSalary.description)}${valuesTable(parameters.baseSalary.values, ' đồng')}
<h3>Award coefficients (<code>rules/parameters/award-coefficients.json</code>)</h3>${bilingual(parameters.awardCoefficients.description)}
<table><thead><tr><th>Award</th><th>Nominee</th><th>From</th><th>Coefficient</th><th>Reference</th><th>Confidence</th></tr></thead><tbody>${coefficients}</tbody></table>
<h3>Rounding (<code>rules/parameters/rounding.json</code>)</h3>${bilingual(parameters.rounding.description)}${valuesTable(parameters.rounding.values)}
</section>
<section id="calendar" aria-labelledby="calendar-h"><h2 id="calendar-h">Calendar (<code>rules/calendar/</code>)</h2>
<p>Weekly days off: Saturday and Sunday. ${esc(holidayRules.weeklyDaysOff.reference)}</p>
${bilingual(holidayRules.substituteDays.note)}
<p>Lunar calendar: ${esc(holidayRules.lunarCalendar.method)}</p>
<table><thead><tr><th>Holiday</th><th>Days</th><th>Fixed by law</th><th>Reference</th></tr></thead><tbody>${holidays}</tbody></table>
${official}</section>`;
}

function getAt(data, path) {
  return path.reduce((v, k) => (v == null ? v : v[k]), data);
}

/** Where a citation points on the site, and how it reads. */
export function citationTarget(c, ruleFiles) {
  const data = ruleFiles.find((r) => r.file === c.file)?.data;
  const [p0, p1, p2] = c.path;
  if (data?.kind === 'rule-set') {
    const page = ruleSetPage(data.id);
    if (c.role === 'criterion') return { href: `${page}#${c.clause}`, text: `${data.id} · criterion` };
    if (c.role === 'basis') return { href: `${page}#basis`, text: `${data.id} · basis` };
    if (c.role === 'award') return { href: `${page}#${anchor('award', p1)}`, text: `${data.id} · award (${p1})` };
    if (c.role === 'priority') {
      const id = data.priority[p1].id;
      return { href: `${page}#${anchor('priority', id)}`, text: `${data.id} · priority ${id}` };
    }
    return { href: page, text: `${data.id}` };
  }
  if (data?.kind === 'deadlines') {
    if (p0 === 'tracks') {
      const t = data.tracks[p1];
      if (p2 === 'milestones') {
        const m = t.milestones[c.path[3]];
        return { href: `deadlines-quotas.html#${anchor('milestone', t.id, m.id)}`, text: `deadlines · ${t.id} › ${m.id}` };
      }
      return { href: `deadlines-quotas.html#${anchor('track', t.id)}`, text: `deadlines · track ${t.id}` };
    }
    return { href: 'deadlines-quotas.html#deadlines', text: 'deadlines' };
  }
  if (data?.kind === 'quotas') {
    if (p0 === 'levels') return { href: `deadlines-quotas.html#${anchor('quota', p1, p2)}`, text: `quotas · ${p1} ${p2}` };
    return { href: `deadlines-quotas.html#${anchor('quota', p0)}`, text: `quotas · ${p0}` };
  }
  return { href: 'deadlines-quotas.html#parameters', text: `${c.file} · ${c.path.join('.')}` };
}

function exerciseItem(e, caseFiles) {
  const file = caseFiles.find((f) => f.file === e.file)?.data;
  const who = e.nominations?.length ? ` <span class="muted">(nominations ${e.nominations.map((n) => `<code>${esc(n)}</code>`).join(', ')})</span>` : '';
  const name = file?.ruleSet ? `<a href="playground.html#scenario=${esc(encodeURIComponent(`${e.file}:${e.index}`))}">${esc(e.name)}</a>` : esc(e.name);
  return `<li><span class="muted">${esc(e.file)} ›</span> ${name}${who}</li>`;
}

/** The traceability matrix: clause → rule nodes citing it → scenarios met and not met. */
export function renderTraceability({ rows }, { ruleFiles, caseFiles }) {
  const body = rows
    .map((r) => {
      const cites = r.citations
        .map((c) => {
          const t = citationTarget(c, ruleFiles);
          return `<li><a href="${esc(t.href)}">${esc(t.text)}</a></li>`;
        })
        .join('');
      const list = (xs) => `<ul>${xs.map((e) => exerciseItem(e, caseFiles)).join('')}</ul>`;
      const notMet = r.notMet.length
        ? list(r.notMet)
        : r.noCalendarDeadline
          ? '<p class="muted">None possible: the plan sets no calendar deadline here (<code>due.kind: "none"</code> in rules/deadlines.json), so a proposal is never late.</p>'
          : '';
      const summary = `${r.summary.vi ? vi(r.summary.vi, 'p') : ''}${r.summary.en ? `<p class="gloss">${esc(r.summary.en)}</p>` : ''}`;
      return `<tr id="${esc(anchor('trace', r.id))}" data-clause="${esc(r.id)}"><th scope="row"><code class="clause">${esc(r.id)}</code>${summary}</th><td><ul>${cites}</ul></td><td data-count="${r.met.length}">${list(
        r.met,
      )}</td><td data-count="${r.notMet.length}">${notMet}</td></tr>`;
    })
    .join('');
  const total = rows.length;
  return `<h1>Traceability matrix</h1>
<p class="lead">Each clause of the plan (the IDs listed in <code>rules/clauses.json</code>) → the rule nodes that cite it → the scenarios of <code>rules/scenarios/</code> that exercise it met and not met. ${total} clauses, none without a citing rule node, a met scenario and a not-met scenario: the docs build and <code>npm test</code> (<code>test/rules/traceability.test.ts</code>) both fail on a gap.</p>
<p>A scenario exercises a clause through <code>expect.criteria</code> (the result of that criterion in the evaluation) or through an <code>exercises</code> annotation whose meaning each scenario file’s description gives; the case runners check every one against what the library returns. Evaluation scenarios link to the <a href="playground.html">playground</a>, which loads them.</p>
<div class="table-wrap"><table class="matrix"><thead><tr><th>Clause</th><th>Rule nodes citing it</th><th>Met in</th><th>Not met in</th></tr></thead><tbody>${body}</tbody></table></div>`;
}
