// After `stryker run`: every mutated module must score at least 90% on its own (Stryker's break
// threshold checks only the total). Reads Stryker's JSON report; prints one line per module.
import { readFileSync } from 'node:fs';

const FLOOR = 90;
const report = JSON.parse(readFileSync(new URL('../../reports/mutation/mutation.json', import.meta.url), 'utf8'));
let low = 0;
for (const [file, { mutants }] of Object.entries(report.files)) {
  const count = (status) => mutants.filter((m) => m.status === status).length;
  const detected = count('Killed') + count('Timeout');
  const valid = detected + count('Survived') + count('NoCoverage');
  const score = valid === 0 ? 100 : (100 * detected) / valid;
  if (score < FLOOR) low++;
  console.log(`${score < FLOOR ? 'LOW ' : 'ok  '} ${score.toFixed(2).padStart(6)}%  ${file}`);
}
console.log(low === 0 ? `every module at ${FLOOR}% or more` : `${low} module(s) below ${FLOOR}%`);
process.exit(low === 0 ? 0 : 1);
