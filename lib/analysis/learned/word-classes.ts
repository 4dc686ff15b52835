/**
 * Word classes for the learned scorer: words that do the same work in an apology share a
 * class, so evidence learned from one ("I was stressed") carries to its neighbours ("I was
 * overwhelmed") that no training text happened to use. Each class names what its words do.
 * A word may sit in several classes.
 */
const CLASSES: Record<string, string> = {
  // An inner state offered as the cause of what was done.
  state:
    'stress stressed stressful overwhelmed exhausted tired drained burnt burned burnout depressed depression anxious anxiety ' +
    'panicking panicked scared afraid lonely grieving grief trauma traumatised traumatized broke desperate confused ' +
    'messed wrecked wasted hammered loaded tipsy buzzed hungover withdrawal sick ill unwell struggling crazy mental ' +
    'frustrated angry mad upset lost numb sleepless insecure jealous hurt hurting pain',
  substance:
    'drinking drink drinks drank drunk booze alcohol beer beers wine vodka whiskey bottle pills pill drugs drug meth coke ' +
    'cocaine heroin weed opioids oxy using high addiction addicted gambling betting bets casino',
  cause: 'because since due reason reasons why result thanks',
  hard: 'hard tough rough difficult dark bad terrible awful rocky horrible crazy chaotic messy',
  period: 'time times period phase stage season place patch year years months days point',
  feel: 'feel felt feeling feelings feels',
  affected: 'offended upset hurt bothered uncomfortable disappointed sad annoyed insulted triggered',
  small: 'just only little bit small minor tiny few once couple slight slightly',
  overreact: 'deal overreact overreacting overreacted dramatic sensitive exaggerating blowing blown proportion fuss harmless',
  compare: 'least worse worst others everyone everybody compared than other anyone plenty lot',
  push: 'made make makes provoked provoke pushed push pushing started nagging drove drive driving forced left',
  ask: 'need needs hope expect expecting deserve deserved owe forgive forgiveness chance reply answer respond call back soon hear hearing move',
  always: 'never always ever forever guarantee promise promised swear every single anything whatever',
  meant: 'meant mean intend intended intention intentions purpose deliberately trying tried wanted',
  happened: 'happened occurred were got ended went turned became',
  vague: 'everything anything whatever things stuff past behavior behaviour wrongs wrong mistakes',
  shame: 'ashamed shame guilt guilty miserable suffering suffer sleep cry crying hate disgusted broken',
  hedge: 'if whether might may maybe possibly perhaps somehow any anyone',
  sorry: 'sorry apologize apology regret regrets',
  family: 'mom dad mother father sister brother son daughter wife husband kids children grandma grandpa aunt uncle family',
  money: 'money <money> cash savings rent loan paid pay repay borrowed stole stolen took owe owed debt',
};

const CLASS_OF = new Map<string, string[]>();
for (const [name, words] of Object.entries(CLASSES)) {
  for (const w of words.split(/\s+/)) {
    const list = CLASS_OF.get(w);
    if (list) list.push('@' + name);
    else CLASS_OF.set(w, ['@' + name]);
  }
}

/** The classes of a (spelled-out, lower-case) word, as "@name" strings; empty when none. */
export function classesOf(word: string): readonly string[] {
  return CLASS_OF.get(word) ?? NONE;
}

const NONE: readonly string[] = [];
