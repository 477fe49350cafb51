import { Link, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { HolderPersonaView } from '@platform-personas/backstage-plugin-persona-common';
import { useMemo } from 'react';
import { useExplorerPath } from '../../hooks/usePersonaPaths';
import { personaTranslationRef } from '../../translation';
import { ViewTitlesProvider } from '../ViewTitles';
import { FactsWarning } from './FactsWarning';
import { MyPersonaItem } from './MyPersonaItem';
import { MyResponsibilitiesEmptyState } from './MyResponsibilitiesEmptyState';
import { NeedsAttention } from './NeedsAttention';
import { builtComponentRefs, needsAttention } from './needsAttention';
import { useBuiltComponentFacts } from './useBuiltComponentFacts';
import { usePersonasTabPath } from './usePersonasTabPath';

/**
 * The personas a user holds, what needs attention among them, and links to
 * the user's Personas tab and the Personas page. The facts request that
 * finds components without an enabler may fail: the card then says so in a
 * line and shows everything else.
 */
export function MyResponsibilities(props: { view: HolderPersonaView }) {
  const { view } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  const personasTabPath = usePersonasTabPath(view.entityRef);
  const explorerPath = useExplorerPath();
  const builtRefs = useMemo(
    () => builtComponentRefs(view.personas),
    [view.personas],
  );
  const facts = useBuiltComponentFacts(builtRefs);
  const attention = useMemo(
    () => needsAttention(view.personas, facts.facts),
    [view.personas, facts.facts],
  );

  if (view.personas.length === 0) {
    return <MyResponsibilitiesEmptyState />;
  }
  return (
    <ViewTitlesProvider titles={view.titles}>
      <Typography variant="body2" color="textSecondary" paragraph>
        {t('homeCard.personaCount', { count: view.personas.length })}
      </Typography>
      <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {view.personas.map(held => (
          <MyPersonaItem
            key={held.persona.ref}
            held={held}
            personasTabPath={personasTabPath}
          />
        ))}
      </Box>
      <Divider />
      <Box mt={1}>
        <NeedsAttention items={attention} />
        {facts.loading && <Progress />}
        {facts.error && <FactsWarning error={facts.error} />}
      </Box>
      <Box mt={1} display="flex" flexWrap="wrap" style={{ gap: 16 }}>
        {personasTabPath && (
          <Link to={personasTabPath}>{t('homeCard.allOnProfile')}</Link>
        )}
        <Link to={explorerPath}>{t('homeCard.explorerLink')}</Link>
      </Box>
    </ViewTitlesProvider>
  );
}
