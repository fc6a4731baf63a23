/**
 * Stands in for `jsonpath-plus` in the build of `dist/` (tsup.config.ts). json-rules-engine
 * calls it only for a condition with a `path`, and the library's rule schema refuses `path`
 * (src/schema/condition.ts), so it is never reached; if it were, it fails loudly rather than
 * answer. jsonpath-plus is 26 KB minified (about 8 KB gzip) and evaluates expressions given
 * as text, which no host's bundle needs to carry for this library.
 */
export function JSONPath(): never {
  throw new Error('thi-dua-cchc: conditions with a `path` are not supported (json-rules-engine was bundled without jsonpath-plus)');
}
