import { beforeAll, describe, expect, it } from 'vitest';
import {
  effectiveCommand,
  loadShellParser,
  maskExpressions,
  parseShell,
  type ShellCommand,
  type ShellWord,
} from '../../src/parsers/shell/index.js';

beforeAll(async () => {
  await loadShellParser();
});

/** Command names and their argument values, the shape most assertions care about. */
function summary(script: string): string[][] {
  return parseShell(script).commands.map((c) => [c.name.text, ...c.args.map((a) => a.value ?? `<${a.text}>`)]);
}

/** The word must cover exactly `text` in the script. */
function expectSpan(script: string, word: { start: number; end: number }, text: string): void {
  expect(script.slice(word.start, word.end)).toBe(text);
}

function only(script: string): ShellCommand {
  const { commands, error } = parseShell(script);
  expect(error).toBeUndefined();
  expect(commands).toHaveLength(1);
  return commands[0]!;
}

describe('loadShellParser', () => {
  it('can be called again and again', async () => {
    await loadShellParser();
    await Promise.all([loadShellParser(), loadShellParser()]);
    expect(parseShell('true').commands).toHaveLength(1);
  });
});

describe('parseShell: words and offsets', () => {
  it('gives exact offsets of the name and each argument', () => {
    const script = '  terraform -chdir=infra apply -auto-approve';
    const cmd = only(script);
    expect(cmd.name).toEqual({ text: 'terraform', value: 'terraform', start: 2, end: 11 });
    expect(cmd.args.map((a) => [a.value, a.start, a.end])).toEqual([
      ['-chdir=infra', 12, 24],
      ['apply', 25, 30],
      ['-auto-approve', 31, 44],
    ]);
    expect([cmd.start, cmd.end]).toEqual([2, 44]);
  });

  it('unquotes literal words and keeps the quotes in text', () => {
    const script = `terraform apply "-auto-approve" '-input=false' a\\ b $'x\\ty' pre"mid"'post'`;
    const args = only(script).args;
    expect(args.map((a) => a.value)).toEqual(['apply', '-auto-approve', '-input=false', 'a b', 'x\ty', 'premidpost']);
    expectSpan(script, args[1]!, '"-auto-approve"');
    expect(args[1]!.text).toBe('"-auto-approve"');
  });

  it('has no value for words with expansions', () => {
    const args = parseShell('tofu apply -input=false $PLAN "${DIR}/x" "$(cat f)" pre$X `date`').commands[0]!.args;
    expect(args.map((a) => a.value)).toEqual(['apply', '-input=false', undefined, undefined, undefined, undefined, undefined]);
    expect(args[2]!.text).toBe('$PLAN');
  });

  it('keeps backslash escapes inside double quotes right', () => {
    expect(only('echo "a\\"b" "c\\d" "\\$HOME"').args.map((a) => a.value)).toEqual(['a"b', 'c\\d', '$HOME']);
  });

  it('counts offsets in UTF-16 code units, like the rest of infralint', () => {
    const script = 'echo "héllo 🚀"; terraform apply';
    const cmd = parseShell(script).commands[1]!;
    expectSpan(script, cmd.name, 'terraform');
  });

  it('leaves redirections out of the arguments', () => {
    expect(summary('terraform apply -no-color > out.log 2>&1 < /dev/null')).toEqual([['terraform', 'apply', '-no-color']]);
  });

  it('handles CRLF line ends', () => {
    expect(summary('terraform init\r\nterraform apply\r\n')).toEqual([['terraform', 'init'], ['terraform', 'apply']]);
  });
});

