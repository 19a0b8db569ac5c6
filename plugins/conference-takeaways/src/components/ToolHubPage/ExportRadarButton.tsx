import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import GetAppIcon from '@material-ui/icons/GetApp';
import { conferenceTakeawaysApiRef } from '../../api';
import { useRadarAction } from '../../hooks/useRadarAction';
import { downloadTextFile } from '../ReportPreview/downloadTextFile';

/**
 * Downloads the radar file with the portal's citations merged in, for teams
 * that keep the file in a repository as the source of truth. Fetched with
 * the user's token, then saved: a plain link would carry no credentials.
 */
export function ExportRadarButton() {
  const api = useApi(conferenceTakeawaysApiRef);
  const { run, running } = useRadarAction(
    async () =>
      downloadTextFile('tech-radar.yaml', await api.exportRadar(), 'text/yaml'),
    { success: 'Radar exported as tech-radar.yaml' },
  );
  return (
    <Button
      size="small"
      variant="outlined"
      color="primary"
      startIcon={<GetAppIcon />}
      disabled={running}
      onClick={() => run()}
    >
      Export radar YAML
    </Button>
  );
}
