import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodeProcess from 'node:process';
import {
  createBackendModule,
  coreServices,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity, entitySchemaValidator } from '@backstage/catalog-model';
import catalogPlugin, {
  CATALOG_ERRORS_TOPIC,
} from '@backstage/plugin-catalog-backend';
import {
  CatalogProcessorResult,
  parseEntityYaml,
} from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import {
  assertNoPrototypePollution,
  errorNamesOneOf,
  feedCorpusToEntityCheck,
  HANG_BOUND_MS,
  HOSTILE_NUM_RUNS,
  hostileSeed,
  hostileCorpus,
  malformedPersonaArbitrary,
  prototypeKeys,
  timed,
  validPersonaEntity,
  validPersonaText,
} from '@internal/persona-hostile-corpus';
import fc from 'fast-check';
import { catalogModulePersonaEntityModel } from '../module';
import { PersonaEntitiesProcessor } from './PersonaEntitiesProcessor';

const seed = hostileSeed('catalog-backend-module-persona');
/**
 * The hostile input suite of the catalog processor: every malformed Persona
 * that the catalog reads must make validateEntityKind throw an error naming
 * a path (false only for a kind or apiVersion that is not the Persona's),
 * in bounded time (HANG_BOUND_MS is a hang detector, not a performance
 * target), without polluting a prototype; valid Personas still pass after.
 */

const location = { type: 'url', target: 'https://example.com/hostile.yaml' };

/**
 * The entities the catalog's own reader yields for a text, as the processor
 * gets them (the catalog stores each unprocessed entity as JSON first), or
 * why the reader rejects the text.
 */
function readWithTheCatalog(
  text: string,
): { entities: Entity[] } | { rejected: string } {
  const entities: Entity[] = [];
  try {
    for (const result of parseEntityYaml(text, location)) {
      if (result.type === 'error') return { rejected: result.error.message };
      if (result.type === 'entity') {
        entities.push(JSON.parse(JSON.stringify(result.entity)));
      }
    }
  } catch (error) {
    return { rejected: String(error) };
  }
  return { entities };
}

/** What validateEntityKind does: 'true', 'false', or 'throws' and the message. */
async function validate(processor: PersonaEntitiesProcessor, entity: Entity) {
  try {
    return String(await processor.validateEntityKind(entity));
  } catch (error) {
    return `throws ${(error as Error).message}`;
  }
}

// The YAML library warns, through node:process, about keys that are
// collections; one corpus case has such a key on purpose.
let emitWarning: jest.SpyInstance;
beforeAll(() => {
  emitWarning = jest
    .spyOn(nodeProcess, 'emitWarning')
    .mockImplementation(() => {});
});
afterAll(() => emitWarning.mockRestore());

describe('PersonaEntitiesProcessor with hostile entities', () => {
  const processor = new PersonaEntitiesProcessor();
  const prototypesBefore = prototypeKeys();
  afterEach(() => assertNoPrototypePollution(prototypesBefore));

  it('rejects every case of the fixed corpus that the catalog reads, naming a path', async () => {
    const { failures, reached, readable } = await feedCorpusToEntityCheck(
      readWithTheCatalog,
      entity => validate(processor, entity),
    );
    expect(failures).toEqual([]);
    expect(reached).toBe(readable);
  });

  it('rejects generated malformed Personas, naming the path the mutation breaks', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        malformedPersonaArbitrary(),
        async ({ entity, paths }) => {
          runs += 1;
          const { value: outcome, ms } = await timed(() =>
            validate(processor, JSON.parse(JSON.stringify(entity))),
          );
          expect(ms).toBeLessThan(HANG_BOUND_MS);
          expect([
            outcome.slice(0, 300),
            outcome.startsWith('throws ') &&
              errorNamesOneOf(outcome.slice('throws '.length), paths),
          ]).toEqual([outcome.slice(0, 300), true]);
        },
      ),
      { seed, numRuns: HOSTILE_NUM_RUNS },
    );
    expect(runs).toBe(HOSTILE_NUM_RUNS);
  });

  it('still validates a valid Persona and emits its relations after the hostile batches', async () => {
    const read = readWithTheCatalog(validPersonaText);
    expect(read).toEqual({ entities: [validPersonaEntity()] });
    const [entity] = (read as { entities: Entity[] }).entities;
    await expect(processor.validateEntityKind(entity)).resolves.toBe(true);

    const emitted: CatalogProcessorResult[] = [];
    await processor.postProcessEntity(entity, location, r => emitted.push(r));
    expect(
      emitted.map(r =>
        r.type === 'relation'
          ? `${r.relation.type} ${r.relation.target.kind}:${r.relation.target.name}`
          : r.type,
      ),
    ).toEqual(
      expect.arrayContaining([
        'ownedBy group:platform-team',
        'personaOf group:connectors-team',
      ]),
    );
  });
});

type CatalogError = { entity: string; errors: Error[] };

