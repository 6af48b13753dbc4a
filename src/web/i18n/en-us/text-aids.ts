import type { textAidsZh } from '../zh-cn/text-aids.ts';

/** Smart aids (en-US). */
export const textAidsEn: Record<keyof typeof textAidsZh, string> = {
  'textAids.categories': 'Suggested categories',
  'textAids.categoriesHint': 'Level-1 categories guessed from the text, with their confidence; for reference.',
  'textAids.categoriesLoading': 'Reading the case…',
  'textAids.categoriesFailed': 'No category suggestions right now.',
  'textAids.confidence': 'Confidence {value}%',
  'textAids.duplicates': 'Likely duplicates',
  'textAids.duplicatesHint':
    'Similar cases reported recently in the same township; if it is the same matter, merge into the earlier one.',
  'textAids.duplicatesNone': 'No similar cases found.',
  'textAids.duplicatesFailed': 'Duplicates cannot be checked right now.',
  'textAids.similarity': 'Similarity {value}%',
  'textAids.samePlace': 'Same place',
  'textAids.heat': 'Reported {count} times',
  'textAids.merge': 'Merge into this',
  'textAids.merged': 'Merged into {code}',
  'textAids.searchedSince': 'Searched cases since {date}; set a registration date to search earlier ones.',
  'textAids.replyCheck': 'Reply check',
  'textAids.replyScore': 'Score {score}',
  'textAids.replyGood': 'The reply is concrete and on topic; no weak points found.',
};
