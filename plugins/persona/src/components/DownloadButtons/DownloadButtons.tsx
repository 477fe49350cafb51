import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import ButtonGroup from '@material-ui/core/ButtonGroup';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useState } from 'react';
import { downloadFile } from './downloadFile';

/** A file the browser saves. */
export type DownloadedFile = {
  content: string;
  fileName: string;
  mimeType: string;
};

/** One button: its label, and how to make its file (fetched when clicked). */
export type DownloadChoice = {
  id: string;
  label: string;
  file: () => Promise<DownloadedFile>;
};

/**
 * A group of download buttons that fetch their file when clicked: the
 * clicked one says `exportingLabel` and all are disabled meanwhile, and a
 * failure is posted to the alert API, never thrown at the page.
 */
export function DownloadButtons(props: {
  choices: DownloadChoice[];
  exportingLabel: string;
  failureMessage: (error: Error) => string;
  'aria-labelledby'?: string;
}) {
  const alertApi = useApi(alertApiRef);
  const [exporting, setExporting] = useState<string>();

  const download = async (choice: DownloadChoice) => {
    setExporting(choice.id);
    try {
      const { content, fileName, mimeType } = await choice.file();
      downloadFile(content, fileName, mimeType);
    } catch (error) {
      alertApi.post({
        message: props.failureMessage(error as Error),
        severity: 'error',
      });
    } finally {
      setExporting(undefined);
    }
  };

  return (
    <ButtonGroup
      size="small"
      variant="outlined"
      disabled={exporting !== undefined}
      aria-labelledby={props['aria-labelledby']}
    >
      {props.choices.map(choice => (
        <Button
          key={choice.id}
          startIcon={<GetAppIcon />}
          onClick={() => download(choice)}
        >
          {exporting === choice.id ? props.exportingLabel : choice.label}
        </Button>
      ))}
    </ButtonGroup>
  );
}
