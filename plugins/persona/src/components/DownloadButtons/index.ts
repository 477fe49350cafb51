export { DownloadButtons } from './DownloadButtons';
export type { DownloadChoice, DownloadedFile } from './DownloadButtons';
