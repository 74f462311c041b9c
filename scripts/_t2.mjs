const { loadShellParser } = await import('../build/src/parsers/shell/index.js');
await loadShellParser();
const { ruleLoaders } = await import('../build/rules/index.js');
const names = ['action-on-branch','apply-without-plan','deploy-without-environment','hardcoded-secret','missing-permissions','no-auto-apply','no-latest-image','script-injection','secret-printed','unpinned-action','untrusted-checkout'];
for (const n of names) { const t = performance.now(); await import(`../build/rules/github-actions/${n}.js`); console.log(n, (performance.now() - t).toFixed(0)); }
