import { InfoCard, MarkdownContent } from '@backstage/core-components';
import { useApiHolder } from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import { reportPreviewApiRef } from '../../api/ReportPreviewApi';
import { ReportPreviewCard } from '../ReportPreview';

const guide = `
Takeaways come from **trip reports**: Markdown files that the catalog reads
from the locations your Backstage admins configured. One report per person and
conference is typical.

1. Start with frontmatter naming the conference and the author.
2. Write one \`##\` section per takeaway. Its heading is the headline, the
   paragraphs below it are the summary.
3. List the talks that taught you this under \`Talks:\`, with a link to the
   recording when there is one. Only \`http(s)\` links are kept.
4. Optionally name the tools the takeaway is about with a \`Tools:\` line;
   otherwise they are detected from the text.

\`\`\`markdown
---
title: "KubeCon + CloudNativeCon Europe 2022 — what we brought back"
conference: kubecon-eu-2022
author: Jane Doe
date: 2022-06-01
---
## Linkerd is the service mesh people actually enjoy running
Teams that moved from a heavier mesh reported fewer incidents...

Tools: linkerd

Talks:
- "Talk title in quotes" by Speaker One & Speaker Two — https://www.youtube.com/watch?v=...
\`\`\`

Once the report is merged, the takeaways, talks and conference appear here and
on the pages of services and teams that use those tools.
`;

/**
 * How to contribute a trip report, beside a form to try one; linked from
 * every empty state.
 */
export function AddTripReportGuide() {
  // An app that leaves out the preview API still gets the guide.
  const canPreview = Boolean(useApiHolder().get(reportPreviewApiRef));
  const guideCard = (
    <InfoCard title="Add a trip report">
      <MarkdownContent content={guide} />
    </InfoCard>
  );
  if (!canPreview) {
    return guideCard;
  }
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} lg={5}>
        {guideCard}
      </Grid>
      <Grid item xs={12} lg={7}>
        <ReportPreviewCard />
      </Grid>
    </Grid>
  );
}
