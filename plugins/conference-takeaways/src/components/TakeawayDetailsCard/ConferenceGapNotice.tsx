import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';

const FRONTMATTER_EXAMPLE = `---
conference: kubecon-eu-2024
---`;

const OBJECT_EXAMPLE = `conference:
  series: KubeCon + CloudNativeCon
  region: Europe
  year: 2024`;

function YamlExample(props: { text: string }) {
  return (
    <Box component="pre" mt={0} mb={1} fontSize="0.8125rem">
      <code>{props.text}</code>
    </Box>
  );
}

/**
 * Shown on a takeaway whose report did not say which conference it covers:
 * the takeaway is kept, but without a conference it has no year in the
 * trends and no place in conference filters, so the page says how to fix it.
 */
export function ConferenceGapNotice(props: { reportTitle?: string }) {
  const report = props.reportTitle ? (
    <>
      the report <q>{props.reportTitle}</q>
    </>
  ) : (
    'its trip report'
  );
  return (
    <Alert
      severity="warning"
      role="status"
      aria-label="Conference not identified"
    >
      <AlertTitle>Conference not identified</AlertTitle>
      <Typography variant="body2" paragraph>
        We could not tell from {report} which conference this takeaway comes
        from, so it is listed without one: it is missing from conference
        filters, conference pages and the tool trends. To fix it, add{' '}
        <code>conference:</code> to the report's frontmatter, with the name of a
        conference entity:
      </Typography>
      <YamlExample text={FRONTMATTER_EXAMPLE} />
      <Typography variant="body2" paragraph>
        or a description of it:
      </Typography>
      <YamlExample text={OBJECT_EXAMPLE} />
    </Alert>
  );
}
