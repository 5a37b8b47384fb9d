import type { Offering } from '@leernetwerk/sdk';

export const offerings: Offering[] = [];
