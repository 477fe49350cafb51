import { Content } from '@backstage/core-components';
import { PersonaExplorer } from '../PersonaExplorer';

/**
 * The Personas page body for apps whose pages come with a header already,
 * as in the new frontend system.
 */
export function PersonaExplorerContent() {
  return (
    <Content>
      <PersonaExplorer />
    </Content>
  );
}
