import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../common/node';
import { toGlobalId } from '../../common/node-id';
import { Timestamped } from '../../common/timestamps';

export enum OrganisationKind {
  /** A local government (kohalik omavalitsus): a city (linn) or rural municipality (vald). */
  KOV = 'KOV',
  /** An association such as ELVL. */
  ASSOCIATION = 'ASSOCIATION',
  MINISTRY = 'MINISTRY',
  STATE_AGENCY = 'STATE_AGENCY',
  OTHER = 'OTHER',
}
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'What kind of body an organisation is.',
});

@ObjectType('Organisation', {
  implements: Node,
  description: 'A KOV, ELVL or a state partner (ministry, agency) the action plan names.',
})
@Entity('organisations')
export class Organisation extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id', description: 'Global, opaque identifier.' })
  get globalId(): string {
    return toGlobalId('Organisation', this.id);
  }

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
}
