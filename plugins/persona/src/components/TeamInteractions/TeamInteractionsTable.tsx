import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import TableCell from '@material-ui/core/TableCell';
import { TeamInteraction } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { InteractionsTable, MODE_STYLES } from '../InteractionModes';
import { PersonaRefLink } from '../PersonaRefLink';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

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
        <InteractionsTable
          aria-label={t('teamInteractions.title')}
          interactions={interactions}
          titles={titles}
          headers={{
            leading: [
              t('teamInteractions.from'),
              t('teamInteractions.mode'),
              t('teamInteractions.to'),
            ],
            components: t('teamInteractions.components'),
            personas: t('teamInteractions.personas'),
          }}
          leadingCells={interaction => (
            <>
              <TableCell style={NO_WRAP}>
                <PersonaRefLink
                  entityRef={interaction.from}
                  title={titles[interaction.from]}
                />
              </TableCell>
              <TableCell style={NO_WRAP}>
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
              <TableCell style={NO_WRAP}>
                <PersonaRefLink
                  entityRef={interaction.to}
                  title={titles[interaction.to]}
                />
              </TableCell>
            </>
          )}
        />
      </Box>
    </InfoCard>
  );
}
