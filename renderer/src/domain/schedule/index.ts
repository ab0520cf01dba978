/** Escalation scenarios and the schedule engine: see scenario.ts, engine.ts and tasks.ts. */
export * from './scenario';
export * from './messages';
export * from './holds';
export { planActions, type PlanInput, type PlannedAction } from './engine';
export * from './tasks';
