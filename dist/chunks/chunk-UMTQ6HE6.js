import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/engine/suppress.ts
var DIRECTIVE = /infralint-ignore(-file)?(?:\s+(.*?))?\s*(?:\*\/)?\s*$/;
function parseDirectives(file, comments) {
  const out = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.text);
    if (!m) continue;
    const line = c.trailing ? file.positionAt(c.offset).line : nextCodeLine(file, file.positionAt(c.offset).line);
    out.push(directiveFrom(m[2] ?? "", { wholeFile: !!m[1], line, offset: c.offset, length: c.text.length }));
  }
  return out;
}
function directiveFrom(body, where) {
  const [head, reason] = splitReason(body);
  const words = head.split(/\s+/).filter(Boolean);
  const until = words.find((w) => w.startsWith("until="))?.slice("until=".length);
  const ids = words.filter((w) => !w.startsWith("until=")).join(",").split(",").map((s) => s.trim()).filter(Boolean);
  const directive = { ruleIds: ids, reason: reason || void 0, until, ...where };
  if (ids.length === 0) directive.invalid = "names no rule id (write `infralint-ignore <rule-id> -- <reason>`)";
  else if (until !== void 0 && !/^\d{4}-\d{2}-\d{2}$/.test(until)) directive.invalid = `until=${until} is not a date (YYYY-MM-DD)`;
  return directive;
}
function splitReason(text) {
  const i = text.indexOf("--");
  return i < 0 ? [text, ""] : [text.slice(0, i).trim(), text.slice(i + 2).trim()];
}
function nextCodeLine(file, line) {
  for (let l = line + 1; l <= file.lineCount; l++) {
    const t = file.lineText(l).trim();
    if (t !== "" && !t.startsWith("#") && !t.startsWith("//")) return l;
  }
  return line + 1;
}
function applyDirectives(findings, directives, today, knownRuleIds) {
  const problems = [];
  for (const d of directives) {
    if (d.invalid) {
      problems.push({ ruleId: "infralint/invalid-suppression", message: `suppression ${d.invalid}`, directive: d });
      continue;
    }
    if (d.until && d.until < today) {
      problems.push({ ruleId: "infralint/expired-suppression", message: `suppression of ${d.ruleIds.join(", ")} expired on ${d.until}: fix the findings or renew it with a new date and reason`, directive: d });
      continue;
    }
    if (!d.reason) {
      problems.push({ ruleId: "infralint/suppression-without-reason", message: `suppression of ${d.ruleIds.join(", ")} gives no reason: add \`-- <why this is acceptable>\``, directive: d });
    }
    for (const id of d.ruleIds) {
      const covers = (f) => d.wholeFile || (d.span ? f.range.start.offset >= d.span.start && f.range.start.offset < d.span.end : f.range.start.line === d.line);
      const covered = findings.filter((f) => f.ruleId === id && covers(f) && !f.suppression);
      for (const f of covered) {
        f.suppression = { kind: "inSource", justification: d.reason ?? "(no reason given)" };
        if (d.until) f.suppression.justification += ` (until ${d.until})`;
      }
      if (covered.length === 0) {
        const known = knownRuleIds(id);
        const hint = known === true ? "" : `; unknown rule id${known.length ? `, did you mean ${known.join(", ")}?` : ""}`;
        const where = d.wholeFile ? "in this file" : d.span ? "in this object" : `on line ${d.line}`;
        problems.push({ ruleId: "infralint/unused-suppression", message: `suppression of ${id} matches no finding ${where}${hint}: remove it`, directive: d });
      }
    }
  }
  return problems;
}

export {
  parseDirectives,
  directiveFrom,
  applyDirectives
};
