import type { RuleMeta } from '../core/rule.js';

/**
 * Rules the engine itself reports. They have metadata like any rule (SARIF, docs, config)
 * but no check: the engine raises them.
 */
type EngineRuleMeta = Omit<RuleMeta, 'artifact' | 'id'> & { id: `infralint/${string}` };

export const ENGINE_RULES: Record<string, EngineRuleMeta> = {
  'infralint/parse-error': {
    id: 'infralint/parse-error',
    policy: 'infralint',
    level: 'error',
    precision: 'very-high',
    docs: {
      summary: 'The file could not be parsed',
      rationale:
        'A file that does not parse cannot be checked, and the tools that consume it (docker build, kubectl, terraform) will reject it too.',
      remediation: 'Fix the syntax error at the reported position. The rest of the scan is not affected.',
    },
    messages: { default: '{{message}}' },
  },
  'infralint/duplicate-key': {
    id: 'infralint/duplicate-key',
    policy: 'infralint',
    level: 'warning',
    precision: 'very-high',
    docs: {
      summary: 'A YAML mapping repeats a key',
      rationale:
        'With a repeated key only the last value counts, and which one a tool sees differs between parsers: a reviewer may read the value that is ignored.',
      remediation: 'Remove or merge the repeated key.',
    },
    messages: { default: '{{message}}' },
  },
  'infralint/unparsed-script': {
    id: 'infralint/unparsed-script',
    policy: 'infralint',
    level: 'note',
    precision: 'very-high',
    docs: {
      summary: 'A shell script could not be parsed, so it was not checked',
      rationale:
        'Shell-aware rules (auto-apply, printed secrets) read RUN, run: and script: bodies with a real shell parser. A script with a syntax error is skipped by them, and is likely to fail when it runs.',
      remediation: 'Fix the shell syntax at the reported position (unbalanced quotes, a missing `fi` or `done`, …).',
    },
    messages: { default: '{{message}}' },
  },
  'infralint/unused-suppression': {
    id: 'infralint/unused-suppression',
    policy: 'infralint',
    level: 'warning',
    precision: 'very-high',
    docs: {
      summary: 'A suppression matches no finding',
      rationale: 'A suppression left behind after its finding was fixed (or naming a misspelled rule) would silently hide a future finding of that rule on that line.',
      remediation: 'Remove the `infralint-ignore` comment, or correct its rule id.',
    },
    messages: { default: '{{message}}' },
  },
  'infralint/suppression-without-reason': {
    id: 'infralint/suppression-without-reason',
    policy: 'infralint',
    level: 'warning',
    precision: 'very-high',
    docs: {
      summary: 'A suppression gives no reason',
      rationale: 'An exception to a policy needs a reason a reviewer can judge; without one, nobody knows whether it still holds.',
      remediation: 'Add the reason after `--`: `# infralint-ignore <rule-id> -- <why this is acceptable>`.',
    },
    messages: { default: '{{message}}' },
  },
  'infralint/expired-suppression': {
    id: 'infralint/expired-suppression',
    policy: 'infralint',
    level: 'warning',
    precision: 'very-high',
    docs: {
      summary: 'A suppression is past its expiry date',
      rationale: 'A suppression with `until=YYYY-MM-DD` was a time-boxed exception; after that date it stops working and the finding is reported again.',
      remediation: 'Fix the finding, or renew the exception with a new date and reason.',
    },
    messages: { default: '{{message}}' },
  },
  'infralint/invalid-suppression': {
    id: 'infralint/invalid-suppression',
    policy: 'infralint',
    level: 'warning',
    precision: 'very-high',
    docs: {
      summary: 'A suppression comment cannot be read',
      rationale: 'A malformed suppression suppresses nothing; the author probably meant it to.',
      remediation: 'Write `# infralint-ignore <rule-id>[,<rule-id>] [until=YYYY-MM-DD] -- <reason>`.',
    },
    messages: { default: '{{message}}' },
  },
  'infralint/internal-error': {
    id: 'infralint/internal-error',
    policy: 'infralint',
    level: 'error',
    precision: 'very-high',
    docs: {
      summary: 'A rule failed on this file',
      rationale: 'A rule threw an exception; its findings for this file are missing. The other rules and files were still checked.',
      remediation: 'Please report it with the file (or a minimal version of it) so the rule can be fixed.',
    },
    messages: { default: 'rule {{rule}} failed on this file: {{error}}' },
  },
  'infralint/unreadable-file': {
    id: 'infralint/unreadable-file',
    policy: 'infralint',
    level: 'error',
    precision: 'very-high',
    docs: {
      summary: 'The file could not be read or decoded',
      rationale: 'A file that cannot be read (permissions) or is not valid UTF-8 cannot be checked.',
      remediation: 'Fix the file permissions, or save the file as UTF-8.',
    },
    messages: { default: '{{message}}' },
  },
};
