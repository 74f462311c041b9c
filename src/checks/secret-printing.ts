import { effectiveCommand } from '../parsers/shell/effective-command.js';
import type { ShellCommand, ShellWord } from '../parsers/shell/types.js';
import { programName } from './command-line.js';

/** A place where a script writes a secret to the job log. */
export interface SecretPrintHit {
  /** What to point at: the secret reference in the printed word, or the `-x` of `set -x`. */
  at: { start: number; end: number };
  /** How the secret was named (`secrets.TOKEN`, `$DEPLOY_KEY`). */
  secret: string;
  via: 'echo' | 'xtrace';
  /** For xtrace: the word, later in the script, that uses the secret. */
  usedAt?: { start: number; end: number };
}

export interface SecretPrintingOptions {
  /** The text the command offsets point into (the whole file, for CI scripts). */
  text: string;
  /**
   * How a word refers to a secret (`secrets.TOKEN`, `$DEPLOY_KEY`) and where in `wordText` the
   * reference is, or undefined when it does not refer to one.
   */
  secretIn(word: ShellWord, wordText: string): SecretReference | undefined;
}

export interface SecretReference {
  secret: string;
  /** Offsets of the reference inside the word's text. */
  start: number;
  end: number;
}

const PRINTERS = new Set(['echo', 'printf']);
/** stdout sent to a file (`> f`, `>> $GITHUB_ENV`, `1>`, `&>`) or into a pipe is not printed to the log. */
const STDOUT_ELSEWHERE = /^[ \t]*(?:\d*>|&>|>\||\|(?!\|))/;

/**
 * `echo`/`printf` of a secret whose output goes to the log, and `set -x` (xtrace) switched on
 * before a command that uses a secret. The log keeps what the masking misses (a secret
 * transformed, split, or of a structured value), and logs are readable by far more people
 * than the secret.
 */
export function findSecretPrinting(commands: readonly ShellCommand[], options: SecretPrintingOptions): SecretPrintHit[] {
  const hits: SecretPrintHit[] = [];
  let tracing: ShellWord | undefined;
  let tracingReported = false;
  for (const command of commands) {
    const run = effectiveCommand(command);
    const program = programName(run.name);
    if (program === 'set') {
      for (const arg of run.args) {
        const flag = arg.value ?? '';
        if (/^-[a-zA-Z]*x/.test(flag) || (flag === 'xtrace' && run.args.some((a) => a.value === '-o'))) {
          tracing = arg;
          tracingReported = false;
        } else if (/^\+[a-zA-Z]*x/.test(flag) || (flag === 'xtrace' && run.args.some((a) => a.value === '+o'))) {
          tracing = undefined;
        }
      }
      continue;
    }
    const words = [run.name, ...run.args, ...command.assignments.map((a) => a.value)];
    const secretWords = words.flatMap((word) => {
      const found = options.secretIn(word, options.text.slice(word.start, word.end));
      // Point at the reference itself (`${{ secrets.X }}` inside `"token=${{ secrets.X }}"`).
      return found ? [{ word, secret: found.secret, at: { start: word.start + found.start, end: word.start + found.end } }] : [];
    });
    if (secretWords.length === 0) continue;
    if (tracing && !tracingReported) {
      hits.push({ at: tracing, secret: secretWords[0]!.secret, via: 'xtrace', usedAt: secretWords[0]!.at });
      tracingReported = true;
    }
    if (program !== undefined && PRINTERS.has(program) && !stdoutElsewhere(options.text, command.end)) {
      for (const { word, secret, at } of secretWords) {
        if (word === run.name) continue;
        // `echo "::add-mask::$X"` registers the value for masking: it is the fix, not the problem.
        if (options.text.slice(word.start, word.end).includes('::add-mask::')) continue;
        hits.push({ at, secret, via: 'echo' });
      }
    }
  }
  return hits;
}

function stdoutElsewhere(text: string, commandEnd: number): boolean {
  return STDOUT_ELSEWHERE.test(text.slice(commandEnd, commandEnd + 40));
}
