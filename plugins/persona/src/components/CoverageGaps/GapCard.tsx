import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { PersonaPage } from '@platform-personas/backstage-plugin-persona-common';
import { ReactNode } from 'react';
import { personaTranslationRef } from '../../translation';

/** One gap list of the current page, titled with its total. */
export function GapCard<T>(props: {
  title: string;
  page: PersonaPage<T>;
  none: string;
  renderItem: (item: T) => {
    key: string;
    primary: ReactNode;
    secondary?: ReactNode;
  };
}) {
  const { title, page, none, renderItem } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <InfoCard title={t('gaps.withTotal', { title, total: String(page.total) })}>
      {page.items.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {page.total === 0 ? none : t('gaps.noneOnThisPage')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {page.items.map(item => {
            const { key, primary, secondary } = renderItem(item);
            return (
              <ListItem key={key} disableGutters>
                <ListItemText primary={primary} secondary={secondary} />
              </ListItem>
            );
          })}
        </List>
      )}
    </InfoCard>
  );
}
