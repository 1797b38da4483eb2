import { runPre } from './action/pre.ts';

runPre();
