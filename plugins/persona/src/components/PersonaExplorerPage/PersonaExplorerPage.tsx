import { Content, Header, Page } from '@backstage/core-components';
import { PersonaPageRoutes } from './PersonaPageRoutes';

/**
 * Props of {@link PersonaExplorerPage}.
 *
 * @public
 */
export type PersonaExplorerPageProps = {
  title?: string;
  subtitle?: string;
  /** Where the empty state points for authoring Personas. */
  docsUrl?: string;
};

/**
 * The Personas page (`/personas`): who holds which persona across the
 * organisation, and where coverage has gaps; and under it, at
 * `/personas/validate`, the Persona validator.
 *
 * @public
 */
export function PersonaExplorerPage(props: PersonaExplorerPageProps) {
  return (
    <Page themeId="home">
      <Header
        title={props.title ?? 'Personas'}
        subtitle={
          props.subtitle ??
          'Who builds, enables and consumes the platform, and where nobody does'
        }
      />
      <Content>
        <PersonaPageRoutes docsUrl={props.docsUrl} />
      </Content>
    </Page>
  );
}
