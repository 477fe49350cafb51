import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import TablePagination from '@material-ui/core/TablePagination';
import Typography from '@material-ui/core/Typography';
import { PersonaPage } from '@platform-personas/backstage-plugin-persona-common';
import { ReactNode, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { personaTranslationRef } from '../../translation';

/** How many items of a gap list show at once. */
export const GAP_PAGE_SIZE = 10;

/**
 * One gap list, titled with its total, defined in a sentence, and paged on
 * its own (apart from the teams and the other gaps).
 */
export function GapCard<T>(props: {
  title: string;
  definition: string;
  /** Every item of the list, across pages. */
  total: number;
  none: string;
  load: (offset: number, limit: number) => Promise<PersonaPage<T>>;
  renderItem: (item: T) => {
    key: string;
    primary: ReactNode;
    secondary?: ReactNode;
  };
}) {
  const { title, definition, total, none, load, renderItem } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  const [page, setPage] = useState(0);
  const { loading, error, value } = useAsync(
    () => load(page * GAP_PAGE_SIZE, GAP_PAGE_SIZE),
    [load, page],
  );

  let content;
  if (total === 0) {
    content = (
      <Typography variant="body2" color="textSecondary">
        {none}
      </Typography>
    );
  } else if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel title={t('gaps.loadFailed')} error={error} />;
  } else {
    content = (
      <List dense disablePadding>
        {value?.items.map(item => {
          const { key, primary, secondary } = renderItem(item);
          return (
            <ListItem key={key} disableGutters>
              <ListItemText primary={primary} secondary={secondary} />
            </ListItem>
          );
        })}
      </List>
    );
  }

  return (
    <InfoCard
      title={t('gaps.withTotal', { title, total: String(total) })}
      subheader={definition}
    >
      {content}
      {total > GAP_PAGE_SIZE && (
        <TablePagination
          component="div"
          count={total}
          page={page}
          rowsPerPage={GAP_PAGE_SIZE}
          rowsPerPageOptions={[]}
          onPageChange={(_, next) => setPage(next)}
        />
      )}
    </InfoCard>
  );
}
