import { parseEntityRef } from '@backstage/catalog-model';
import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import { PersonaComponent } from '@platform-personas/backstage-plugin-persona-common';
import { PersonaRefLink } from '../PersonaRefLink';

const PAGE_SIZE = 10;

type Row = PersonaComponent & { appliesTo?: string[] };

function kindOf(ref: string): string {
  const { kind } = parseEntityRef(ref);
  return kind.charAt(0).toLocaleUpperCase('en-US') + kind.slice(1);
}

const VIA_TEXT = { ref: 'named', selector: 'selector' };

const columns: TableColumn<Row>[] = [
  {
    title: 'Component',
    field: 'ref',
    highlight: true,
    render: row => (
      <PersonaRefLink
        entityRef={row.ref}
        title={row.title}
        missing={row.missing}
      />
    ),
  },
  { title: 'Kind', render: row => kindOf(row.ref) },
  { title: 'Type', field: 'type', emptyValue: '—' },
  {
    title: 'Owner',
    render: row =>
      row.owners.length ? (
        <EntityRefLinks entityRefs={row.owners} defaultKind="group" />
      ) : (
        '—'
      ),
  },
  { title: 'Lifecycle', field: 'lifecycle', emptyValue: '—' },
  {
    title: 'Via',
    render: row =>
      row.via.map(via => (
        <Chip key={via} size="small" variant="outlined" label={VIA_TEXT[via]} />
      )),
  },
];

const appliesToColumn: TableColumn<Row> = {
  title: 'Applies to',
  render: row =>
    row.appliesTo?.length ? <EntityRefLinks entityRefs={row.appliesTo} /> : '—',
};

/**
 * The components of one mode of a persona: a link (or the missing ref), kind,
 * type, owners, lifecycle and whether the persona names it or a selector
 * found it. Long lists are paged.
 */
export function PersonaComponentsTable(props: {
  title: string;
  components: Row[];
  showAppliesTo?: boolean;
}) {
  const { title, components, showAppliesTo } = props;
  const paged = components.length > PAGE_SIZE;
  return (
    <Table<Row>
      title={title}
      columns={showAppliesTo ? [...columns, appliesToColumn] : columns}
      // material-table writes its own state into the rows it gets
      data={components.map(component => ({ ...component }))}
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
