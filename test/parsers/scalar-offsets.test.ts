import { describe, expect, it } from 'vitest';
import { isScalar, parseDocument, visit, type Scalar } from 'yaml';
import { scalarText } from '../../src/parsers/yaml/scalar-offsets.js';

/** Every scalar value of a document, mapped. */
function scalars(text: string): { node: Scalar; mapped: ReturnType<typeof scalarText> }[] {
  const doc = parseDocument(text);
  expect(doc.errors).toEqual([]);
  const found: { node: Scalar; mapped: ReturnType<typeof scalarText> }[] = [];
  visit(doc, {
    Pair: (_k, pair) => {
      if (isScalar(pair.value)) found.push({ node: pair.value, mapped: scalarText(text, pair.value) });
    },
  });
  return found;
}

/** Every non-blank character of the value must come from the same character in the file (or its escape). */
function expectExactMapping(text: string, mapped: ReturnType<typeof scalarText>): void {
  expect(mapped.exact).toBe(true);
  for (let i = 0; i < mapped.value.length; i++) {
    const c = mapped.value[i]!;
    if (/\s/.test(c)) continue;
    const source = text[mapped.toFile(i)];
    // An escaped character maps to its backslash.
    expect(source === c || source === '\\', `value[${i}] = ${JSON.stringify(c)} from ${JSON.stringify(source)}`).toBe(true);
  }
}

const value = (text: string, key: string) => scalars(text).find((s) => s.node.range![0] === text.indexOf(`${key}:`) + key.length + 2)!;

describe('scalarText', () => {
  it('maps block literals with indentation stripped, blank lines and chomping', () => {
    for (const header of ['|', '|-', '|+']) {
      const text = `run: ${header}\n  terraform init \\\n    -input=false\n\n  terraform apply -auto-approve\n\nnext: x\n`;
      const { mapped } = value(text, 'run');
      expectExactMapping(text, mapped);
      const at = mapped.value.indexOf('-auto-approve');
      expect(mapped.toFile(at)).toBe(text.indexOf('-auto-approve'));
      expect(mapped.spanToFile(at, at + 13)).toEqual([text.indexOf('-auto-approve'), text.indexOf('-auto-approve') + 13]);
    }
  });

  it('maps folded block scalars line by line', () => {
    const text = `jobs:\n  run: >\n    terraform apply\n    -auto-approve\n\n    echo done\n      indented\n    end\n`;
    const mapped = scalars(text).find((s) => s.node.type === 'BLOCK_FOLDED')!.mapped;
    expect(mapped.value).toBe('terraform apply -auto-approve\necho done\n  indented\nend\n');
    expectExactMapping(text, mapped);
    expect(mapped.toFile(mapped.value.indexOf('-auto'))).toBe(text.indexOf('-auto'));
    // The folded space stands for the line break it replaced.
    expect(text[mapped.toFile(mapped.value.indexOf(' -auto'))]).toBe('\n');
  });

  it('maps plain, single- and double-quoted scalars, multi-line and escaped', () => {
    const text = [
      'a: terraform apply -auto-approve',
      'b: terraform apply',
      '  -auto-approve',
      "c: 'it''s ${{ x }}'",
      'd: "say \\"hi\\"\\t and \\u00e9 \\',
      '   then -auto-approve"',
      'e: "one',
      '',
      '   two"',
      "f: 'multi",
      "   line'",
      '',
    ].join('\n');
    for (const { mapped } of scalars(text)) expectExactMapping(text, mapped);
    const d = value(text, 'd').mapped;
    expect(d.value).toBe('say "hi"\t and é then -auto-approve');
    expect(d.toFile(d.value.indexOf('-auto'))).toBe(text.indexOf('-auto-approve"'));
    expect(value(text, 'e').mapped.value).toBe('one\ntwo');
    expect(value(text, 'b').mapped.toFile(value(text, 'b').mapped.value.indexOf('-auto'))).toBe(text.indexOf('  -auto') + 2);
  });

  it('falls back to the scalar start when the value cannot be rebuilt (explicit indentation indicator)', () => {
    const text = 'run: |2\n    indented more\n  x\n';
    const { mapped, node } = value(text, 'run');
    expect(mapped.exact).toBe(false);
    expect(mapped.toFile(5)).toBe(node.range![0]);
  });

  it('handles CRLF line ends', () => {
    const text = 'run: |\r\n  echo one\r\n  terraform apply -auto-approve\r\n';
    const { mapped } = value(text, 'run');
    expectExactMapping(text, mapped);
    expect(mapped.toFile(mapped.value.indexOf('-auto'))).toBe(text.indexOf('-auto'));
  });
});
