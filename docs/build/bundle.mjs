// Bundles with esbuild: the playground (the library and its UI, one IIFE file for the
// browser, no imports at run time, so it works from file://) and, for the build itself, the
// library as one ESM file that Node can import (the build reads FACT_INFO from it).
import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * The playground's script: docs/playground/main.mjs with src/ and rules/ bundled in.
 *
 * @param {string} root - The repository's root.
 * @param {string} outfile - Where to write it (docs/site/playground.js).
 * @returns {Promise<{ bytes: number }>}
 */
export async function bundlePlayground(root, outfile) {
  const result = await build({
    entryPoints: [join(root, 'docs/playground/main.mjs')],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    charset: 'utf8',
    minify: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  return { bytes };
}

/**
 * The library (src/index.ts) as one ESM file for Node, for the build's own use.
 *
 * @param {string} root - The repository's root.
 * @param {string} outfile - A path outside the site (a temporary folder).
 */
export async function bundleLibraryForNode(root, outfile) {
  await build({
    entryPoints: [join(root, 'src/index.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    charset: 'utf8',
    logLevel: 'warning',
  });
}
