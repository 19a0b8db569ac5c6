export { conferenceTakeawaysPlugin as default } from './plugin';
