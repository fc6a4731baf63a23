import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// What package.json declares matches what the code imports and what ships: a package bundled
// into dist/ is a devDependency (hosts never install it), unless the shipped types name it; a
// package dist/ imports at run time, or whose types the shipped .d.ts files name, is a
// dependency; every package any of our code imports is declared.

const root = resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const dependencies = Object.keys(pkg.dependencies ?? {}).sort();
const devDependencies = Object.keys(pkg.devDependencies ?? {});

/** The package a bare specifier names (`zod/mini` → zod, `@date-fns/tz` → @date-fns/tz). */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('node:') || specifier.startsWith('/')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const PACKAGE_NAME = /^(@[a-z0-9~][a-z0-9._~-]*\/)?[a-z0-9~][a-z0-9._~-]*$/;

/** The packages named by `import … from`, `export … from`, `import()` and `require()` in the files below `dir`. */
function importedBelow(dir: string, ending: RegExp): Set<string> {
  const found = new Set<string>();
  const walk = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') walk(join(path, entry));
      return;
    }
    if (!ending.test(path)) return;
    const text = readFileSync(path, 'utf8');
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)) {
      const name = packageOf(m[1] ?? '');
      if (name !== undefined && PACKAGE_NAME.test(name)) found.add(name);
    }
  };
  walk(resolve(root, dir));
  return found;
}

const bundled = (/noExternal:\s*\[([^\]]*)\]/.exec(readFileSync(resolve(root, 'tsup.config.ts'), 'utf8'))?.[1] ?? '')
  .split(',')
  .map((s) => s.trim().replace(/^'|'$/g, ''))
  .filter(Boolean);

const BUILTIN =
  /^(fs|path|url|util|child_process|os|crypto|stream|events|zlib|worker_threads|readline|process|buffer|assert|http|net|module|perf_hooks|v8|vm|tty|timers)$/;
const notBuiltin = (names: Iterable<string>): string[] => [...names].filter((n) => !BUILTIN.test(n)).sort();

describe('package.json declares what the code imports and what ships', () => {
  it('dependencies are exactly the packages dist/ imports at run time or names in its types', () => {
    const shipped = new Set([...importedBelow('dist', /\.(js|cjs)$/), ...importedBelow('dist', /\.d\.c?ts$/)]);
    expect(dependencies).toEqual(notBuiltin(shipped));
  });

  it('a package bundled into dist/ is declared, and is a dependency only when the shipped types name it', () => {
    const types = importedBelow('dist', /\.d\.c?ts$/);
    for (const name of bundled) {
      expect([...dependencies, ...devDependencies], name).toContain(name);
      expect(dependencies.includes(name), `${name}: bundled; a dependency only if dist/*.d.ts names it`).toBe(types.has(name));
    }
  });

  it('every package imported by src/, test/, bench/, docs/build/, examples/ and the configs is declared', () => {
    const declared = new Set([...dependencies, ...devDependencies]);
    const code = /\.(ts|mts|cts|mjs|js)$/;
    const used = new Set<string>();
    for (const dir of ['src', 'test', 'bench', 'docs/build', 'docs/playground', 'examples', 'vitest.config.ts', 'tsup.config.ts']) {
      for (const name of importedBelow(dir, code)) used.add(name);
    }
    // The package's own name (examples and docs import it as a host would).
    used.delete('thi-dua-cchc');
    const undeclared = notBuiltin(used).filter((n) => !declared.has(n));
    expect(undeclared).toEqual([]);
  });
});
