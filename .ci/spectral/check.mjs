// Compares Spectral's findings with the accepted ones in baseline.json: {"accepted": [{"rule", "why",
// "paths": ["paths./api/v1/….get", …]}]}. Fails on a finding not accepted, on an accepted one no longer
// found (remove it: the baseline only shrinks) and on an accepted group without a reason.
import { readFileSync, writeFileSync } from "node:fs";

const [findingsFile, baselineFile] = process.argv.slice(2);
const findings = JSON.parse(readFileSync(findingsFile, "utf8"));
const baseline = JSON.parse(readFileSync(baselineFile, "utf8"));

const key = (rule, path) => `${rule} ${path}`;
const found = new Map(findings.map((f) => [key(f.code, f.path.join(".")), f]));
const accepted = new Map();
const problems = [];
for (const group of baseline.accepted) {
  if (!group.why || group.why.trim().length < 20) {
    problems.push(`baseline: the accepted ${group.rule} findings need a reason ("why")`);
  }
  for (const path of group.paths) {
    accepted.set(key(group.rule, path), group);
  }
}
const fresh = [...found.entries()].filter(([k]) => !accepted.has(k));
const gone = [...accepted.keys()].filter((k) => !found.has(k));
for (const [, f] of fresh) {
  problems.push(`new finding ${f.code} at ${f.path.join(".")}: ${f.message}`);
}
for (const k of gone) {
  problems.push(`fixed, so remove it from baseline.json: ${k}`);
}
if (process.env.SPECTRAL_WRITE_FRESH) {
  writeFileSync(process.env.SPECTRAL_WRITE_FRESH, JSON.stringify(fresh.map(([, f]) => ({ rule: f.code, path: f.path.join(".") })), null, 2));
}
if (problems.length > 0) {
  console.error(`Spectral: ${problems.length} problem(s) against the baseline (${findings.length} findings, ${accepted.size} accepted):`);
  for (const p of problems.slice(0, 200)) console.error(`  ${p}`);
  if (problems.length > 200) console.error(`  … and ${problems.length - 200} more`);
  process.exit(1);
}
console.log(`Spectral: ${findings.length} findings, all accepted in the baseline with a reason.`);
