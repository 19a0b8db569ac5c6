import { AuthService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import { ToolDictionary } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { Readable } from 'node:stream';
import { readCollatorBatchSize } from '../config';
import {
  CONFERENCE_TAKEAWAYS_DOCUMENT_TYPE,
  ConferenceTakeawaysDocument,
} from './ConferenceTakeawaysDocument';
import { INDEXED_KINDS } from './entityInfo';
import { RelatedEntityLoader } from './RelatedEntityLoader';
import { toDocument } from './toDocument';

/**
 * Options of {@link ConferenceTakeawaysCollatorFactory.fromConfig}.
 *
 * @public
 */
export type ConferenceTakeawaysCollatorFactoryOptions = {
  auth: AuthService;
  catalog: CatalogService;
  /**
   * Gives tool names and aliases for the document text. Defaults to the
   * curated dictionary; the module passes the configured one. Tools it does
   * not know are indexed by slug.
   */
  toolDictionary?: ToolDictionary;
};

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Collates the Conference, Talk and Takeaway entities of the catalog into
 * search documents. Results are filtered by the catalog's read permission,
 * so nobody finds a takeaway they could not open in the catalog.
 *
 * @public
 */
export class ConferenceTakeawaysCollatorFactory
  implements DocumentCollatorFactory
{
  public readonly type = CONFERENCE_TAKEAWAYS_DOCUMENT_TYPE;
  public readonly visibilityPermission: DocumentCollatorFactory['visibilityPermission'] =
    catalogEntityReadPermission;

  static fromConfig(
    config: Config,
    options: ConferenceTakeawaysCollatorFactoryOptions,
  ): ConferenceTakeawaysCollatorFactory {
    return new ConferenceTakeawaysCollatorFactory({
      auth: options.auth,
      catalog: options.catalog,
      toolDictionary: options.toolDictionary ?? ToolDictionary.default(),
      batchSize: readCollatorBatchSize(config),
    });
  }

  private constructor(
    private readonly options: Required<ConferenceTakeawaysCollatorFactoryOptions> & {
      batchSize: number;
    },
  ) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(this.execute());
  }

  private async *execute(): AsyncGenerator<ConferenceTakeawaysDocument> {
    const related = new RelatedEntityLoader(
      this.options.catalog,
      this.options.auth,
    );
    let cursor: string | undefined = undefined;
    let page = 0;
    do {
      page += 1;
      let result: Awaited<ReturnType<typeof this.readPage>>;
      try {
        result = await this.readPage(cursor, related);
      } catch (error) {
        throw new Error(
          `Could not read page ${page} of Conference, Talk and Takeaway entities from the catalog: ${describe(
            error,
          )}`,
          { cause: error },
        );
      }
      for (const entity of result.entities) {
        const document = toDocument(
          entity,
          result.related,
          this.options.toolDictionary,
        );
        if (document) {
          yield document;
        }
      }
      cursor = result.nextCursor;
    } while (cursor);
  }

  private async readPage(
    cursor: string | undefined,
    related: RelatedEntityLoader,
  ) {
    const { auth, catalog, batchSize } = this.options;
    // Our own service credentials: the index holds everything, and the
    // search backend filters results per user with visibilityPermission.
    const response = await catalog.queryEntities(
      cursor
        ? { cursor, limit: batchSize }
        : {
            filter: { kind: INDEXED_KINDS },
            limit: batchSize,
            totalItems: 'exclude',
          },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    return {
      entities: response.items,
      related: await related.forPage(response.items),
      nextCursor: response.pageInfo.nextCursor,
    };
  }
}
