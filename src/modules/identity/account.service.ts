// SPDX-License-Identifier: EUPL-1.2
/** One's own account: the language Kring writes e-mail in. */
import { actorOf } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { audit } from '#src/modules/audit/index.ts';
import type { Locale } from '#src/web/i18n/locale.ts';
import { mailLocaleOf, setMailLocale } from './people.repository.ts';

/** The language of the signed-in person's e-mail. */
export function mailLanguage(ctx: RequestContext): Promise<Locale> {
  return mailLocaleOf(ctx.db, actorOf(ctx).userId);
}

/**
 * Sets the language of the signed-in person's e-mail (audited: a change of their own account).
 * @param locale Dutch or English
 */
export async function setMailLanguage(ctx: RequestContext, locale: Locale): Promise<void> {
  const actor = actorOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await setMailLocale(trx, actor.userId, locale);
    await audit(trx, ctx, {
      type: 'user.mail_language',
      action: 'U',
      purpose: 'administration',
      outcome: 'success',
      objectType: 'user',
      objectId: actor.userId,
      subject: { kind: 'user', id: actor.userId },
    });
  });
}
