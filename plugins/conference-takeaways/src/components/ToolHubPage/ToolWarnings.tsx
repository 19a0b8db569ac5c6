import {
  ToolHubWarning,
  ToolHubWarningType,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';

/** A radar file that cannot be read hides the radar; the rest only needs fixing. */
const SEVERITY: Record<ToolHubWarningType, 'error' | 'warning'> = {
  'radar-file': 'error',
  'hold-while-used': 'warning',
  'missing-evidence': 'warning',
  'invalid-evidence': 'warning',
};

/** Problems with the tool's radar entry worth fixing, one alert each. */
export function ToolWarnings(props: { warnings: ToolHubWarning[] }) {
  if (props.warnings.length === 0) {
    return null;
  }
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 8 }}>
      {props.warnings.map((warning, index) => (
        <Alert
          key={`${warning.type}-${warning.entityRef ?? ''}-${index}`}
          severity={SEVERITY[warning.type] ?? 'warning'}
        >
          {warning.message}
        </Alert>
      ))}
    </Box>
  );
}
