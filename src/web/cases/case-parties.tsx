import { useT } from '../i18n/use-t.ts';
import { formatDeadline, formatTime } from '../components/date-format.ts';
import type { CaseParty } from './case-types.ts';
import { useLocalName } from '../i18n/local-name.ts';

/** 牵头 / 配合 / 报到 units, with whether each has acknowledged (签收) or reported (报到). */
export function CaseParties({ parties }: { parties: readonly CaseParty[] }) {
  const t = useT();
  const name = useLocalName();
  if (parties.length === 0) return <p className="case-muted">{t('cases.parties.none')}</p>;
  const order = { lead: 0, support: 1, summoned: 2 } as const;
  const sorted = [...parties].sort((a, b) => order[a.role] - order[b.role]);
  return (
    <ul className="case-parties" data-testid="case-parties">
      {sorted.map((p) => {
        const done = p.acknowledgedAt !== null;
        // Supporting units take part without acknowledging (only the lead signs, and summoned units report).
        // A lead that returned the case (退单) no longer leads it: it is not waiting to acknowledge.
        const state = p.returned
          ? t('cases.party.returnedState')
          : done
            ? t(p.role === 'summoned' ? 'cases.party.reported' : 'cases.party.acknowledged', {
                time: formatTime(p.acknowledgedAt),
              })
            : p.role === 'summoned'
              ? p.dueAt
                ? t('cases.party.waitingReport', { time: formatDeadline(p.dueAt) })
                : t('cases.party.waiting')
              : p.role === 'lead'
                ? t('cases.party.waiting')
                : null;
        return (
          <li key={`${p.role}:${p.unitId}`} className="case-party" data-returned={p.returned || undefined}>
            <span className={`case-tag case-role case-role-${p.returned ? 'returned' : p.role}`}>
              {t(p.returned ? 'cases.party.returned' : (`cases.party.${p.role}` as const))}
            </span>
            <span className="case-party-name">{name({ nameZh: p.unitName, nameEn: p.unitNameEn })}</span>
            {state && (
              <span className={p.returned ? 'case-party-returned' : done ? 'case-party-done' : 'case-party-waiting'}>
                {state}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
