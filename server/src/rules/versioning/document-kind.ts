import type { EntityManager } from 'typeorm';
import type { VersionedDocument } from '../entities/versioned-document.js';
import type { FieldIssues } from './field-issues.js';

/**
 * What differs between allocation keys, rule sets and the costing policy: the table, the words used in
 * messages, and how a document is checked. Everything else is VersionedDocumentsService.
 */
export interface DocumentKind {
  /** "allocation key": used in messages. */
  readonly label: string;
  readonly entity: new () => VersionedDocument<unknown>;
  /**
   * Problems with the code and the document, keyed by the API's field paths (`code`, `document.shares.HR`);
   * empty when the version may be saved.
   */
  validate(code: string, document: Record<string, unknown>, manager: EntityManager): Promise<FieldIssues>;
}
