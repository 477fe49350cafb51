import { parseEntityRef } from '@backstage/catalog-model';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { personaTranslationRef } from '../../translation';
import { PersonaRefLink } from '../PersonaRefLink';
import { TitledRefLinks } from '../ViewTitles';
import { MapThroughList } from './MapThroughList';
import { MapRow } from './responsibilityMap';

/** Rows shown before "Show all": the first screen stays quick to render. */
const FIRST_ROWS = 50;

// Minimum widths keep the columns readable on a phone: the table scrolls
// sideways inside its card instead of squeezing every cell to a word.
const COLUMNS = [
  { key: 'component', width: '28%', minWidth: 180 },
  { key: 'modes', width: '12%', minWidth: 100 },
  { key: 'through', width: '42%', minWidth: 280 },
  { key: 'owner', width: '18%', minWidth: 140 },
] as const;

function kindAndType(row: MapRow) {
  const { kind } = parseEntityRef(row.id);
  return [kind, row.component.type].filter(Boolean).join(' · ');
}

/**
 * The rows of the responsibility map: every component once. A plain table,
 * not material-table: it is the first thing the tab shows, and it renders
 * in a fraction of the time; long maps show their first rows and a button.
 */
export function ResponsibilityMapTable(props: { rows: MapRow[] }) {
  const { t } = useTranslationRef(personaTranslationRef);
  const [showAll, setShowAll] = useState(false);
  const rows = showAll ? props.rows : props.rows.slice(0, FIRST_ROWS);
  return (
    <>
      <Box overflow="auto" data-testid="responsibility-map-scroller">
        <Table size="small" aria-label={t('responsibilityMap.title')}>
          <TableHead>
            <TableRow>
              {COLUMNS.map(({ key, width, minWidth }) => (
                <TableCell key={key} style={{ width, minWidth }}>
                  {t(`responsibilityMap.${key}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(row => (
              <TableRow key={row.id} data-testid="responsibility-map-row">
                <TableCell>
                  <PersonaRefLink
                    entityRef={row.id}
                    title={row.component.title}
                    missing={row.component.missing}
                  />
                  <Typography
                    variant="caption"
                    display="block"
                    color="textSecondary"
                  >
                    {kindAndType(row)}
                  </Typography>
                </TableCell>
                <TableCell>
                  {row.modes.map(mode => (
                    <Chip key={mode} size="small" label={t(`modes.${mode}`)} />
                  ))}
                </TableCell>
                <TableCell>
                  <MapThroughList through={row.through} />
                </TableCell>
                <TableCell>
                  {row.component.owners.length ? (
                    <TitledRefLinks
                      entityRefs={row.component.owners}
                      defaultKind="group"
                    />
                  ) : (
                    '—'
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      {!showAll && props.rows.length > FIRST_ROWS && (
        <Box p={1}>
          <Button size="small" onClick={() => setShowAll(true)}>
            {t('responsibilityMap.showAll', {
              count: props.rows.length,
            })}
          </Button>
        </Box>
      )}
    </>
  );
}
