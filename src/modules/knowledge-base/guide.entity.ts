import { Field, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Node } from '../../common/node';
import { Timestamped } from '../../common/timestamps';
import { Organisation } from '../organisations';
import { Audience, GuideKind, GuideLanguage, GuideStatus, Visibility } from './guide.enums';
import { PublicReference } from '../../common/cache-control';

/**
 * One language version of a guide. Versions that translate each other share
 * a `translationKey`. `version` rises on every change and is what an update
 * must name (optimistic concurrency).
 */
@ObjectType('Guide', { implements: Node, description: 'A knowledge-base guide in one language.' })
@Entity('guides')
@Index(['language', 'slug'], { unique: true })
@Index(['translationKey', 'language'], { unique: true })
@Check('CHK_guides_slug', `"slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('CHK_guides_published', `"status" <> 'PUBLISHED' OR "published_at" IS NOT NULL`)
export class Guide extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  translationKey: string;

  @Field(() => GuideLanguage, { description: 'Language of this version.' })
  @Column({ type: 'varchar', length: 2 })
  language: GuideLanguage;

  @Field(() => GuideKind, { description: 'What kind of material this is.' })
  @Column({ type: 'enum', enum: GuideKind, enumName: 'guide_kind' })
  kind: GuideKind;

  @Field({ description: 'Title.' })
  @Column({ type: 'text' })
  title: string;

  @Field({
    description: 'URL slug, unique within the language; old slugs keep answering (see `guideBySlug`).',
  })
  @Column({ type: 'varchar', length: 120 })
  slug: string;

  @Field({ description: 'Short summary shown in lists and search.' })
  @Column({ type: 'text' })
  summary: string;

  @Field({ description: 'The body in Markdown, exactly as written.' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => GuideStatus, { description: 'Workflow status.' })
  @Column({ type: 'enum', enum: GuideStatus, enumName: 'guide_status', default: GuideStatus.DRAFT })
  status: GuideStatus;

  @Field(() => Visibility, { description: 'Who may read it once published.' })
  @Column({ type: 'enum', enum: Visibility, enumName: 'visibility' })
  visibility: Visibility;

  @Field(() => [Audience], { description: 'Who it is written for.' })
  @Column({ type: 'enum', enum: Audience, enumName: 'audience', array: true, default: '{}' })
  audience: Audience[];

  /** Topic codes from the controlled taxonomy (checked against `topics` on save). */
  @Column({ type: 'text', array: true, default: '{}' })
  topicCodes: string[];

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Field(() => Int, { description: 'Rises on every change; pass it back with an update.' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => Date, { nullable: true, description: 'When it was (last) published.' })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the worker will publish it, if scheduled.' })
  @Index()
  @Column({ type: 'timestamptz', nullable: true })
  scheduledPublishAt: Date | null;
}

/** Slugs a guide had before: links to them keep working. */
@Entity('guide_slug_history')
@Index(['language', 'slug'], { unique: true })
export class GuideSlugHistory {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  guideId: string;

  @ManyToOne(() => Guide, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'guide_id' })
  guide?: Guide;

  @Column({ type: 'varchar', length: 2 })
  language: string;

  @Column({ type: 'varchar', length: 120 })
  slug: string;
}

@Entity('guide_authors')
export class GuideAuthor {
  @PrimaryColumn({ type: 'uuid' })
  guideId: string;

  @ManyToOne(() => Guide, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'guide_id' })
  guide?: Guide;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;
}

@Entity('guide_activities')
export class GuideActivity {
  @PrimaryColumn({ type: 'uuid' })
  guideId: string;

  @ManyToOne(() => Guide, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'guide_id' })
  guide?: Guide;

  @PrimaryColumn({ type: 'uuid' })
  activityId: string;

  @ManyToOne('Activity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: unknown;
}

/** A snapshot of a guide's content after a save that changed it. */
@ObjectType('GuideRevision', { implements: Node, description: "A saved state of a guide's content." })
@Entity('guide_revisions')
@Index(['guideId', 'number'], { unique: true })
export class GuideRevision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  guideId: string;

  @ManyToOne(() => Guide, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'guide_id' })
  guide?: Guide;

  @Field(() => Int, { description: 'Revision number within the guide, from 1.' })
  @Column({ type: 'int' })
  number: number;

  /** The content fields as saved (see GuideSnapshot). */
  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  /** SHA-256 of the snapshot, so an identical save is recognised without comparing fields. */
  @Column({ type: 'text' })
  contentHash: string;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @Field({ description: 'When this revision was saved.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A file attached to a guide, stored on disk under its checksum. */
@ObjectType('GuideAttachment', { implements: Node, description: 'A file attached to a guide.' })
@Entity('guide_attachments')
@Check('CHK_guide_attachments_size', '"size" >= 0')
export class GuideAttachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  guideId: string;

  @ManyToOne(() => Guide, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'guide_id' })
  guide?: Guide;

  @Field({ description: 'File name as uploaded.' })
  @Column({ type: 'text' })
  filename: string;

  @Field({ description: 'MIME type.' })
  @Column({ type: 'text' })
  contentType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size: number;

  @Field({ description: 'SHA-256 of the content, hex.' })
  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedById: string | null;

  @Field({ description: 'When it was uploaded.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => String, { description: 'Where to download it (GET, with the same bearer token).' })
  get downloadUrl(): string {
    return `/attachments/${this.id}`;
  }
}

/** The controlled vocabulary of guide topics: themes and E-ITS module groups and modules. */
@PublicReference()
@ObjectType('Topic', { description: 'A topic of the controlled taxonomy.' })
@Entity('topics')
export class Topic {
  @Field({ description: 'Stable code, e.g. "cyber-security", "e-its/ORP", "e-its/ORP.4".' })
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code: string;

  @Field({ description: 'Name in Estonian.' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'Name in English.' })
  @Column({ type: 'text' })
  nameEn: string;

  @Field(() => String, {
    nullable: true,
    description: 'Code of the broader topic, e.g. "e-its/ORP" for "e-its/ORP.4".',
  })
  @Column({ type: 'varchar', length: 64, nullable: true })
  parentCode: string | null;
}
