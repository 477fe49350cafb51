import { parseEntityRef } from '@backstage/catalog-model';
import { Table, TableColumn } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import { PersonaComponent } from '@platform-personas/backstage-plugin-persona-common';
import { useMemo } from 'react';
import { PersonaTranslate, personaTranslationRef } from '../../translation';
import { PersonaRefLink } from '../PersonaRefLink';

const PAGE_SIZE = 10;

type Component = PersonaComponent & { appliesTo?: string[] };

/** A row of the table: material-table keeps its state per row `id`. */
type Row = Component & { id: string };

// Headers and one-word values never wrap mid-word: on narrow screens the
// table scrolls instead
const HEADER_STYLE = { whiteSpace: 'nowrap' } as const;
const WORD_STYLE = { whiteSpace: 'nowrap' } as const;

/** Entity links one under the other: a comma would wrap onto a line of its own. */
function RefLines(props: { refs: string[]; defaultKind?: string }) {
  if (props.refs.length === 0) return <>—</>;
  return (
    <>
      {props.refs.map(ref => (
        <div key={ref} style={{ whiteSpace: 'nowrap' }}>
          <EntityRefLink entityRef={ref} defaultKind={props.defaultKind} />
        </div>
      ))}
    </>
  );
}

function kindOf(ref: string): string {
  const { kind } = parseEntityRef(ref);
  return kind.charAt(0).toLocaleUpperCase('en-US') + kind.slice(1);
}

function columnsOf(t: PersonaTranslate, showAppliesTo?: boolean) {
  const columns: TableColumn<Row>[] = [
    {
      title: t('componentsTable.component'),
      field: 'ref',
      highlight: true,
      headerStyle: HEADER_STYLE,
      render: row => (
        <PersonaRefLink
          entityRef={row.ref}
          title={row.title}
          missing={row.missing}
        />
      ),
    },
    {
      title: t('componentsTable.kind'),
      headerStyle: HEADER_STYLE,
      cellStyle: WORD_STYLE,
      render: row => kindOf(row.ref),
    },
    {
      title: t('componentsTable.type'),
      field: 'type',
      emptyValue: '—',
      headerStyle: HEADER_STYLE,
      cellStyle: WORD_STYLE,
    },
    {
      title: t('componentsTable.owner'),
      headerStyle: HEADER_STYLE,
      render: row => <RefLines refs={row.owners} defaultKind="group" />,
    },
    {
      title: t('componentsTable.lifecycle'),
      field: 'lifecycle',
      emptyValue: '—',
      headerStyle: HEADER_STYLE,
      cellStyle: WORD_STYLE,
    },
    {
      title: t('componentsTable.via'),
      headerStyle: HEADER_STYLE,
      render: row =>
        row.via.map(via => (
          <Chip
            key={via}
            size="small"
            variant="outlined"
            label={t(`via.${via}`)}
          />
        )),
    },
  ];
  if (showAppliesTo) {
    columns.push({
      title: t('componentsTable.appliesTo'),
      headerStyle: HEADER_STYLE,
      render: row => <RefLines refs={row.appliesTo ?? []} />,
    });
  }
  return columns;
}

/**
 * The components of one mode of a persona: a link (or the missing ref), kind,
 * type, owners, lifecycle and whether the persona names it or a selector
 * found it. Long lists are paged.
 */
export function PersonaComponentsTable(props: {
  title: string;
  components: Component[];
  showAppliesTo?: boolean;
}) {
  const { title, components, showAppliesTo } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  // material-table keeps state per column object, so keep them between renders
  const columns = useMemo(
    () => columnsOf(t, showAppliesTo),
    [t, showAppliesTo],
  );
  // material-table keeps its state per row id, and writes it into the rows
  // it gets: copies, kept between renders
  const rows = useMemo(
    () => components.map(component => ({ ...component, id: component.ref })),
    [components],
  );
  const paged = components.length > PAGE_SIZE;
  return (
    <Table<Row>
      title={title}
      columns={columns}
      data={rows}
      options={{
        paging: paged,
        pageSize: PAGE_SIZE,
        pageSizeOptions: [PAGE_SIZE, 25, 50],
        search: paged,
        padding: 'dense',
      }}
    />
  );
}
