export * from './api-principal';
export * from './staff-principal';
