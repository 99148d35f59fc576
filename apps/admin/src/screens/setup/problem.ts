import { ApiError } from '../../api';

/** One field the API named as at fault, with its own code. */
export interface FieldProblem {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** A refused change as a form shows it: the problem's code and detail, and its field list. */
export interface Problem {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: readonly FieldProblem[];
  readonly extensions: Record<string, unknown>;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.field === 'string' && typeof v.code === 'string' && typeof v.message === 'string';
}

export function problemOf(error: unknown): Problem {
  if (error instanceof ApiError) {
    const listed = error.extensions.errors;
    return {
      status: error.status,
      code: error.code,
      detail: error.message,
      errors: Array.isArray(listed) ? listed.filter(isFieldProblem) : [],
      extensions: error.extensions,
    };
  }
  return { status: 0, code: 'network_error', detail: String(error), errors: [], extensions: {} };
}

/**
 * The API's complaint about `field` (or a field inside it, e.g. `contact.phone` under `contact`),
 * worded `code: message` so staff and support see the same code the API answered.
 */
export function fieldError(problem: Problem | null, field: string): string | undefined {
  if (!problem) return undefined;
  const found = problem.errors.filter((e) => e.field === field || e.field.startsWith(`${field}.`));
  if (found.length === 0) return undefined;
  return found
    .map((e) => {
      const code = e.code === problem.code ? e.code : `${problem.code} (${e.code})`;
      return `${code}: ${e.message}`;
    })
    .join('; ');
}

/** Field errors no input of the form shows, so the form's alert lists them instead. */
export function unplacedErrors(problem: Problem, shown: readonly string[]): FieldProblem[] {
  const under = (field: string, f: string) =>
    field === f || field.startsWith(`${f}.`) || field.startsWith(`${f}[`);
  return problem.errors.filter((e) => !shown.some((f) => under(e.field, f)));
}
