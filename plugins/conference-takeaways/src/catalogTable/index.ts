export {
  conferenceTakeawaysCatalogColumns,
  createConferenceTakeawaysCatalogColumnsFunc,
} from './columns';
