import { Table, TableColumn } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { Fragment, useMemo } from 'react';
import { PersonaTranslate, personaTranslationRef } from '../../translation';
import { PersonaRefLink } from '../PersonaRefLink';
import { TitledRefLinks } from '../ViewTitles';
import { RollupRow } from './partsRollup';

const PAGE_SIZE = 10;

function columnsOf(
  t: PersonaTranslate,
  total: number,
): TableColumn<RollupRow>[] {
  return [
    {
      title: t('partsRollup.persona'),
      highlight: true,
      render: row => (
        <PersonaRefLink entityRef={row.id} title={row.persona.title} />
      ),
    },
    {
      title: t('partsRollup.holders'),
      render: row =>
        row.holders.length ? (
          <TitledRefLinks entityRefs={row.holders} defaultKind="group" />
        ) : (
          t('rolesTable.nobodyHoldsIt')
        ),
    },
    {
      title: t('partsRollup.through'),
      render: row => (
        <>
          <Typography variant="caption" display="block" color="textSecondary">
            {t('partsRollup.partsCount', {
              count: row.parts.length,
              total: String(total),
            })}
          </Typography>
          {row.parts.map((part, index) => (
            <Fragment key={part.ref}>
              {index > 0 && ', '}
              <EntityRefLink entityRef={part.ref} title={part.title} />
              {part.through && (
                <Typography
                  component="span"
                  variant="body2"
                  color="textSecondary"
                >
                  {' '}
                  (
                  {t('partsRollup.throughSystem', {
                    system: <EntityRefLink entityRef={part.through} />,
                  })}
                  )
                </Typography>
              )}
            </Fragment>
          ))}
        </>
      ),
    },
  ];
}

/**
 * Who builds, enables or consumes the parts of a System or Domain in one
 * mode: each persona once, its holders, and the parts it comes through.
 */
export function PartsRollupTable(props: {
  title: string;
  rows: RollupRow[];
  totalParts: number;
}) {
  const { t } = useTranslationRef(personaTranslationRef);
  // material-table keeps state per column object, so keep them between renders
  const columns = useMemo(
    () => columnsOf(t, props.totalParts),
    [t, props.totalParts],
  );
  return (
    <Table<RollupRow>
      title={props.title}
      columns={columns}
      // material-table writes its own state into the rows it gets
      data={props.rows.map(row => ({ ...row }))}
      options={{
        paging: props.rows.length > PAGE_SIZE,
        pageSize: PAGE_SIZE,
        search: false,
        padding: 'dense',
      }}
    />
  );
}
