import type { HistoryEntry } from '../schema/allocation';
import type { NomineeKind } from '../schema/nomination';
import type { BudgetMode, LevelQuota } from '../schema/quotas';
import type { Candidate } from './candidate';
import { addTo, firstOf, listOf, sizeOf, type Many } from './many';
import { priorityTiers } from './order';

/** A tie at a cutoff, before it is written out: the candidates of equal priority and the place they compete for. */
export type TieDraft = {
  /** Its position in Selection#ties, by which later steps keep what they write of it. */
  readonly index: number;
  readonly priorityScore: number;
  readonly members: readonly Candidate[];
} & (
  | { readonly cutoff: 'quota'; readonly unitId: string; readonly nomineeKind: NomineeKind; readonly places: number }
  | { readonly cutoff: 'achievement'; readonly achievementIds: readonly string[] }
  | {
      readonly cutoff: 'budget';
      readonly remainingVnd: number;
      /** How many of the tied the money left covers: the most that fit together. */
      readonly covered: number;
      /** The money set aside for the tie (`fill` mode): the most the council could spend on it. */
      readonly reservedVnd: number;
    }
);

/** Where one candidate ends up, and what decided it. */
export type Decision =
  | { readonly place: 'selected' }
  | { readonly place: 'outside-quota' }
  | { readonly place: 'not-selected'; readonly reason: 'ineligible' | 'undetermined' }
  | {
      readonly place: 'not-selected';
      readonly reason: 'duplicate-achievement';
      readonly achievementId: string;
      /** The earlier awards of that achievement, or… */
      readonly history?: readonly HistoryEntry[];
      /** …the higher-priority nominations that hold or contest it. */
      readonly claimedBy?: readonly string[];
    }
  | {
      readonly place: 'not-selected';
      readonly reason: 'quota';
      readonly limit: number;
      /**
       * The higher-priority nominations holding the unit's places. One decision, and so one
       * list, is shared by every candidate of the unit and kind turned away in one tier.
       */
      readonly heldBy: readonly string[];
    }
  | {
      readonly place: 'not-selected';
      readonly reason: 'budget';
      /** The money left when it did not fit; absent when the budget had stopped at a higher priority. */
      readonly remainingVnd?: number;
      /** The priority score at which the budget stopped, for candidates below it. */
      readonly stoppedAt?: number;
    }
  | { readonly place: 'not-selected'; readonly reason: 'tie-at-cutoff'; readonly ties: readonly TieDraft[] };

/** Places of each unit's quota (by unitIndex) for one kind of nominee, used or reserved, and by whom. */
interface Held {
  readonly count: Int32Array;
  readonly holders: (Many<Candidate> | undefined)[];
}

function heldPlaces(units: number): Held {
  return { count: new Int32Array(units), holders: new Array<Many<Candidate> | undefined>(units) };
}

const KINDS = ['collective', 'individual'] as const;

/**
 * Groups the candidates of one kind among `contenders` by unit, in `byUnit` (one slot per
 * unitIndex, all empty before): returns the units filled, in the order they first appear.
 * The caller empties those slots again once it has read them.
 */
function groupByUnit(contenders: readonly Candidate[], kind: NomineeKind, byUnit: (Many<Candidate> | undefined)[]): number[] {
  const touched: number[] = [];
  for (let i = 0; i < contenders.length; i++) {
    const c = contenders[i] as Candidate;
    if (c.kind !== kind) continue;
    const u = c.unitIndex;
    const group = byUnit[u];
    if (group === undefined) {
      byUnit[u] = c;
      touched.push(u);
    } else if (Array.isArray(group)) group.push(c);
    else byUnit[u] = [group, c];
  }
  return touched;
}

// Built when the module loads, before StrykerJS switches a mutant on: their mutants would be false
// survivors (stryker-js#6209). Every test of a selected or outside-quota entry reads them.
// Stryker disable next-line all
const SELECTED: Decision = /* @__PURE__ */ Object.freeze({ place: 'selected' });
// Stryker disable next-line all
const OUTSIDE_QUOTA: Decision = /* @__PURE__ */ Object.freeze({ place: 'outside-quota' });
// Stryker disable next-line all
const INELIGIBLE: Decision = /* @__PURE__ */ Object.freeze({ place: 'not-selected', reason: 'ineligible' });
// Stryker disable next-line all
const UNDETERMINED: Decision = /* @__PURE__ */ Object.freeze({ place: 'not-selected', reason: 'undetermined' });

