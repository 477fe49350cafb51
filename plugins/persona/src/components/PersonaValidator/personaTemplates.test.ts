import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { personaEntityV1alpha1Validator } from '@platform-personas/backstage-plugin-persona-common';
import { PERSONA_TEMPLATES } from './personaTemplates';

type Doc = {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: unknown;
};

/**
 * The root of the repository, found upwards from where the tests run (this
 * package, or the root itself), since `__dirname` is not to be relied on.
 */
function repoRoot(): string {
  let dir = process.cwd();
  while (!fs.existsSync(path.join(dir, 'examples', 'personas'))) {
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`No examples/personas above ${process.cwd()}`);
    }
    dir = parent;
  }
  return dir;
}

function readDocs(text: string): Doc[] {
  return parseAllDocuments(text).map(doc => {
    expect(doc.errors).toEqual([]);
    return doc.toJS() as Doc;
  });
}

describe('PERSONA_TEMPLATES', () => {
  const root = repoRoot();
  const packs = new Map<string, Doc[]>();
  function pack(source: string): Doc[] {
    if (!packs.has(source)) {
      packs.set(
        source,
        readDocs(fs.readFileSync(path.join(root, source), 'utf8')),
      );
    }
    return packs.get(source)!;
  }

  it('has one or two templates of each shipped pack, with unique ids', () => {
    const bySource = new Map<string, number>();
    for (const template of PERSONA_TEMPLATES) {
      bySource.set(template.source, (bySource.get(template.source) ?? 0) + 1);
    }
    expect([...bySource.keys()].sort()).toEqual(
      fs
        .readdirSync(path.join(root, 'examples', 'personas'))
        .filter(file => file.endsWith('.yaml'))
        .map(file => `examples/personas/${file}`)
        .sort(),
    );
    for (const count of bySource.values()) {
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(2);
    }
    const ids = PERSONA_TEMPLATES.map(template => template.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(PERSONA_TEMPLATES.map(template => [template.id, template]))(
    '%s is one Persona that the catalog accepts',
    async (_, template) => {
      const docs = readDocs(template.yaml);
      expect(docs).toHaveLength(1);
      await expect(
        personaEntityV1alpha1Validator.check(docs[0] as any),
      ).resolves.toBe(true);
    },
  );

  it.each(PERSONA_TEMPLATES.map(template => [template.id, template]))(
    '%s is the Persona of the same name in its pack',
    (_, template) => {
      const [doc] = readDocs(template.yaml);
      expect(doc.metadata.name).toBe(template.id);
      const original = pack(template.source).find(
        candidate =>
          candidate.kind === 'Persona' &&
          candidate.metadata.name === template.id,
      );
      expect(original).toBeDefined();
      expect(doc.apiVersion).toBe(original!.apiVersion);
      expect(doc.spec).toEqual(original!.spec);
      expect(doc.spec).toMatchObject({ framework: template.pack });
      expect(template.title).toContain(
        (original!.spec as { type: string }).type,
      );
    },
  );
});
