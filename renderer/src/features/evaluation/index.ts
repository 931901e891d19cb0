// What the evaluation feature offers other features: its menu entry (in the 督导考评 area),
// the stored scores of a year (pairing list, 从考评推荐), and — loaded when first shown — a
// pairing's scores for its archive page and the score distribution for the dashboard.
import { lazyComponent } from '../../app/lazy';

export { evaluationNav } from './nav';
export { usePairingScores, useEvaluationRanking, type PairingScore, type RankedPairing } from './data';

export const PairingScoreCard = lazyComponent<{ pairingId: string }>(() => import('./PairingScoreCard'), 'PairingScoreCard');
export const ScoreDistributionCard = lazyComponent<{ year: number; townshipIds?: readonly string[] }>(() => import('./ScoreDistributionCard'), 'ScoreDistributionCard');

/** The page where a year's evaluation is made (for links from other features). */
export const EVALUATION_PATH = '/supervision/evaluation';