export interface Selection {
  /** Each candidate's decision, by its `rank`. */
  readonly decisions: readonly Decision[];
  readonly ties: readonly TieDraft[];
  /** The priority score at which the budget stopped, if it did. */
  readonly stoppedAt: number | undefined;
}

export interface SelectionRules {
  readonly level: LevelQuota;
  readonly history: ReadonlyMap<string, readonly HistoryEntry[]>;
  /** The budget, when one was given (its level's budget rule applies). */
  readonly budgetVnd: number | undefined;
  /** How the budget is spent across tiers (rules/quotas.json budgetOrder); `strict` when left out. */
  readonly budgetMode?: BudgetMode | undefined;
}

/**
 * What the council could spend on a tie at the budget: `covered`, the most of its nominations
 * that fit `remainingVnd` together (the cheapest first), and `reservedVnd`, a bound on what
 * any such choice costs: no more than the money left, nor than the `covered` dearest.
 */
export function budgetCover(remainingVnd: number, members: readonly Candidate[]): { covered: number; reservedVnd: number } {
  const costs = members.map((m) => m.moneyVnd ?? 0).sort((a, b) => a - b);
  let left = remainingVnd;
  let covered = 0;
  for (const cost of costs) {
    if (cost > left) break;
    left -= cost;
    covered++;
  }
  let dearest = 0;
  for (let i = costs.length - covered; i < costs.length; i++) dearest += costs[i] as number;
  return { covered, reservedVnd: Math.min(remainingVnd, dearest) };
}

/**
 * Decides every candidate's place. `sorted` is in the documented order, each candidate's
 * `rank` its index, and `contested` marks those with an achievement claimed elsewhere. The
 * candidates who can be judged (eligible, not outside the quota, no achievement already
 * awarded in `history`) are taken one priority tier at a time, highest first; within a tier
 * nobody outranks anybody, so the checks below treat the whole tier alike and never pick one
 * of equals:
 *
 * 1. An achievement that a higher tier holds or contests: `duplicate-achievement` (III.1.2-b).
 * 2. Below the tier where the budget stopped (`strict` mode only): `budget`.
 * 3. Award money above the budget left: `budget`; in `strict` mode the budget stops after this tier.
 * 4. Per-unit quota (III.2.1.2.b-quota): a full unit gives `quota`; more candidates than open
 *    places is a tie for those places, which are then all reserved.
 * 5. Two candidates of the tier claiming one achievement: a tie (III.1.2-b); every achievement
 *    the tier claims is then reserved for it.
 * 6. The tier's total money above the budget left: a tie for the rest of the budget; in
 *    `strict` mode the budget stops, in `fill` mode the most the council could spend on the tie
 *    is set aside and lower tiers are judged against the rest. Otherwise the tier's money
 *    (tied candidates' included) is set aside.
 *
 * Candidates left untied are selected. What a tie reserves (places, achievements, money) is
 * what its candidates could take, so whatever the council decides the selection stays within
 * the quota and the budget. Cost: linear in the batch (the sort comes before).
 */
export function selectCandidates(sorted: readonly Candidate[], rules: SelectionRules): Selection {
  const run = new SelectionRun(sorted, rules);
  for (const tier of priorityTiers(run.screen(sorted))) run.judgeTier(tier);
  return { decisions: run.decisions, ties: run.ties, stoppedAt: run.stoppedAt };
}

/** A union-find root, halving the path on the way. */
function root(p: Int32Array, i: number): number {
  while (p[i] !== i) i = p[i] = p[p[i] as number] as number;
  return i;
}

/** What `selectCandidates` carries from one tier to the next. */
class SelectionRun {
  readonly decisions: Decision[];
  readonly ties: TieDraft[] = [];
  stoppedAt: number | undefined;
  private readonly rules: SelectionRules;
  private readonly budget: number | undefined;
  private readonly fill: boolean;
  private remaining: number;
  /** Below the tier where the budget stopped, every candidate gets the same decision. */
  private belowStop: Decision | undefined;
  /** Achievement → the candidates of a higher tier that hold or contest it (contested ones only). */
  private readonly taken = new Map<string, Many<Candidate>>();
  /** A per-unit quota's limits, and per kind and unit (by unitIndex) the places used or reserved by a tie, and by whom. */
  private readonly quota: { readonly limits: Readonly<Record<NomineeKind, number>>; readonly held: Readonly<Record<NomineeKind, Held>> } | undefined;
  /** A tier's candidates of one kind, by unitIndex (see groupByUnit). */
  private readonly byUnit: (Many<Candidate> | undefined)[];
  /**
   * Each candidate's ties, by rank. Most are in one tie: they share one list of it, and one
   * decision (a candidate added to a second tie gets a list of its own).
   */
  private readonly tiesOf: (readonly TieDraft[] | undefined)[];
  private readonly tieDecisions = new Map<readonly TieDraft[], Decision>();