describe('parseShell: finds commands in every construct', () => {
  it('across line continuations', () => {
    const script = 'terraform apply \\\n  -input=false \\\n  -auto-approve';
    const cmd = only(script);
    expect(cmd.args.map((a) => a.value)).toEqual(['apply', '-input=false', '-auto-approve']);
    expectSpan(script, cmd.args[2]!, '-auto-approve');
    expect(script.slice(cmd.start, cmd.end)).toBe(script);
  });

  it('in && || ; and pipes', () => {
    expect(summary('cd infra && terraform init || exit 1; terraform plan | tee plan.txt')).toEqual([
      ['cd', 'infra'],
      ['terraform', 'init'],
      ['exit', '1'],
      ['terraform', 'plan'],
      ['tee', 'plan.txt'],
    ]);
  });

  it('in subshells, groups and negations', () => {
    expect(summary('(cd a && make) ; { echo x; pulumi up; } ; ! grep -q y f')).toEqual([
      ['cd', 'a'], ['make'], ['echo', 'x'], ['pulumi', 'up'], ['grep', '-q', 'y', 'f'],
    ]);
  });

  it('in if / for / while / case bodies and functions', () => {
    const script = [
      'if [ "$ENV" = prod ]; then terraform apply; elif true; then a; else b; fi',
      'for d in a b; do (cd "$d" && tofu apply); done',
      'while read -r l; do c "$l"; done < list',
      'case "$X" in prod) helm upgrade x ./c ;; *) d ;; esac',
      'deploy() { kubectl apply -f k8s/; }',
    ].join('\n');
    expect(summary(script).map((c) => c[0])).toEqual([
      'terraform', 'true', 'a', 'b', 'cd', 'tofu', 'read', 'c', 'helm', 'd', 'kubectl',
    ]);
  });

  it('in $( ), backquotes, and substitutions inside strings', () => {
    expect(summary('echo "id: $(kubectl get pod -o name)" `date`; X=$(pulumi stack output url)')).toEqual([
      ['echo', '<"id: $(kubectl get pod -o name)">', '<`date`>'],
      ['kubectl', 'get', 'pod', '-o', 'name'],
      ['date'],
      ['pulumi', 'stack', 'output', 'url'],
    ]);
  });

  it('in sh -c / bash -c strings, with offsets into the outer script', () => {
    const script = `sh -c 'cd infra && terraform apply -auto-approve'; bash -ec "pulumi up --yes"`;
    const { commands } = parseShell(script);
    expect(commands.map((c) => c.name.value)).toEqual(['sh', 'cd', 'terraform', 'bash', 'pulumi']);
    expectSpan(script, commands[2]!.args[1]!, '-auto-approve');
    expectSpan(script, commands[4]!.args[1]!, '--yes');
  });

  it('does not treat arguments, comments or heredoc text as commands', () => {
    const script = [
      'echo terraform apply -auto-approve',
      '# terraform apply -auto-approve',
      "cat <<'EOF' > README",
      'terraform apply -auto-approve',
      'EOF',
      'cat <<EOF',
      'pulumi up --yes',
      'EOF',
      'printf "%s" "terraform apply -auto-approve" # trailing comment',
    ].join('\n');
    expect(summary(script).map((c) => c[0])).toEqual(['echo', 'cat', 'cat', 'printf']);
  });

  it('runs $( ) inside an unquoted heredoc, as the shell does', () => {
    expect(summary('cat <<EOF\nresult: $(terraform output -raw ip)\nEOF').map((c) => c[0])).toEqual(['cat', 'terraform']);
  });
});

describe('parseShell: prefix assignments', () => {
  it('become assignments with their own spans', () => {
    const script = 'TF_CLI_ARGS_apply=-auto-approve TF_IN_AUTOMATION= terraform apply';
    const cmd = only(script);
    expect(cmd.name.value).toBe('terraform');
    expect(cmd.assignments.map((a) => [a.name, a.value.value])).toEqual([
      ['TF_CLI_ARGS_apply', '-auto-approve'],
      ['TF_IN_AUTOMATION', ''],
    ]);
    expectSpan(script, cmd.assignments[0]!, 'TF_CLI_ARGS_apply=-auto-approve');
    expectSpan(script, cmd.assignments[0]!.value, '-auto-approve');
    expect(cmd.start).toBe(0);
  });

  it('unquote their values', () => {
    const cmd = only(`TF_CLI_ARGS="-input=false -auto-approve" terraform apply`);
    expect(cmd.assignments[0]!.value.value).toBe('-input=false -auto-approve');
  });

  it('alone are not commands; export / declare / unset are, with NAME=value arguments', () => {
    expect(summary('A=1\nexport B=2 C="x y" D=$E\ndeclare -x F=1; unset G')).toEqual([
      ['export', 'B=2', 'C=x y', '<D=$E>'],
      ['declare', '-x', 'F=1'],
      ['unset', 'G'],
    ]);
  });
});

