import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { ViewListPages } from '../../hooks/useViewListPages';
import { VIEW_LIST_PAGE_SIZE } from '../../hooks/useViewListStore';
import { personaTranslationRef } from '../../translation';

/**
 * Under a list that its view cut short: a button for its next page, saying
 * how many more and how many of all are loaded (a table's own pager counts
 * only the loaded rows); "Loading…" while the page is on its
 * way; and when it failed, one line with the reason and a retry — the list
 * above stays as it was. Nothing once the whole list is there.
 */
export function ShowMoreButton(props: {
  pages: Pick<
    ViewListPages<unknown>,
    'items' | 'total' | 'hasMore' | 'loading' | 'error' | 'loadMore'
  >;
}) {
  const { items, total, hasMore, loading, error, loadMore } = props.pages;
  const { t } = useTranslationRef(personaTranslationRef);
  if (!hasMore) return null;
  if (error && !loading) {
    return (
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 8 }}
      >
        <Typography variant="body2" color="error" role="alert">
          {t('showMore.error', { message: error.message })}
        </Typography>
        <Button size="small" variant="outlined" onClick={loadMore}>
          {t('showMore.retry')}
        </Button>
      </Box>
    );
  }
  const next = Math.min(VIEW_LIST_PAGE_SIZE, total - items.length);
  return (
    <Button size="small" onClick={loadMore} disabled={loading}>
      {loading
        ? t('showMore.loading')
        : t('showMore.more', {
            next: next.toLocaleString(),
            shown: items.length.toLocaleString(),
            total: total.toLocaleString(),
          })}
    </Button>
  );
}
