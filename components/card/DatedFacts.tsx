/**
 * An entry's facts around an article's date: what was true then ("In September 2023"), what changed
 * since ("Since 12 May 2024: Secretary of the Security Council of Russia") and what had ended
 * before. Shared by the hover card (class prefix `bs`) and the side panel's entity detail (`sp`).
 * With no article date it shows the present and says the date was unknown.
 */
import { t } from '@/components/design/i18n';
import { formatArticleMonth, formatPartialDate } from '@/lib/glossary/dated-facts';
import { UNKNOWN_END, type Fact } from '@/lib/glossary/types';
import type { CardDated } from '@/lib/messaging/protocol';

/** Only http(s) sources are links. */
const safeHref = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** A fact's period in words: "6 November 2012 – 12 May 2024", "since May 2024", "" when undated. */
export function periodText(f: Fact): string {
  const from = f.from ? formatPartialDate(f.from) : null;
  const to = f.to && f.to !== UNKNOWN_END ? formatPartialDate(f.to) : null;
  if (from && to) return t('dated.period', [from, to]);
  if (from) return t('dated.sinceInline', [from]);
  if (to) return t('dated.untilInline', [to]);
  return '';
}

/** What a fact that may have changed says about it: "not verified after 31 Dec 2024". */
function caveat(f: Fact & { uncertain?: true }, entryAsOf: string): string | null {
  if (f.to === UNKNOWN_END) return t('dated.unverified', [formatPartialDate(f.asOf ?? entryAsOf)]);
  if (f.uncertain) return t('dated.uncertain');
  return null;
}

function Source(props: { fact: Fact; prefix: string }) {
  const href = safeHref(props.fact.source);
  if (!href) return null;
  return (
    <>
      {' '}
      <a class={`${props.prefix}-fact-source`} href={href} target="_blank" rel="noopener noreferrer">
        ({t('dated.source')})
      </a>
    </>
  );
}

export interface DatedFactsProps {
  facts: ReadonlyArray<Fact & { uncertain?: true }>;
  dated?: CardDated;
  asOf: string;
  /** Class prefix: `bs` in the card, `sp` in the side panel. */
  prefix: 'bs' | 'sp';
  /** Show each fact's source link (the side panel); the card keeps to the facts. */
  sources?: boolean;
}

/** The facts block of a card or entity detail, dated to the article. */
export function DatedFacts(props: DatedFactsProps) {
  const { facts, dated, asOf, prefix } = props;
  const withSource = (f: Fact) => (props.sources ? <Source fact={f} prefix={prefix} /> : null);
  const changes = dated?.since ?? [];
  const earlier = dated?.earlier ?? [];
  return (
    <div class={`${prefix}-dated`} data-article-day={dated?.day ?? ''}>
      {dated && (dated.day ? <p class={`${prefix}-dated-head`}>{t('dated.inDate', [formatArticleMonth(dated.day)])}</p> : <p class={`${prefix}-dated-note`}>{t('dated.unknownDate')}</p>)}
      {facts.length > 0 && (
        <dl class={`${prefix}-facts`}>
          {facts.map((f, i) => {
            const period = periodText(f);
            const note = caveat(f, asOf);
            return (
              <div key={`${f.label}-${i}`} class={`${prefix}-fact`}>
                <dt>{f.label}</dt>
                <dd>
                  {f.value}
                  {period && <span class={`${prefix}-fact-period`}> ({period})</span>}
                  {note && <span class={`${prefix}-fact-caveat`}> · {note}</span>}
                  {withSource(f)}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
      {changes.length > 0 && (
        <>
          <p class={`${prefix}-dated-head`}>{t('dated.sinceThen')}</p>
          <ul class={`${prefix}-changes`}>
            {changes.map((f, i) => {
              const began = dated?.day && f.from && f.from > dated.day.slice(0, f.from.length);
              const when = began ? t('dated.since', [formatPartialDate(f.from!)]) : t('dated.until', [formatPartialDate(f.to ?? '')]);
              return (
                <li key={`${f.label}-${i}`} class={`${prefix}-change`}>
                  <strong>{when}:</strong> {f.value}
                  {began && f.to && f.to !== UNKNOWN_END ? <span class={`${prefix}-fact-period`}> ({periodText(f)})</span> : null}
                  {withSource(f)}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {earlier.length > 0 && (
        <>
          <p class={`${prefix}-dated-head`}>{t('dated.before')}</p>
          <ul class={`${prefix}-changes`}>
            {earlier.map((f, i) => (
              <li key={`${f.label}-${i}`} class={`${prefix}-change`}>
                <strong>{periodText(f) || f.label}:</strong> {f.value}
                {withSource(f)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
