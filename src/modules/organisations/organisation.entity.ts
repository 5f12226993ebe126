import { registerLabelledEnum } from '../../common/labelled-enum';
import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../common/node';
import { Timestamped } from '../../common/timestamps';
import { County } from './county.entity';
import { PublicReference } from '../../common/cache-control';

export enum OrganisationKind {
  /** A local government (kohalik omavalitsus): a city (linn) or rural municipality (vald). */
  KOV = 'KOV',
  /** An association such as ELVL. */
  ASSOCIATION = 'ASSOCIATION',
  MINISTRY = 'MINISTRY',
  STATE_AGENCY = 'STATE_AGENCY',
  OTHER = 'OTHER',
}
registerLabelledEnum(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'What kind of body an organisation is.',
  values: {
    KOV: {
      et: 'Kohalik omavalitsus',
      en: 'Local government',
      description: 'A local government (kohalik omavalitsus): a city (linn) or rural municipality (vald).',
    },
    ASSOCIATION: { et: 'Liit', en: 'Association', description: 'An association such as ELVL.' },
    MINISTRY: { et: 'Ministeerium', en: 'Ministry' },
    STATE_AGENCY: { et: 'Riigiasutus', en: 'State agency' },
    OTHER: { et: 'Muu', en: 'Other' },
  },
});

/** The two kinds of local government in Estonia. */
export enum KovType {
  /** City (linn). */
  LINN = 'LINN',
  /** Rural municipality (vald). */
  VALD = 'VALD',
}
registerLabelledEnum(KovType, {
  name: 'KovType',
  description: 'Kind of local government: city (linn) or rural municipality (vald).',
  values: {
    LINN: { et: 'Linn', en: 'City' },
    VALD: { et: 'Vald', en: 'Rural municipality' },
  },
});

@PublicReference()
@ObjectType('Organisation', {
  implements: Node,
  description: 'A KOV, ELVL or a state partner (ministry, agency) the action plan names.',
})
@Entity('organisations')
@Check('CHK_organisations_ehak', `"ehak_code" ~ '^[0-9]{4}$'`)
@Check(
  'CHK_organisations_kov',
  `("kind" = 'KOV') = ("kov_type" IS NOT NULL AND "ehak_code" IS NOT NULL AND "county_id" IS NOT NULL)`,
)
export class Organisation extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { nullable: true, description: 'Stable short code, e.g. "ELVL", "RIA", "JUSTDIGI".' })
  @Column({ type: 'varchar', length: 32, nullable: true, unique: true })
  code: string | null;

  @Field({ description: 'Official name in Estonian.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Name in English, where one is used.' })
  @Column({ type: 'text', nullable: true })
  nameEn: string | null;

  @Field(() => OrganisationKind, { description: 'What kind of body this is.' })
  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind: OrganisationKind;

  @Field(() => KovType, { nullable: true, description: 'For a KOV: linn or vald.' })
  @Column({ type: 'enum', enum: KovType, enumName: 'kov_type', nullable: true })
  kovType: KovType | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a KOV: EHAK code, four digits with leading zeros kept, e.g. "0141".',
  })
  @Column({ type: 'varchar', length: 4, nullable: true, unique: true })
  ehakCode: string | null;

  @Column({ type: 'uuid', nullable: true })
  countyId: string | null;

  @ManyToOne(() => County, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id' })
  county?: County;
}
