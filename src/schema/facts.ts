import * as z from 'zod/mini';
import type { BilingualText } from '../ground/lang';

/** Roles a person can have in reform (CCHC) work, as the plan names them. */
export const REFORM_ROLES = ['direct', 'in-charge', 'advise', 'propose', 'organize', 'participate'] as const;

/** A role in reform work: chỉ đạo, phụ trách, tham mưu, đề xuất, tổ chức thực hiện, tham gia thực hiện. */
export const ReformRoleSchema = /* @__PURE__ */ (() => z.enum(REFORM_ROLES))();
export type ReformRole = z.infer<typeof ReformRoleSchema>;

/** The block a proposing unit belongs to in the city's PAR index ranking. */
export const UNIT_BLOCKS = ['department', 'ward', 'commune', 'special-zone'] as const;
export const UnitBlockSchema = /* @__PURE__ */ (() => z.enum(UNIT_BLOCKS))();
export type UnitBlock = z.infer<typeof UnitBlockSchema>;

// A missing fact, or a fact given as null, is unknown: never false.
const bool = /* @__PURE__ */ (() => z.optional(z.nullable(z.boolean())))();
const count = /* @__PURE__ */ (() => z.optional(z.nullable(z.int().check(z.minimum(0), z.maximum(1_000_000)))))();
const year = /* @__PURE__ */ (() => z.int().check(z.minimum(1900), z.maximum(2200)))();
const years = /* @__PURE__ */ (() => z.optional(z.nullable(z.array(year).check(z.maxLength(100)))))();

/**
 * The facts a host supplies about a nominee. Every fact is optional: a fact left out (or
 * given as `null`) is unknown, and the evaluation says which unknown facts would decide it.
 * Unknown keys are refused, so a misspelt fact is an error rather than a silent unknown.
 */
export const FactsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    goodConduct: bool,
    excellentCompletion: bool,
    reformRoles: z.optional(z.nullable(z.array(ReformRoleSchema).check(z.maxLength(20)))),
    directRoleYears: years,
    appliedInitiative: bool,
    outstandingAdvisory: bool,
    highResponsibility: bool,
    selectedByUnit: bool,
    initiativeRecognized: bool,
    initiativeReplicable: bool,
    outstandingReformResults: bool,
    reformTargetsMet: bool,
    administrativeDiscipline: bool,
    noDelaysOrHarassment: bool,
    staffViolationCount: count,
    outstandingServiceResults: bool,
    parIndexRank: z.optional(z.nullable(z.int().check(z.minimum(1), z.maximum(1_000_000)))),
    leadingInMovement: bool,
    periodTargetsExcellent: bool,
    recognizedInitiativeCount: count,
    outstandingYears: years,
    ratedExemplaryByCommune: bool,
    handlesProcedures: bool,
    drivesDigitalTransformation: bool,
  }))();

/** The facts about a nominee, as the host gives them (each optional, `null` = unknown). */
export type Facts = z.infer<typeof FactsSchema>;

/** The name of a fact a host supplies in `facts`. */
export type InputFactName = keyof Facts;

/** The name of any fact a rule can read: the input facts, and `unitBlock` from `nominee.unit.block`. */
export type FactName = InputFactName | 'unitBlock';

/** How a fact is described to people: its statement in both languages and the clauses that read it. */
export interface FactInfo {
  readonly type: 'boolean' | 'integer' | 'years' | 'roles' | 'block';
  readonly text: BilingualText;
  /** Where the host gives it, when that is not `facts.<name>`. */
  readonly source?: string;
}

/**
 * The type of each fact a rule can read (and where the host gives it, when that is not
 * `facts.<name>`): what `definePlan` checks a rule's comparisons against.
 */
