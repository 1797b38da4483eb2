// Test-only preload (`node --import`): this process's clock starts at the instant DORA_TEST_NOW
// names and runs on from there, so that the action's dist/ runs on either side of a date. The
// action itself reads no such variable: its entrypoints hand the system clock to the code that
// decides. Plain JavaScript, so that Node 20 runs it too.
const target = Date.parse(process.env.DORA_TEST_NOW ?? '');
if (Number.isNaN(target)) throw new Error(`DORA_TEST_NOW is not a time: ${process.env.DORA_TEST_NOW}`);
const offset = target - Date.now();
const SystemDate = Date;

class ShiftedDate extends SystemDate {
  constructor(...args) {
    if (args.length === 0) super(SystemDate.now() + offset);
    else super(...args);
  }

  static now() {
    return SystemDate.now() + offset;
  }
}

globalThis.Date = ShiftedDate;
