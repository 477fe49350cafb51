import { Content, Header, Page } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { personaTranslationRef } from '../../translation';
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
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <Page themeId="home">
      <Header
        title={props.title ?? t('explorerPage.title')}
        subtitle={props.subtitle ?? t('explorerPage.subtitle')}
      />
      <Content>
        <PersonaPageRoutes docsUrl={props.docsUrl} />
      </Content>
    </Page>
  );
}
