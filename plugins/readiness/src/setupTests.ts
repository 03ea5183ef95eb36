import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The rollup page renders charts and tables from several requests; on a
// loaded 2-core CI machine the default 1 s for findBy* queries was seen to
// run out before the first render finished.
configure({ asyncUtilTimeout: 5000 });
// And a test that waits up to 5 s for one query needs more than jest's
// default 5 s in all.
jest.setTimeout(20_000);
