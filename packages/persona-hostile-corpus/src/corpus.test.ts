import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { hostileCorpus } from './corpus';
import { malformedPersonaArbitrary } from './arbitraries';
import { HOSTILE_SEED, isProblemPath } from './support';
import {
  validPersonaArbitrary,
  validPersonaEntity,
  validPersonaText,
} from './valid';

describe('the hostile corpus', () => {
  it('has uniquely named cases of every category, each expecting a path', () => {
    const names = hostileCorpus.map(c => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(hostileCorpus.length).toBeGreaterThanOrEqual(80);
    expect(new Set(hostileCorpus.map(c => c.category)).size).toBe(14);
    for (const { name, paths } of hostileCorpus) {
      expect([name, paths.every(isProblemPath) && paths.length > 0]).toEqual([
        name,
        true,
      ]);
    }
  });

  it('starts from a valid persona that the text and the entity agree on', () => {
    const [doc] = parseAllDocuments(validPersonaText);
    expect(doc.toJS()).toEqual(validPersonaEntity());
  });

  it('generates JSON-safe entities whose text reads back as the entity', () => {
    fc.assert(
      fc.property(malformedPersonaArbitrary(), ({ entity, text, paths }) => {
        expect(paths.every(isProblemPath)).toBe(true);
        const [doc, ...rest] = parseAllDocuments(text, { uniqueKeys: false });
        expect(rest).toEqual([]);
        expect(doc.errors).toEqual([]);
        expect(JSON.stringify(doc.toJS())).toBe(JSON.stringify(entity));
      }),
      { seed: HOSTILE_SEED, numRuns: 200 },
    );
    fc.assert(
      fc.property(validPersonaArbitrary(), entity => {
        expect(entity.spec.responsibilities.length).toBeGreaterThan(0);
      }),
      { seed: HOSTILE_SEED, numRuns: 50 },
    );
  });
});
