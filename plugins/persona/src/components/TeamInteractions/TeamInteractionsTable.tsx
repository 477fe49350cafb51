import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { TeamInteraction } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { MODE_STYLES, RefLinks } from '../InteractionModes';
import { PersonaRefLink } from '../PersonaRefLink';

/**
 * The interactions of the graph as a table, for screen readers and for
 * reading the components and personas behind each one.
 */
export function TeamInteractionsTable(props: {
  interactions: TeamInteraction[];
  titles: Record<string, string>;
}) {
  const { interactions, titles } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <InfoCard
      title={t('teamInteractions.tableTitle', {
        total: String(interactions.length),
      })}
      noPadding
    >
      <Box overflow="auto">
        <Table size="small" aria-label={t('teamInteractions.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('teamInteractions.from')}</TableCell>
              <TableCell>{t('teamInteractions.mode')}</TableCell>
              <TableCell>{t('teamInteractions.to')}</TableCell>
              <TableCell>{t('teamInteractions.components')}</TableCell>
              <TableCell>{t('teamInteractions.personas')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {interactions.map(interaction => (
              <TableRow
                key={`${interaction.mode}:${interaction.from}>${interaction.to}`}
              >
                <TableCell style={{ whiteSpace: 'nowrap' }}>
                  <PersonaRefLink
                    entityRef={interaction.from}
                    title={titles[interaction.from]}
                  />
                </TableCell>
                <TableCell style={{ whiteSpace: 'nowrap' }}>
                  <Box
                    component="span"
                    borderLeft={`4px solid ${
                      MODE_STYLES[interaction.mode].color
                    }`}
                    pl={1}
                  >
                    {t(`interactionModes.${interaction.mode}`)}
                  </Box>
                </TableCell>
                <TableCell style={{ whiteSpace: 'nowrap' }}>
                  <PersonaRefLink
                    entityRef={interaction.to}
                    title={titles[interaction.to]}
                  />
                </TableCell>
                <TableCell>
                  <RefLinks refs={interaction.components} titles={titles} />
                </TableCell>
                <TableCell>
                  <RefLinks refs={interaction.personas} titles={titles} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </InfoCard>
  );
}
