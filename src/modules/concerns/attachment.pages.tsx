// SPDX-License-Identifier: EUPL-1.2
/**
 * Step 1 of the meldcode, attachments: /zorgen/:id/bijlage (a photo or PDF, multipart only on this
 * route) and /zorgen/:id/bijlagen/:attachmentId (the file, downloaded).
 */
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parsed } from '#src/web/field-errors.ts';
import { formErrors } from '#src/web/form-schema.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { idOrNotFound } from '#src/web/ids.ts';
import { hasErrors } from '#src/web/staff.tsx';
import { attachmentHeaders } from './attachments/download.ts';
import { inspectUpload, MAX_ATTACHMENT_BYTES } from './attachments/inspect.ts';
import { type FormBody, idParams } from './concern-form-checks.ts';
import { addAttachment, readAttachment } from './entry.service.ts';
import { attachmentDescription } from './signal.schemas.ts';
import { type ConcernPagesOptions, concernRoutes, WORK } from './step-route.ts';
import { AttachmentPage } from './views/signal-forms.tsx';

/** An uploaded file as the multipart hook keeps it. */
interface Upload {
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly truncated: boolean;
}

export const attachmentPages: FastifyPluginAsyncZod<ConcernPagesOptions> = async (app, options) => {
  const { locale, attachments } = options;
  const attachmentTexts = messages(locale).concerns.attachment;
  const { concernUrl, pageOf, formRoute } = concernRoutes(app, options);

  const attachmentPage = pageOf((staff, view, values, errors) => (
    <AttachmentPage p={staff} view={view} values={values} errors={errors} />
  ));
  formRoute('/bijlage', attachmentPage);

  await app.register(async (upload) => {
    // Multipart bypasses Fastify's body limit; the file part is cut at 10 MiB (→ a form error), and a
    // request announcing far more than that is refused before it is read.
    upload.addHook('onRequest', async (request) => {
      if (Number(request.headers['content-length'] ?? 0) > 4 * MAX_ATTACHMENT_BYTES) {
        throw Object.assign(new Error('Upload too large'), { statusCode: 413 });
      }
    });
    await upload.register(multipart, {
      attachFieldsToBody: 'keyValues',
      throwFileSizeLimit: false,
      limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5, fieldSize: 10_000, parts: 6 },
      // Keep the file and its name on the request; the body gets only the text fields.
      async onFile(part) {
        const bytes = await part.toBuffer();
        (this as FastifyRequest & { upload?: Upload }).upload = {
          fileName: part.filename,
          bytes,
          truncated: part.file.truncated,
        };
      },
    });
    upload.post(
      '/zorgen/:id/bijlage',
      {
        // Inspecting a hostile 10 MiB file can take a second: at most 30 uploads a minute per address.
        config: { policy: 'concerns:work' },
        onRequest: options.limits.uploads,
        schema: { params: idParams },
      },
      async (request, reply) => {
        const id = idOrNotFound((request.params as { id: string }).id);
        const body = (request.body ?? {}) as FormBody;
        const file = (request as FastifyRequest & { upload?: Upload }).upload;
        const errors = formErrors(request);
        const typed = typeof body.description === 'string' ? body.description : '';
        const description =
          parsed(z.object({ description: attachmentDescription }).safeParse({ description: typed }), errors, locale)
            ?.description ?? typed;
        let inspected: Awaited<ReturnType<typeof inspectUpload>> | undefined;
        if (!file || (!file.fileName && file.bytes.length === 0)) errors.file = attachmentTexts.errors.missing;
        else if (file.truncated) errors.file = attachmentTexts.errors.tooLarge;
        else {
          inspected = await inspectUpload(file.bytes, file.fileName);
          if (!inspected.ok) errors.file = attachmentTexts.errors[inspected.reason];
        }
        if (hasErrors(errors) || !inspected?.ok) {
          return attachmentPage(request, reply, id, { description }, errors);
        }
        await addAttachment(request.context(), id, inspected, description, attachments);
        return reply.redirect(concernUrl(id, 'vastgelegd'), 303);
      },
    );
  });

  app.get(
    '/zorgen/:id/bijlagen/:attachmentId',
    { ...WORK, schema: { params: z.object({ id: z.string().max(100), attachmentId: z.string().max(100) }) } },
    async (request, reply) => {
      const { meta, bytes } = await readAttachment(
        request.context(),
        idOrNotFound(request.params.id),
        idOrNotFound(request.params.attachmentId),
        attachments,
      );
      reply.headers(
        attachmentHeaders({ mediaType: meta.mediaType, displayName: meta.displayName, size: bytes.length }),
      );
      return reply.send(bytes);
    },
  );
};
