import { beforeAll, describe, expect, it } from 'vitest';
import { loadShellParser, maskExpressions, parseShell } from '../../src/parsers/shell/index.js';
import { findAutoApply, hasApply, isPlanCommand } from '../../src/checks/auto-apply.js';
import { isDeployCommand } from '../../src/checks/deploy-commands.js';

beforeAll(async () => {
  await loadShellParser();
});

const hitsOf = (script: string, env?: Record<string, string>) => findAutoApply(parseShell(script).commands, env);
const firstCommand = (script: string) => parseShell(script).commands[0]!;

describe('findAutoApply: positives', () => {
  it.each([
    // [script, tool, action, via, the text the finding points at]
    ['terraform apply -auto-approve', 'terraform', 'apply', 'flag', '-auto-approve'],
    ['terraform apply --auto-approve', 'terraform', 'apply', 'flag', '--auto-approve'],
    ['terraform apply -auto-approve=true', 'terraform', 'apply', 'flag', '-auto-approve=true'],
    ['terraform apply "-auto-approve"', 'terraform', 'apply', 'flag', '"-auto-approve"'],
    ['terraform -chdir=infra apply -input=false -auto-approve', 'terraform', 'apply', 'flag', '-auto-approve'],
    ['terraform apply -var-file prod.tfvars -auto-approve', 'terraform', 'apply', 'flag', '-auto-approve'],
    ['terraform apply -var "a=b" -auto-approve', 'terraform', 'apply', 'flag', '-auto-approve'],
    ['terraform apply -auto-approve=$AUTO', 'terraform', 'apply', 'flag', '-auto-approve=$AUTO'],
    ['terraform destroy -auto-approve', 'terraform', 'destroy', 'flag', '-auto-approve'],
    ['tofu apply -auto-approve', 'tofu', 'apply', 'flag', '-auto-approve'],
    ['/usr/local/bin/tofu destroy --auto-approve', 'tofu', 'destroy', 'flag', '--auto-approve'],
    ['terraform apply \\\n  -input=false \\\n  -auto-approve', 'terraform', 'apply', 'flag', '-auto-approve'],
    ['cd infra && terraform init && terraform apply -auto-approve', 'terraform', 'apply', 'flag', '-auto-approve'],
    ['(cd infra; terraform apply -auto-approve) | tee log', 'terraform', 'apply', 'flag', '-auto-approve'],
    ['if [ "$BRANCH" = main ]; then terraform apply -auto-approve; fi', 'terraform', 'apply', 'flag', '-auto-approve'],
    ['sudo -E terraform apply -auto-approve', 'terraform', 'apply', 'flag', '-auto-approve'],
    ["sh -c 'terraform apply -auto-approve'", 'terraform', 'apply', 'flag', '-auto-approve'],
    ['TF_CLI_ARGS_apply=-auto-approve terraform apply', 'terraform', 'apply', 'env-prefix', 'TF_CLI_ARGS_apply=-auto-approve'],
    ['TF_CLI_ARGS="-input=false -auto-approve" terraform apply', 'terraform', 'apply', 'env-prefix', 'TF_CLI_ARGS="-input=false -auto-approve"'],
    ['TF_CLI_ARGS_destroy=-auto-approve tofu destroy', 'tofu', 'destroy', 'env-prefix', 'TF_CLI_ARGS_destroy=-auto-approve'],
    ['env TF_CLI_ARGS_apply=-auto-approve terraform apply', 'terraform', 'apply', 'env-prefix', 'TF_CLI_ARGS_apply=-auto-approve'],
    ['terragrunt apply --auto-approve', 'terragrunt', 'apply', 'flag', '--auto-approve'],
    ['terragrunt run-all apply --terragrunt-non-interactive', 'terragrunt', 'run-all apply', 'flag', '--terragrunt-non-interactive'],
    ['terragrunt run --all apply --non-interactive', 'terragrunt', 'run --all apply', 'flag', '--non-interactive'],
    ['terragrunt run --all --non-interactive -- apply', 'terragrunt', 'run --all apply', 'flag', '--non-interactive'],
    ['terragrunt --working-dir live/prod run-all destroy --non-interactive', 'terragrunt', 'run-all destroy', 'flag', '--non-interactive'],
    ['TG_NON_INTERACTIVE=true terragrunt run-all apply', 'terragrunt', 'run-all apply', 'env-prefix', 'TG_NON_INTERACTIVE=true'],
    ['pulumi up --yes', 'pulumi', 'up', 'flag', '--yes'],
    ['pulumi up -y --stack prod', 'pulumi', 'up', 'flag', '-y'],
    ['pulumi update --skip-preview', 'pulumi', 'up', 'flag', '--skip-preview'],
    ['pulumi --cwd infra destroy --yes', 'pulumi', 'destroy', 'flag', '--yes'],
    ['pulumi up --stack prod --yes=true', 'pulumi', 'up', 'flag', '--yes=true'],
    ['PULUMI_SKIP_CONFIRMATIONS=1 pulumi up', 'pulumi', 'up', 'env-prefix', 'PULUMI_SKIP_CONFIRMATIONS=1'],
    ['cdktf deploy --auto-approve', 'cdktf', 'deploy', 'flag', '--auto-approve'],
    ['npx cdktf deploy my-stack --auto-approve', 'cdktf', 'deploy', 'flag', '--auto-approve'],
    ['cdktf destroy --auto-approve', 'cdktf', 'destroy', 'flag', '--auto-approve'],
    ['cat <<EOF\n$(terraform apply -auto-approve)\nEOF', 'terraform', 'apply', 'flag', '-auto-approve'],
  ])('%j', (script, tool, action, via, pointedAt) => {
    const hits = hitsOf(script);
    expect(hits).toHaveLength(1);
    const hit = hits[0]!;
    expect([hit.tool, hit.action, hit.via]).toEqual([tool, action, via]);
    expect(script.slice(hit.offending.start, hit.offending.end)).toBe(pointedAt);
    expect(hit.message).toMatch(/review|approval/);
  });

  it('finds the flag at its exact offset on a later line', () => {
    const script = 'terraform init\nterraform apply \\\n    -auto-approve\n';
    const [hit] = hitsOf(script);
    expect(hit!.offending.start).toBe(script.indexOf('-auto-approve'));
    expect(hit!.command.start).toBe(script.indexOf('terraform apply'));
  });

  it('counts TF_CLI_ARGS from the job environment, pointing at the command', () => {
    const script = 'terraform init && terraform apply';
    const [hit, ...more] = hitsOf(script, { TF_CLI_ARGS_apply: '-auto-approve' });
    expect(more).toEqual([]);
    expect(hit!.via).toBe('env');
    expect(script.slice(hit!.offending.start, hit!.offending.end)).toBe('terraform apply');
    expect(hit!.message).toContain('TF_CLI_ARGS_apply');
    expect(hitsOf('terraform apply', { TF_CLI_ARGS: '-no-color -auto-approve' })).toHaveLength(1);
    expect(hitsOf('pulumi up', { PULUMI_SKIP_CONFIRMATIONS: 'true' })).toHaveLength(1);
  });

  it('follows export and unset in the same script', () => {
    expect(hitsOf('export TF_CLI_ARGS_apply="-auto-approve"\nterraform apply')[0]?.via).toBe('env');
    expect(hitsOf('export TF_CLI_ARGS_apply=-auto-approve; unset TF_CLI_ARGS_apply; terraform apply')).toEqual([]);
    expect(hitsOf('terraform apply', { TF_CLI_ARGS: '-auto-approve' }).length).toBe(1);
    expect(hitsOf('export TF_CLI_ARGS=-no-color; terraform apply', { TF_CLI_ARGS: '-auto-approve' })).toEqual([]);
  });

  it('reports each offending command once, in order', () => {
    const hits = hitsOf('terraform apply -auto-approve\npulumi up --yes -y\ncdktf deploy --auto-approve');
    expect(hits.map((h) => h.tool)).toEqual(['terraform', 'pulumi', 'cdktf']);
  });

  it('works on GitHub scripts once ${{ }} is masked', () => {
    const script = 'terraform -chdir=${{ matrix.dir }} apply -auto-approve -var "v=${{ github.sha }}"';
    const [hit] = findAutoApply(parseShell(maskExpressions(script)).commands);
    expect(script.slice(hit!.offending.start, hit!.offending.end)).toBe('-auto-approve');
  });
});

