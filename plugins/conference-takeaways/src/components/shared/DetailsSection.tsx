import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';

/** A labelled block inside a details card. */
export function DetailsSection(props: { label: string; children: ReactNode }) {
  return (
    <Box component="section" aria-label={props.label} mt={2}>
      <Typography variant="overline" component="h3" color="textSecondary">
        {props.label}
      </Typography>
      {props.children}
    </Box>
  );
}
