/**
 * Placeholders left by templates and half-filled files: `<system>`, `TODO`,
 * `${{ values.name }}`, `{{ cookiecutter.name }}`. A placeholder is never
 * evidence: rules report it as invalid, naming it, instead of counting it.
 */
import { quoteText } from './showText';

/** Words that stand for a value nobody has written yet (the whole value, or its start: "TODO: add"). */
const PLACEHOLDER_WORDS =
  /^(?:todo|tbd|tbc|fixme|unknown|n\/a|changeme|change-me|placeholder)(?![\w-])/i;
/**
 * Template expressions of the Backstage scaffolder, cookiecutter, Jinja and
 * Nunjucks. Their bodies are bounded in length so that a value full of `{{`
 * with no closing braces is searched in linear time.
 */
const TEMPLATE_EXPRESSION =
  /\$\{\{[^{}]{0,200}\}\}|\{\{[^{}]{0,200}\}\}|\{%[^%]{0,200}%\}/;
/** `<system>`, `<<DATADOGURL>>`, `https://<host>/d/<uid>`: a name in angle brackets. */
const ANGLE_PLACEHOLDER = /<<?[A-Za-z_][\w .:/-]{0,60}>>?/;

/**
 * The placeholder in a value, as it is shown in messages, or undefined when
 * the value holds none. Cheap for ordinary values: most fail the first test.
 */
export function findPlaceholder(value: string): string | undefined {
  const text = value.trim();
  const words = PLACEHOLDER_WORDS.exec(text);
  if (words) {
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
