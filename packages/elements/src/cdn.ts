// Entry of the CDN bundle (dist/cdn/leernetwerk.js): registers every ln-* element. Each
// registration file skips tags that are already defined, so loading the bundle twice, or next to
// the npm package, breaks nothing. The provider is defined at once; every element after it in a
// task of its own, so upgrading and first rendering them is no long task. Widgets: add ONE import
// line for your ln-*.ts file below the provider's.
import './provider/ln-provider.js';
import './shared/ln-spread-definitions.js';
import './question-form/ln-question-form.js';
import './offering-finder/ln-offering-finder.js';
import './offering-form/ln-offering-form.js';
import './agenda-browser/ln-agenda-browser.js';
import './take-part/ln-take-part.js';
import './gap-map/ln-gap-map.js';

export * from './index.js';
