import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The packages tsup.config.ts bundles into dist/ (noExternal): their licenses ask that their
// notices travel with every copy, so LICENSE reproduces them. A package added to the bundle
// must be added here and to LICENSE.
const BUNDLED = ['zod', 'date-fns', '@date-fns/tz', 'json-rules-engine'];

const root = resolve(__dirname, '../..');
const license = readFileSync(resolve(root, 'LICENSE'), 'utf8');
const config = readFileSync(resolve(root, 'tsup.config.ts'), 'utf8');

/** The package's own license text, as npm installed it. */
function licenseOf(pkg: string): string {
  for (const name of ['LICENSE', 'LICENSE.md']) {
    try {
      return readFileSync(resolve(root, 'node_modules', pkg, name), 'utf8');
    } catch {
      // try the next name
    }
  }
  throw new Error(`no license file in node_modules/${pkg}`);
}

describe('LICENSE carries the notices of the code bundled into dist/', () => {
  it('the list here is the list tsup bundles', () => {
    const noExternal = /noExternal:\s*\[([^\]]*)\]/.exec(config)?.[1] ?? '';
    expect(
      noExternal
        .split(',')
        .map((s) => s.trim().replace(/^'|'$/g, ''))
        .filter(Boolean)
        .sort(),
    ).toEqual([...BUNDLED].sort());
  });

  it.each(BUNDLED)('%s: its whole license text is in LICENSE', (pkg) => {
    const text = licenseOf(pkg).trim();
    // Compared line by line without surrounding spaces (the files wrap and indent alike).
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    // Its section starts with a line `<package> <version> (<license>)`.
    const ours = license.split('\n').map((l) => l.trim());
    const at = ours.findIndex((l) => l.startsWith(`${pkg} `));
    expect(at, `${pkg}: no section in LICENSE`).toBeGreaterThan(0);
    expect(
      ours
        .slice(at + 1)
        .filter(Boolean)
        .slice(0, lines.length),
    ).toEqual(lines);
  });
});
