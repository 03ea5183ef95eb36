export { CsvDownloadButton } from './CsvDownloadButton';
export type { CsvDownloadButtonProps } from './CsvDownloadButton';
