import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { RelevantItem } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { CitedTalks } from './CitedTalks';
import { ExternalLink } from './ExternalLink';
import { ReasonChips } from './ReasonChips';

const useStyles = makeStyles(theme => ({
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
    margin: theme.spacing(0.5, 0),
  },
}));

/** e.g. `KubeCon Amsterdam (2023)`; the year is only added when the title lacks it. */
export function conferenceLine(
  conference: RelevantItem['conference'],
): string | undefined {
  if (!conference) {
    return undefined;
  }
  const { title, year } = conference;
  return year === undefined || title.includes(String(year))
    ? title
    : `${title} (${year})`;
}

/** One ranked takeaway or talk: link, conference, reasons and sources. */
export function RelevantItemView(props: { item: RelevantItem }) {
  const { item } = props;
  const classes = useStyles();
  const conference = conferenceLine(item.conference);
  return (
    <Box component="article" aria-label={item.title}>
      <Typography variant="subtitle1" component="h3">
        <EntityRefLink entityRef={item.entityRef} hideIcon>
          {item.title}
        </EntityRefLink>
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {item.kind}
        {conference && ` · ${conference}`}
      </Typography>
      <div className={classes.chips}>
        <ReasonChips reasons={item.reasons} />
      </div>
      {item.talks && <CitedTalks talks={item.talks} />}
      {item.links && item.links.length > 0 && (
        <Typography variant="body2">
          {item.links.map(link => (
            <span key={link.url}>
              <ExternalLink url={link.url}>{link.title}</ExternalLink>{' '}
            </span>
          ))}
        </Typography>
      )}
    </Box>
  );
}
