import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeExamplesForToday } from './writeExamplesForToday';

describe('writeExamplesForToday', () => {
  it('copies the YAML files with their dates moved from 2026-11-21 to the given day', () => {
    const source = fs.mkdtempSync(path.join(os.tmpdir(), 'examples-src-'));
    fs.writeFileSync(path.join(source, 'a.yaml'), 'due: "2026-12-31"\nbad: "2026-13-45"\n');
    fs.writeFileSync(path.join(source, 'README.md'), 'written 2026-11-21');

    const copy = writeExamplesForToday(source, new Date('2026-12-01T10:00:00Z'));

    expect(fs.readdirSync(copy)).toEqual(['a.yaml']);
    expect(fs.readFileSync(path.join(copy, 'a.yaml'), 'utf8')).toBe(
      'due: "2027-01-10"\nbad: "2026-13-45"\n',
    );
  });
});
