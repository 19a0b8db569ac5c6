import { PreviewResponse } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import GetAppIcon from '@material-ui/icons/GetApp';
import Alert from '@material-ui/lab/Alert';
import { ExternalLink } from '../shared/ExternalLink';
import { SafeMarkdown } from '../shared/SafeMarkdown';
import { ToolChip } from '../shared/ToolChip';
import { downloadTextFile } from './downloadTextFile';

function Section(props: { title: string; children: React.ReactNode }) {
  return (
    <Box component="section" mt={3}>
      <Typography variant="h6" component="h3" gutterBottom>
        {props.title}
      </Typography>
      {props.children}
    </Box>
  );
}

function conferenceLine(
  conference: NonNullable<PreviewResponse['conference']>,
) {
  const dates = [conference.startDate, conference.endDate]
    .filter(Boolean)
    .join(' to ');
  return [conference.title, conference.location, dates]
    .filter(Boolean)
    .join(' · ');
}

/**
 * What the portal would extract from a report. Everything shown comes from
 * the report, so text is rendered as text and Markdown through SafeMarkdown.
 */
export function ReportPreviewResult(props: { preview: PreviewResponse }) {
  const { preview } = props;
  const { suggestedFile } = preview;
  return (
    <Box aria-label="Extraction preview" role="region">
      <Section title="Conference">
        {preview.conference ? (
          <Typography>{conferenceLine(preview.conference)}</Typography>
        ) : (
          <Alert severity="warning">
            No conference found: add <code>conference:</code> to the front
            matter, e.g. <code>kubecon-eu-2024</code>.
          </Alert>
        )}
        {(preview.report.author || preview.report.date) && (
          <Typography variant="body2" color="textSecondary">
            Report {preview.report.author && `by ${preview.report.author}`}{' '}
            {preview.report.date && `of ${preview.report.date}`}
          </Typography>
        )}
      </Section>

      {preview.warnings.length > 0 && (
        <Section title="Check these">
          <Alert severity="info">
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {preview.warnings.map(warning => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </Alert>
        </Section>
      )}

      <Section title={`Takeaways (${preview.takeaways.length})`}>
        {preview.takeaways.map(takeaway => (
          <Box key={takeaway.name} mb={2}>
            <Typography variant="subtitle1" component="h4">
              {takeaway.headline}
            </Typography>
            <SafeMarkdown content={takeaway.summary} />
            <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
              {takeaway.tools.map(tool => (
                <ToolChip
                  key={tool.slug}
                  slug={tool.slug}
                  label={tool.name}
                  color={
                    takeaway.subjectTools.some(s => s.slug === tool.slug)
                      ? 'primary'
                      : 'default'
                  }
                />
              ))}
            </Box>
            {takeaway.talks.length > 0 && (
              <Typography variant="body2" color="textSecondary">
                Cites: {takeaway.talks.join('; ')}
              </Typography>
            )}
          </Box>
        ))}
      </Section>

      <Section title={`Talks (${preview.talks.length})`}>
        {preview.talks.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            No talks cited. List them under <code>Talks:</code> with their
            speakers and recording links.
          </Typography>
        ) : (
          <ul>
            {preview.talks.map(talk => (
              <li key={talk.name}>
                <Typography variant="body2">
                  <strong>{talk.title}</strong>
                  {talk.speakers.length > 0 &&
                    ` by ${talk.speakers.join(', ')}`}{' '}
                  <ExternalLink url={talk.recordingUrl}>recording</ExternalLink>{' '}
                  <ExternalLink url={talk.slidesUrl}>slides</ExternalLink>
                </Typography>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={`Tools (${preview.tools.length})`}>
        <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
          {preview.tools.map(tool => (
            <ToolChip key={tool.slug} slug={tool.slug} label={tool.name} />
          ))}
        </Box>
      </Section>

      <Section title="File to commit">
        <Typography variant="body2" paragraph>
          Front matter stating what was extracted, so the portal reads the same
          next time:
        </Typography>
        <Box
          component="pre"
          p={1}
          style={{ overflowX: 'auto', whiteSpace: 'pre-wrap' }}
          bgcolor="background.default"
        >
          {suggestedFile.frontmatter}
        </Box>
        <Button
          variant="contained"
          color="primary"
          startIcon={<GetAppIcon />}
          onClick={() =>
            downloadTextFile(suggestedFile.fileName, suggestedFile.content)
          }
        >
          Download {suggestedFile.fileName}
        </Button>
      </Section>
    </Box>
  );
}
