import { useId, useRef, useState, type FormEvent } from 'react';
import type { Restitution } from '@/lib/amends/types';
import {
  changeCurrency,
  CurrencyChangeError,
  addPayment,
  editRestitution,
  formatMoney,
  MONEY_PROBLEM_MESSAGES,
  moneyInputValue,
  parseMoneyDetailed,
  RESTITUTION_KIND_LABELS,
  removePayment,
  restitutionBalance,
  todayIso,
  isIsoDate,
} from '@/lib/amends';
import { TextField } from '../common/TextField';
import { formatIsoDate } from '../common/format';
import { errorMessage } from '../data/SaveStatus';
import { currencyCodes, currencyName } from './currencies';
import { Section } from './Section';
import type { SectionProps } from './types';

const KINDS: Restitution['kind'][] = ['none', 'money', 'other'];

/**
 * Making it right: money owed with every payment and what remains (all in minor units, so
 * sums are exact), or a repair that is not money, described in words.
 */
export function RestitutionLedger({ person, save }: SectionProps) {
  const id = useId();
  const r = person.restitution;
  const ignore = () => undefined;
  return (
    <Section title="Making it right" testId="section-restitution">
      <fieldset className="choices">
        <legend>Is there something to repay or repair?</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="check">
            <input
              type="radio"
              name={`${id}-kind`}
              value={kind}
              checked={r.kind === kind}
              onChange={() => void save((p) => editRestitution(p, { kind }, Date.now()), { optimistic: true }).catch(ignore)}
            />
            <span>{RESTITUTION_KIND_LABELS[kind]}</span>
          </label>
        ))}
      </fieldset>
      {r.kind === 'money' ? <MoneyOwed {...{ person, save }} /> : null}
      {r.kind === 'other' ? (
        <TextField
          label="What you will do to repair it"
          stashKey={`${person.id}/restitution/description`}
          hint="For example: replace what was broken, give back time, fix what you can."
          value={r.description}
          multiline
          onSave={(description) => save((p) => editRestitution(p, { description }, Date.now()))}
        />
      ) : null}
    </Section>
  );
}

