import { Arg, Field, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { PublicReference } from './cache-control';

/** A language the API's own texts (labels) come in. */
export enum Language {
  ET = 'et',
  EN = 'en',
}

/** What a front-end shows for one enum value, in Estonian and English; `description` is for developers. */
export interface EnumValueText {
  et: string;
  en: string;
  /** The SDL description; the English label when absent. */
  description?: string;
}

type EnumObject = Record<string, string | number>;

/** Enum name → GraphQL value name → labels. */
const labelsByEnum = new Map<string, Map<string, EnumValueText>>();
/** Enum object → internal value → labels (for values read from storage, e.g. search facets). */
const labelsByInternalValue = new Map<EnumObject, Map<string | number, EnumValueText>>();

/**
 * Registers a GraphQL enum whose every value has a description and an
 * Estonian and English label, which `enumLabels` serves, so front-ends do not
 * keep their own translations of the API's codes.
 */
export function registerLabelledEnum<E extends EnumObject>(
  enumObject: E,
  config: { name: string; description: string; values: { [K in keyof E]: EnumValueText } },
): void {
  const values = config.values as Record<string, EnumValueText>;
  registerEnumType(enumObject, {
    name: config.name,
    description: config.description,
    valuesConfig: Object.fromEntries(
      Object.entries(values).map(([key, text]) => [key, { description: text.description ?? `${text.en}.` }]),
    ) as never,
  });
  labelsByEnum.set(config.name, new Map(Object.entries(values)));
  labelsByInternalValue.set(
    enumObject,
    new Map(Object.entries(values).map(([key, text]) => [enumObject[key]!, text])),
  );
}

registerLabelledEnum(Language, {
  name: 'Language',
  description: 'A language the API’s own texts (labels of codes) come in.',
  values: {
    ET: { et: 'eesti keel', en: 'Estonian', description: 'Estonian (the default).' },
    EN: { et: 'inglise keel', en: 'English' },
  },
});

/** The label of a stored (internal) enum value, e.g. GuideKind's "HOW_TO" → "Juhend". */
export function labelOf(
  enumObject: EnumObject,
  internalValue: string | number,
  language: Language,
): string | null {
  return labelsByInternalValue.get(enumObject)?.get(internalValue)?.[language] ?? null;
}

@ObjectType({ description: 'One enum value with its label in the requested language.' })
export class EnumValueLabel {
  @Field({ description: 'The value as the schema spells it, e.g. "IN_PROGRESS".' })
  value: string;

  @Field({ description: 'What to show for it, e.g. "Töös" or "In progress".' })
  label: string;
}

@PublicReference()
@ObjectType({ description: 'The labels of one enum’s values.' })
export class EnumLabels {
  @Field({ description: 'The enum’s name in the schema, e.g. "ActivityStatus".' })
  enum: string;

  @Field(() => [EnumValueLabel], { description: 'Every value, in the schema’s order.' })
  values: EnumValueLabel[];
}

@Resolver()
export class EnumLabelsResolver {
  @Query(() => [EnumLabels], {
    description:
      'Estonian or English labels for the values of the schema’s enums that front-ends show (statuses, kinds, ' +
      'roles, facets…), so every front-end says the same. All such enums unless `enums` names some; an unknown ' +
      'name is left out. Public and cacheable.',
  })
  enumLabels(
    @Arg('language', () => Language, { defaultValue: Language.ET, description: 'Language of the labels.' })
    language: Language,
    @Arg('enums', () => [String], {
      nullable: true,
      description: 'Enum names, e.g. ["GuideKind"]; all if absent.',
    })
    enums: string[] | null,
  ): EnumLabels[] {
    const names = enums ?? [...labelsByEnum.keys()].sort();
    return names.flatMap((name) => {
      const values = labelsByEnum.get(name);
      if (!values) return [];
      return [
        {
          enum: name,
          values: [...values].map(([value, text]) => ({ value, label: text[language] })),
        },
      ];
    });
  }
}
