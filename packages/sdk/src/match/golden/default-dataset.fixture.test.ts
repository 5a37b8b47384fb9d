// Shared by the golden tests (holds no tests itself): the real default dataset from
// @leernetwerk/data, loaded from its sources and parsed at this boundary. It is imported by URL so
// that the SDK's own build does not depend on the data package, which depends on the SDK.
import * as z from 'zod/mini';
import { DatasetSchema, type Dataset } from '../../schema/index.js';

const dataSource = new URL('../../../../data/src/index.ts', import.meta.url).href;
const loaded = (await import(dataSource)) as { defaultDataset?: unknown };

export const defaultDataset: Dataset = z.parse(DatasetSchema, loaded.defaultDataset);
