import type { DatasetProblem, QuestionProblem } from '../parse/index.js';
import { messagesFor } from './catalog.js';
import type { Lang, Messages } from './types.js';

/**
 * A problem as one line that names its package and its place. For dataset problems it may show
 * the value that was received; question problems carry none, so none is shown.
 *
 * @example
 * formatProblem(problem, 'nl');
 * // 'leernetwerk: offerings[3].scale[0]: verwacht een van local, regional, national, organisation — kreeg "landelijk"'
 */
export function formatProblem(problem: DatasetProblem | QuestionProblem, lang: Lang): string {
  return formatProblemIn(messagesFor(lang), problem);
}

/**
 * `formatProblem` with the messages of one language, so that a bundle carries only that language.
 *
 * @example
 * import { nl } from '@leernetwerk/sdk/messages/nl';
 * formatProblemIn(nl, problem); // 'leernetwerk: offerings[3].scale[0]: verwacht een van …'
 */
export function formatProblemIn(messages: Messages, problem: DatasetProblem | QuestionProblem): string {
  const template = messages.problem[problem.code];
  const text = template === undefined ? String(problem.code) : template(problem.params ?? {});
  const where = problem.where ? `${problem.where}: ` : '';
  const dropped = 'dropped' in problem && problem.dropped ? ` ${messages.dropped(problem.dropped)}` : '';
  return `leernetwerk: ${where}${text}${dropped}`;
}
