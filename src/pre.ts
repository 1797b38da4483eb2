import { runPre } from './steps/pre.ts';

runPre(new Date(), process.env);
