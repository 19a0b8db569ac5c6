import { Entity } from '@backstage/catalog-model';
import {
  describeItemAges,
  explainRelevance,
  RelevanceExplanation,
  RelevanceResponse,
  RelevantItem,
  withoutCitedTalks,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

/** A ranked item with everything a row needs to say why it is there. */
export interface ExplainedItem {
  item: RelevantItem;
  /** 1-based position in the ranking as shown. */
  rank: number;
  explanation: RelevanceExplanation;
  /** Only when the age tells this item apart from the others. */
  age?: string;
}

/** The items of a response as shown: no talk twice, plain reasons, ages said once. */
export function explainItems(
  response: RelevanceResponse,
  entity: Entity,
  limit?: number,
): { items: ExplainedItem[]; ageNote?: string } {
  const entityName = entity.metadata.title || entity.metadata.name;
  const items = withoutCitedTalks(response.items, limit);
  const ages = describeItemAges(items);
  return {
    ageNote: ages.note,
    items: items.map((item, index) => ({
      item,
      rank: index + 1,
      explanation: explainRelevance(item, {
        entityName,
        tools: response.tools,
      }),
      age: ages.perItem.get(item.entityRef),
    })),
  };
}
