import { Content } from '@backstage/core-components';
import { PersonaPageRoutes } from './PersonaPageRoutes';

/**
 * The Personas page body for apps whose pages come with a header already,
 * as in the new frontend system: the explorer, and the validator under it.
 */
export function PersonaExplorerContent() {
  return (
    <Content>
      <PersonaPageRoutes />
    </Content>
  );
}
