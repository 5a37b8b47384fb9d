import type { BenchOptions } from '../options.js';
import type { WidgetsSection } from '../report/types.js';

export async function runWidgets(_options: BenchOptions, _log: (line: string) => void): Promise<Omit<WidgetsSection, 'measuredAt'>> {
  return { skipped: 'not yet written' };
}
