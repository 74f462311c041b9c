/** JSON Schema of `.infralint.yaml`. Errors are reported with the key's line (see load.ts). */
const LEVEL = { enum: ['off', 'error', 'warning', 'note'] };

const RULE_SETTING = {
  oneOf: [
    LEVEL,
    {
      type: 'object',
      additionalProperties: false,
      properties: { level: LEVEL, options: { type: 'object' } },
    },
  ],
};

const RULES = { type: 'object', additionalProperties: RULE_SETTING };

const CONDITION = {
  type: 'object',
  additionalProperties: false,
  required: ['path'],
  properties: {
    path: { type: 'string', minLength: 1 },
    exists: { type: 'boolean' },
    absent: { type: 'boolean' },
    equals: {},
    notEquals: {},
    matches: { type: 'string' },
    notMatches: { type: 'string' },
    oneOf: { type: 'array' },
    greaterThan: { type: 'number' },
    lessThan: { type: 'number' },
    atLeast: { type: 'number' },
    atMost: { type: 'number' },
  },
};

export const POLICY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'artifact', 'message', 'assert'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9-]+/[a-z0-9-]+$' },
    artifact: { enum: ['kubernetes', 'compose', 'terraform', 'github-actions', 'gitlab-ci', 'helm'] },
    level: { enum: ['error', 'warning', 'note'] },
    policy: { type: 'string' },
    securitySeverity: { type: 'number', minimum: 0.1, maximum: 10 },
    message: { type: 'string', minLength: 1 },
    summary: { type: 'string' },
    rationale: { type: 'string' },
    remediation: { type: 'string' },
    match: {
      type: 'object',
      additionalProperties: false,
      properties: {
        kinds: { type: 'array', items: { type: 'string' } },
        blockTypes: { type: 'array', items: { type: 'string' } },
        resourceTypes: { type: 'array', items: { type: 'string' } },
        paths: { type: 'array', items: { type: 'string' } },
        where: { type: 'array', items: CONDITION },
      },
    },
    assert: { type: 'array', minItems: 1, items: CONDITION },
  },
};

export const CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    extends: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    rules: RULES,
    ignore: { type: 'array', items: { type: 'string' } },
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files', 'rules'],
        properties: { files: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] }, rules: RULES },
      },
    },
    policies: { type: 'array', items: { oneOf: [{ type: 'string' }, POLICY_SCHEMA] } },
    plugins: { type: 'array', items: { type: 'string' } },
  },
};
