import type { Text } from './text';

/**
 * Bad usage or bad input: the command stops with exit code 2, prints `head` and each of
 * `details` on stderr in the chosen language, and nothing on stdout.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly head: Text,
    readonly details: readonly Text[] = [],
    readonly hint?: Text,
  ) {
    super(head.en);
  }
}
