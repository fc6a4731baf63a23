import type { Stream } from './io';
import { formatInt, type CliLang } from './text';

/** Batches at least this long show progress (on a terminal). */
export const PROGRESS_THRESHOLD = 2000;

/** Progress of a long batch on stderr: only when stderr is a terminal, one line rewritten in place. */
export interface Progress {
  update(done: number): void;
  done(): void;
}

/** A progress line such as “Đang đánh giá 4.500/10.000…”, or nothing for short batches and non-terminals. */
export function progressLine(stderr: Stream, lang: CliLang, total: number): Progress {
  if (!stderr.isTTY || total < PROGRESS_THRESHOLD) return { update() {}, done() {} };
  let shown = false;
  return {
    update(done) {
      const text =
        lang === 'vi' ? `Đang đánh giá ${formatInt(done, lang)}/${formatInt(total, lang)}…` : `Evaluating ${formatInt(done, lang)}/${formatInt(total, lang)}…`;
      stderr.write(`\r${text}\u001b[K`);
      shown = true;
    },
    done() {
      if (shown) stderr.write('\r\u001b[K');
    },
  };
}
