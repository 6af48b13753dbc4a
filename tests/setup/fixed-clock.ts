import { restoreTestClock } from '../helpers/clock.ts';

// Each test file starts at the fixed test instant (tests/helpers/clock.ts explains why and how).
restoreTestClock();
