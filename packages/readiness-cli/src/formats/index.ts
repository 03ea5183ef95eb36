import { formatGithub } from './github';
import { formatJson } from './json';
import type { Formatter } from './LintReport';
import { formatSarif } from './sarif';
import { formatText } from './text';

export const FORMATS: Record<string, Formatter> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};

export type { Formatter, LintReport, FormatContext } from './LintReport';
