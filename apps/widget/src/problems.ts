import type { ApiProblem } from './api';
import type { Messages } from './i18n';

/** What to tell the guest about a refusal: our words for known codes, the API's title otherwise. */
export function problemMessage(t: Messages, problem: ApiProblem): string {
  if (problem.code === 'cors_refused') return t.problems.origin_not_allowed;
  const known = t.problems[problem.code];
  if (known) return known;
  if (problem.status >= 500) return t.problems.internal_error;
  return problem.message || t.problems.internal_error;
}
