package org.claimgraph.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses an article's language: first from its script (Greek, Arabic, Hebrew, Hangul, kana, Han, Cyrillic, Latin),
 * then, for Latin and Cyrillic text, from its most frequent function words and a few letters that only some languages
 * use. Reads at most the first {@value #MAX_CHARS} characters, so it costs about the same on any article.
 *
 * <p>Latin languages told apart: en, fr, de, es, it, pt, nl, pl, sv, tr, ro, cs; Cyrillic: ru, uk. Other languages in
 * these scripts get null, or one of these when they share many function words or letters with it (Danish and
 * Norwegian may come out as Swedish, Bulgarian as Russian). Arabic script is always "ar" (Persian and Urdu too), and
 * Japanese text written in kanji only comes out as "zh".
 *
 * <pre>{@code
 * LanguageGuesser.guess("Le gouvernement a annoncé qu'il allait retirer le projet de loi.")  // "fr"
 * LanguageGuesser.guess("OK")                                                                // null
 * }</pre>
 */
public final class LanguageGuesser {

    /** How much of the text is read. */
    static final int MAX_CHARS = 20_000;
    /** Fewer letters than this: too short to tell. */
    static final int MIN_LETTERS = 20;
    /** The best language's score must reach this (about two function words)... */
    static final double MIN_SCORE = 2.0;
    /** ...and this share of the words, or the text is none of the profiled languages. */
    static final double MIN_SCORE_PER_WORD = 0.06;
    /** The winner (of a sentence, or of the sentence votes) must have this many times the runner-up's score. */
    static final double MIN_MARGIN = 1.5;
    /** Score of one occurrence of a letter that marks a language (such as Czech ř or Ukrainian ї). */
    static final double MARKER_LETTER_SCORE = 0.5;
    /** Where a sentence ends, for the vote of each sentence. */
    private static final String SENTENCE_ENDS = ".!?\n\u3002\uff01\uff1f";

    /** A language told apart by its function words and marker letters. */
    private record Profile(String code, String words, String markers) {}

    private static final List<Profile> LATIN = List.of(
            new Profile("en", "the of and to in is was that for on with as by at from it he she they his her are were "
                    + "be been has have had not but this which will would said who an their its or there after about "
                    + "than when we you also could should", ""),
            new Profile("fr", "le la les des du de un une et est en que qui dans pour sur au aux pas par plus ne il "
                    + "elle ils sont était ont avec ce cette ces se sa son ses mais où l d qu c nous vous été aussi "
                    + "comme leur avait a à très tout selon depuis", "œ"),
            new Profile("de", "der die das und ist nicht ein eine einen dem den des zu mit sich auf für im von "
                    + "auch es sie er wir wird werden wurde hat haben sind war noch nach bei aus wie dass oder aber "
                    + "nur über vor als", "ß"),
            new Profile("es", "el la los las de del y en que es un una por con para se no al lo su sus como más "
                    + "pero fue ha han este esta ser está son también entre sobre muy sin hasta desde donde", "ñ¿¡"),
            new Profile("it", "il lo la gli le di del della dei delle e è un una che per in con non si da al alla "
                    + "sono ha anche come più ma nel nella questo questa essere stato era loro dopo tra fra a", ""),
            new Profile("pt", "o a os as de do da dos das e é um uma que em no na nos nas por para com não se ao "
                    + "mais como mas foi ser está são também pelo pela seu sua entre já muito à", "ãõ"),
            new Profile("nl", "de het een en van in is dat op te zijn niet met voor die er ook aan als bij door "
                    + "maar om dan nog wel naar werd heeft hebben was worden wordt deze zij ze hij uit", ""),
            new Profile("pl", "i w na z do nie się że to jest o jak po od za przez jego jej ich był była było są "
                    + "oraz ale czy tak dla już tylko przy które który która może także bardzo ze", "ąęłśźżń"),
            new Profile("sv", "och i att det som en på är av för med till den har de inte om ett han hon var "
                    + "men från vid så kan eller efter också under hade sig när mot skulle", "å"),
            new Profile("tr", "ve bir bu da de için ile çok daha gibi olarak olan ama ki ne mi var yok sonra "
                    + "kadar göre değil her şey diye ise veya hem en ancak", "ığ"),
            new Profile("ro", "și şi în de la cu pe un o care este nu din că mai să se ce a fost sunt au pentru "
                    + "dar sau prin lui ale al această acest după și fi", "ășțţ"),
            new Profile("cs", "a v na se je že s z do to o k i ve jako pro by jsou byl byla bylo který která "
                    + "které není ale také jeho jejich už podle než při tak jsem", "řěů"));

    private static final List<Profile> CYRILLIC = List.of(
            new Profile("ru", "и в не на что с он как это по но к у из за от о так же для было его она они уже бы "
                    + "был была были только или мы вы также который которые при до если чтобы когда", "ыэъё"),
            new Profile("uk", "і в у не на що з як це до та й за від по але для так його її вони він вона було "
                    + "був також який яка які щоб коли ще вже із чи або після під між є", "іїєґ"));

    private static final Scorer LATIN_SCORER = new Scorer(LATIN);
    private static final Scorer CYRILLIC_SCORER = new Scorer(CYRILLIC);

    private enum Script { LATIN, CYRILLIC, GREEK, ARABIC, HEBREW, CJK, OTHER }

    private LanguageGuesser() {}

    /** A BCP-47 primary language code, or null when the text is too short or too mixed to tell. */
    public static String guess(String text) {
        if (text == null) {
            return null;
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        int[] scripts = new int[Script.values().length];
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int letters = 0;
        for (int i = 0; i < sample.length(); ) {
            int c = sample.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                kana++;
            } else if (script == Character.UnicodeScript.HANGUL) {
                hangul++;
            }
            scripts[scriptOf(script).ordinal()]++;
        }
        // A CJK letter carries about as much text as a short word, so CJK text is not "too short" at 20 letters.
        if (letters < MIN_LETTERS && scripts[Script.CJK.ordinal()] * 4 < MIN_LETTERS) {
            return null;
        }
        Script main = majority(scripts, letters);
        if (main == null) {
            return null;
        }
        if (main == Script.GREEK) {
            return "el";
        }
        if (main == Script.ARABIC) {
            return "ar";
        }
        if (main == Script.HEBREW) {
            return "he";
        }
        if (main == Script.CJK) {
            if (hangul > han + kana) {
                return "ko";
            }
            return kana * 10 >= han + kana ? "ja" : "zh"; // Japanese text is mostly kana; Chinese has none
        }
        if (main == Script.CYRILLIC) {
            return CYRILLIC_SCORER.best(sample);
        }
        if (main == Script.LATIN) {
            return LATIN_SCORER.best(sample);
        }
        return null;
    }

    private static Script scriptOf(Character.UnicodeScript script) {
        if (script == Character.UnicodeScript.LATIN) {
            return Script.LATIN;
        }
        if (script == Character.UnicodeScript.CYRILLIC) {
            return Script.CYRILLIC;
        }
        if (script == Character.UnicodeScript.GREEK) {
            return Script.GREEK;
        }
        if (script == Character.UnicodeScript.ARABIC) {
            return Script.ARABIC;
        }
        if (script == Character.UnicodeScript.HEBREW) {
            return Script.HEBREW;
        }
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
            return Script.CJK;
        }
        return Script.OTHER;
    }

    /** The script of more than half of the letters, else null (too mixed). */
    private static Script majority(int[] scripts, int letters) {
        for (Script script : Script.values()) {
            if (scripts[script.ordinal()] * 2 > letters) {
                return script;
            }
        }
        return null;
    }

    /**
     * Scores each profile on a text: a function word found in k profiles adds 1/k to each (so "de" or "a" says
     * little), and each marker letter adds {@link #MARKER_LETTER_SCORE}. Immutable once built; shared by all threads.
     */
    private static final class Scorer {
        private final List<Profile> profiles;
        private final Map<String, double[]> weights = new HashMap<>();
        private final Map<Integer, double[]> markers = new HashMap<>();

        Scorer(List<Profile> profiles) {
            this.profiles = profiles;
            Map<String, Integer> sharedBy = new HashMap<>();
            for (Profile profile : profiles) {
                for (String word : distinctWords(profile)) {
                    sharedBy.merge(word, 1, Integer::sum);
                }
            }
            for (int p = 0; p < profiles.size(); p++) {
                for (String word : distinctWords(profiles.get(p))) {
                    weights.computeIfAbsent(word, w -> new double[profiles.size()])[p] = 1.0 / sharedBy.get(word);
                }
                int index = p;
                profiles.get(p).markers().codePoints().forEach(c -> markers
                        .computeIfAbsent(c, m -> new double[profiles.size()])[index] = MARKER_LETTER_SCORE);
            }
        }

        private static List<String> distinctWords(Profile profile) {
            return List.of(profile.words().split(" ")).stream().distinct().toList();
        }

        /**
         * The language of the sample, or null. Each sentence that one language clearly wins votes for it with its
         * letter count, so a text half in one language and half in another gets null, while an article with a short
         * quote in another language keeps its own. When no sentence is clear on its own, the whole sample decides.
         */
        String best(String sample) {
            int count = profiles.size();
            double[] total = new double[count];
            double[] sentence = new double[count];
            double[] votes = new double[count];
            boolean voted = false;
            int words = 0;
            int sentenceLetters = 0;
            String lower = sample.toLowerCase(Locale.ROOT);
            int start = -1; // start of the current word, or -1 between words
            int i = 0;
            while (i <= lower.length()) {
                int c = i < lower.length() ? lower.codePointAt(i) : '.'; // a full stop after the end closes all
                if (c > 0x7f) {
                    add(sentence, markers.get(c));
                }
                if (Character.isLetter(c)) {
                    start = start < 0 ? i : start;
                    sentenceLetters++;
                } else {
                    if (start >= 0) {
                        words++;
                        add(sentence, weights.get(lower.substring(start, i)));
                        start = -1;
                    }
                    if (SENTENCE_ENDS.indexOf(c) >= 0) {
                        add(total, sentence);
                        int winner = winner(sentence, 1.0);
                        if (winner >= 0) {
                            votes[winner] += sentenceLetters;
                            voted = true;
                        }
                        Arrays.fill(sentence, 0);
                        sentenceLetters = 0;
                    }
                }
                i += i < lower.length() ? Character.charCount(c) : 1;
            }
            double top = Arrays.stream(total).max().orElse(0);
            if (top < MIN_SCORE || top < MIN_SCORE_PER_WORD * words) {
                return null; // too few function words: too short, or none of these languages
            }
            int winner = voted ? winner(votes, 0) : winner(total, MIN_SCORE);
            return winner < 0 ? null : profiles.get(winner).code();
        }

        /** The index of the highest score if it reaches {@code min} and beats the runner-up clearly, else -1. */
        private static int winner(double[] scores, double min) {
            int best = 0;
            double runnerUp = 0;
            for (int p = 1; p < scores.length; p++) {
                if (scores[p] > scores[best]) {
                    runnerUp = scores[best];
                    best = p;
                } else {
                    runnerUp = Math.max(runnerUp, scores[p]);
                }
            }
            return scores[best] >= min && scores[best] > 0 && scores[best] >= MIN_MARGIN * runnerUp ? best : -1;
        }

        private static void add(double[] scores, double[] weights) {
            if (weights != null) {
                for (int p = 0; p < scores.length; p++) {
                    scores[p] += weights[p];
                }
            }
        }
    }
}