describe('effectiveCommand', () => {
  const run = (script: string): [string | undefined, string[], string[]] => {
    const cmd = effectiveCommand(parseShell(script).commands[0]!);
    return [cmd.name.value, cmd.args.map((a) => a.value ?? a.text), cmd.assignments.map((a) => `${a.name}=${a.value.value}`)];
  };

  it('skips sudo, env, time, exec, command and their options', () => {
    expect(run('sudo -E -u deploy kubectl apply -f x')).toEqual(['kubectl', ['apply', '-f', 'x'], []]);
    expect(run('env -i PATH=/bin TF_CLI_ARGS=-auto-approve terraform apply')).toEqual([
      'terraform', ['apply'], ['PATH=/bin', 'TF_CLI_ARGS=-auto-approve'],
    ]);
    expect(run('time terraform plan')).toEqual(['terraform', ['plan'], []]);
    expect(run('exec -a x command terraform apply')).toEqual(['terraform', ['apply'], []]);
    expect(run('/usr/bin/sudo -- env A=1 nohup timeout 10m tofu apply')).toEqual(['tofu', ['apply'], ['A=1']]);
  });

  it('keeps prefix assignments and gives env values their own span', () => {
    const script = 'X=1 env TF_CLI_ARGS_apply=-auto-approve terraform apply';
    const cmd = effectiveCommand(parseShell(script).commands[0]!);
    expect(cmd.assignments.map((a) => a.name)).toEqual(['X', 'TF_CLI_ARGS_apply']);
    expectSpan(script, cmd.assignments[1]!.value, '-auto-approve');
    expectSpan(script, cmd.assignments[1]!, 'TF_CLI_ARGS_apply=-auto-approve');
  });

  it('returns the wrapper itself when it runs nothing', () => {
    expect(run('command -v terraform')[0]).toBe('command');
    expect(run('sudo -l')[0]).toBe('sudo');
    expect(run('env')[0]).toBe('env');
    expect(run('terraform apply')[0]).toBe('terraform');
  });
});

describe('maskExpressions', () => {
  it('keeps the length and every offset', () => {
    const script = 'terraform apply -var "token=${{ secrets.TOKEN }}" ${{ inputs.flags }} && echo ok';
    const masked = maskExpressions(script);
    expect(masked).toHaveLength(script.length);
    expect(masked).not.toContain('{{');
    const { commands, error } = parseShell(masked);
    expect(error).toBeUndefined();
    const args: ShellWord[] = commands[0]!.args;
    expectSpan(script, args[2]!, '"token=${{ secrets.TOKEN }}"');
    expectSpan(script, args[3]!, '${{ inputs.flags }}');
    expect(args[3]!.value).toBeUndefined(); // only known when the workflow runs
    expectSpan(script, commands[1]!.name, 'echo');
  });

  it('handles }} inside expression strings, several lines, and text without expressions', () => {
    const script = "echo ${{ format('{0}}}', github.ref) }} ${{\n  github.sha\n}} done";
    const masked = maskExpressions(script);
    expect(masked).toHaveLength(script.length);
    expect(parseShell(masked).commands[0]!.args.map((a) => a.value)).toEqual([undefined, undefined, 'done']);
    expect(maskExpressions('plain $HOME')).toBe('plain $HOME');
  });

  it('is needed: unmasked expressions are a syntax error', () => {
    expect(parseShell('echo ${{ secrets.X }}').error).toBeDefined();
  });
});

describe('parseShell: bad scripts', () => {
  it.each([
    ['if true; then echo', 'if true'],
    ['while true; do echo', ''],
    ['echo "unterminated', ''],
    ['a && && b', ''],
    ['for x in; do', ''],
    ['echo $(', ''],
    [')', ''],
  ])('%j gives an error with an offset, without throwing', (script, messagePart) => {
    const result = parseShell(script);
    expect(result.error).toBeDefined();
    expect(result.error!.offset).toBeGreaterThanOrEqual(0);
    expect(result.error!.offset).toBeLessThanOrEqual(script.length);
    expect(result.error!.message).toContain(messagePart);
  });

  it('points at the error and keeps the commands it could recover', () => {
    const script = 'terraform init\nterraform apply -auto-approve\nthen )\necho done';
    const result = parseShell(script);
    expect(result.error?.offset).toBe(script.indexOf(')'));
    expect(result.commands.map((c) => c.name.value)).toEqual(expect.arrayContaining(['terraform', 'echo']));
    expect(result.commands.find((c) => c.args.some((a) => a.value === '-auto-approve'))).toBeDefined();
  });

  it('survives empty, huge and binary-looking input', () => {
    expect(parseShell('')).toEqual({ commands: [] });
    expect(parseShell('echo a\n'.repeat(20000)).commands).toHaveLength(20000);
    expect(() => parseShell('\u0000\u0001((((((((((((\uffff')).not.toThrow();
  });
});
