/**
 * Values that stand for a secret without being one: references to where the real value lives
 * (variables, template expressions, secret managers) and the placeholders people write in
 * examples. Checked before anything is reported, so false positives stay low.
 */

/** Interpolation syntaxes: if any part of the value is interpolated, it is not a fixed literal. */
const INTERPOLATION = [
  /\$\{/, // ${VAR}, ${{ secrets.X }}, HCL "${var.x}"
  /\$\(/, // $(command)
  /\{\{/, // {{ .Values.x }}, Jinja, Go templates
  /%\{/, // HCL template directives
  /#\{[^}]*\}/, // Ruby / Octopus #{Var}
  /\(\([\w.-]+\)\)/, // Concourse ((var))
  /\$[A-Z_][A-Z0-9_]+\b/, // $UPPER_CASE shell/env variable inside a string
];

/** Shapes that, as the whole value, name a value kept elsewhere. */
const WHOLE_VALUE_REFERENCES = [
  /^\$[A-Za-z_]\w*$/, // $var
  /^%[A-Za-z_]\w*%$/, // %VAR% (Windows)
  /^__[A-Za-z0-9_]+__$/, // __TOKEN__ (replace-tokens tasks)
  /^@@?[A-Za-z0-9_]+@@?$/,
  /^[a-z_][a-z0-9_-]*(?:\.[\w-]+|\[[^\]]*\])+$/, // expressions: var.x, each.value.secret, random_password.db.result
  /^[a-z_][\w.]*\(/, // function calls: try(x.password, null), lookup(…)
  /^arn:aws[\w-]*:/, // AWS ARNs (secretsmanager, ssm, kms)
  /^projects\/[^/]+\/secrets\//, // GCP Secret Manager resource names
  /^(?:vault|ref\+\w+|awssm|gcpsm|azkv|sops|ssm|secretsmanager|keyvault):/i,
  /^ENC\[/, // SOPS encrypted value
  /^!(?:Ref|Sub|GetAtt|ImportValue|FindInMap)\b/, // CloudFormation
  /^%\(\w+\)s$|^%[sdv]$/, // printf-style slots
];

/** Whole values that people write instead of a secret (compared in lower case). */
const PLACEHOLDER_WORDS = new Set([
  'changeme', 'change-me', 'change_me', 'changeit', 'change-it', 'password', 'passwd', 'pass', 'pwd',
  'secret', 'secrets', 'token', 'apikey', 'api-key', 'api_key', 'key', 'example', 'dummy', 'test',
  'testing', 'sample', 'fake', 'foo', 'bar', 'baz', 'foobar', 'none', 'null', 'nil', 'undefined',
  'true', 'false', 'yes', 'no', 'on', 'off', 'todo', 'tbd', 'fixme', 'replace_me', 'replace-me',
  'replaceme', 'redacted', 'hidden', 'masked', 'placeholder', 'empty', 'blank', 'unset', 'notset',
  'not-set', 'default', 'required', 'optional', 'string', 'value', 'mysecret', 'my-secret',
  'mypassword', 'my-password', 'secretkey', 'secret-key', 'secret_key',
]);

/** Substrings that mark a documentation value wherever they appear (compared in lower case). */
const PLACEHOLDER_MARKERS = [
  'example', 'placeholder', 'dummy', 'sample', 'your_', 'your-', 'changeme', 'change_me',
  'change-me', 'replace_me', 'replace-me', 'replaceme', 'redacted', 'xxxxx', '***', '…', '...',
];

/** True for references (`${VAR}`, `var.x`, `${{ secrets.X }}`, …) and obvious placeholders. */
export function isReferenceOrPlaceholder(value: string): boolean {
  const trimmed = stripQuotes(value.trim());
  if (trimmed === '') return true;
  if (INTERPOLATION.some((pattern) => pattern.test(trimmed))) return true;
  if (WHOLE_VALUE_REFERENCES.some((pattern) => pattern.test(trimmed))) return true;
  return isPlaceholder(trimmed);
}

function isPlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  if (PLACEHOLDER_WORDS.has(lower)) return true;
  if (PLACEHOLDER_MARKERS.some((marker) => lower.includes(marker))) return true;
  if (/^your/.test(lower)) return true; // yourToken, yourStrong(!)Password
  if (/^\[[a-z _-]+\]$/.test(lower)) return true; // [PASSWORD]
  if (/<[\w .:-]+>/.test(lower)) return true; // <your-token>, Bearer <TOKEN>
  return looksFilledIn(value);
}

/** Fillers: one repeated character or a long run of one, very few distinct characters, or a run like abcdef / 123456. */
function looksFilledIn(value: string): boolean {
  if (value.length < 6) return false;
  if (/^[xX*#.•0_-]+$/.test(value)) return true;
  if (/(.)\1{7}/.test(value)) return true; // ghp_aaaaaaaa…: random tokens never repeat like that
  if (new Set(value).size <= 3) return true;
  let steps = 0;
  for (let i = 1; i < value.length; i++) {
    if (value.charCodeAt(i) - value.charCodeAt(i - 1) === 1) steps++;
  }
  return steps / (value.length - 1) >= 0.6;
}

export function stripQuotes(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0]) {
    return value.slice(1, -1);
  }
  return value;
}