describe('findAutoApply: negatives', () => {
  it.each([
    'terraform apply',
    'terraform apply tfplan',
    'terraform apply -auto-approve tfplan',
    'terraform apply "plan.out"',
    'terraform apply -input=false -auto-approve -lock-timeout 5m plan.tfplan',
    'tofu apply -input=false $PLAN',
    'tofu apply -auto-approve "${PLAN_FILE}"',
    'terragrunt apply --auto-approve tfplan',
    'terraform plan -auto-approve',
    'terraform plan -out=tfplan && terraform show tfplan',
    'terraform apply -auto-approve=false',
    'terraform apply --auto-approve=0',
    'terraform destroy',
    'echo terraform apply -auto-approve',
    'echo "terraform apply -auto-approve"',
    "printf '%s\\n' 'pulumi up --yes'",
    '# terraform apply -auto-approve',
    'terraform fmt -check # terraform apply -auto-approve',
    "cat <<'EOF' > run.sh\nterraform apply -auto-approve\nEOF",
    'cat <<EOF\npulumi up --yes\nEOF',
    'grep -r "auto-approve" .',
    'terragrunt run-all apply',
    'terragrunt run-all plan --non-interactive',
    'pulumi preview --yes',
    'pulumi up',
    'pulumi up --yes --plan plan.json',
    'pulumi up --yes=false',
    'cdktf deploy',
    'cdktf diff --auto-approve',
    'TF_CLI_ARGS_plan=-auto-approve terraform apply',
    'TF_CLI_ARGS_apply=-no-color terraform apply',
    'TF_CLI_ARGS_apply=$ARGS terraform apply',
    'command -v terraform',
    'terraform-docs apply -auto-approve',
    'my-terraform apply -auto-approve',
  ])('%j', (script) => {
    expect(hitsOf(script)).toEqual([]);
  });

  it('ignores env maps that do not enable auto-approval', () => {
    expect(hitsOf('terraform apply', { TF_CLI_ARGS_plan: '-auto-approve', TF_IN_AUTOMATION: '1' })).toEqual([]);
    expect(hitsOf('pulumi up', { PULUMI_SKIP_CONFIRMATIONS: 'false' })).toEqual([]);
    expect(hitsOf('terraform plan', { TF_CLI_ARGS: '-auto-approve' })).toEqual([]);
  });
});

