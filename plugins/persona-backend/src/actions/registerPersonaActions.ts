import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { registerCoverageGaps } from './coverageGaps';
import type { PersonaActionsDeps } from './deps';
import { registerFindPersonas } from './findPersonas';
import { registerGetResponsibilities } from './getResponsibilities';
import { registerValidatePersona } from './validatePersona';
import { registerWhoIsResponsible } from './whoIsResponsible';

/**
 * Registers the read-only persona actions in Backstage's actions registry,
 * for AI assistants (through `@backstage/plugin-mcp-actions-backend`) and
 * other callers: `who-is-responsible`, `get-responsibilities`,
 * `find-personas`, `coverage-gaps` and `validate-persona`. Each answers with
 * the caller's own credentials, from the same services as the HTTP routes.
 */
export function registerPersonaActions(
  actionsRegistry: ActionsRegistryService,
  deps: PersonaActionsDeps,
) {
  registerWhoIsResponsible(actionsRegistry, deps);
  registerGetResponsibilities(actionsRegistry, deps);
  registerFindPersonas(actionsRegistry, deps);
  registerCoverageGaps(actionsRegistry, deps);
  registerValidatePersona(actionsRegistry, deps);
}
