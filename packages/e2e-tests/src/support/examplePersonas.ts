import { targetPaths } from '@backstage/cli-common';
import fs from 'node:fs';
import { parseAllDocuments } from 'yaml';

/** A Persona of the shipped packs, as authored. */
export type ExamplePersona = {
  metadata: { name: string; title: string };
  spec: {
    type: string;
    framework: string;
    holders: string[];
    responsibilities: { id: string; title: string }[];
  };
};

const PACKS = ['anthos', 'cncf-platforms', 'activiti-cloud'];

/**
 * The Personas of the example packs, read from the files the portal loads,
 * so that the expectations follow the data rather than repeat it.
 */
export function readExamplePersona(name: string): ExamplePersona {
  for (const pack of PACKS) {
    const file = targetPaths.resolveRoot('examples/personas', `${pack}.yaml`);
    const documents = parseAllDocuments(fs.readFileSync(file, 'utf8'));
    for (const document of documents) {
      const entity = document.toJS() as ExamplePersona & { kind: string };
      if (entity?.kind === 'Persona' && entity.metadata.name === name) {
        return entity;
      }
    }
  }
  throw new Error(`No example Persona named ${name}`);
}
