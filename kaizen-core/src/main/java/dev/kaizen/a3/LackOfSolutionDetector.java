package dev.kaizen.a3;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises <em>lack-of-solution</em> statements (DOMAIN.md §4): problem statements that only name
 * a missing solution or resource, such as "our problem is we need a case management system", "we
 * lack a CI tool", "we need to buy an ERP system", "a new CRM is needed", "the solution is to hire
 * two more engineers", "not enough testers" or "operators are not trained". Such a statement hides
 * the real problem; the {@link A3Validator} reports it as {@code a3.problem.lack-of-solution}.
 *
 * <h2>How it matches</h2>
 *
 * <p>The text is split once into words (letters and digits, with inner apostrophes and hyphens:
 * {@code don't}, {@code e-mail}; numbers keep their decimal point and thousands separator: {@code
 * 4.5}, {@code 1,000}; {@code %} and currency signs are words of their own); letter case is ignored
 * and curly apostrophes count as straight ones. Punctuation ({@code . , ; : ! ? ( ) [ ] { }},
 * dashes and line breaks) separates words that a phrase may not span. A trigger pattern (a {@link
 * Form form} of phrasing) is then looked for at each word:
 *
 * <ul>
 *   <li>{@link Form#NAMED_THING}: a {@linkplain #TRIGGERS trigger} such as {@code need}, {@code
 *       there is no}, {@code lack of}, {@code not enough} or {@code insufficient}, followed by the
 *       <em>thing</em> it names: an optional {@linkplain #DETERMINERS determiner} and one to
 *       {@value #MAX_THING_WORDS} words that end before the next {@linkplain #FUNCTION_WORDS
 *       function word}, determiner, number, quantity word or punctuation ("need a case management
 *       system");
 *   <li>{@link Form#ACTION}: an {@linkplain #ACTION_TRIGGERS action trigger} such as {@code need
 *       to}, {@code should} or {@code must}, followed by a {@linkplain #SOLUTION_VERBS solution
 *       verb} ("need to buy an ERP system", "should introduce a Kanban board");
 *   <li>{@link Form#NEEDED}: a thing followed by a {@linkplain #NEEDED_TRIGGERS needed trigger} ("a
 *       new CRM is needed", "new scanners are required");
 *   <li>{@link Form#SOLUTION}: a {@linkplain #SOLUTION_TRIGGERS solution trigger} followed by what
 *       it proposes ("the solution is to hire two more engineers");
 *   <li>{@link Form#STATE}: a {@linkplain #STATE_TRIGGERS state trigger} alone ("understaffed",
 *       "operators are not trained").
 * </ul>
 *
 * <p>A trigger whose first word is {@code ^}-marked, such as {@code ^no}, matches only at the start
 * of a clause ("No central document repository", but not "patients with no referral"). A trigger
 * does <b>not</b> fire when:
 *
 * <ul>
 *   <li>it follows a {@linkplain #NEGATORS negation}: "we do not need a new tool";
 *   <li>it starts with an {@linkplain #ADJECTIVE_FORMS adjective form} that stands at the start of
 *       a clause or after a determiner: "the required documents", "Needed parts arrive late";
 *   <li>the thing starts with a number or a {@linkplain #QUANTITY_WORDS quantity word} that is not
 *       a {@linkplain #RESOURCE_QUANTIFIERS resource quantifier}: "we need 18 days to approve an
 *       invoice", "we need a lot of rework" state a condition, while "we need more staff", "we
 *       don't have enough testers" and "we need two more agents" name a missing resource;
 *   <li>the thing's last word is a {@linkplain #TIME_WORDS time word}: "we need a full day";
 *   <li>the thing is one {@linkplain #NOT_A_THING generic word} such as {@code way} or {@code
 *       idea}: "there is no way to tell which release broke the build" states an inability;
 *   <li>the word after a named-thing trigger is a function word ("we need to re-key every form",
 *       "the lack of", "users' needs are unclear"), or the verb after an action trigger is not a
 *       solution verb ("employees need to enter the same data twice").
 * </ul>
 *
 * <h2>The measured-condition exception</h2>
 *
 * <p>A text that reports a <em>measured condition</em> — a number tied to an effect — is a
 * condition, even when it contains a trigger: "customers without an account abandon 60% of
 * checkouts", "invoices missing a purchase order wait 9 days", "patients call the ward 40 times a
 * day". A number (digits, or one of the {@linkplain #NUMBER_WORDS number words}) is a measure when
 * a {@linkplain #UNITS unit} (a percentage, a rate, a time, a distance, an amount of money, {@code
 * times}, {@code per}) follows it within {@value #MEASURE_WINDOW} words or is written onto it
 * ({@code 2km}, {@code 24-hour}), when a currency sign precedes it, when it is a ratio ("1 in 5",
 * "3 of 4", "12 out of 40"), when it is a fraction before {@code of} ("half of the orders"), when
 * it counts something ("300 complaints", "300 support calls": a number other than {@code one}
 * before a plural word, with at most one word between), or when it is {@code twice} or {@code
 * thrice}. A number inside the thing a trigger names does not count: it quantifies the wanted
 * resource ("we need two more agents per shift") or the trigger's own object ("we need 3 days"),
 * not an effect. When the text holds a measure, the detector finds nothing in it.
 *
 * <h2>Word lists</h2>
 *
 * <p>Every word list is data, named by a {@link WordList}: read one with {@link #words(WordList)},
 * extend or replace any of them (to recognise another phrasing, or to translate the detector) with
 * {@link #builder()} or {@link #toBuilder()}, or build a detector of named-thing triggers only with
 * {@link #of(List)}.
 *
 * <p>Matching takes time linear in the length of the text, whatever the text: words are read once;
 * from each word a trie of trigger words is walked for at most as many steps as the longest trigger
 * has words; a thing, a subject or a proposal is at most a fixed number of words long; and a number
 * is judged by at most {@value #MEASURE_WINDOW} words after it. No regular expression runs over the
 * text. Instances are immutable and thread-safe.
 */
public final class LackOfSolutionDetector {

  /** The forms of phrasing the detector recognises, one per list of trigger patterns. */
  public enum Form {
    /** A trigger followed by the thing it names: "we lack a CI tool", "not enough testers". */
    NAMED_THING,
    /** A trigger followed by a solution verb: "we need to buy an ERP system", "we must hire". */
    ACTION,
    /** A thing followed by a trigger: "a new CRM is needed". */
    NEEDED,
    /** A trigger followed by what it proposes: "the solution is to hire two more engineers". */
    SOLUTION,
    /** A trigger that is a complete phrase: "understaffed", "operators are not trained". */
    STATE
  }

  /**
   * The word lists of a detector. The first five are lists of trigger patterns (words separated by
   * spaces, alternatives for one word separated by {@code |}, a leading {@code ^} for "only at the
   * start of a clause"); the others are sets of single words. All are written in lower case with
   * straight apostrophes.
   */
  public enum WordList {
    /** Triggers of the {@link Form#NAMED_THING} form; the standard ones are {@link #TRIGGERS}. */
    TRIGGERS,
    /** Triggers of the {@link Form#ACTION} form; the standard ones are {@link #ACTION_TRIGGERS}. */
    ACTION_TRIGGERS,
    /** Triggers of the {@link Form#NEEDED} form; the standard ones are {@link #NEEDED_TRIGGERS}. */
    NEEDED_TRIGGERS,
    /**
     * Triggers of the {@link Form#SOLUTION} form; the standard ones are {@link #SOLUTION_TRIGGERS}.
     */
    SOLUTION_TRIGGERS,
    /** Triggers of the {@link Form#STATE} form; the standard ones are {@link #STATE_TRIGGERS}. */
    STATE_TRIGGERS,
    /**
     * Verbs (every form) that name acquiring or introducing a solution: {@link #SOLUTION_VERBS}.
     */
    SOLUTION_VERBS,
    /** Words that may follow a solution verb, as in "invest in": {@link #PARTICLES}. */
    PARTICLES,
    /** Determiners before a thing: {@link #DETERMINERS}. */
    DETERMINERS,
    /** Words that start a quantity: {@link #QUANTITY_WORDS}. */
    QUANTITY_WORDS,
    /** Quantity words that ask for more of a resource: {@link #RESOURCE_QUANTIFIERS}. */
    RESOURCE_QUANTIFIERS,
    /** Words that make a thing a duration: {@link #TIME_WORDS}. */
    TIME_WORDS,
    /** Generic words that name no solution: {@link #NOT_A_THING}. */
    NOT_A_THING,
    /** Function words that end a thing: {@link #FUNCTION_WORDS}. */
    FUNCTION_WORDS,
    /** Negations that cancel a trigger after them: {@link #NEGATORS}. */
    NEGATORS,
    /** Trigger words that are adjectives after a determiner: {@link #ADJECTIVE_FORMS}. */
    ADJECTIVE_FORMS,
    /** Numbers written as words: {@link #NUMBER_WORDS}. */
    NUMBER_WORDS,
    /** Units that make a number a measure: {@link #UNITS}. */
    UNITS,
    /** Fractions that, before "of", are measures: {@link #FRACTION_WORDS}. */
    FRACTION_WORDS
  }

  /**
   * The trigger patterns of the {@link Form#NAMED_THING} form: a need, a lack, an absence or a
   * shortage, followed by the thing it names.
   */
  public static final List<String> TRIGGERS =
      List.of(
          "need|needs|needed",
          "need|needs for",
          "in need of",
          "require|requires|required",
          "requirement|requirements for",
          "lack|lacks|lacking|lacked",
          "lack of",
          "absence of",
          "do|does|did not have",
          "don't|doesn't|didn't|dont|doesnt|didnt have",
          "do|does|did not yet|currently|really|even have",
          "don't|doesn't|didn't|dont|doesnt|didnt yet|currently|really|even have",
          "haven't|hasn't|hadn't|havent|hasnt|hadnt got",
          "have|has|had not got",
          "have|has|had no",
          "there is|are|was|were no",
          "there is|are|was|were currently|still|really|simply|just no",
          "receive|receives|received|get|gets|got no",
          "there's|theres no",
          "there is|are|was|were not",
          "there isn't|aren't|wasn't|weren't|isnt|arent|wasnt|werent",
          "missing a|an",
          "^missing",
          "without a|an|any",
          "^without",
          "^no",
          "not enough",
          "too few|little",
          "insufficient|inadequate",
          "shortage|shortages of",
          "is|are|was|were|be|run|runs|running short of|on",
          "is|are|was|were always|often|constantly|chronically|still|very short of|on",
          "^limited",
          "have|has|had limited",
          "^buy|hire|purchase|procure|acquire|implement|introduce|install|recruit|automate|upgrade|replace|deploy|adopt");

  /**
   * The trigger patterns of the {@link Form#ACTION} form: a need or an obligation, followed by a
   * {@linkplain #SOLUTION_VERBS solution verb}.
   */
  public static final List<String> ACTION_TRIGGERS =
      List.of(
          "need|needs|needed to",
          "need|needs|needed to be",
          "should|must|shall",
          "should|must|shall be",
          "ought to",
          "ought to be",
          "have|has|had to",
          "have|has|had to be");

  /**
   * The trigger patterns of the {@link Form#NEEDED} form: they follow the thing they name ("a new
   * CRM is needed").
   */
  public static final List<String> NEEDED_TRIGGERS =
      List.of(
          "is|are|was|were|be|being needed|required|necessary|essential|lacking|insufficient|inadequate|limited|scarce",
          "is|are|was|were|be urgently|badly|also|really|clearly|definitely|still|now needed|required");

  /** The trigger patterns of the {@link Form#SOLUTION} form: a proposal follows them. */
  public static final List<String> SOLUTION_TRIGGERS =
      List.of(
          "the|our|one|only|best|obvious|simple|real|easy|quick|proposed|preferred|ideal|right solution|answer|fix|remedy is|was",
          "the|our|one|only|best|obvious|simple|real|easy|quick|proposed|preferred|ideal|right solution|answer|fix|remedy would|will|could|must|should|might|may be",
          "what|all we need|want|require is",
          "way forward is");

  /** The trigger patterns of the {@link Form#STATE} form: each is a complete phrase. */
  public static final List<String> STATE_TRIGGERS =
      List.of(
          "understaffed|under-staffed|short-staffed|shortstaffed|undermanned|under-resourced|underresourced|underfunded|under-funded|understaffing|under-staffing|untrained|unqualified|unskilled",
          "shortage|shortages",
          "not|never trained|qualified|certified|skilled",
          "not|never been trained|qualified|certified",
          "not|never received|had|got|given training|instruction",
          "not|never received|had|got|given any|proper|adequate|sufficient|formal training",
          "not properly|adequately|sufficiently|fully|formally|yet|well trained",
          "not been properly|adequately|sufficiently|fully|formally trained",
          "poorly|inadequately|insufficiently|badly trained",
          "haven't|hasn't|hadn't|havent|hasnt|hadnt been trained",
          "aren't|isn't|weren't|wasn't|arent|isnt|werent|wasnt trained");

  /**
   * Verbs, in every form, that name acquiring or introducing a solution: after an {@linkplain
   * #ACTION_TRIGGERS action trigger} they make the phrase fire ("we need to buy", "should be
   * replaced").
   */
  public static final Set<String> SOLUTION_VERBS =
      ImmutableSet.of(
          "buy",
          "bought",
          "purchase",
          "purchased",
          "procure",
          "procured",
          "acquire",
          "acquired",
          "get",
          "got",
          "obtain",
          "obtained",
          "implement",
          "implemented",
          "introduce",
          "introduced",
          "install",
          "installed",
          "deploy",
          "deployed",
          "adopt",
          "adopted",
          "roll",
          "rolled",
          "hire",
          "hired",
          "recruit",
          "recruited",
          "employ",
          "employed",
          "add",
          "added",
          "build",
          "built",
          "develop",
          "developed",
          "create",
          "created",
          "set",
          "establish",
          "established",
          "invest",
          "invested",
          "upgrade",
          "upgraded",
          "replace",
          "replaced",
          "automate",
          "automated",
          "digitise",
          "digitised",
          "digitize",
          "digitized",
          "computerise",
          "computerize",
          "outsource",
          "outsourced",
          "train",
          "trained",
          "retrain",
          "retrained",
          "move",
          "moved",
          "migrate",
          "migrated",
          "switch",
          "switched",
          "standardise",
          "standardised",
          "standardize",
          "standardized",
          "centralise",
          "centralised",
          "centralize",
          "centralized",
          "integrate",
          "integrated",
          "launch",
          "launched",
          "provide",
          "provided",
          "equip",
          "equipped",
          "supply",
          "supplied",
          "source",
          "sourced",
          "appoint",
          "appointed",
          "allocate",
          "allocated",
          "fund",
          "funded",
          "expand",
          "expanded",
          "license",
          "licensed",
          "subscribe",
          "modernise",
          "modernised",
          "modernize",
          "modernized",
          "overhaul",
          "overhauled",
          "redesign",
          "redesigned",
          "rebuild",
          "rebuilt",
          "renew",
          "renewed",
          "engage",
          "engaged",
          "contract",
          "contracted",
          "bring",
          "brought",
          "put");

  /** Words that may stand between a solution verb and its object: "invest in", "set up". */
  public static final Set<String> PARTICLES =
      ImmutableSet.of("in", "into", "to", "up", "out", "on", "for", "with", "onto");

  /** Determiners that may stand between a trigger and the thing it names. */
  public static final Set<String> DETERMINERS = ImmutableSet.of("a", "an", "the", "any", "some");

  /** The cardinal numbers written as words, zero to millions, shared by two lists below. */
  private static final List<String> CARDINALS =
      List.of(
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty",
          "thirty",
          "forty",
          "fifty",
          "sixty",
          "seventy",
          "eighty",
          "ninety",
          "hundred",
          "hundreds",
          "thousand",
          "thousands",
          "million",
          "millions");

  /**
   * Words that start a quantity: after a trigger, they make the phrase a condition ("we need two
   * days"), unless a {@linkplain #RESOURCE_QUANTIFIERS resource quantifier} follows or is one.
   */
  public static final Set<String> QUANTITY_WORDS =
      ImmutableSet.<String>builder()
          .addAll(CARDINALS)
          .add(
              "dozen",
              "dozens",
              "half",
              "couple",
              "several",
              "many",
              "much",
              "few",
              "fewer",
              "less",
              "more",
              "most",
              "enough",
              "lot",
              "lots",
              "about",
              "around",
              "approximately",
              "roughly",
              "nearly",
              "almost",
              "over",
              "under",
              "up",
              "least",
              "extra",
              "double",
              "twice",
              "triple")
          .build();

  /**
   * Quantity words that ask for more of a resource: a thing that starts with one (perhaps after a
   * number) names a missing resource ("we need more staff", "two more agents", "we don't have
   * enough testers").
   */
  public static final Set<String> RESOURCE_QUANTIFIERS =
      ImmutableSet.of(
          "more", "additional", "extra", "enough", "sufficient", "adequate", "further", "another");

  /**
   * Time words: a thing that ends in one is a duration, so the phrase is a condition ("we need a
   * full day"). The singular {@code time} is not one: "lack of time" names a missing resource.
   */
  public static final Set<String> TIME_WORDS =
      ImmutableSet.of(
          "second",
          "seconds",
          "minute",
          "minutes",
          "hour",
          "hours",
          "day",
          "days",
          "week",
          "weeks",
          "fortnight",
          "fortnights",
          "month",
          "months",
          "quarter",
          "quarters",
          "year",
          "years",
          "times",
          "while",
          "moment",
          "deadline",
          "deadlines",
          "sprint",
          "sprints");

  /**
   * Generic words that name no solution: a thing that is only one of them does not fire ("there is
   * no way to tell", "we have no idea how many").
   */
  public static final Set<String> NOT_A_THING =
      ImmutableSet.of(
          "way",
          "ways",
          "idea",
          "clue",
          "choice",
          "option",
          "reason",
          "doubt",
          "chance",
          "need",
          "point",
          "sense",
          "matter",
          "problem",
          "problems",
          "issue",
          "issues",
          "one",
          "longer",
          "sign",
          "evidence",
          "trace",
          "record",
          "records",
          "data",
          "control",
          "visibility",
          "insight",
          "knowledge",
          "say",
          "right",
          "guarantee");

  /**
   * Function words, and a few words that follow a noun ({@code left}, {@code available}): right
   * after a trigger they show that no thing is named ("we need to", "lack of"); inside a thing they
   * end it ("there is no time left").
   */
  public static final Set<String> FUNCTION_WORDS =
      ImmutableSet.of(
          "to",
          "for",
          "of",
          "in",
          "on",
          "at",
          "by",
          "with",
          "from",
          "into",
          "onto",
          "than",
          "as",
          "and",
          "or",
          "but",
          "nor",
          "if",
          "when",
          "whenever",
          "because",
          "so",
          "since",
          "until",
          "unless",
          "while",
          "where",
          "which",
          "who",
          "whom",
          "whose",
          "what",
          "how",
          "why",
          "that",
          "this",
          "these",
          "those",
          "it",
          "its",
          "them",
          "they",
          "their",
          "we",
          "our",
          "us",
          "you",
          "your",
          "he",
          "him",
          "his",
          "she",
          "her",
          "i",
          "me",
          "my",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "being",
          "am",
          "do",
          "does",
          "did",
          "has",
          "have",
          "had",
          "will",
          "would",
          "can",
          "could",
          "should",
          "must",
          "may",
          "might",
          "shall",
          "not",
          "no",
          "yet",
          "only",
          "just",
          "also",
          "too",
          "very",
          "then",
          "there",
          "here",
          "anymore",
          "anything",
          "nothing",
          "something",
          "everything",
          "anyone",
          "someone",
          "everyone",
          "nobody",
          "all",
          "each",
          "every",
          "both",
          "either",
          "neither",
          "such",
          "other",
          "another",
          "same",
          "own",
          "left",
          "remaining",
          "available",
          "whatsoever");

  /** Negations: a trigger right after one does not fire ("we don't need a new tool"). */
  public static final Set<String> NEGATORS =
      ImmutableSet.of(
          "not",
          "don't",
          "doesn't",
          "didn't",
          "dont",
          "doesnt",
          "didnt",
          "never",
          "no",
          "won't",
          "wont",
          "hardly",
          "scarcely",
          "shouldn't",
          "shouldnt",
          "cannot",
          "can't",
          "cant");

  /**
   * Trigger words that are adjectives at the start of a clause or after a determiner: there they do
   * not fire ("the required documents are missing").
   */
  public static final Set<String> ADJECTIVE_FORMS = ImmutableSet.of("needed", "required");

  /** Numbers written as words; with a unit after them they are measures ("forty minutes"). */
  public static final Set<String> NUMBER_WORDS =
      ImmutableSet.<String>builder()
          .addAll(CARDINALS)
          .add("billion", "billions", "dozen", "dozens", "half", "twice", "thrice")
          .build();

  /**
   * Units: a number followed by one (within {@value #MEASURE_WINDOW} words) is a measure, which
   * makes the text a measured condition ("wait 9 days", "abandon 60% of checkouts", "40 times a
   * day", "2 km per shift").
   */
  public static final Set<String> UNITS =
      ImmutableSet.of(
          "%",
          "percent",
          "per",
          "percentage",
          "points",
          "times",
          "second",
          "seconds",
          "sec",
          "secs",
          "minute",
          "minutes",
          "min",
          "mins",
          "hour",
          "hours",
          "hr",
          "hrs",
          "h",
          "day",
          "days",
          "night",
          "nights",
          "week",
          "weeks",
          "weekend",
          "weekends",
          "fortnight",
          "fortnights",
          "month",
          "months",
          "quarter",
          "quarters",
          "year",
          "years",
          "yr",
          "yrs",
          "shift",
          "shifts",
          "mondays",
          "tuesdays",
          "wednesdays",
          "thursdays",
          "fridays",
          "saturdays",
          "sundays",
          "km",
          "kilometre",
          "kilometres",
          "kilometer",
          "kilometers",
          "mile",
          "miles",
          "metre",
          "metres",
          "meter",
          "meters",
          "m",
          "cm",
          "mm",
          "kg",
          "kilo",
          "kilos",
          "kilogram",
          "kilograms",
          "g",
          "gram",
          "grams",
          "tonne",
          "tonnes",
          "ton",
          "tons",
          "litre",
          "litres",
          "liter",
          "liters",
          "euro",
          "euros",
          "eur",
          "€",
          "dollar",
          "dollars",
          "usd",
          "$",
          "pound",
          "pounds",
          "gbp",
          "£",
          "chf",
          "k",
          "bn",
          "thousand",
          "million",
          "millions",
          "billion",
          "ppm");

  /**
   * Fractions: one followed by {@code of} is a measure ("half of the orders have no delivery date",
   * "a third of invoices lack a purchase order").
   */
  public static final Set<String> FRACTION_WORDS =
      ImmutableSet.of("half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth");

  /** The most words a named thing may have; a longer noun phrase is cut. */
  public static final int MAX_THING_WORDS = 4;

  /** How many words after a number are searched for its unit. */
  public static final int MEASURE_WINDOW = 3;

  private static final LackOfSolutionDetector STANDARD = builder().build();

  private final Map<WordList, List<String>> lists;
  final Set<String> solutionVerbs;
  final Set<String> particles;
  final Set<String> determiners;
  final Set<String> quantityWords;
  final Set<String> resourceQuantifiers;
  final Set<String> timeWords;
  final Set<String> notAThing;
  final Set<String> functionWords;
  final Set<String> negators;
  final Set<String> adjectiveForms;
  final Set<String> numberWords;
  final Set<String> units;
  final Set<String> fractionWords;
  final TriggerTrie trie;

  private LackOfSolutionDetector(Map<WordList, List<String>> lists) {
    this.lists = lists;
    this.solutionVerbs = set(WordList.SOLUTION_VERBS);
    this.particles = set(WordList.PARTICLES);
    this.determiners = set(WordList.DETERMINERS);
    this.quantityWords = set(WordList.QUANTITY_WORDS);
    this.resourceQuantifiers = set(WordList.RESOURCE_QUANTIFIERS);
    this.timeWords = set(WordList.TIME_WORDS);
    this.notAThing = set(WordList.NOT_A_THING);
    this.functionWords = set(WordList.FUNCTION_WORDS);
    this.negators = set(WordList.NEGATORS);
    this.adjectiveForms = set(WordList.ADJECTIVE_FORMS);
    this.numberWords = set(WordList.NUMBER_WORDS);
    this.units = set(WordList.UNITS);
    this.fractionWords = set(WordList.FRACTION_WORDS);
    TriggerTrie built = new TriggerTrie();
    int patterns = 0;
    for (Form form : Form.values()) {
      for (String pattern : lists.get(triggerList(form))) {
        built.add(pattern, form);
        patterns++;
      }
    }
    if (patterns == 0) {
      throw new IllegalArgumentException("a detector needs at least one trigger pattern");
    }
    this.trie = built;
  }

  private Set<String> set(WordList list) {
    return ImmutableSet.copyOf(lists.get(list));
  }

  private static WordList triggerList(Form form) {
    switch (form) {
      case NAMED_THING:
        return WordList.TRIGGERS;
      case ACTION:
        return WordList.ACTION_TRIGGERS;
      case NEEDED:
        return WordList.NEEDED_TRIGGERS;
      case SOLUTION:
        return WordList.SOLUTION_TRIGGERS;
      default:
        return WordList.STATE_TRIGGERS;
    }
  }

  /**
   * Returns the detector of the standard word lists.
   *
   * @return the standard detector
   */
  public static LackOfSolutionDetector standard() {
    return STANDARD;
  }

  /**
   * Returns a detector of other {@link Form#NAMED_THING} trigger patterns, written like {@link
   * #TRIGGERS}, and of no trigger of the other forms, with the standard word lists otherwise.
   *
   * @param triggers the patterns, such as {@code "we require|want"}
   * @return the detector
   * @throws IllegalArgumentException if the list is empty or a pattern is blank or has a slot that
   *     is not one word
   */
  public static LackOfSolutionDetector of(List<String> triggers) {
    return builder()
        .set(WordList.TRIGGERS, triggers)
        .set(WordList.ACTION_TRIGGERS, List.of())
        .set(WordList.NEEDED_TRIGGERS, List.of())
        .set(WordList.SOLUTION_TRIGGERS, List.of())
        .set(WordList.STATE_TRIGGERS, List.of())
        .build();
  }

  /**
   * Returns a builder that starts from the standard word lists.
   *
   * @return the builder
   */
  public static Builder builder() {
    Builder builder = new Builder();
    builder.set(WordList.TRIGGERS, TRIGGERS);
    builder.set(WordList.ACTION_TRIGGERS, ACTION_TRIGGERS);
    builder.set(WordList.NEEDED_TRIGGERS, NEEDED_TRIGGERS);
    builder.set(WordList.SOLUTION_TRIGGERS, SOLUTION_TRIGGERS);
    builder.set(WordList.STATE_TRIGGERS, STATE_TRIGGERS);
    builder.set(WordList.SOLUTION_VERBS, SOLUTION_VERBS);
    builder.set(WordList.PARTICLES, PARTICLES);
    builder.set(WordList.DETERMINERS, DETERMINERS);
    builder.set(WordList.QUANTITY_WORDS, QUANTITY_WORDS);
    builder.set(WordList.RESOURCE_QUANTIFIERS, RESOURCE_QUANTIFIERS);
    builder.set(WordList.TIME_WORDS, TIME_WORDS);
    builder.set(WordList.NOT_A_THING, NOT_A_THING);
    builder.set(WordList.FUNCTION_WORDS, FUNCTION_WORDS);
    builder.set(WordList.NEGATORS, NEGATORS);
    builder.set(WordList.ADJECTIVE_FORMS, ADJECTIVE_FORMS);
    builder.set(WordList.NUMBER_WORDS, NUMBER_WORDS);
    builder.set(WordList.UNITS, UNITS);
    builder.set(WordList.FRACTION_WORDS, FRACTION_WORDS);
    return builder;
  }

  /**
   * Returns a builder that starts from this detector's word lists.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    for (WordList list : WordList.values()) {
      builder.set(list, lists.get(list));
    }
    return builder;
  }

  /**
   * Returns the {@link Form#NAMED_THING} trigger patterns this detector recognises.
   *
   * @return the patterns, in order
   */
  public List<String> triggers() {
    return lists.get(WordList.TRIGGERS);
  }

  /**
   * Returns one of this detector's word lists.
   *
   * @param list which list
   * @return its entries, in the order given (lower case, straight apostrophes)
   */
  public List<String> words(WordList list) {
    return lists.get(list);
  }

  /**
   * Finds the first lack-of-solution phrase in {@code text}.
   *
   * @param text the text, such as a problem statement
   * @return the first finding, or empty when the text names no missing solution or reports a
   *     measured condition
   */
  public Optional<LackOfSolutionFinding> find(String text) {
    List<LackOfSolutionFinding> all = findAll(text);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * Finds every lack-of-solution phrase in {@code text}, in order; phrases do not overlap. None is
   * found in a text that reports a measured condition.
   *
   * @param text the text
   * @return the findings, possibly empty
   */
  public List<LackOfSolutionFinding> findAll(String text) {
    return scan(text).findings;
  }

  /** Scans {@code text} and reports the findings with the work it took (for tests). */
  LackOfSolutionScan scan(String text) {
    LackOfSolutionScan scan = new LackOfSolutionScan(this, text);
    scan.run();
    return scan;
  }

  /**
   * Builds a {@link LackOfSolutionDetector} from word lists; it starts from the lists of {@link
   * #builder()} or {@link #toBuilder()}. Every entry is kept in lower case (the root locale), with
   * straight apostrophes, without duplicates, in the order first given.
   */
  public static final class Builder {
    private final Map<WordList, LinkedHashSet<String>> lists = new EnumMap<>(WordList.class);

    private Builder() {
      for (WordList list : WordList.values()) {
        lists.put(list, new LinkedHashSet<>());
      }
    }

    /**
     * Replaces one word list, for example to translate it.
     *
     * @param list which list
     * @param entries its new entries
     * @return this builder
     * @throws IllegalArgumentException if an entry is blank
     */
    public Builder set(WordList list, Collection<String> entries) {
      lists.get(list).clear();
      entries.forEach(entry -> add(list, entry));
      return this;
    }

    /**
     * Adds entries to one word list.
     *
     * @param list which list
     * @param entries the entries to add, such as {@code "we want"} to {@link WordList#TRIGGERS}
     * @return this builder
     * @throws IllegalArgumentException if an entry is blank
     */
    public Builder add(WordList list, String... entries) {
      for (String entry : entries) {
        if (entry.isBlank()) {
          throw new IllegalArgumentException(
              "a word list entry must not be blank, but was \"" + entry + "\"");
        }
        lists.get(list).add(LackOfSolutionScan.normalise(entry.trim()));
      }
      return this;
    }

    /**
     * Removes entries from one word list; an entry that is not there is ignored.
     *
     * @param list which list
     * @param entries the entries to remove
     * @return this builder
     */
    public Builder remove(WordList list, String... entries) {
      for (String entry : entries) {
        lists.get(list).remove(LackOfSolutionScan.normalise(entry.trim()));
      }
      return this;
    }

    /**
     * Builds the detector.
     *
     * @return the detector
     * @throws IllegalArgumentException if there is no trigger pattern at all, or a trigger pattern
     *     has a slot that is not one word
     */
    public LackOfSolutionDetector build() {
      Map<WordList, List<String>> frozen = new EnumMap<>(WordList.class);
      for (Map.Entry<WordList, LinkedHashSet<String>> entry : lists.entrySet()) {
        frozen.put(entry.getKey(), ImmutableList.copyOf(entry.getValue()));
      }
      return new LackOfSolutionDetector(frozen);
    }
  }

  // ---------------------------------------------------------------- the trigger trie

  /** The trigger patterns of every form, word by word. */
  static final class TriggerTrie {
    final Node root = new Node();
    int depth;

    /** One node: the words that may follow, and the patterns that end here. */
    static final class Node {
      final Map<String, Node> children = new HashMap<>();
      final List<Entry> ends = new ArrayList<>();
    }

    /** A pattern that ends at a node. */
    static final class Entry {
      final String pattern;
      final Form form;
      final boolean atClauseStart;
      final int words;

      Entry(String pattern, Form form, boolean atClauseStart, int words) {
        this.pattern = pattern;
        this.form = form;
        this.atClauseStart = atClauseStart;
        this.words = words;
      }
    }

    void add(String pattern, Form form) {
      String body = pattern.trim();
      boolean anchored = body.startsWith("^");
      if (anchored) {
        body = body.substring(1);
      }
      if (body.isBlank()) {
        throw new IllegalArgumentException(
            "a trigger pattern must not be blank, but was \"" + pattern + "\"");
      }
      List<List<String>> slots = new ArrayList<>();
      for (String slot : body.trim().split("\\s+")) {
        List<String> alternatives = new ArrayList<>();
        for (String alternative : slot.split("\\|", -1)) {
          Optional<String> word = LackOfSolutionScan.singleWord(alternative);
          if (word.isEmpty()) {
            throw new IllegalArgumentException(
                "in trigger pattern \""
                    + pattern
                    + "\", \""
                    + alternative
                    + "\" is not one word; separate words with spaces and alternatives of one word with |");
          }
          alternatives.add(word.get());
        }
        slots.add(alternatives);
      }
      List<Node> level = List.of(root);
      for (List<String> alternatives : slots) {
        List<Node> next = new ArrayList<>();
        for (Node node : level) {
          for (String word : alternatives) {
            Node child = node.children.computeIfAbsent(word, w -> new Node());
            if (!next.contains(child)) {
              next.add(child);
            }
          }
        }
        level = next;
      }
      for (Node node : level) {
        node.ends.add(new Entry(pattern, form, anchored, slots.size()));
      }
      depth = Math.max(depth, slots.size());
    }
  }
}