describe('isPlanCommand / hasApply', () => {
  it.each([
    ['terraform plan -out=tfplan', true, false],
    ['terraform -chdir=infra plan', true, false],
    ['tofu plan', true, false],
    ['terragrunt run-all plan', true, false],
    ['terragrunt run --all plan', true, false],
    ['pulumi preview --diff', true, false],
    ['cdktf diff', true, false],
    ['cdktf plan', true, false],
    ['terraform apply tfplan', false, true],
    ['terraform apply -auto-approve', false, true],
    ['terragrunt run-all apply', false, true],
    ['pulumi up', false, true],
    ['pulumi update', false, true],
    ['cdktf deploy', false, true],
    ['cdktf apply', false, true],
    ['terraform destroy', false, false],
    ['terraform init', false, false],
    ['echo terraform plan', false, false],
  ])('%j → plan %s, apply %s', (script, plan, apply) => {
    const command = firstCommand(script);
    expect(isPlanCommand(command)).toBe(plan);
    expect(hasApply(command)).toBe(apply);
  });
});

describe('isDeployCommand', () => {
  it.each([
    ['kubectl apply -f k8s/', 'kubectl apply'],
    ['kubectl -n prod apply -k overlays/prod', 'kubectl apply'],
    ['kubectl --context prod create deployment x --image y', 'kubectl create'],
    ['kubectl replace -f x.yaml', 'kubectl replace'],
    ['kubectl set image deployment/web web=img:1.2', 'kubectl set image'],
    ['kubectl rollout restart deployment/web', 'kubectl rollout restart'],
    ['kubectl patch deployment web -p "{}"', 'kubectl patch'],
    ['sudo kubectl apply -f x', 'kubectl apply'],
    ['helm upgrade --install web ./chart -n prod', 'helm upgrade'],
    ['helm install web ./chart', 'helm install'],
    ['terraform apply tfplan', 'terraform apply'],
    ['tofu apply -auto-approve', 'tofu apply'],
    ['terraform destroy', 'terraform destroy'],
    ['pulumi up --yes', 'pulumi up'],
    ['cdktf deploy', 'cdktf deploy'],
    ['terragrunt run-all apply', 'terragrunt run-all apply'],
    ['aws ecs update-service --cluster c --service s --force-new-deployment', 'aws ecs update-service'],
    ['aws --region eu-west-1 cloudformation deploy --template-file t.yml --stack-name s', 'aws cloudformation deploy'],
    ['gcloud run deploy web --image gcr.io/p/web', 'gcloud run deploy'],
    ['gcloud --project p beta run deploy web', 'gcloud run deploy'],
    ['gcloud app deploy app.yaml', 'gcloud app deploy'],
    ['az webapp deploy --name x --src-path app.zip', 'az webapp deploy'],
    ['az deployment group create -g rg -f main.bicep', 'az deployment group create'],
    ['flyctl deploy --remote-only', 'flyctl deploy'],
    ['fly deploy', 'fly deploy'],
    ['serverless deploy --stage prod', 'serverless deploy'],
    ['npx sls deploy', 'sls deploy'],
    ['vercel --prod', 'vercel --prod'],
    ['npx vercel deploy --prod --token=$T', 'vercel --prod'],
  ])('%j → %s', (script, what) => {
    expect(isDeployCommand(firstCommand(script))).toEqual({ what });
  });

  it.each([
    'kubectl get pods',
    'kubectl -n prod describe deployment web',
    'kubectl apply --dry-run=client -f x.yaml',
    'kubectl create secret generic x --dry-run=client -o yaml',
    'kubectl rollout status deployment/web',
    'helm template web ./chart',
    'helm lint ./chart',
    'helm upgrade --install web ./chart --dry-run',
    'helm repo add x https://x',
    'terraform plan',
    'terraform init',
    'pulumi preview',
    'cdktf synth',
    'aws ecs describe-services --cluster c',
    'aws s3 ls',
    'gcloud run services list',
    'az webapp list',
    'vercel',
    'vercel env pull --prod',
    'echo kubectl apply -f x',
    'flyctl status',
  ])('%j is not a deploy', (script) => {
    expect(isDeployCommand(firstCommand(script))).toBeUndefined();
  });
});
