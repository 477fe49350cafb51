import fs from 'node:fs';
import path from 'node:path';

const read = (file: string) =>
  fs.readFileSync(path.resolve(__dirname, file), 'utf8');

/** The code without its import of this package, by name or by path. */
const withoutOwnImport = (code: string) =>
  code.replace(
    /import \{[^}]*\} from '(\.\.\/\.\.|@platform-personas\/backstage-plugin-catalog-backend-module-persona)';.*\n/,
    '',
  );

describe('the policy example of the README', () => {
  it('is the policy that the integration test runs, but for the import of this package', () => {
    const example = read('../../README.md').match(
      /```ts\n\/\/ packages\/backend\/src\/personaHolderPolicy\.ts\n([\s\S]*?)```/,
    )?.[1];
    const tested = read('__testUtils__/personaHolderPolicyModule.ts');

    expect(example).toContain('personaConditions.isPersonaHolder({ claims })');
    expect(withoutOwnImport(example!)).toBe(
      withoutOwnImport(tested.slice(tested.indexOf('import {'))),
    );
  });
});
