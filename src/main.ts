import { runMain } from './action/main.ts';

await runMain();
