export { ReportPreviewCard } from './ReportPreviewCard';
