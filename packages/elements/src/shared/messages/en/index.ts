/**
 * English: the widgets' strings and the SDK's, one chunk that `../../messages.ts` loads only
 * when an element resolves to English. Add a widget's English here, beside its Dutch entry there.
 */
import { en as sdk } from '@leernetwerk/sdk/messages/en';
import type { Language } from '../../messages.js';
import { en as agendaBrowser } from './agenda-browser.js';
import { en as common } from './common.js';
import { en as gapMap } from './gap-map.js';
import { en as offeringFinder } from './offering-finder.js';
import { en as offeringForm } from './offering-form.js';
import { en as questionForm } from './question-form.js';
import { en as stepPlan } from './step-plan.js';
import { en as takePart } from './take-part.js';

export const english: Language = {
  ui: { agendaBrowser, common, gapMap, offeringFinder, offeringForm, questionForm, stepPlan, takePart },
  sdk,
};
