import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/core/source.js';
import { detectYamlKind } from '../../src/parsers/detect.js';
import { contextPaths, findExpressions } from '../../src/parsers/github-actions/expressions.js';
import { parseGithubActions } from '../../src/parsers/github-actions/parse.js';
import type { GithubActionsView } from '../../src/parsers/github-actions/view.js';
import { parseGitlabCi } from '../../src/parsers/gitlab-ci/parse.js';
import type { GitlabCiView } from '../../src/parsers/gitlab-ci/view.js';

describe('CI file detection', () => {
  it('takes included GitLab CI files by name, or by folder and job structure', () => {
    expect(detectYamlKind('templates/deploy.gitlab-ci.yml', [['deploy']])).toBe('gitlab-ci');
    expect(detectYamlKind('ci/deploy.yml', [['apply']], [['stage', 'script']])).toBe('gitlab-ci');
    expect(detectYamlKind('.gitlab/ci/jobs.yaml', [['.tmpl']], [['extends']])).toBe('gitlab-ci');
    expect(detectYamlKind('ci/values.yml', [['replicas']], [['cpu']])).toBeUndefined();
    // A Kubernetes manifest under ci/ stays Kubernetes even with a `script` key in its data.
    expect(detectYamlKind('ci/cm.yml', [['apiVersion', 'kind', 'data']], [['script']])).toBe('kubernetes');
  });
});

describe('GitHub Actions view', () => {
  const workflow = [
    'on: [push, pull_request_target]',
    'env: { A: "1" }',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    needs: [lint]',
    '    steps:',
    "      - uses: 'actions/checkout@v4'",
    '      - uses: github/codeql-action/init@b4ffde65f46336ab88eb53be808477a3936bae11',
    '      - uses: ./local',
    '      - uses: docker://alpine:3.19',
    '      - run: terraform apply -auto-approve',
    '  call:',
    '    uses: org/repo/.github/workflows/x.yml@main',
    '',
  ].join('\n');

  it('reads jobs, triggers, needs and uses refs with the ref position', async () => {
    const file = new SourceFile('.github/workflows/x.yml', workflow);
    const { view } = (await parseGithubActions(file)) as { view: GithubActionsView };
    expect(view.triggers.map((t) => t.event)).toEqual(['push', 'pull_request_target']);
    const [build, call] = view.jobs;
    expect(build!.needs).toEqual(['lint']);
    const uses = build!.steps.map((s) => s.uses);
    expect(uses[0]).toMatchObject({ kind: 'repository', owner: 'actions', repo: 'checkout', ref: 'v4' });
    expect(uses[0]!.refRange!.start).toMatchObject({ line: 8, column: 33 });
    expect(uses[1]).toMatchObject({ owner: 'github', repo: 'codeql-action', path: 'init' });
    expect(uses[2]!.kind).toBe('local');
    expect(uses[3]).toMatchObject({ kind: 'docker', image: 'alpine:3.19' });
    expect(call!.uses).toMatchObject({ path: '.github/workflows/x.yml', ref: 'main' });
    // The run script was parsed, and its words point into the file.
    const command = build!.steps[4]!.run!.commands![0]!;
    expect(file.text.slice(command.args[1]!.start, command.args[1]!.end)).toBe('-auto-approve');
  });

  it('reads composite action metadata as one job of steps', async () => {
    const text = 'name: x\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      run: terraform apply -auto-approve\n';
    const { view } = (await parseGithubActions(new SourceFile('action.yml', text))) as { view: GithubActionsView };
    expect(view.type).toBe('action');
    expect(view.jobs[0]!.steps[0]!.run!.commands).toHaveLength(1);
  });

  it('does not parse PowerShell steps as shell', async () => {
    const text = 'on: push\njobs:\n  w:\n    runs-on: windows-latest\n    steps:\n      - run: terraform apply -auto-approve\n';
    const parsed = await parseGithubActions(new SourceFile('.github/workflows/w.yml', text));
    expect((parsed.view as GithubActionsView).jobs[0]!.steps[0]!.run!.commands).toBeUndefined();
  });

  it('reports a script that does not parse as infralint/unparsed-script', async () => {
    const text = 'on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          terraform apply (\n';
    const { errors } = await parseGithubActions(new SourceFile('.github/workflows/w.yml', text));
    expect(errors.map((e) => e.ruleId)).toEqual(['infralint/unparsed-script']);
    expect(errors[0]!.range.start.line).toBe(7);
  });
});

describe('GitHub expressions', () => {
  it('finds expressions and the context paths they read, outside string literals', () => {
    const text = "echo ${{ toJSON(github.event.commits[0].message) }} ${{ 'github.head_ref' }} ${{ github.event['issue'].title }}";
    const expressions = findExpressions(text);
    expect(expressions).toHaveLength(3);
    expect(expressions.map((e) => contextPaths(e.body).map((p) => p.path))).toEqual([
      ['github.event.commits.*.message'],
      [],
      ['github.event.issue.title'],
    ]);
  });
});

describe('GitLab CI view', () => {
  it('resolves extends (in order, variables merged) and default, and honours inherit', async () => {
    const text = [
      'variables: { G: "1" }',
      'default:',
      '  image: node:20',
      '  before_script: [echo default]',
      '.a:',
      '  image: alpine:3.19',
      '  variables: { A: a, B: a }',
      '.b:',
      '  extends: .a',
      '  variables: { B: b }',
      '  script: [make]',
      'job:',
      '  extends: [.b]',
      '  environment: production',
      'no-default:',
      '  inherit: { default: false }',
      '  script: make',
      'remote:',
      '  extends: .elsewhere',
      '  script: make',
      '',
    ].join('\n');
    const { view } = (await parseGitlabCi(new SourceFile('.gitlab-ci.yml', text))) as { view: GitlabCiView };
    const job = view.jobs.find((j) => j.name === 'job')!;
    expect(job.effective.image!.image.value).toBe('alpine:3.19');
    expect(job.effective.image!.writtenIn).toBe('.a');
    expect([...job.effective.variables!].map(([k, v]) => `${k}=${v.value!.value}`)).toEqual(['A=a', 'B=b']);
    expect(job.effective.before_script!.map((s) => s.text.value)).toEqual(['echo default']);
    expect(job.effective.environment!.name).toBe('production');
    expect(view.jobs.find((j) => j.name === 'no-default')!.effective.image).toBeUndefined();
    expect(view.jobs.find((j) => j.name === 'remote')!.complete).toBe(false);
    expect(view.jobs.find((j) => j.name === '.a')!.extended).toBe(true);
  });
});