export const FACT_TYPES: { readonly [K in FactName]: Omit<FactInfo, 'text'> } = {
  goodConduct: { type: 'boolean' },
  excellentCompletion: { type: 'boolean' },
  reformRoles: { type: 'roles' },
  directRoleYears: { type: 'years' },
  appliedInitiative: { type: 'boolean' },
  outstandingAdvisory: { type: 'boolean' },
  highResponsibility: { type: 'boolean' },
  selectedByUnit: { type: 'boolean' },
  initiativeRecognized: { type: 'boolean' },
  initiativeReplicable: { type: 'boolean' },
  outstandingReformResults: { type: 'boolean' },
  reformTargetsMet: { type: 'boolean' },
  administrativeDiscipline: { type: 'boolean' },
  noDelaysOrHarassment: { type: 'boolean' },
  staffViolationCount: { type: 'integer' },
  outstandingServiceResults: { type: 'boolean' },
  parIndexRank: { type: 'integer' },
  leadingInMovement: { type: 'boolean' },
  periodTargetsExcellent: { type: 'boolean' },
  recognizedInitiativeCount: { type: 'integer' },
  outstandingYears: { type: 'years' },
  ratedExemplaryByCommune: { type: 'boolean' },
  handlesProcedures: { type: 'boolean' },
  drivesDigitalTransformation: { type: 'boolean' },
  unitBlock: { type: 'block', source: 'nominee.unit.block' },
};

