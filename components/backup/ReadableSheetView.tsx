import type { ReadableSheet, SheetBlock, SheetField } from '@/lib/backup/export-readable';
import './sheet.css';

/**
 * The readable sheet as HTML, for printing. Renders the same model as the Markdown file;
 * every piece of the person's text is a React text node, so it can never become markup.
 */
export function ReadableSheetView({ sheet }: { sheet: ReadableSheet }) {
  return (
    <article className="sheet" aria-label={sheet.title}>
      <h1 className="sheet__title">{sheet.title}</h1>
      {sheet.intro.map((line, i) => (
        <p key={i} className="sheet__intro">
          {line}
        </p>
      ))}
      <section className="sheet__summary">
        <h2>Summary</h2>
        <Fields items={sheet.summary} />
      </section>
      {sheet.people.map((person, i) => (
        <section key={i} className="sheet__person">
          <h2>{person.heading}</h2>
          <Fields items={person.overview} />
          {person.parts.map((part, j) => (
            <div key={j} className="sheet__part">
              <h3>{part.heading}</h3>
              {part.blocks.map((block, k) => (
                <Block key={k} block={block} />
              ))}
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}

function Fields({ items }: { items: SheetField[] }) {
  if (items.length === 0) return null;
  return (
    <dl className="sheet__fields">
      {items.map((field, i) => (
        <div key={i} className="sheet__field">
          <dt>{field.label}</dt>
          <dd className="sheet__text">{field.text}</dd>
        </div>
      ))}
    </dl>
  );
}

function Block({ block }: { block: SheetBlock }) {
  switch (block.kind) {
    case 'fields':
      return <Fields items={block.items} />;
    case 'list':
      return (
        <ul className="sheet__list">
          {block.items.map((item, i) => (
            <li key={i} className="sheet__text">
              {item}
            </li>
          ))}
        </ul>
      );
    case 'checklist':
      return (
        <ul className="sheet__checklist">
          {block.items.map((item, i) => (
            <li key={i} className={item.done ? 'sheet__step sheet__step--done' : 'sheet__step'}>
              <span aria-hidden="true" className="sheet__box">
                {item.done ? '☑' : '☐'}
              </span>{' '}
              <span className="visually-hidden">{item.done ? 'Done: ' : 'Not yet: '}</span>
              {item.text}
              {item.note !== undefined ? <span className="sheet__note sheet__text">Note: {item.note}</span> : null}
            </li>
          ))}
        </ul>
      );
    case 'paragraph':
      return <p className="sheet__text">{block.text}</p>;
  }
}
