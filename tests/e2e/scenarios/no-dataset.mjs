// Second launch with TASUKETE_DB pointing nowhere (and a fresh profile): no facilities,
// but the emergency numbers and the phrase cards still work.
import { stillWorksWithoutData } from '../without-data.mjs';

export const env = { TASUKETE_TEST_NOW: '2026-11-28T10:00:00+09:00', TASUKETE_DB: '/nonexistent/tasukete.sqlite' };

export async function run() {
  await stillWorksWithoutData({
    label: 'without a dataset',
    errorKind: 'dataset-missing',
    says: ['Emergency numbers and phrase cards still work'],
    shots: ['10-no-dataset-emergency', '11-no-dataset-nearby'],
  });
}
