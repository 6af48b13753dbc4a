// Loaded with `node --import` into a server started as its own process by a test
// (server-process.ts): the process's clock starts at the instant in LUOSHI_TEST_CLOCK and runs on
// at real speed, as the test clock does in the test's own process (clock.ts).
const start = process.env.LUOSHI_TEST_CLOCK;
if (start) {
  const RealDate = globalThis.Date;
  const startMs = RealDate.parse(start);
  if (Number.isNaN(startMs)) throw new Error(`LUOSHI_TEST_CLOCK is not an instant: ${start}`);
  const offset = startMs - RealDate.now();
  const shiftedNow = () => RealDate.now() + offset;
  class TestClockDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(shiftedNow());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return shiftedNow();
    }
  }
  globalThis.Date = TestClockDate as DateConstructor;
}
