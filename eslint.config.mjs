// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'libs/db/src/generated/**',
      '.tools/**',
      '.data/**',
      'scripts/**',
      'results/**',
      'apps/admin/dist/**',
      'apps/widget/dist/**',
      'artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Workflow code runs in Temporal's deterministic sandbox: no I/O, no Node built-ins, no
    // database or framework imports. Activities are imported as types only.
    files: ['temporal/workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'http', 'https', 'net', 'child_process', 'os'],
              message: 'No Node APIs in workflow code.',
            },
            {
              group: ['@prisma/*', '**/generated/prisma/**', 'pg', 'ioredis', '@nestjs/*', 'luxon'],
              message: 'No I/O or framework imports in workflow code.',
            },
            {
              group: ['../activities/*', '../activities'],
              message: 'Import activities with `import type` only.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' },
    },
  },
  {
    files: [
      'apps/cli/**/*.ts',
      'apps/booking-flow/**/*.ts',
      'prisma/seed.ts',
      'bench/**/*.ts',
      'chaos/**/*.ts',
    ],
    rules: { 'no-console': 'off' },
  },
);
