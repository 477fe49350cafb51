import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import {
  PersonaComponent,
  PersonaListPage,
  PersonaMode,
} from '@platform-personas/backstage-plugin-persona-common';
import { useViewListPages } from '../../hooks/useViewListPages';
import { personaTranslationRef } from '../../translation';
import { PersonaComponentsTable } from '../PersonaComponentsTable';
import { ShowMoreButton } from '../ShowMoreButton';

/**
 * The components of a Persona in one mode. Its title counts the whole list;
 * when the view cut it short, "Show more" below the table adds the next
 * page to it.
 */
export function ModeComponents(props: {
  entityRef: string;
  mode: PersonaMode;
  components: Array<PersonaComponent & { appliesTo: string[] }>;
  page?: PersonaListPage;
}) {
  const { t } = useTranslationRef(personaTranslationRef);
  const pages = useViewListPages(props.entityRef, props.components, props.page);
  return (
    <Box mb={2}>
      <PersonaComponentsTable
        title={t('modes.withTotal', {
          mode: t(`modes.${props.mode}`),
          total: String(pages.total),
        })}
        components={pages.items}
        showAppliesTo
      />
      <ShowMoreButton pages={pages} />
    </Box>
  );
}
