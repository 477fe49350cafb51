import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import ButtonGroup from '@material-ui/core/ButtonGroup';
import FileCopyIcon from '@material-ui/icons/FileCopy';
import { useEffect, useRef } from 'react';
import useCopyToClipboard from 'react-use/esm/useCopyToClipboard';

/**
 * Copies the text of the editor ("Copy YAML") or, when there are problems,
 * the problem report ("Copy problem report") to the clipboard, and says
 * whether that worked.
 */
export function PersonaValidatorCopyButtons(props: {
  text: string;
  /** The problem report of the text; none while there is nothing to report. */
  report?: string;
}) {
  const alertApi = useApi(alertApiRef);
  const [copied, copy] = useCopyToClipboard();
  const what = useRef('');

  useEffect(() => {
    if (copied.error) {
      alertApi.post({
        message: `Could not copy ${what.current}: ${copied.error.message}`,
        severity: 'error',
      });
    } else if (copied.value !== undefined) {
      alertApi.post({
        message: `Copied ${what.current} to the clipboard`,
        severity: 'success',
        display: 'transient',
      });
    }
  }, [alertApi, copied]);

  const copyAs = (content: string, description: string) => {
    what.current = description;
    copy(content);
  };

  return (
    <ButtonGroup size="small" variant="outlined">
      <Button
        startIcon={<FileCopyIcon />}
        disabled={!props.text.trim()}
        onClick={() => copyAs(props.text, 'the YAML')}
      >
        Copy YAML
      </Button>
      <Button
        startIcon={<FileCopyIcon />}
        disabled={!props.report}
        onClick={() =>
          props.report && copyAs(props.report, 'the problem report')
        }
      >
        Copy problem report
      </Button>
    </ButtonGroup>
  );
}
