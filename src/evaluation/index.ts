export { scoreItem, summarise, parseEvalSet, containsValue, normaliseForScoring, type EvalItem, type ItemScore, type EvalSummary } from './score.js';
export {
  scoreProfile,
  summariseProfiles,
  parseProfileSet,
  isProfileItem,
  type ProfileItem,
  type ProfileScore,
  type ProfileSummary,
  type ScoredAnswer,
} from './profiles.js';
