/**
 * json-rules-engine, as the engine path loads it on first use (`import('./engineModule')` in
 * engine.ts). Its own module so that the ES build of `dist/` puts the engine in a chunk of its
 * own (tsup.config.ts): importing the package does not load it, and a host's bundler leaves it
 * out of a bundle that uses only the sync evaluator, checkDeadline or allocateQuota (or loads it
 * when first needed, where the host splits its bundle).
 */
export { Engine } from 'json-rules-engine';
