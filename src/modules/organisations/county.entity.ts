import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../common/node';
import { PublicReference } from '../../common/cache-control';

/** One of Estonia's 15 counties (maakond), by its EHAK code. */
@PublicReference()
@ObjectType('County', { implements: Node, description: 'A county (maakond) of Estonia.' })
@Entity('counties')
@Check('CHK_counties_ehak', `"ehak_code" ~ '^[0-9]{4}$'`)
export class County {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'EHAK code, four digits with leading zeros kept, e.g. "0037".' })
  @Column({ type: 'varchar', length: 4, unique: true })
  ehakCode: string;

  @Field({ description: 'Official name, e.g. "Harju maakond".' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'Short name, e.g. "Harju".' })
  @Column({ type: 'text', unique: true })
  shortName: string;
}