  constructor(sorted: readonly Candidate[], rules: SelectionRules) {
    this.rules = rules;
    this.decisions = new Array<Decision>(sorted.length);
    this.tiesOf = new Array<readonly TieDraft[] | undefined>(sorted.length);
    const quantity = rules.level.quantity;
    let units = 0;
    for (let i = 0; i < sorted.length; i++) units = Math.max(units, (sorted[i] as Candidate).unitIndex + 1);
    this.byUnit = new Array<Many<Candidate> | undefined>(units);
    this.quota = quantity.kind === 'per-unit' ? { limits: quantity.limits, held: { collective: heldPlaces(units), individual: heldPlaces(units) } } : undefined;
    this.budget = rules.budgetVnd;
    this.fill = rules.budgetMode === 'fill';
    this.remaining = this.budget ?? 0;
  }

  /** Decides who cannot be judged (not eligible, eligible but outside the quota, already awarded); returns the rest. */
  screen(sorted: readonly Candidate[]): Candidate[] {
    const judged: Candidate[] = [];
    const history = this.rules.history;
    for (let i = 0; i < sorted.length; i++) {
      const c = sorted[i] as Candidate;
      const outcome = c.outcome;
      // Only an eligible proposal is listed outside the quota: one that is not is refused as any other.
      if (outcome !== 'eligible') this.decisions[c.rank] = outcome === 'ineligible' ? INELIGIBLE : UNDETERMINED;
      else if (c.outsideQuota) this.decisions[c.rank] = OUTSIDE_QUOTA;
      else {
        const awarded = c.contested ? c.achievementIds.find((a) => history.has(a)) : undefined;
        if (awarded === undefined) judged.push(c);
        else this.decisions[c.rank] = { place: 'not-selected', reason: 'duplicate-achievement', achievementId: awarded, history: history.get(awarded) ?? [] };
      }
    }
    return judged;
  }

  /** Steps 1 to 6 for one tier, then its candidates' decisions. */
  judgeTier(tier: readonly Candidate[]): void {
    const score = (tier[0] as Candidate).score;
    const [firstCut, screened] = this.contenders(tier);
    let contenders = screened;
    if (this.quota && this.quotaPlaces(this.quota, contenders, score)) contenders = contenders.filter((c) => this.decisions[c.rank] === undefined);
    this.achievementTies(contenders, score);
    const cut = this.budgetTie(contenders, score) || firstCut;
    if (cut && !this.fill) {
      this.stoppedAt = score;
      this.belowStop = { place: 'not-selected', reason: 'budget', stoppedAt: score };
    }
    this.settle(contenders);
  }

  /** Steps 1–3: whether the budget was cut, and the candidates still contending. */
  private contenders(tier: readonly Candidate[]): [boolean, Candidate[]] {
    let cut = false;
    const contenders: Candidate[] = [];
    for (let i = 0; i < tier.length; i++) {
      const c = tier[i] as Candidate;
      const claimed = c.contested ? c.achievementIds.find((a) => this.taken.has(a)) : undefined;
      if (claimed !== undefined) {
        const claimedBy = listOf(this.taken.get(claimed)).map((h) => h.id);
        this.decisions[c.rank] = { place: 'not-selected', reason: 'duplicate-achievement', achievementId: claimed, claimedBy };
      } else if (this.belowStop !== undefined) {
        this.decisions[c.rank] = this.belowStop;
      } else if (this.budget !== undefined && (c.moneyVnd ?? 0) > this.remaining) {
        this.decisions[c.rank] = { place: 'not-selected', reason: 'budget', remainingVnd: this.remaining };
        cut = true;
      } else {
        contenders.push(c);
      }
    }
    return [cut, contenders];
  }

  /** Step 4, per kind and unit; returns whether a full unit turned candidates away. */
  private quotaPlaces(quota: NonNullable<SelectionRun['quota']>, contenders: readonly Candidate[], score: number): boolean {
    let over = false;
    for (const kind of KINDS) {
      const units = groupByUnit(contenders, kind, this.byUnit);
      for (let k = 0; k < units.length; k++) {
        const unitIndex = units[k] as number;
        const group = this.byUnit[unitIndex] as Many<Candidate>;
        this.byUnit[unitIndex] = undefined;
        if (!this.takePlaces(quota.limits[kind], quota.held[kind], { kind, unitIndex, group }, score)) over = true;
      }
    }
    return over;
  }

