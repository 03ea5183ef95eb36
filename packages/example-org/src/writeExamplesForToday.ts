import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXAMPLE_DATES_WRITTEN_ON, daysSince, shiftDatesInText } from './shiftDates';

/**
 * For tests that load the example organisation without the demo backend's
 * catalog module: copies the examples folder into a fresh temporary folder with every
 * date moved to `now` (the same move the module makes), and returns the
 * folder. The copies keep their file names, so the Location in entities.yaml
 * still finds its neighbours.
 */
export function writeExamplesForToday(examplesDir: string, now: Date = new Date()): string {
  const days = daysSince(EXAMPLE_DATES_WRITTEN_ON, now);
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'readiness-examples-'));
  for (const file of fs.readdirSync(examplesDir)) {
    if (!file.endsWith('.yaml')) continue;
    const text = fs.readFileSync(path.join(examplesDir, file), 'utf8');
    fs.writeFileSync(path.join(target, file), shiftDatesInText(text, days));
  }
  return target;
}
