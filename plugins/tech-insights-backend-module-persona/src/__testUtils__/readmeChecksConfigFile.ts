import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Writes the README's YAML block of `techInsights.factChecker.checks` to a
 * file of its own and gives its path, so that a test can load exactly what
 * adopters copy, through Backstage's own config loader.
 */
export function readmeChecksConfigFile(): string {
  const readme = fs.readFileSync(
    path.resolve(__dirname, '../../README.md'),
    'utf8',
  );
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1]);
  const checks = blocks.filter(block => block.includes('factChecker:'));
  if (checks.length !== 1) {
    throw new Error(
      `Expected one YAML block of factChecker checks in the README, found ${checks.length}`,
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'persona-checks-'));
  const file = path.join(dir, 'checks.yaml');
  fs.writeFileSync(file, checks[0]);
  return file;
}
