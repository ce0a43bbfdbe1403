/**
 * The speaker ranker's weights (lib/quotes/ranker.ts). null: the rules' answer alone.
 */
import type { SpeakerModel } from './ranker';

export const SPEAKER_MODEL: SpeakerModel | null = null;
