// SPDX-License-Identifier: EUPL-1.2
/**
 * The overview handed to the person or a parent (ADR 0029), as PDF and CSV:
 * /privacy/logboek/betrokkene/:id/overzicht.pdf|.csv. Registered by auditPages (privacy.pages.tsx)
 * on its own instance.
 */
import { z } from 'zod';
import { messages } from '#src/web/i18n/messages.ts';
import { idOrNotFound } from '#src/web/ids.ts';
import { overviewFileName, renderOverviewCsv, renderOverviewPdf } from './access-overview-export.ts';
import type { AuditPagesApp, AuditPagesOptions } from './audit-pages.shared.ts';
import { exportSubjectOverview } from './privacy.service.ts';

const idParams = z.object({ id: z.string().max(100) });

/** Registers the export of a person's overview. */
export function overviewExportRoutes(app: AuditPagesApp, { locale }: AuditPagesOptions): void {
  // The overview handed to the person or a parent (ADR 0029): the whole overview, oldest first, in
  // the route's language, without protected names. Audited as an export; nothing is cached.
  const exportHeaders = (type: string, fileName: string, length: number) => ({
    'Content-Type': type,
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Content-Length': String(length),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // Should a browser show it anyway: nothing may run or load (as the chronology PDF).
    'Content-Security-Policy': "sandbox; default-src 'none'",
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  const exportRoute = { config: { policy: 'audit:read' }, schema: { params: idParams } } as const;

  app.get('/privacy/logboek/betrokkene/:id/overzicht.pdf', exportRoute, async (request, reply) => {
    const t = messages(locale);
    const data = await exportSubjectOverview(request.context(), idOrNotFound(request.params.id, 'person'));
    const pdf = await renderOverviewPdf(data, t, locale);
    return reply
      .code(200)
      .headers(exportHeaders('application/pdf', overviewFileName(t, data.generatedAt, 'pdf'), pdf.length))
      .send(pdf);
  });

  app.get('/privacy/logboek/betrokkene/:id/overzicht.csv', exportRoute, async (request, reply) => {
    const t = messages(locale);
    const data = await exportSubjectOverview(request.context(), idOrNotFound(request.params.id, 'person'));
    const csv = renderOverviewCsv(data, t, locale);
    return reply
      .code(200)
      .headers(exportHeaders('text/csv; charset=utf-8', overviewFileName(t, data.generatedAt, 'csv'), csv.length))
      .send(csv);
  });
}
