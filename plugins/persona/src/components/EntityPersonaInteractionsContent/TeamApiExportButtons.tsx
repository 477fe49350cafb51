import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { personaApiRef } from '../../api';
import { personaTranslationRef } from '../../translation';
import { DownloadButtons } from '../DownloadButtons';

/** `group:default/platform-team` → `platform-team-team-api`. */
function fileBaseName(entityRef: string): string {
  const name = entityRef.split('/').pop() ?? entityRef;
  return `${name.replace(/[^A-Za-z0-9._-]/g, '_')}-team-api`;
}

/**
 * Downloads the Team API of a team, as the backend writes it: Markdown for
 * people (a wiki, a README), JSON for tools.
 */
export function TeamApiExportButtons(props: {
  entityRef: string;
  name: string;
}) {
  const personaApi = useApi(personaApiRef);
  const { t } = useTranslationRef(personaTranslationRef);
  const base = fileBaseName(props.entityRef);

  return (
    <Box display="flex" alignItems="center" gridGap={8}>
      <Typography variant="body2" id="team-api-export-label">
        {t('teamApiExport.label')}
      </Typography>
      <DownloadButtons
        aria-labelledby="team-api-export-label"
        exportingLabel={t('teamApiExport.exporting')}
        failureMessage={error =>
          t('teamApiExport.failed', {
            name: props.name,
            message: error.message,
          })
        }
        choices={[
          {
            id: 'markdown',
            label: t('teamApiExport.markdown'),
            file: async () => ({
              content: await personaApi.getTeamApiMarkdown(props.entityRef),
              fileName: `${base}.md`,
              mimeType: 'text/markdown;charset=utf-8',
            }),
          },
          {
            id: 'json',
            label: t('teamApiExport.json'),
            file: async () => ({
              content: `${JSON.stringify(
                await personaApi.getTeamApi(props.entityRef),
                null,
                2,
              )}\n`,
              fileName: `${base}.json`,
              mimeType: 'application/json',
            }),
          },
        ]}
      />
    </Box>
  );
}
