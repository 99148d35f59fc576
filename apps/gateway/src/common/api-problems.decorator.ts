import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, PROBLEMS } from './problem';

/** Documents the problem+json answers a route can give, with the codes each status carries. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) => {
      const codes = Object.entries(PROBLEMS)
        .filter(([, p]) => p.status === status)
        .map(([code]) => code);
      return ApiResponse({
        status,
        description: `Problem: ${codes.join(', ')}`,
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
      });
    }),
  );
}
