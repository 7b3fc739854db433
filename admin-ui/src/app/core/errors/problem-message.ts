import { I18n } from '../i18n/i18n';
import { ApiProblem } from './api-problem';

/** The server's own message when it sent one, otherwise ours in the user's language. */
export function problemMessage(problem: ApiProblem, i18n: I18n): string {
  if (problem.message) return problem.message;
  return i18n.t(problem.status === 0 ? 'errors.network' : 'errors.generic');
}
