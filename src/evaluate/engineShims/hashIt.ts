/**
 * Stands in for `hash-it` in the build of `dist/` (tsup.config.ts). json-rules-engine keys its
 * cache of fact values by `hash({ params, id })`. The library gives the engine its facts as
 * constants (`engine.run(facts)`): the engine writes each one's key with `params` `{}` and never
 * reads the cache for a constant fact. So a key only has to be equal for equal `{ params, id }`
 * and different otherwise, for JSON values, and `JSON.stringify` of that object is such a key
 * (the same keys in the same order: `{ params, id }` is always built the same way). `hash-it`
 * is 4.8 KB minified (about 1.6 KB gzip) of every host's bundle for this.
 *
 * The default export, as `require('hash-it')` gives it to Babel's interop.
 */
export default function hashIt(value: unknown): string {
  return JSON.stringify(value);
}
