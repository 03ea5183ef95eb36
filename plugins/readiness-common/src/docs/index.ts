/** Documentation generated from a rubric: the annotation reference and rules in words. */
export { renderAnnotationsDoc } from './renderAnnotationsDoc';
export { describeRule } from './describeRule';
export { checkDocOf } from './checkDoc';
