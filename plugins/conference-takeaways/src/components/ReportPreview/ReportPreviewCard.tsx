import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import TextField from '@material-ui/core/TextField';
import { FormEvent, useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { reportPreviewApiRef } from '../../api/ReportPreviewApi';
import { ReportPreviewResult } from './ReportPreviewResult';

type Source = 'text' | 'url';

/**
 * "Try your report": paste a trip report, or give its URL, and see what the
 * portal would extract from it, then download it with front matter.
 */
export function ReportPreviewCard() {
  const api = useApi(reportPreviewApiRef);
  const [source, setSource] = useState<Source>('text');
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('report.md');
  const [url, setUrl] = useState('');
  const [state, run] = useAsyncFn(
    () =>
      api.preview(
        source === 'text'
          ? { text, fileName: fileName.trim() || undefined }
          : { url: url.trim() },
      ),
    [api, source, text, fileName, url],
  );
  const ready = source === 'text' ? text.trim() !== '' : url.trim() !== '';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) {
      run();
    }
  };

  return (
    <InfoCard
      title="Try your report"
      subheader="See what the portal makes of a report before you commit it. Nothing is saved."
    >
      <Tabs
        value={source}
        onChange={(_event, value: Source) => setSource(value)}
        indicatorColor="primary"
        textColor="primary"
        aria-label="Where the report comes from"
      >
        <Tab value="text" label="Paste text" />
        <Tab value="url" label="From a URL" />
      </Tabs>
      <Box component="form" onSubmit={onSubmit} mt={2}>
        {source === 'text' ? (
          <>
            <TextField
              id="report-preview-text"
              label="Trip report (Markdown or plain text)"
              value={text}
              onChange={event => setText(event.target.value)}
              multiline
              minRows={8}
              maxRows={20}
              fullWidth
              variant="outlined"
            />
            <Box mt={2}>
              <TextField
                id="report-preview-file-name"
                label="File name"
                helperText="Its ending decides the format: .md or .txt"
                value={fileName}
                onChange={event => setFileName(event.target.value)}
                variant="outlined"
                size="small"
              />
            </Box>
          </>
        ) : (
          <TextField
            id="report-preview-url"
            label="Report URL"
            helperText="Only hosts the portal is allowed to read"
            value={url}
            onChange={event => setUrl(event.target.value)}
            type="url"
            fullWidth
            variant="outlined"
          />
        )}
        <Box mt={2}>
          <Button
            type="submit"
            variant="contained"
            color="primary"
            disabled={!ready || state.loading}
          >
            Preview extraction
          </Button>
        </Box>
      </Box>
      <Box mt={2}>
        {state.loading && <Progress />}
        {!state.loading && state.error && (
          <ResponseErrorPanel error={state.error} />
        )}
        {!state.loading && state.value && (
          <ReportPreviewResult preview={state.value} />
        )}
      </Box>
    </InfoCard>
  );
}
