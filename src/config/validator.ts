import Ajv from 'ajv';

export interface SchemaError {
  /** The path of the offending key or value in the document. */
  path: (string | number)[];
  message: string;
}

const ajv = new Ajv.default({ allErrors: true, strict: false });
const compiled = new WeakMap<object, ReturnType<typeof ajv.compile>>();

/** A JSON Schema validator whose errors carry the document path (for line numbers). */
export function validator(schema: object): (value: unknown) => SchemaError[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  const check = validate;
  return (value) => {
    if (check(value)) return [];
    const out: SchemaError[] = [];
    const byPath = new Map<string, NonNullable<typeof check.errors>>();
    for (const e of check.errors ?? []) {
      const path = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
      const extra = e.params as { additionalProperty?: string; allowedValues?: unknown[] };
      if (extra.additionalProperty) {
        out.push({ path: [...path, extra.additionalProperty], message: `unknown key '${extra.additionalProperty}'` });
        continue;
      }
      if (!byPath.has(e.instancePath)) byPath.set(e.instancePath, []);
      byPath.get(e.instancePath)!.push(e);
    }
    // oneOf reports one error per branch; say the most useful one per path (allowed values first).
    for (const [instancePath, errors] of byPath) {
      const best = errors.find((e) => e.keyword === 'enum') ?? errors.find((e) => e.keyword !== 'oneOf') ?? errors[0]!;
      const allowed = (best.params as { allowedValues?: unknown[] }).allowedValues;
      const path = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
      out.push({ path, message: `${best.message ?? 'is invalid'}${allowed ? ` (${allowed.join(', ')})` : ''}` });
    }
    return out;
  };
}
