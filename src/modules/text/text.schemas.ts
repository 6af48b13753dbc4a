import { Type } from 'typebox';

export const CategorySuggestionsBody = Type.Object(
  {
    text: Type.String({
      minLength: 1,
      maxLength: 8000,
      description: 'The message (title and description), Simplified or Traditional',
    }),
  },
  { additionalProperties: false },
);

export const CategorySuggestionsResponse = Type.Object({
  suggestions: Type.Array(
    Type.Object({
      category: Type.String({ description: 'Level-1 category name (一级分类)' }),
      confidence: Type.Number({ minimum: 0, maximum: 1 }),
      categoryId: Type.Union([Type.Integer(), Type.Null()], {
        description: 'The level-1 node of this installation’s category tree with that name, if any',
      }),
    }),
  ),
});