describe('a real catalog fed the hostile corpus', () => {
  jest.setTimeout(180_000);

  it('ingests the valid Persona, reports the hostile ones and ingests none of them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'persona-hostile-'));
    // a name of its own for each case, so that no two claim the same ref
    const files = hostileCorpus.map(({ name, text }, index) => {
      const file = path.join(dir, `${name}.yaml`);
      fs.writeFileSync(
        file,
        text.replace('hostile-persona', `hostile-${index}`),
      );
      return file;
    });
    const survivor = path.join(dir, 'survivor.yaml');
    fs.writeFileSync(
      survivor,
      validPersonaText.replace('hostile-persona', 'hostile-survivor'),
    );

    const errors: CatalogError[] = [];
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModulePersonaEntityModel,
        createBackendModule({
          pluginId: 'catalog',
          moduleId: 'test-error-collector',
          register(reg) {
            reg.registerInit({
              deps: { events: eventsServiceRef, logger: coreServices.logger },
              async init({ events }) {
                await events.subscribe({
                  id: 'test-error-collector',
                  topics: [CATALOG_ERRORS_TOPIC],
                  async onEvent({ eventPayload }) {
                    errors.push(eventPayload as CatalogError);
                  },
                });
              },
            });
          },
        }),
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [{ allow: ['Persona'] }],
              locations: [...files, survivor].map(target => ({
                type: 'file',
                target,
              })),
            },
          },
        }),
      ],
    });

    const get = async (url: string) => {
      const response = await fetch(
        `http://localhost:${backend.server.port()}/api/catalog${url}`,
        { headers: { Authorization: mockCredentials.user.header() } },
      );
      return response.ok ? response.json() : undefined;
    };
    // Which cases reach the processor under their own ref: those the catalog
    // reads and whose envelope it accepts (it reports the others on their
    // location, as for any kind).
    const cases = hostileCorpus.map((c, index) => {
      const read = readWithTheCatalog(c.text);
      const [entity] = 'entities' in read ? read.entities : [];
      let envelopeOk = Boolean(entity);
      try {
        if (entity) entitySchemaValidator()(entity);
      } catch {
        envelopeOk = false;
      }
      return {
        ...c,
        index,
        ref: `persona:default/hostile-${index}`,
        envelopeOk,
      };
    });
    const toProcessor = cases.filter(
      c =>
        c.fate === 'processor-throws' &&
        c.envelopeOk &&
        c.text.includes('hostile-persona'),
    );
    expect(toProcessor.length).toBeGreaterThan(40);

    try {
      const ingested = new Map<string, Entity>();
      const deadline = Date.now() + 150_000;
      for (;;) {
        const { items } = await get(
          '/entities/by-query?filter=kind=persona&limit=500',
        );
        ingested.clear();
        for (const e of items as Entity[]) ingested.set(e.metadata.name, e);
        const reported = new Set(errors.map(e => e.entity));
        const pending = toProcessor.filter(
          c => !reported.has(c.ref) && !ingested.has(`hostile-${c.index}`),
        );
        if (
          ingested.get('hostile-survivor')?.relations?.length &&
          pending.length === 0
        ) {
          break;
        }
        if (Date.now() > deadline) {
          throw new Error(
            `Timed out: survivor ${
              ingested.has('hostile-survivor') ? 'ingested' : 'missing'
            }, no error yet for ${pending.map(c => c.name).join(', ')}`,
          );
        }
        await new Promise(resolve => setTimeout(resolve, 500));
      }

      // each Persona that reaches the processor is reported with a path
      const unnamed = toProcessor.filter(c => {
        if (ingested.has(`hostile-${c.index}`)) return false;
        const messages = errors
          .filter(e => e.entity === c.ref)
          .flatMap(e => e.errors.map(x => x.message));
        const ours = messages.filter(m =>
          m.startsWith('Processor PersonaEntitiesProcessor threw'),
        );
        // none: the catalog's own entity policies rejected it first
        if (!ours.length) return messages.length === 0;
        return !ours.some(m =>
          errorNamesOneOf(
            m.replace(/^.*; caused by TypeError: /s, ''),
            c.paths,
          ),
        );
      });
      expect(unnamed.map(c => c.name)).toEqual([]);

      // nothing hostile is ingested, but for the __proto__ keys that the
      // catalog drops (its namespace policy merges with lodash) before any
      // processor sees them
      const hostileIngested = cases.filter(c =>
        ingested.has(`hostile-${c.index}`),
      );
      expect(hostileIngested.filter(c => !c.name.startsWith('proto-'))).toEqual(
        [],
      );
      for (const c of hostileIngested) {
        expect(JSON.stringify(ingested.get(`hostile-${c.index}`))).not.toMatch(
          /__proto__|polluted/,
        );
      }
      expect(({} as any).polluted).toBeUndefined();
    } finally {
      await backend.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
