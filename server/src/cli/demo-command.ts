import { DemoLoaderService } from '../demo/demo-loader.service.js';
import { withAppContext } from './app-context.js';

/** `costing demo-load`: loads the demo organization and prices 2011 (idempotent). */
export async function runDemoLoad(): Promise<number> {
  return withAppContext(async (context) => {
    await context.get(DemoLoaderService).load();
    return 0;
  });
}
