import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import ButtonGroup from '@material-ui/core/ButtonGroup';
import Typography from '@material-ui/core/Typography';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useState } from 'react';
import { personaApiRef } from '../../api';
import { personaTranslationRef } from '../../translation';
import { downloadFile } from '../CoverageExport/downloadFile';

type Format = 'markdown' | 'json';

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
  const alertApi = useApi(alertApiRef);
  const { t } = useTranslationRef(personaTranslationRef);
  const [exporting, setExporting] = useState<Format>();

  const exportAs = async (format: Format) => {
    setExporting(format);
    const base = fileBaseName(props.entityRef);
    try {
      if (format === 'markdown') {
        const markdown = await personaApi.getTeamApiMarkdown(props.entityRef);
        downloadFile(markdown, `${base}.md`, 'text/markdown;charset=utf-8');
      } else {
        const document = await personaApi.getTeamApi(props.entityRef);
        downloadFile(
          `${JSON.stringify(document, null, 2)}\n`,
          `${base}.json`,
          'application/json',
        );
      }
    } catch (error) {
      alertApi.post({
        message: t('teamApiExport.failed', {
          name: props.name,
          message: (error as Error).message,
        }),
        severity: 'error',
      });
    } finally {
      setExporting(undefined);
    }
  };

  const label = (format: Format) =>
    exporting === format
      ? t('teamApiExport.exporting')
      : t(`teamApiExport.${format}`);

  return (
    <Box display="flex" alignItems="center" gridGap={8}>
      <Typography variant="body2" id="team-api-export-label">
        {t('teamApiExport.label')}
      </Typography>
      <ButtonGroup
        size="small"
        variant="outlined"
        disabled={exporting !== undefined}
        aria-labelledby="team-api-export-label"
      >
        <Button startIcon={<GetAppIcon />} onClick={() => exportAs('markdown')}>
          {label('markdown')}
        </Button>
        <Button startIcon={<GetAppIcon />} onClick={() => exportAs('json')}>
          {label('json')}
        </Button>
      </ButtonGroup>
    </Box>
  );
}