  /** One unit's group of one kind takes its open places (a tie when too many); false when the unit is full. */
  private takePlaces(
    limit: number,
    h: Held,
    { kind, unitIndex, group }: { kind: NomineeKind; unitIndex: number; group: Many<Candidate> },
    score: number,
  ): boolean {
    const used = h.count[unitIndex] as number;
    const holders = h.holders[unitIndex];
    const open = limit - used;
    if (open <= 0) {
      const full: Decision = { place: 'not-selected', reason: 'quota', limit, heldBy: listOf(holders).map((m) => m.id) };
      for (const m of listOf(group)) this.decisions[m.rank] = full;
      return false;
    }
    const size = sizeOf(group);
    const unitId = firstOf(group).unitId;
    if (size > open)
      this.addTie({ index: this.ties.length, cutoff: 'quota', priorityScore: score, members: listOf(group), unitId, nomineeKind: kind, places: open });
    h.count[unitIndex] = Math.min(limit, used + size);
    h.holders[unitIndex] = holders === undefined ? group : [...listOf(holders), ...listOf(group)];
    return true;
  }

  /** Step 5 (III.1.2-b within the tier): candidates linked by shared achievements form one group. */
  private achievementTies(contenders: readonly Candidate[], score: number): void {
    const contested = contenders.filter((c) => c.contested);
    const claimants = new Map<string, Many<number>>();
    let parent: Int32Array | undefined;
    contested.forEach((c, i) => {
      for (const a of c.achievementIds) {
        const other = claimants.get(a);
        if (other !== undefined) {
          parent ??= Int32Array.from(contested.keys());
          parent[root(parent, i)] = root(parent, firstOf(other));
        }
        addTo(claimants, a, i);
      }
    });
    for (const [a, who] of claimants) {
      this.taken.set(a, Array.isArray(who) ? who.map((i) => contested[i] as Candidate) : (contested[who] as Candidate));
    }
    if (parent) this.linkedTies(contested, claimants, parent, score);
  }

  /** The ties of step 5: one per group of candidates linked by achievements claimed twice. */
  private linkedTies(contested: readonly Candidate[], claimants: ReadonlyMap<string, Many<number>>, p: Int32Array, score: number): void {
    const groups = new Map<number, { members: Candidate[]; shared: string[] }>();
    for (const [a, who] of claimants) {
      if (!Array.isArray(who)) continue;
      const r = root(p, who[0] as number);
      const g = groups.get(r);
      if (g) g.shared.push(a);
      else groups.set(r, { members: [], shared: [a] });
    }
    contested.forEach((c, i) => groups.get(root(p, i))?.members.push(c));
    for (const g of groups.values()) {
      this.addTie({ index: this.ties.length, cutoff: 'achievement', priorityScore: score, members: g.members, achievementIds: g.shared.sort() });
    }
  }

  /** Step 6: sets the tier's money aside, or ties it for the rest of the budget (true: a tie at the budget). */
  private budgetTie(contenders: Candidate[], score: number): boolean {
    if (this.budget === undefined || contenders.length === 0) return false;
    let total = 0;
    for (let i = 0; i < contenders.length; i++) total += (contenders[i] as Candidate).moneyVnd ?? 0;
    if (total <= this.remaining) {
      this.remaining -= total;
      return false;
    }
    const { covered, reservedVnd } = budgetCover(this.remaining, contenders);
    const reserved = this.fill ? reservedVnd : 0;
    this.addTie({
      index: this.ties.length,
      cutoff: 'budget',
      priorityScore: score,
      members: contenders,
      remainingVnd: this.remaining,
      covered,
      reservedVnd: reserved,
    });
    this.remaining -= reserved;
    return true;
  }

  /** Untied contenders are selected; tied ones share one decision per list of ties. */
  private settle(contenders: readonly Candidate[]): void {
    for (let i = 0; i < contenders.length; i++) {
      const c = contenders[i] as Candidate;
      const t = this.tiesOf[c.rank];
      if (t === undefined) this.decisions[c.rank] = SELECTED;
      else {
        let d = this.tieDecisions.get(t);
        if (d === undefined) this.tieDecisions.set(t, (d = { place: 'not-selected', reason: 'tie-at-cutoff', ties: t }));
        this.decisions[c.rank] = d;
      }
    }
  }

  private addTie(tie: TieDraft): void {
    this.ties.push(tie);
    const alone = [tie];
    for (let i = 0; i < tie.members.length; i++) {
      const m = tie.members[i] as Candidate;
      const list = this.tiesOf[m.rank];
      this.tiesOf[m.rank] = list ? [...list, tie] : alone;
    }
  }
}
