import { InfoCard, Link } from '@backstage/core-components';
import { ToolHubResponse } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { useExplorerLink } from '../../hooks/useExplorerLink';
import { ExternalLink, RingChip } from '../shared';

const MATURITY: Record<string, string> = {
  graduated: 'CNCF graduated',
  incubating: 'CNCF incubating',
  sandbox: 'CNCF sandbox',
  none: 'not a CNCF project',
};

function Fact(props: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="textSecondary">
        {props.label}
      </Typography>
      <Typography component="dd" variant="body2" style={{ margin: 0 }}>
        {props.children}
      </Typography>
    </>
  );
}

/** What the tool is, and where it stands on the radar. */
export function ToolOverview(props: { hub: ToolHubResponse }) {
  const { tool, radar } = props.hub;
  const definition = tool.definition;
  const explorerLink = useExplorerLink();
  return (
    <InfoCard title={tool.name} subheader={tool.slug}>
      <Box
        component="dl"
        display="grid"
        style={{ gridTemplateColumns: 'max-content 1fr', gap: '4px 16px' }}
        m={0}
      >
        {definition?.category && (
          <Fact label="Category">{definition.category}</Fact>
        )}
        {definition?.maturity && (
          <Fact label="Maturity">
            {MATURITY[definition.maturity] ?? definition.maturity}
          </Fact>
        )}
        {definition?.homepage && (
          <Fact label="Homepage">
            <ExternalLink url={definition.homepage} textWhenUnsafe>
              {definition.homepage}
            </ExternalLink>
          </Fact>
        )}
        {definition?.aliases && definition.aliases.length > 0 && (
          <Fact label="Also known as">{definition.aliases.join(', ')}</Fact>
        )}
        <Fact label="Tech radar">
          {radar ? (
            <>
              <RingChip ring={radar.ring} /> in {radar.quadrant.name} since{' '}
              {radar.timeline[0]?.date}
              {!radar.active && ' (phased out, no longer on the radar)'}
            </>
          ) : (
            'Not on the tech radar'
          )}
        </Fact>
      </Box>
      {radar && radar.links.length > 0 && (
        <Box mt={2}>
          {radar.links.map(link => (
            <Typography variant="body2" key={link.url}>
              <ExternalLink url={link.url}>{link.title}</ExternalLink>
            </Typography>
          ))}
        </Box>
      )}
      {explorerLink && (
        <Box mt={2}>
          <Link to={explorerLink({ tab: 'takeaways', tool: tool.slug })}>
            Takeaways about {tool.name} in the explorer
          </Link>
        </Box>
      )}
    </InfoCard>
  );
}
