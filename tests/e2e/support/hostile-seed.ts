/**
 * People for the hostile-page test whose every private field is a distinctive "canary"
 * string: if any of them (or a telling piece of one) turns up in what a web page gathered,
 * the list leaked. Built with the domain's own functions, so each record passes
 * personSchema and is one the app itself could have written.
 */
import {
  addHarm,
  addReflection,
  createPerson,
  editOutcome,
  editPlan,
  editSafety,
  noteStep,
  type Person,
} from '../../../lib/amends/index.ts';
import { assertStorable } from './list-seed.ts';

interface CanaryPerson {
  name: string;
  relationship: string;
  harm: string;
  when: string;
  reflection: string;
  approach: string;
  safetyNote: string;
  stepNote: string;
  learned: string;
}

const CANARY_PEOPLE: CanaryPerson[] = [
  {
    name: 'Zebulon Quartermain',
    relationship: 'godfather of Thaddeus',
    harm: 'Borrowed the silver locket and pawned it in Kilkenny',
    when: 'the Whitsun of the flood',
    reflection: 'I still dream about the lighthouse at Dunmore and his face',
    approach: 'A letter on the blue Basildon paper',
    safetyNote: 'Check with Marisol Ebbesen before any contact',
    stepNote: 'Talked it through at the Tuesday Pemberton meeting',
    learned: 'Quietude grows when I stop rehearsing excuses',
  },
  {
    name: 'Philippa Okonkwo-Vance',
    relationship: 'landlady on Ravenscourt Lane',
    harm: 'Forged her signature on the Halloran lease renewal',
    when: 'winter of the broken boiler',
    reflection: 'The shame about the Halloran lease sits in my chest like gravel',
    approach: 'Meet at the Carraway tearoom with my sponsor nearby',
    safetyNote: 'Her nephew Bartholomew Szczepanski must not be involved',
    stepNote: 'Wrote the Okonkwo-Vance inventory on yellow cards',
    learned: 'Xylophone lessons remind me to pay what I owe',
  },
];

/**
 * Each canary string, plus a distinctive single word from each (a page that saw only part
 * of a field, say one highlighted word, still learned something).
 */
export const CANARIES: string[] = (() => {
  const phrases = CANARY_PEOPLE.flatMap((p) => Object.values(p));
  const words = [
    'Zebulon', 'Quartermain', 'Thaddeus', 'locket', 'Kilkenny', 'Whitsun', 'Dunmore', 'Basildon',
    'Marisol', 'Ebbesen', 'Pemberton', 'Quietude', 'Philippa', 'Okonkwo', 'Ravenscourt',
    'Halloran', 'Carraway', 'Bartholomew', 'Szczepanski', 'Xylophone',
  ];
  return [...phrases, ...words];
})();

/** The canary people as stored records, with fixed ids and times. */
export function makeCanaryPeople(now = Date.UTC(2026, 4, 1, 12)): Person[] {
  let n = 0;
  const newId = () => `canary-${(++n).toString().padStart(4, '0')}`;
  const people = CANARY_PEOPLE.map((c, i) => {
    const at = now + i * 60_000;
    let p = createPerson({ name: c.name, relationship: c.relationship, what: c.harm }, at, newId);
    p = addHarm(p, { what: `${c.harm} (again)`, when: c.when }, at + 1, newId);
    p = addReflection(p, c.reflection, at + 2, newId);
    p = editPlan(p, { approach: c.approach }, at + 3);
    p = editSafety(p, { notes: c.safetyNote }, at + 4);
    p = noteStep(p, 'list', c.stepNote, at + 5);
    p = editOutcome(p, { learned: c.learned }, at + 6);
    return p;
  });
  assertStorable(people);
  return people;
}
