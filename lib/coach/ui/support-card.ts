import { SUPPORT_LINES } from '../support-lines';
import { h } from './dom';

/** A calm card that leads the panel when the draft carries crisis language. */
export function supportCard(doc: Document, titleId: string): HTMLElement {
  const list = h(doc, 'ul');
  for (const line of SUPPORT_LINES) {
    const links = h(doc, 'span', { class: 'actions' });
    for (const link of line.links) {
      links.append(h(doc, 'a', { href: link.href, target: '_blank', rel: 'noopener noreferrer' }, link.label));
    }
    list.append(
      h(doc, 'li', {}, h(doc, 'strong', {}, line.name), ` (${line.where}). `, line.how, h(doc, 'br'), links),
    );
  }
  return h(
    doc,
    'section',
    { class: 'support', 'data-support': '', 'aria-labelledby': titleId },
    h(doc, 'h3', { id: titleId }, 'You matter'),
    h(
      doc,
      'p',
      {},
      'What you are carrying sounds heavy. You don\u2019t have to hold it alone: people are ready to listen right now, whatever the hour.',
    ),
    list,
    h(doc, 'p', { class: 'note' }, 'If you are in danger right now, please call your local emergency number.'),
  );
}
