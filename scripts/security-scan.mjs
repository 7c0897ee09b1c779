#!/usr/bin/env node
// `npm run security`: Doyensec's Electronegativity over the app's own code (electron/ and renderer/,
// where the windows, the preload, the IPC and the page's CSP are), failing on any finding that is
// not recorded in scripts/security-accepted.json with the reason it does not apply here.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron;
const accepted = JSON.parse(readFileSync(join(root, 'scripts/security-accepted.json'), 'utf8'));

const stage = mkdtempSync(join(tmpdir(), 'kehoach-scan-'));
try {
  // Only the sources: built bundles repeat them, and vendored code would drown the report.
  for (const dir of ['electron', 'renderer']) cpSync(join(root, dir), join(stage, dir), { recursive: true });
  const report = join(stage, 'findings.sarif');
  const scanner = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
  const offline = join(root, 'scripts/electronegativity-offline.mjs');
  execFileSync(
    process.execPath,
    ['--import', pathToFileURL(offline).href, scanner, '-i', stage, '-r', '-v', 'false', '-e', electronVersion, '-o', report],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  // SARIF, not CSV: the CSV's "sample" column quotes source text without escaping its quotes.
  const findings = JSON.parse(readFileSync(report, 'utf8')).runs.flatMap((run) =>
    run.results.map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      const region = location?.region;
      return {
        check: result.ruleId,
        level: result.level,
        file: location?.artifactLocation?.uri ?? 'N/A',
        location: region === undefined ? '0:0' : `${region.startLine}:${region.startColumn}`,
      };
    }),
  );
  const reasonFor = (f) => accepted.find((a) => a.check === f.check && a.file === f.file)?.reason;
  let unexpected = 0;
  for (const finding of findings) {
    const reason = reasonFor(finding);
    const where = `${finding.check} (${finding.level}) ${finding.file}:${finding.location}`;
    if (reason === undefined) {
      unexpected++;
      process.stdout.write(`✗ ${where}\n`);
    } else {
      process.stdout.write(`· ${where}: accepted, ${reason}\n`);
    }
  }
  process.stdout.write(
    `Electronegativity ${electronVersion === undefined ? '' : `(Electron ${electronVersion}) `}: ${findings.length} finding(s), ${unexpected} not accepted.\n`,
  );
  process.exitCode = unexpected > 0 ? 1 : 0;
} finally {
  rmSync(stage, { recursive: true, force: true });
}
