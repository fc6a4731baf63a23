import * as z from 'zod/mini';
import { LangSchema, type Lang } from '../ground/lang';
import { checkArguments } from '../validation/checkArguments';
import { FACT_INFO, type FactName } from '../schema/facts';
import { NominationSchema } from '../schema/nomination';
import { PlanDefinitionSchema } from '../schema/plan';
import { ScenarioFileSchema } from '../schema/scenario';

type JsonSchema = Record<string, unknown>;

const ArgumentsSchema = /* @__PURE__ */ (() => z.object({ which: z.enum(['nomination', 'plan', 'scenarios']), lang: z.optional(LangSchema) }))();

const TEXTS = {
  nomination: {
    vi: {
      title: 'Hồ sơ đề nghị khen thưởng (Nomination)',
      description:
        'Một hồ sơ đề nghị khen thưởng theo kế hoạch thi đua CCHC: bộ tiêu chí, năm đánh giá, người được đề nghị và các dữ kiện. Dữ kiện để trống là chưa rõ, không phải “không”.',
    },
    en: {
      title: 'Nomination',
      description:
        'A commendation proposal under the administrative-reform emulation plan: rule set, assessment year, nominee and facts. A fact left out is unknown, not false.',
    },
  },
  plan: {
    vi: {
      title: 'Kế hoạch thi đua (Plan)',
      description:
        'Một kế hoạch thi đua CCHC dưới dạng dữ liệu: thông tin kế hoạch, danh mục điều khoản, bộ tiêu chí, thời hạn, chỉ tiêu, tham số, lịch nghỉ chính thức theo năm và các lần sửa đổi.',
    },
    en: {
      title: 'Plan',
      description:
        'An administrative-reform emulation plan as data: metadata, clause list, rule sets, deadlines, quotas, parameters, official days off by year and amendments.',
    },
  },
  scenarios: {
    vi: {
      title: 'Tệp tình huống pháp lý (Scenario file)',
      description:
        'Các tình huống của một bộ tiêu chí: mỗi tình huống là một câu của kế hoạch, các dữ kiện và kết quả kế hoạch quy định (kết luận, từng tiêu chí). runScenarios và lệnh “thi-dua-cchc test” chạy chúng.',
    },
    en: {
      title: 'Scenario file',
      description:
        "The legal scenarios of one rule set: each a sentence of the plan, its facts and the results the plan gives (outcome, each criterion). runScenarios and the command 'thi-dua-cchc test' run them.",
    },
  },
} as const;

function withTexts(
  schema: JsonSchema,
  texts: { vi: { title: string; description: string }; en: { title: string; description: string } },
  lang: Lang,
): JsonSchema {
  // `title` and `description` in the language asked for; both languages under `x-i18n`.
  return { ...schema, title: texts[lang].title, description: texts[lang].description, 'x-i18n': { vi: texts.vi, en: texts.en } };
}

/** Adds each fact's statement, in both languages, to the `facts` properties of a nomination schema. */
function describeFacts(schema: JsonSchema, lang: Lang): JsonSchema {
  const props = (schema['properties'] as Record<string, JsonSchema> | undefined) ?? {};
  const facts = props['facts'];
  const factProps = facts?.['properties'] as Record<string, JsonSchema> | undefined;
  if (!facts || !factProps) return schema;
  const described: Record<string, JsonSchema> = {};
  for (const [name, fact] of Object.entries(factProps)) {
    const info = FACT_INFO[name as FactName];
    described[name] = info
      ? { ...fact, title: name, description: info.text[lang], 'x-i18n': { vi: { description: info.text.vi }, en: { description: info.text.en } } }
      : fact;
  }
  return { ...schema, properties: { ...props, facts: { ...facts, properties: described } } };
}

/**
 * JSON Schemas (draft 2020-12) of a nomination and of a plan file, made from the very zod
 * schemas the library validates with, so that host apps can generate forms and check files.
 * Each fact carries its statement in Vietnamese and English (`description` in `lang`, both in
 * `x-i18n`). The package ships them built: `thi-dua-cchc/schema/nomination.json` (Vietnamese)
 * and `thi-dua-cchc/schema/plan.json`, plus `.en.json` variants.
 *
 * @param which - `'nomination'` or `'plan'`.
 * @param lang - The language of `title` and `description` (`'vi'` by default).
 * @returns The JSON Schema, a plain object.
 * @throws {ValidationError} When `which` is neither `'nomination'` nor `'plan'`, or `lang` is
 *   neither `'vi'` nor `'en'` (issues at `which`, `lang`). Every part of the library's schemas
 *   is representable in JSON Schema (dates as strings).
 *
 * @example
 * const schema = jsonSchema('nomination', 'en');
 * schema.properties.facts.properties.goodConduct.description;
 * //=> 'Good ethics; exemplary compliance with Party guidelines and State law'
 */
export function jsonSchema(which: 'nomination' | 'plan' | 'scenarios', lang: Lang = 'vi'): JsonSchema {
  checkArguments(ArgumentsSchema, { which, lang }, lang === 'en' ? 'en' : 'vi');
  const source = which === 'nomination' ? NominationSchema : which === 'plan' ? PlanDefinitionSchema : ScenarioFileSchema;
  // The input side: what a host writes (texts before trimming, instants as strings).
  const generated = z.toJSONSchema(source, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const titled = withTexts(generated, TEXTS[which], lang);
  return which === 'nomination' ? describeFacts(titled, lang) : titled;
}
