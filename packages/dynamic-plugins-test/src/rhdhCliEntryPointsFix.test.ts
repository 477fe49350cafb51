import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './plugins';

const entryPoints = require('@red-hat-developer-hub/cli/dist/lib/entryPoints.cjs.js');

const personaCommon = JSON.parse(
  fs.readFileSync(
    path.join(repoRoot, 'plugins', 'persona-common', 'package.json'),
    'utf8',
  ),
);

describe('rhdhCliEntryPointsFix', () => {
  it('keeps script entry points as the CLI reads them', () => {
    const before = entryPoints.readEntryPoints({
      exports: { '.': './src/index.ts', './alpha': './src/alpha.ts' },
    });
    require('./rhdhCliEntryPointsFix.cjs');
    expect(
      entryPoints.readEntryPoints({
        exports: { '.': './src/index.ts', './alpha': './src/alpha.ts' },
      }),
    ).toEqual(before);
  });

  it('accepts the nested non-script export of persona-common', () => {
    require('./rhdhCliEntryPointsFix.cjs');
    expect(entryPoints.readEntryPoints(personaCommon)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ mount: '.', path: './src/index.ts' }),
        {
          mount: './schema/Persona.v1alpha1.schema.json',
          path: './schema/Persona.v1alpha1.schema.json',
          name: 'schema/Persona.v1alpha1.schema.json',
          ext: '.json',
        },
      ]),
    );
  });

  it('still refuses nested script mount points, as @backstage/cli does', () => {
    require('./rhdhCliEntryPointsFix.cjs');
    expect(() =>
      entryPoints.readEntryPoints({
        exports: { './a/b': './src/b.ts' },
      }),
    ).toThrow(/may not contain multiple slashes/);
  });
});
