import {
  CompoundEntityRef,
  Entity,
  getCompoundEntityRef,
  KindValidator,
  parseEntityRef,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
} from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  CONFERENCE_KIND,
  conferenceEntityV1alpha1Validator,
  isConferenceEntity,
  isTakeawayEntity,
  isTalkEntity,
  RELATION_CITED_BY,
  RELATION_CITES_TALK,
  RELATION_DISCUSSED_IN,
  RELATION_DISCUSSES,
  RELATION_HAS_TAKEAWAY,
  RELATION_HAS_TALK,
  RELATION_PRESENTED_AT,
  RELATION_TAKEAWAY_FROM,
  TALK_KIND,
  takeawayEntityV1alpha1Validator,
  talkEntityV1alpha1Validator,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { ToolEntityIndex } from './ToolEntityIndex';

/** @public */
export interface ConferenceTakeawaysEntitiesProcessorOptions {
  /**
   * Finds the catalog entities modelling a tool, for the `discusses` /
   * `discussedIn` relations. Without it, no tool relations are emitted.
   */
  toolEntities?: ToolEntityIndex;
}

/** Emits a relation and its reverse. */
type Link = (
  target: CompoundEntityRef,
  forward: string,
  backward: string,
) => void;

/**
 * Validates the Conference, Talk and Takeaway kinds and emits their
 * relations, always in both directions.
 *
 * @public
 */
export class ConferenceTakeawaysEntitiesProcessor implements CatalogProcessor {
  readonly #validators: KindValidator[] = [
    conferenceEntityV1alpha1Validator,
    talkEntityV1alpha1Validator,
    takeawayEntityV1alpha1Validator,
  ];
  readonly #toolEntities?: ToolEntityIndex;

  constructor(options: ConferenceTakeawaysEntitiesProcessorOptions = {}) {
    this.#toolEntities = options.toolEntities;
  }

  getProcessorName(): string {
    return 'ConferenceTakeawaysEntitiesProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    for (const validator of this.#validators) {
      // Throws, naming the field, when the entity is of our kind but invalid.
      if (await validator.check(entity)) {
        return true;
      }
    }
    return false;
  }

  async postProcessEntity(
    entity: Entity,
    _location: unknown,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    const self = getCompoundEntityRef(entity);
    const link: Link = (target, forward, backward) => {
      emit(processingResult.relation({ source: self, type: forward, target }));
      emit(
        processingResult.relation({
          source: target,
          type: backward,
          target: self,
        }),
      );
    };
    const ref = (value: string, defaultKind: string): CompoundEntityRef => {
      const { kind, namespace, name } = parseEntityRef(value, {
        defaultKind,
        defaultNamespace: self.namespace,
      });
      return { kind, namespace, name };
    };

    if (
      !isConferenceEntity(entity) &&
      !isTalkEntity(entity) &&
      !isTakeawayEntity(entity)
    ) {
      return entity;
    }
    if (isTalkEntity(entity)) {
      if (entity.spec.conference) {
        link(
          ref(entity.spec.conference, CONFERENCE_KIND),
          RELATION_PRESENTED_AT,
          RELATION_HAS_TALK,
        );
      }
      await this.#linkTools(entity.spec.tools, link);
    }
    if (isTakeawayEntity(entity)) {
      // A takeaway whose conference could not be told has no conference to link.
      if (entity.spec.conference) {
        link(
          ref(entity.spec.conference, CONFERENCE_KIND),
          RELATION_TAKEAWAY_FROM,
          RELATION_HAS_TAKEAWAY,
        );
      }
      for (const talk of entity.spec.talks ?? []) {
        link(ref(talk, TALK_KIND), RELATION_CITES_TALK, RELATION_CITED_BY);
      }
      // A takeaway discusses what it is about, not every passing mention.
      await this.#linkTools(entity.spec.subjectTools, link);
    }
    if (entity.spec.owner) {
      link(
        ref(entity.spec.owner, 'Group'),
        RELATION_OWNED_BY,
        RELATION_OWNER_OF,
      );
    }
    return entity;
  }

  async #linkTools(slugs: string[] | undefined, link: Link) {
    if (!this.#toolEntities || !slugs?.length) {
      return;
    }
    for (const slug of new Set(slugs)) {
      for (const target of await this.#toolEntities.findToolEntities(slug)) {
        link(target, RELATION_DISCUSSES, RELATION_DISCUSSED_IN);
      }
    }
  }
}
