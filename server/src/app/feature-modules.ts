import { CalculationsModule } from '../calculations/calculations.module.js';
import { HealthModule } from '../health/health.module.js';

/** Every feature module of the API, in one list (the app module and the OpenAPI generator use it). */
export const featureModules = [HealthModule, CalculationsModule];
