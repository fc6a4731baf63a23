import { build } from 'esbuild';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as source from '../../src/index';

// tsup.config.ts (ZOD_PURE) writes two module-level statements of zod as pure expressions in
// the build of dist/ (made by test/helpers/buildDist.ts), so that a host's bundler can drop them
// when it does not use them. The built package must still give the same JSON Schemas (the one
// user of both), and a host's bundle of the three functions must no longer carry them.
const dist = resolve(__dirname, '../../dist/index.js');
const built = (): Promise<typeof source> => import(pathToFileURL(dist).href) as Promise<typeof source>;

describe('zod inside dist/: what only jsonSchema uses stays out of other bundles', () => {
  it.each([
    ['nomination', 'vi'],
    ['nomination', 'en'],
    ['plan', 'vi'],
    ['plan', 'en'],
  ] as const)('the built package gives the %s JSON Schema in %s exactly as the source does', async (which, lang) => {
    const schema = (await built()).jsonSchema(which, lang);
    expect(schema).toEqual(source.jsonSchema(which, lang));
    expect(JSON.stringify(schema)).toContain('"x-i18n"');
  });

  it('a browser bundle of the three functions carries neither zod’s global registry nor its JSON Schema contributors; one of jsonSchema does', async () => {
    const bundle = async (names: string) => {
      const result = await build({
        stdin: { contents: `export { ${names} } from ${JSON.stringify(dist)};`, resolveDir: resolve(__dirname, '../..') },
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'error',
      });
      return result.outputFiles[0]?.text ?? '';
    };
    const three = await bundle('evaluateNomination, checkDeadline, allocateQuota');
    expect(three).toContain('evaluateNomination');
    expect(three).not.toContain('__zod_globalRegistry');
    expect(three).not.toContain('bigint_format');
    const schemas = await bundle('jsonSchema');
    expect(schemas).toContain('__zod_globalRegistry');
    expect(schemas).toContain('bigint_format');
  });
});