// The statements of the facts, for people: kept apart from the types so that a bundle that
// only evaluates does not carry them (FACT_INFO below puts both together).
const FACT_TEXTS: { readonly [K in FactName]: BilingualText } = {
  goodConduct: {
    vi: 'Có phẩm chất đạo đức tốt, gương mẫu chấp hành chủ trương của Đảng, chính sách pháp luật của Nhà nước',
    en: 'Good ethics; exemplary compliance with Party guidelines and State law',
  },
  excellentCompletion: { vi: 'Hoàn thành xuất sắc nhiệm vụ được giao', en: 'Completed assigned tasks excellently' },
  reformRoles: {
    vi: 'Vai trò trực tiếp trong công tác CCHC năm đánh giá (chỉ đạo, phụ trách, tham mưu, đề xuất, tổ chức thực hiện, tham gia thực hiện); danh sách đầy đủ',
    en: "The nominee's direct roles in reform work in the assessment year (direct, in-charge, advise, propose, organize, participate); the complete list",
  },
  directRoleYears: {
    vi: 'Các năm trực tiếp chỉ đạo, phụ trách, tham mưu hoặc tổ chức thực hiện nhiệm vụ CCHC (không tính năm chỉ tham gia)',
    en: 'Years in which the nominee directly directed, was in charge of, advised on or organised reform work (not years of mere participation)',
  },
  appliedInitiative: {
    vi: 'Có sáng kiến, mô hình, giải pháp được áp dụng hiệu quả trong thực tế',
    en: 'An initiative, model or solution applied effectively in practice',
  },
  outstandingAdvisory: {
    vi: 'Có thành tích xuất sắc, tiêu biểu trong tham mưu, đề xuất, triển khai nhiệm vụ CCHC, cải cách TTHC, chuyển đổi số',
    en: 'Outstanding in advising on, proposing and carrying out reform, procedure reform, digital transformation',
  },
  highResponsibility: {
    vi: 'Có tinh thần trách nhiệm cao, nhiều đóng góp xây dựng nền hành chính chuyên nghiệp, hiện đại, công khai, minh bạch',
    en: 'High responsibility; many contributions to a professional, modern, open, transparent administration',
  },
  selectedByUnit: { vi: 'Được cơ quan, đơn vị xét chọn, đề xuất', en: 'Selected and proposed by the agency or unit' },
  initiativeRecognized: {
    vi: 'Có sáng kiến được công nhận và áp dụng trong thực tế tại cơ quan, đơn vị',
    en: 'An initiative recognised and applied in practice at the unit',
  },
  initiativeReplicable: {
    vi: 'Sáng kiến đó có thể nhân rộng, tạo đột phá trong CCHC',
    en: 'That initiative can be replicated and creates a breakthrough in reform',
  },
  outstandingReformResults: {
    vi: 'Có thành tích xuất sắc, tiêu biểu trong thực hiện nhiệm vụ CCHC hàng năm',
    en: "Outstanding, exemplary in the year's reform tasks",
  },
  reformTargetsMet: { vi: 'Hoàn thành tốt các chỉ tiêu, nhiệm vụ CCHC được giao', en: 'Completed the assigned reform targets and tasks well' },
  administrativeDiscipline: { vi: 'Thực hiện nghiêm kỷ luật, kỷ cương hành chính', en: 'Strictly observes administrative discipline' },
  noDelaysOrHarassment: {
    vi: 'Không để xảy ra tình trạng chậm trễ, gây phiền hà cho người dân, tổ chức',
    en: 'No delays or harassment of citizens and organisations',
  },
  staffViolationCount: {
    vi: 'Số cán bộ, công chức, viên chức vi phạm quy định trong thực thi công vụ trong năm (phải bằng 0)',
    en: 'Cadres, civil servants and public employees who violated rules in office this year (must be 0)',
  },
  outstandingServiceResults: {
    vi: 'Có kết quả nổi bật về chất lượng giải quyết TTHC, ứng dụng CNTT, chuyển đổi số, sự hài lòng',
    en: 'Outstanding results in procedure quality, IT, digital transformation, satisfaction',
  },
  parIndexRank: { vi: 'Thứ hạng chỉ số CCHC năm của đơn vị trong khối', en: "The unit's rank in the year's PAR index within its block" },
  leadingInMovement: {
    vi: 'Có thành tích tiêu biểu, xuất sắc, dẫn đầu phong trào thi đua CCHC giai đoạn 2026 - 2030',
    en: 'Exemplary, leading in the 2026–2030 reform movement',
  },
  periodTargetsExcellent: {
    vi: 'Hoàn thành xuất sắc mục tiêu, nhiệm vụ, chỉ tiêu CCHC theo kế hoạch của UBND xã',
    en: "Excellently completed the commune plan's reform goals and targets",
  },
  recognizedInitiativeCount: {
    vi: 'Số sáng kiến, mô hình, giải pháp được công nhận, áp dụng hiệu quả, có thể nhân rộng trong giai đoạn',
    en: 'Initiatives recognised, applied effectively and replicable in the period',
  },
  outstandingYears: { vi: 'Các năm có thành tích nổi bật trong công tác CCHC', en: 'Years with outstanding reform achievements' },
  ratedExemplaryByCommune: {
    vi: 'Được UBND xã đánh giá là tập thể tiêu biểu, có nhiều cách làm hay, sáng tạo',
    en: "Rated by the commune People's Committee as an exemplary collective",
  },
  handlesProcedures: { vi: 'Trực tiếp tham gia giải quyết thủ tục hành chính', en: 'Directly handles administrative procedures' },
  drivesDigitalTransformation: { vi: 'Tham mưu, thực hiện chuyển đổi số', en: 'Drives digital transformation work' },
  unitBlock: {
    vi: 'Khối của đơn vị đề nghị trong xếp hạng chỉ số CCHC (Sở, ban, ngành; phường; xã; đặc khu)',
    en: "The proposing unit's block in the PAR index ranking (department, ward, commune, special zone)",
  },
};

/**
 * The fact vocabulary: one fact per statement of the plan. `administrativeDiscipline` is the
 * first statement of III.2.1.1.a-collective-3 (“Thực hiện nghiêm kỷ luật, kỷ cương hành chính”),
 * a fact of its own so that each statement of the clause is answered on its own.
 */
/** A fact's name, as answers list it (`missingFacts`): one of FACT_INFO's keys. */
export const FactNameSchema = /* @__PURE__ */ (() => z.enum(Object.keys(FACT_TYPES) as [FactName, ...FactName[]]))();

export const FACT_INFO: { readonly [K in FactName]: FactInfo } = /* @__PURE__ */ (() => {
  const info: Partial<Record<FactName, FactInfo>> = {};
  for (const name of Object.keys(FACT_TYPES) as FactName[]) info[name] = { ...FACT_TYPES[name], text: FACT_TEXTS[name] };
  return info as { readonly [K in FactName]: FactInfo };
})();

/** Whether `name` is a fact a rule may read. */
export function isFactName(name: string): name is FactName {
  return Object.hasOwn(FACT_TYPES, name);
}
