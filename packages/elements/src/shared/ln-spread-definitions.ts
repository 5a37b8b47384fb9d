// Imported by the CDN entry right after the provider: every element registered after this is
// defined in a task of its own (see spreadDefinitions), so the bundle's first task stays short.
// Named ln-* so that package.json's `sideEffects` keeps it.
import { spreadDefinitions } from './define.js';

spreadDefinitions();
