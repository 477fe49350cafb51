import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import TableCell from '@material-ui/core/TableCell';
import {
  TeamInteraction,
  TeamInteractionMode,
} from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { interactionRole, InteractionsTable } from '../InteractionModes';
import { PersonaRefLink } from '../PersonaRefLink';

/**
 * The interactions of one mode seen from the viewed team: what it does
 * ("provides to", "is facilitated by" …) and with which team, through which
 * components, implied by which personas.
 */
export function InteractionModeCard(props: {
  mode: TeamInteractionMode;
  interactions: TeamInteraction[];
  teamRef: string;
  titles: Record<string, string>;
}) {
  const { mode, interactions, teamRef, titles } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <InfoCard
      title={t('interactions.modeTitle', {
        mode: t(`interactionModes.${mode}`),
        total: String(interactions.length),
      })}
      subheader={t(`interactionModes.${mode}Description`)}
      noPadding
    >
      <InteractionsTable
        data-testid={`interactions-${mode}`}
        interactions={interactions}
        titles={titles}
        headers={{
          leading: [t('interactions.interaction')],
          components: t('interactions.components'),
          personas: t('interactions.personas'),
        }}
        leadingCells={interaction => {
          const { role, other } = interactionRole(interaction, teamRef);
          return (
            <TableCell>
              {t(`interactions.role.${role}`)}{' '}
              <PersonaRefLink entityRef={other} title={titles[other]} />
            </TableCell>
          );
        }}
      />
    </InfoCard>
  );
}
