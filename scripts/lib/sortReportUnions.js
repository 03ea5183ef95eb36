#!/usr/bin/env node
/*
 * Sorts each run of union members of string literals (lines `| 'name'`) in
 * API reports. API Extractor writes inferred unions (the entity content
 * groups of @backstage/plugin-catalog-react) in the order TypeScript happened
 * to check them, which varies from run to run; sorted, a report only changes
 * when the API does.
 *
 *   node scripts/lib/sortReportUnions.js <report.md>...
 */
const fs = require('node:fs');

const MEMBER = /^\s*\| '[^']*'$/;

for (const file of process.argv.slice(2)) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const out = [];
  for (let i = 0; i < lines.length; ) {
    if (!MEMBER.test(lines[i])) {
      out.push(lines[i]);
      i++;
      continue;
    }
    const run = [];
    while (i < lines.length && MEMBER.test(lines[i])) run.push(lines[i++]);
    out.push(...run.sort());
  }
  fs.writeFileSync(file, out.join('\n'));
}
