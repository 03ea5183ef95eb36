/**
 * Placeholders left by templates and half-filled files: `<system>`, `TODO`,
 * `${{ values.name }}`, `{{ cookiecutter.name }}`. A placeholder is never
 * evidence: rules report it as invalid, naming it, instead of counting it.
 */
import { quoteText } from './showText';

/**
 * Words that stand for a value nobody has written yet: the whole value, or
 * its start ("TODO: add", "TBD - ask ops"). `undefined` is what a script
 * writes for a value it never had (`lifecycle: undefined`).
 */
const PLACEHOLDER_WORDS =
  /^(?:todo|tbd|tbc|fixme|changeme|change-me|placeholder|unknown|undefined|n\/a)(?![\w-])/i;
/** Words of real names too ("Unknown Pleasures"): placeholders unless a word follows. */
const NAME_WORDS = new Set(['unknown', 'undefined', 'n/a']);
const STARTS_WITH_LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** Whether a word follows the placeholder word at the start of text. */
function wordFollows(text: string, word: string): boolean {
  const rest = text.slice(word.length);
  const next = rest.trimStart();
  return next !== rest && STARTS_WITH_LETTER_OR_DIGIT.test(next);
}

/**
 * Template expressions of the Backstage scaffolder, cookiecutter, Jinja and
 * Nunjucks. Their bodies are bounded in length so that a value full of `{{`
 * with no closing braces is searched in linear time.
 */
const TEMPLATE_EXPRESSION =
  /\$\{\{[^{}]{0,200}\}\}|\{\{[^{}]{0,200}\}\}|\{%[^%]{0,200}%\}/;
/** `<system>`, `<<DATADOGURL>>`, `https://<host>/d/<uid>`: a name in angle brackets. */
const ANGLE_PLACEHOLDER = /<<?[A-Za-z_][\w .:/-]{0,60}>>?/;
/** `‹system›`: the single guillemets some templates and style guides use. */
const GUILLEMET_PLACEHOLDER = /‹[^‹›]{1,60}›/;

/**
 * The placeholder in a value, as it is shown in messages, or undefined when
 * the value holds none. Cheap for ordinary values: most fail the first test.
 */
export function findPlaceholder(value: string): string | undefined {
  const text = value.trim();
  const words = PLACEHOLDER_WORDS.exec(text);
  if (
    words &&
    !(NAME_WORDS.has(words[0].toLowerCase()) && wordFollows(text, words[0]))
  ) {
    return words[0];
  }
  if (text.indexOf('{') >= 0) {
    const template = TEMPLATE_EXPRESSION.exec(text);
    if (template) {
      return template[0];
    }
  }
  if (text.indexOf('<') >= 0) {
    const angle = ANGLE_PLACEHOLDER.exec(text);
    if (angle) {
      return angle[0];
    }
  }
  if (text.indexOf('‹') >= 0) {
    return GUILLEMET_PLACEHOLDER.exec(text)?.[0];
  }
  return undefined;
}

/**
 * Why a value with a placeholder is invalid, for the problem's detail:
 * `a placeholder` when the whole value is one, else which part is.
 */
export function placeholderDetail(value: string, placeholder: string): string {
  return value.trim() === placeholder
    ? 'a placeholder, not a value'
    : `${quoteText(placeholder)} is a placeholder`;
}
