import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import {
  TeamInteraction,
  TeamInteractionMode,
} from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { interactionRole, RefLinks } from '../InteractionModes';
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
      <Table size="small" data-testid={`interactions-${mode}`}>
        <TableHead>
          <TableRow>
            <TableCell>{t('interactions.interaction')}</TableCell>
            <TableCell>{t('interactions.components')}</TableCell>
            <TableCell>{t('interactions.personas')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {interactions.map(interaction => {
            const { role, other } = interactionRole(interaction, teamRef);
            return (
              <TableRow key={`${interaction.from}>${interaction.to}`}>
                <TableCell>
                  {t(`interactions.role.${role}`)}{' '}
                  <PersonaRefLink entityRef={other} title={titles[other]} />
                </TableCell>
                <TableCell>
                  <RefLinks refs={interaction.components} titles={titles} />
                </TableCell>
                <TableCell>
                  <RefLinks refs={interaction.personas} titles={titles} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </InfoCard>
  );
}