function MoneyOwed({ person, save }: SectionProps) {
  const id = useId();
  const r = person.restitution;
  const balance = restitutionBalance(r);
  const money = (minor: number) => formatMoney(minor, r.currency);
  const codes = currencyCodes().includes(r.currency) ? currencyCodes() : [r.currency, ...currencyCodes()];
  const [currencyNote, setCurrencyNote] = useState<{ kind: 'problem' | 'done'; text: string } | null>(null);

  return (
    <>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-currency`}>Currency</label>
          <select
            id={`${id}-currency`}
            value={r.currency}
            aria-describedby={currencyNote ? `${id}-currency-note` : undefined}
            onChange={(e) => {
              const currency = e.target.value;
              const hasAmounts = r.owedMinor > 0 || r.payments.length > 0;
              // Checked here first, so a refusal is explained beside the choice and nothing is saved.
              try {
                changeCurrency(person, currency, Date.now());
              } catch (problem) {
                setCurrencyNote({ kind: 'problem', text: problem instanceof CurrencyChangeError ? problem.message : String(problem) });
                return;
              }
              setCurrencyNote(hasAmounts ? { kind: 'done', text: `The amounts are now in ${currency}; the numbers stay as you wrote them.` } : null);
              void save((p) => changeCurrency(p, currency, Date.now()), { optimistic: true }).catch(() => undefined);
            }}
          >
            {codes.map((code) => (
              <option key={code} value={code}>
                {code} – {currencyName(code)}
              </option>
            ))}
          </select>
          {currencyNote ? (
            <p
              id={`${id}-currency-note`}
              className={currencyNote.kind === 'problem' ? 'error-text' : 'hint'}
              role={currencyNote.kind === 'problem' ? 'alert' : 'status'}
            >
              {currencyNote.text}
            </p>
          ) : null}
        </div>
        <TextField
          label="Amount owed"
          value={r.owedMinor > 0 ? moneyInputValue(r.owedMinor, r.currency) : ''}
          validate={(text) => {
            if (!text.trim()) return null;
            const parsed = parseMoneyDetailed(text, r.currency);
            return parsed.ok ? null : MONEY_PROBLEM_MESSAGES[parsed.problem];
          }}
          onSave={(text) => {
            const parsed = text.trim() ? parseMoneyDetailed(text, r.currency) : { ok: true as const, minor: 0 };
            const owedMinor = parsed.ok ? parsed.minor : 0;
            return save((p) => editRestitution(p, { owedMinor }, Date.now()));
          }}
          testId="owed-amount"
        />
      </div>

      <dl className="balance" data-testid="restitution-balance">
        <div>
          <dt>Owed</dt>
          <dd>{money(balance.owed)}</dd>
        </div>
        <div>
          <dt>Paid so far</dt>
          <dd>{money(balance.paid)}</dd>
        </div>
        <div>
          <dt>Remaining</dt>
          <dd data-testid="restitution-remaining">{money(balance.remaining)}</dd>
        </div>
      </dl>
      {balance.settled ? (
        <p className="notice notice--calm">
          All of it is repaid{balance.overpaid > 0 ? `, with ${money(balance.overpaid)} more than was owed` : ''}.
        </p>
      ) : null}

      <h3>Payments</h3>
      {r.payments.length === 0 ? (
        <p className="muted small">No payments recorded yet.</p>
      ) : (
        <ul className="payments" aria-label="Payments made" data-testid="payments">
          {r.payments.map((payment) => (
            <li key={payment.id} className="payment">
              <span>
                <strong>{money(payment.amountMinor)}</strong> on {formatIsoDate(payment.date)}
                {payment.note ? <span className="muted"> · {payment.note}</span> : null}
              </span>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => void save((p) => removePayment(p, payment.id, Date.now()), { optimistic: true }).catch(() => undefined)}
              >
                Remove
                <span className="visually-hidden">
                  {' '}
                  payment of {money(payment.amountMinor)} on {formatIsoDate(payment.date)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddPaymentForm {...{ person, save }} />
    </>
  );
}

function AddPaymentForm({ person, save }: SectionProps) {
  const id = useId();
  const currency = person.restitution.currency;
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState(() => todayIso(Date.now()));
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // The payment on its way to storage. A double click submits twice before React re-renders,
  // so this is a ref, not state: the second submit of the very same payment is dropped.
  const saving = useRef<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseMoneyDetailed(amount, currency);
    if (!parsed.ok) {
      setProblem(MONEY_PROBLEM_MESSAGES[parsed.problem]);
      return;
    }
    if (parsed.minor === 0) {
      setProblem('A payment needs to be more than zero.');
      return;
    }
    if (!isIsoDate(date)) {
      setProblem('Please pick the date of the payment.');
      return;
    }
    const payment = JSON.stringify([parsed.minor, date, note]);
    if (saving.current === payment) return;
    saving.current = payment;
    try {
      await save((p) => addPayment(p, { amountMinor: parsed.minor, date, note }, Date.now()));
      // Clear only what was saved: anything typed while the save was on its way (the next
      // payment) stays in the fields.
      setAmount((now) => (now === amount ? '' : now));
      setNote((now) => (now === note ? '' : now));
      setProblem(null);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      if (saving.current === payment) saving.current = null;
    }
  }

  return (
    <form className="add-payment" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>Record a payment</h3>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-amount`}>Amount paid ({currency})</label>
          <input
            id={`${id}-amount`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            aria-invalid={problem ? true : undefined}
            onChange={(e) => setAmount(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>Date paid</label>
          <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <input id={`${id}-note`} type="text" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {problem ? (
        <p className="error-text" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="button">
        Add payment
      </button>
    </form>
  );
}
