import { fileLabel } from './decode';
import { CliError } from './errors';
import type { ReadItems } from './input';
import type { Issue } from './lib';
import type { Text } from './text';

type PathKey = string | number;

/** Where an issue path points, as text for the user: a file's row and column, or an option. */
export type Where = (path: readonly PathKey[]) => Text;

/** Locations in a batch file: the path starts with the item's index. */
export function inFile(read: ReadItems): Where {
  const name = fileLabel(read.file);
  return (path) => {
    const [index, ...rest] = path;
    if (typeof index !== 'number') return { vi: name, en: name };
    const at = read.locator.locate(index, rest);
    return { vi: `${name}: ${at.vi}`, en: `${name}: ${at.en}` };
  };
}

/** The error for issues the library found: one line per issue, each with its place. */
export function issuesError(head: Text, issues: readonly Issue[], where: Where): CliError {
  return new CliError(
    head,
    issues.map((i) => {
      const w = where(i.path);
      return { vi: `${w.vi}: ${i.messages.vi}.`, en: `${w.en}: ${i.messages.en}.` };
    }),
  );
}

/** The head line for a batch whose data the library refused. */
export function invalidData(file: string, n: number): Text {
  const name = fileLabel(file);
  return {
    vi: `Dữ liệu trong tệp ${name} không hợp lệ (${n} lỗi); không in kết quả nào.`,
    en: `The data in ${name} is not valid (${n} ${n === 1 ? 'error' : 'errors'}); no result is printed.`,
  };
}
