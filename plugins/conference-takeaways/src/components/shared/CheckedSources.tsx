import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_TOOLS,
  ANNOTATION_TOOL,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Typography from '@material-ui/core/Typography';

/**
 * What the relevance lookup read on this entity, so an empty card says where
 * it looked and how to add a tool. Renders spans only (EmptyState wraps its
 * description in a paragraph).
 */
export function CheckedSources(props: { entity: Entity }) {
  const { entity } = props;
  const tags = entity.metadata.tags ?? [];
  const annotation = entity.metadata.annotations?.[ANNOTATION_TOOLS];
  const name = entity.metadata.title || entity.metadata.name;
  return (
    <Typography variant="body2" component="span" display="block" gutterBottom>
      We looked for tools in {name}'s tags (
      {tags.length > 0 ? tags.map(t => <code key={t}>{t} </code>) : 'none'}
      ), its <code>{ANNOTATION_TOOLS}</code> annotation (
      {annotation ? <code>{annotation}</code> : 'not set'}), and the resources
      it depends on that carry <code>{ANNOTATION_TOOL}</code>
      {entity.kind.toLocaleLowerCase('en-US') === 'group' &&
        ', for each component this team owns'}
      . None of them names a tool we have takeaways about. To add one, set for
      example <code>{ANNOTATION_TOOLS}: linkerd, opentelemetry</code> in its{' '}
      <code>catalog-info.yaml</code>, or add the tool's name as a tag.
    </Typography>
  );
}
