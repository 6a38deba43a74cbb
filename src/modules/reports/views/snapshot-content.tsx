// SPDX-License-Identifier: EUPL-1.2
/**
 * What the reporter sent, as the intake reads it: a professional's report (the person, the household,
 * the observations, the weighing, whether the client was informed), a professional's advice request,
 * or a resident's report.
 */
import { loadSectorGuidance, type Sector } from '#src/content/meldcode-content.ts';
import { type EntryRow, entryLines, entryMeta } from '#src/modules/concerns/index.ts';
import { formatDate } from '#src/web/format.ts';
import type { StaffPageContext } from '#src/web/staff.tsx';
import type { ReportSnapshot, SnapshotEntry } from '../snapshot.ts';
import { Line } from './report-parts.tsx';

/** The sector's name in the page's language (the code when the content does not know it). */
function sectorName(p: StaffPageContext, sector: string): string {
  return loadSectorGuidance().sectors[sector as Sector]?.[p.locale].name ?? sector;
}

/** A snapshot entry as the concern's text helpers read entries. */
function asEntry(e: SnapshotEntry): EntryRow {
  return {
    ...e,
    id: '',
    concernId: '',
    authorId: '',
    occurredAt: e.occurredAt ? new Date(e.occurredAt) : null,
    createdAt: new Date(e.createdAt),
    correctsId: null,
    correctsSeq: null,
    correctedBySeq: null,
  } as EntryRow;
}
/** What the reporter sent. */
export function SnapshotContent({ p, snapshot }: { p: StaffPageContext; snapshot: ReportSnapshot }): JSX.Element {
  const t = p.t;
  const r = t.reports.report;
  const c = t.concerns;
  switch (snapshot.type) {
    case 'professionalReport':
      return (
        <>
          <h3 class="utrecht-heading-3" safe>
            {r.subject}
          </h3>
          <p class="utrecht-paragraph" data-testid="report-subject" safe>
            {[
              snapshot.subject.fullName,
              c.ageGroupsShort[snapshot.subject.ageGroup],
              snapshot.subject.dateOfBirth ? r.born(formatDate(p.locale, snapshot.subject.dateOfBirth)) : '',
            ]
              .filter(Boolean)
              .join(', ')}
          </p>
          <Line label={r.sector} text={`${snapshot.organisationName} (${sectorName(p, snapshot.sector)})`} />
          {snapshot.household.length > 0 ? (
            <>
              <h3 class="utrecht-heading-3" safe>
                {r.household}
              </h3>
              <ul class="utrecht-unordered-list">
                {snapshot.household.map((m) => (
                  <li class="utrecht-unordered-list__item" safe>
                    {[
                      m.name,
                      m.relation,
                      m.dateOfBirth ? r.born(formatDate(p.locale, m.dateOfBirth)) : '',
                      m.ageYears === null ? '' : c.age(m.ageYears),
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            ''
          )}
          <h3 class="utrecht-heading-3" safe>
            {r.observations}
          </h3>
          <ol class="kring-events">
            {snapshot.observations.map((o) => {
              const entry = asEntry(o);
              return (
                <li>
                  <p class="utrecht-paragraph">
                    <strong safe>{r.observationLine(o.seq, c.entries.kinds[o.kind])}</strong>
                  </p>
                  <p class="utrecht-paragraph kring-caption" safe>
                    {entryMeta(t, p.locale, entry)}
                  </p>
                  {entryLines(t, p.locale, entry).map((line) => (
                    <Line text={line} />
                  ))}
                </li>
              );
            })}
          </ol>
          <h3 class="utrecht-heading-3" safe>
            {r.weighing}
          </h3>
          {snapshot.weighing ? (
            <ul class="utrecht-unordered-list">
              {(['1', '2', '3', '4', '5'] as const)
                .filter((q) => snapshot.weighing!.answers[Number(q) as 1] !== undefined)
                .map((q) => (
                  <li class="utrecht-unordered-list__item" safe>
                    {`${c.entries.answer(Number(q), snapshot.weighing!.answers[Number(q) as 1] === true)} – ${
                      c.subjects[snapshot.subject.ageGroup].questions[Number(q) as 1]
                    }${snapshot.weighing!.rationale[q] ? ` (${snapshot.weighing!.rationale[q]})` : ''}`}
                  </li>
                ))}
              <li class="utrecht-unordered-list__item" safe>
                {c.weighing.outcomes[snapshot.weighing.outcome]}
              </li>
            </ul>
          ) : (
            <p class="utrecht-paragraph" safe>
              {t.reports.file.noWeighing}
            </p>
          )}
          <Line label={r.decisionReasons} text={snapshot.decisionReasons} />
          <Line label={r.helpGiven} text={snapshot.helpGiven} />
          <Line
            text={
              snapshot.informed
                ? r.informedYes
                : r.informedNo(
                    [
                      snapshot.notInformedGround ? t.reports.file.notInformedGrounds[snapshot.notInformedGround] : '',
                      snapshot.notInformedExplanation,
                    ]
                      .filter(Boolean)
                      .join('. '),
                  )
            }
          />
        </>
      );
    case 'professionalAdvice':
      return (
        <>
          <Line label={r.sector} text={`${snapshot.organisationName} (${sectorName(p, snapshot.sector)})`} />
          <Line label={r.ageGroup} text={c.ageGroupsShort[snapshot.ageGroup]} />
          <Line text={r.step(snapshot.meldcodeStep)} />
          <Line label={r.situation} text={snapshot.situation} />
          <Line label={r.question} text={snapshot.question} />
        </>
      );
    case 'resident': {
      const f = t.reports.resident.form;
      const a = snapshot.address;
      return (
        <>
          <Line label={r.whatHappened} text={snapshot.whatHappened} />
          <Line label={r.when} text={snapshot.when} />
          <Line label={r.ageGroup} text={f.ageGroups[snapshot.ageGroup]} />
          <Line label={r.names} text={snapshot.names} />
          <Line label={r.address} text={[a.street, `${a.postcode} ${a.place}`.trim()].filter(Boolean).join(', ')} />
          <Line label={r.relation} text={snapshot.relation ? f.relations[snapshot.relation] : ''} />
        </>
      );
    }
  }
}
