import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  ANNOTATION_TOOL,
  findToolUsers,
  ToolLookup,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { digestNotification } from './digestNotification';
import { ownerDigests } from './ownerDigests';

/** What deciding who uses which tool reads of components, systems and APIs. */
const USER_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.tags',
  'metadata.annotations',
  'relations',
  'spec.owner',
];

export interface NewItemsNotifierOptions {
  notifications: NotificationService;
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
}

/**
 * Tells the owners of entities using a tool about new takeaways and talks
 * about it: one notification per owner for each batch (one refresh).
 */
export class NewItemsNotifier {
  readonly #options: NewItemsNotifierOptions;

  constructor(options: NewItemsNotifierOptions) {
    this.#options = options;
  }

  /**
   * Sends the batch's notifications; returns how many were sent. A failed
   * send is logged and the other owners are still told.
   */
  async notify(items: Entity[], dictionary: ToolLookup): Promise<number> {
    if (items.length === 0) {
      return 0;
    }
    const { catalog, auth, notifications, logger } = this.#options;
    // The module acts for nobody in particular: it reads who uses what with
    // its own credentials, and the notifications backend decides who of the
    // owners' members receives them.
    const credentials = await auth.getOwnServiceCredentials();
    const [users, toolEntities] = await Promise.all([
      catalog.getEntities(
        {
          filter: { kind: ['component', 'system', 'api'] },
          fields: USER_FIELDS,
        },
        { credentials },
      ),
      catalog.getEntities(
        {
          filter: {
            [`metadata.annotations.${ANNOTATION_TOOL}`]: CATALOG_FILTER_EXISTS,
          },
          fields: [
            'kind',
            'metadata.name',
            'metadata.namespace',
            'metadata.annotations',
          ],
        },
        { credentials },
      ),
    ]);
    const usersByTool = findToolUsers(users.items, {
      dictionary,
      toolEntities: toolEntities.items,
    });
    let sent = 0;
    for (const digest of ownerDigests(items, usersByTool, dictionary)) {
      try {
        await notifications.send({
          recipients: { type: 'entity', entityRef: digest.owner },
          payload: digestNotification(digest),
        });
        sent += 1;
      } catch (error) {
        logger.warn(
          `Could not notify ${digest.owner} of ${
            digest.items.length
          } new conference takeaways and talks (${digest.items
            .map(item => stringifyEntityRef(item))
            .join(', ')}): ${error}`,
        );
      }
    }
    return sent;
  }
}
