import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  RelevanceExplanation,
  RelevantItem,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { CitedTalks } from './CitedTalks';
import { ExternalLink } from './ExternalLink';
import { ReasonLine } from './ReasonLine';

const useStyles = makeStyles(theme => ({
  item: {
    display: 'grid',
    gridTemplateColumns: `${theme.spacing(3)}px 1fr`,
    columnGap: theme.spacing(1),
  },
  rank: {
    color: theme.palette.text.secondary,
    fontVariantNumeric: 'tabular-nums',
    paddingTop: 2,
  },
  title: { lineHeight: 1.35 },
  talks: {
    margin: theme.spacing(0.5, 0, 0),
    paddingLeft: theme.spacing(2),
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

/**
 * One ranked takeaway or talk: its position, link, conference, the reason in
 * one line, and the talks it cites.
 */
export function RelevantItemView(props: {
  item: RelevantItem;
  rank: number;
  explanation: RelevanceExplanation;
  /** e.g. `from 2019, may be dated`, when the age tells this item apart. */
  age?: string;
}) {
  const { item, rank, explanation, age } = props;
  const classes = useStyles();
  const meta = [item.kind, conferenceLine(item.conference), age]
    .filter(Boolean)
    .join(' · ');
  return (
    <article className={classes.item} aria-label={item.title}>
      <Typography
        variant="subtitle2"
        className={classes.rank}
        aria-label={`Rank ${rank}`}
      >
        {rank}.
      </Typography>
      <div>
        <Typography
          variant="subtitle1"
          component="h3"
          className={classes.title}
        >
          <EntityRefLink entityRef={item.entityRef} hideIcon>
            {item.title}
          </EntityRefLink>
        </Typography>
        <Typography variant="caption" color="textSecondary" component="p">
          {meta}
        </Typography>
        <ReasonLine explanation={explanation} />
        {item.talks && item.talks.length > 0 && (
          <div className={classes.talks}>
            <CitedTalks talks={item.talks} />
          </div>
        )}
        {item.links && item.links.length > 0 && (
          <Typography variant="body2">
            {item.links.map(link => (
              <span key={link.url}>
                <ExternalLink url={link.url}>{link.title}</ExternalLink>{' '}
              </span>
            ))}
          </Typography>
        )}
      </div>
    </article>
  );
}
