import { Injectable } from '@nestjs/common';
import { SetupDocumentRepository } from '@tablekeeper/db';
import { ProblemException } from '../common/problem';
import type { SetupCaller } from './restaurant-setup.service';
import { SetupChanges } from './setup-changes';
import { documentOf, importSetupDocument, todayIn, type SetupDocument } from './setup-document';
import type { SetupDocumentInput } from './setup-document.inputs';
import type { SetupImportOutput } from './setup.outputs';

/** A restaurant's whole setup as one document, out (export) and in (import), for API and admin. */
@Injectable()
export class SetupDocumentService {
  constructor(
    private readonly documents: SetupDocumentRepository,
    private readonly changes: SetupChanges,
  ) {}

  async exportSetup(restaurantId: string): Promise<SetupDocument> {
    const timezone = await this.documents.timezoneOf(restaurantId);
    if (!timezone) throw new ProblemException('restaurant_not_found', 'No such restaurant');
    const today = todayIn(timezone);
    return documentOf(await this.documents.snapshot(restaurantId, today), today);
  }

  async importSetup(by: SetupCaller, doc: SetupDocumentInput): Promise<SetupImportOutput> {
    const done = await importSetupDocument(this.documents, by.actor, doc, by.restaurantId);
    if (done.restaurantId !== by.restaurantId)
      throw new ProblemException('restaurant_not_found', 'No such restaurant');
    await this.changes.announce(by.restaurantId);
    return {
      restaurantId: done.restaurantId,
      created: done.created,
      deactivatedTables: [...done.deactivatedTables],
      affectedBookings: done.affectedBookings.map((b) => ({ ...b, tables: [...b.tables] })),
    };
  }
}
