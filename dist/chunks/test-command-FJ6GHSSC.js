import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  ARTIFACT_KINDS
} from "./chunk-A6IK5RFD.js";
import {
  UsageError
} from "./chunk-TFWDBRY5.js";
import {
  finalizeProject,
  lintFile,
  loadCustomRules
} from "./chunk-LLNMWWJM.js";
import "./chunk-4EEFD6ID.js";
import "./chunk-UMTQ6HE6.js";
import {
  findConfig,
  loadConfig
} from "./chunk-IQQW47NU.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// src/cli/test-command.ts
import { existsSync } from "node:fs";
import { join as join2, resolve } from "node:path";

// src/testing/harness.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

// src/testing/expectations.ts
var EXPECT_LINE = /^\s*(?:#|\/\/)\s*expect:\s*(.+?)\s*$/;
function parseExpectations(text) {
  const lines = text.split(/\r?\n/);
  const out = [];
  let pending = [];
  lines.forEach((line, i) => {
    const lineNo = i + 1;
    const match = EXPECT_LINE.exec(line);
    if (!match) {
      for (const p of pending) out.push({ ...p, line: lineNo });
      pending = [];
      return;
    }
    for (const item of match[1].split(/[\s,]+/).filter(Boolean)) {
      const explicit = /^(.+)@(\d+):(\d+)$/.exec(item);
      if (explicit) {
        out.push({ ruleId: explicit[1], line: Number(explicit[2]), column: Number(explicit[3]), declaredAt: lineNo });
        continue;
      }
      const relative2 = /^(.+):(\d+)$/.exec(item);
      if (!relative2) throw new Error(`line ${lineNo}: expectation '${item}' must be <rule-id>:<column> or <rule-id>@<line>:<column>`);
      pending.push({ ruleId: relative2[1], column: Number(relative2[2]), declaredAt: lineNo });
    }
  });
  if (pending.length) throw new Error(`line ${pending[0].declaredAt}: expectation has no line after it`);
  return out;
}
function formatExpectation(e) {
  return `${e.ruleId}@${e.line}:${e.column}`;
}

// src/testing/harness.ts
function fixtureFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/^(bad|good)/.test(name) && !name.endsWith(".md")) out.push(p);
    }
  };
  walk(dir);
  return out;
}
async function runFixture(root, file, options = {}) {
  const rel = relative(root, file).split(sep).join("/");
  const top = rel.split("/")[0];
  const kind = ARTIFACT_KINDS.includes(top) ? top : void 0;
  const bytes = readFileSync(file);
  const text = bytes.toString("utf8");
  const role = /^bad/.test(rel.split("/").pop()) ? "bad" : "good";
  const keep = (ruleId) => !options.onlyRules || options.onlyRules.has(ruleId);
  const expected = role === "bad" ? parseExpectations(text).filter((e) => keep(e.ruleId)).map(formatExpectation).sort() : [];
  const result = await lintFile({ path: rel, bytes, kind }, options.lint);
  const parts = rel.split("/");
  const folderRule = kind && parts.length > 2 ? `${kind}/${parts[1]}` : void 0;
  const all = [...result.findings, ...folderRule ? await finalizeProject([result], options.lint ?? {}, folderRule) : []];
  const findings = all.filter((f) => !f.suppression && keep(f.ruleId));
  const actual = findings.map((f) => formatExpectation({ ruleId: f.ruleId, line: f.range.start.line, column: f.range.start.column })).sort();
  return { path: rel, role, expected, actual, findings };
}

// src/cli/test-command.ts
async function testPolicies(dir, write) {
  const root = resolve(dir);
  const configPath = findConfig(root);
  if (!configPath) throw new UsageError(`no .infralint.yaml in ${root} or above: nothing defines the policies to test`);
  const config = await loadConfig(configPath);
  const rules = await loadCustomRules(config, true);
  if (rules.length === 0) throw new UsageError(`${configPath} defines no policies or plugins to test`);
  const fixturesRoot = join2(root, "fixtures");
  if (!existsSync(fixturesRoot)) throw new UsageError(`no fixtures folder at ${fixturesRoot}`);
  const onlyRules = new Set(rules.map((r) => r.meta.id));
  let failed = 0;
  const files = fixtureFiles(fixturesRoot);
  for (const file of files) {
    const outcome = await runFixture(fixturesRoot, file, { lint: { config, allowPlugins: true }, onlyRules });
    const ok = outcome.expected.join() === outcome.actual.join() && (outcome.role === "good" || outcome.expected.length > 0);
    if (ok) {
      write(`\u2714 ${outcome.path}
`);
      continue;
    }
    failed++;
    write(`\u2716 ${outcome.path}
    expected: ${outcome.expected.join(", ") || "(nothing)"}
    actual:   ${outcome.actual.join(", ") || "(nothing)"}
`);
  }
  const untested = [...onlyRules].filter((id) => !files.some((f) => f.includes(`${id.split("/").pop()}`)));
  for (const id of untested) write(`! ${id} has no fixture
`);
  write(`${files.length - failed} passed, ${failed} failed (${rules.length} rules: ${[...onlyRules].join(", ")})
`);
  return failed > 0 ? 1 : 0;
}
export {
  testPolicies
};
