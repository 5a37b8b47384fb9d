import type { Network } from '@leernetwerk/sdk';

export const networks: Network[] = [];
