import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { PersonaValidateResponse } from '@platform-personas/backstage-plugin-persona-common';
import {
  checkPersonaRefs,
  validatePersonaText,
} from '@platform-personas/backstage-plugin-persona-node';
import { PersonaValidateService } from './personaValidateServiceRef';
import { withTimeout } from './withTimeout';

/** The catalog accepts at most this many refs in one getEntitiesByRefs call. */
const CHUNK_SIZE = 1000;

/**
 * Validates Persona text as the catalog does, then looks up the refs of its
 * valid Personas in the catalog with the caller's credentials: a ref that
 * names nothing the caller may see is a warning at its field. When the
 * catalog does not answer in time, the answer still carries every schema
 * problem, and says that the refs were not looked up.
 */
export class DefaultPersonaValidateService implements PersonaValidateService {
  constructor(
    private readonly options: {
      catalog: CatalogService;
      catalogTimeoutMs: number;
      logger?: LoggerService;
    },
  ) {}

  async validate(
    content: string,
    credentials: BackstageCredentials,
  ): Promise<PersonaValidateResponse> {
    const validation = validatePersonaText(content);
    let checked = validation;
    try {
      checked = await checkPersonaRefs(content, validation, refs =>
        withTimeout(
          this.findUnknown(refs, credentials),
          this.options.catalogTimeoutMs,
        ),
      );
    } catch (error) {
      this.options.logger?.warn(
        `Could not look up the refs of a Persona: ${stringifyError(error)}`,
      );
      checked = {
        ...validation,
        problems: [
          {
            document: 0,
            path: '<root>',
            message:
              'refs not looked up: the catalog did not answer. Every other problem is listed',
            severity: 'warning',
          },
          ...validation.problems,
        ],
      };
    }
    return {
      valid: checked.problems.every(problem => problem.severity === 'warning'),
      ...checked,
    };
  }

  private async findUnknown(
    refs: string[],
    credentials: BackstageCredentials,
  ): Promise<string[]> {
    const unknown: string[] = [];
    for (let start = 0; start < refs.length; start += CHUNK_SIZE) {
      const chunk = refs.slice(start, start + CHUNK_SIZE);
      const { items } = await this.options.catalog.getEntitiesByRefs(
        {
          entityRefs: chunk,
          fields: ['kind', 'metadata.namespace', 'metadata.name'],
        },
        { credentials },
      );
      chunk.forEach((ref, i) => {
        if (!items[i]) unknown.push(ref);
      });
    }
    return unknown;
  }
}
