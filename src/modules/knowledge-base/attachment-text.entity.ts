import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { registerLabelledEnum } from '../../common/labelled-enum';
import { GuideAttachment } from './guide.entity';

export enum AttachmentTextStatus {
  PENDING = 'PENDING',
  EXTRACTED = 'EXTRACTED',
  FAILED = 'FAILED',
  NOT_SUPPORTED = 'NOT_SUPPORTED',
}
registerLabelledEnum(AttachmentTextStatus, {
  name: 'AttachmentTextStatus',
  description: 'Whether the text inside an attachment has been taken out for search.',
  values: {
    PENDING: { et: 'Ootel', en: 'Pending', description: 'Waiting for the worker (seconds, normally).' },
    EXTRACTED: {
      et: 'Tekst loetud',
      en: 'Extracted',
      description: 'The text is stored and searchable once the guide is published.',
    },
    FAILED: { et: 'Ebaõnnestus', en: 'Failed', description: 'No text could be taken out; see `failure`.' },
    NOT_SUPPORTED: {
      et: 'Ei toetata',
      en: 'Not supported',
      description: 'A type text is not taken from (images, archives); only the file name is searchable.',
    },
  },
});

export enum AttachmentTextFailure {
  ENCRYPTED = 'ENCRYPTED',
  NO_TEXT = 'NO_TEXT',
  CORRUPT = 'CORRUPT',
  TIMEOUT = 'TIMEOUT',
  TOO_COMPLEX = 'TOO_COMPLEX',
  FILE_MISSING = 'FILE_MISSING',
}
registerLabelledEnum(AttachmentTextFailure, {
  name: 'AttachmentTextFailure',
  description: 'Why no text could be taken from an attachment.',
  values: {
    ENCRYPTED: {
      et: 'Parooliga kaitstud',
      en: 'Encrypted',
      description: 'The file is protected by a password; upload it without one.',
    },
    NO_TEXT: {
      et: 'Teksti pole',
      en: 'No text',
      description: 'The file has no text layer (a scan or an image); OCR is not offered.',
    },
    CORRUPT: { et: 'Vigane fail', en: 'Corrupt', description: 'The file is damaged or not of its type.' },
    TIMEOUT: {
      et: 'Liiga aeglane',
      en: 'Timed out',
      description: 'Reading the text took longer than ATTACHMENT_TEXT_TIMEOUT_SECONDS.',
    },
    TOO_COMPLEX: {
      et: 'Liiga keeruline',
      en: 'Too complex',
      description: 'Reading the text needed more memory than allowed, or never finished.',
    },
    FILE_MISSING: {
      et: 'Fail puudub',
      en: 'File missing',
      description: 'The stored file could not be read (an operator should look at the attachments folder).',
    },
  },
});

/**
 * The text of one attachment, as search indexes it. Kept in PostgreSQL, so a
 * reindex never extracts again; a row apart from the attachment's own, so
 * listing attachments never reads the text.
 */
@ObjectType('AttachmentTextExtraction', {
  description: 'How taking the text out of an attachment went (editors only).',
})
@Entity('guide_attachment_texts')
@Index('IDX_guide_attachment_texts_due', ['nextAttemptAt'], { where: `"status" = 'PENDING'` })
@Check('CHK_guide_attachment_texts_failure', `("status" = 'FAILED') = ("failure" IS NOT NULL)`)
export class GuideAttachmentText {
  @PrimaryColumn({ type: 'uuid' })
  attachmentId: string;

  @OneToOne(() => GuideAttachment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attachment_id' })
  attachment?: GuideAttachment;

  @Field(() => AttachmentTextStatus, { description: 'Where the extraction is.' })
  @Column({ type: 'varchar', length: 16 })
  status: AttachmentTextStatus;

  @Field(() => AttachmentTextFailure, { nullable: true, description: 'Why it failed, when it did.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  failure: AttachmentTextFailure | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the reader library said, when it failed (English, technical).',
  })
  @Column({ type: 'text', nullable: true })
  failureDetail: string | null;

  /** The normalised text; never sent through GraphQL (it is searched, and downloaded as the file). */
  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Field(() => Int, { description: 'Characters of text stored for search.' })
  @Column({ type: 'int', default: 0 })
  characters: number;

  @Field({
    description: 'The file had more text than ATTACHMENT_TEXT_MAX_CHARS; the rest is not searchable.',
  })
  @Column({ type: 'boolean', default: false })
  truncated: boolean;

  @Field(() => Int, { description: 'Extraction attempts so far.' })
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** Due for (another) attempt from then; while one runs, the end of its lease. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  /** Names the attempt under way: only it may store its outcome (a replaced file starts a new one). */
  @Column({ type: 'uuid', nullable: true })
  leaseId: string | null;

  @Field(() => Date, { nullable: true, description: 'When the text was taken out (or the attempt gave up).' })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** The NOTIFY channel that wakes the extraction job when an attachment is uploaded or replaced. */
export const ATTACHMENT_TEXT_CHANNEL = 'attachment_text';
