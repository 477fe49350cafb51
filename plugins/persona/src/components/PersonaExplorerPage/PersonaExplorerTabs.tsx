import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { useSearchParams } from 'react-router-dom';
import { personaTranslationRef } from '../../translation';
import { PersonaExplorer } from '../PersonaExplorer';
import { TeamInteractionsView } from '../TeamInteractions';

const INTERACTIONS = 'interactions';

/**
 * The two views of the Personas page: the team × persona coverage, and the
 * team interactions the personas imply. Which one shows is in the URL
 * (`?view=interactions`), so that either can be shared as a link.
 */
export function PersonaExplorerTabs(props: { docsUrl?: string }) {
  const { t } = useTranslationRef(personaTranslationRef);
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === INTERACTIONS ? INTERACTIONS : 'coverage';
  const select = (next: string) =>
    setParams(
      current => {
        const updated = new URLSearchParams(current);
        if (next === INTERACTIONS) updated.set('view', INTERACTIONS);
        else updated.delete('view');
        return updated;
      },
      { replace: true },
    );
  return (
    <>
      <Box mb={2}>
        <Tabs
          value={view}
          onChange={(_, next) => select(next)}
          indicatorColor="primary"
          textColor="primary"
        >
          <Tab
            value="coverage"
            label={t('teamInteractions.tabCoverage')}
            id="persona-explorer-tab-coverage"
            aria-controls="persona-explorer-panel"
          />
          <Tab
            value={INTERACTIONS}
            label={t('teamInteractions.tabInteractions')}
            id="persona-explorer-tab-interactions"
            aria-controls="persona-explorer-panel"
          />
        </Tabs>
      </Box>
      <div
        role="tabpanel"
        id="persona-explorer-panel"
        aria-labelledby={`persona-explorer-tab-${view}`}
      >
        {view === INTERACTIONS ? (
          <TeamInteractionsView />
        ) : (
          <PersonaExplorer docsUrl={props.docsUrl} />
        )}
      </div>
    </>
  );
}
