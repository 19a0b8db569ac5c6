import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { MarkdownContent } from '@backstage/core-components';
import { TeamTakeaways } from '@conference-takeaways/backstage-plugin-conference-takeaways';

const content = `
This portal connects what our engineers learn at conferences to the
software we run.

- **[Conference takeaways](/conference-takeaways)**: search every takeaway,
  talk and conference; see which tools come up over the years
- **[Tools](/conference-takeaways/tools)**: every tool with its tech radar
  ring, the teams using it and what talks said about it
- **[Tech radar](/tech-radar)**: our decisions, with the talks behind them
- **[Catalog](/catalog)**: each service page lists the takeaways about the
  tools it uses

Been to a conference? [Add your trip report](/conference-takeaways?tab=add-report).
`;

const gettingStartedWidget = HomePageWidgetBlueprint.make({
  name: 'getting-started',
  params: {
    name: 'GettingStarted',
    title: 'Getting Started',
    description: 'Where to find what in this portal',
    components: async () => ({
      Content: () => <MarkdownContent content={content} />,
    }),
  },
});

// What conferences said about the tools the user's team runs: the reason to
// open this portal in the morning.
const teamTakeawaysWidget = HomePageWidgetBlueprint.make({
  name: 'team-takeaways',
  params: {
    name: 'TeamTakeaways',
    title: "Takeaways about your team's tools",
    description:
      'The best conference takeaways and talks about the tools your team uses',
    components: async () => ({
      Content: () => <TeamTakeaways limit={5} />,
    }),
  },
});

export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [gettingStartedWidget, teamTakeawaysWidget],
});
