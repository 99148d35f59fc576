import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, PROBLEMS, problemType } from './problem';

import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', example: problemType('validation_failed') },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string', enum: Object.keys(PROBLEMS) },
    instance: { type: 'string' },
    errorId: { type: 'string', description: 'Present on 5xx; also in the server log' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

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
        content: { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM_SCHEMA } },
      });
    }),
  );
}
