package org.parallax.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.ArticleEntities.Found;
import org.parallax.model.ArticleEntities.Role;
import org.parallax.model.ArticleEntities.RoleReference;
import org.parallax.model.ArticleEntities;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * The per-article entity stage: finds the names in an article's clean text with CoreNLP's tagger and the
 * gazetteer, and gathers every way the article names one entity under one identity key. Within the article:
 * titles and honorifics are stripped from names into roles; a surname or given name used alone joins the full
 * name it belongs to, and is found again where the tagger missed it; demonyms, capitals and seats of government
 * that act ("Beijing said", "the Kremlin") stand for their country; role descriptions ("the Belarusian
 * President") resolve to the person the article names with that role. Linear in the article's length: every
 * step looks names up by key, offset or word rather than against all the names found (a 16 MB article takes
 * about 16 times as long as a 1 MB one; {@code parallax bench --long-article} measures it). Thread-safe, and
 * deterministic: the same text gives the same entities whatever was found before and on whichever thread.
 */
public final class EntityFinder {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "around", "across",
            "within", "throughout", "into", "via", "outskirts");
    private static final Set<String> MOTION = Set.of("trip", "visit", "visits", "visited", "visiting", "travel",
            "travels", "travelled", "traveled", "flew", "fly", "flight", "went", "go", "going", "came", "come",
            "journey", "arrived", "arrive", "returned", "return", "moved", "headed", "heading", "way", "back");
    /** A dateline opening a paragraph: a place in capitals, perhaps an agency in brackets, then a dash. */
    private static final Pattern DATELINE = Pattern.compile("\\p{Lu}[\\p{Lu} .,'’]*(\\([^)\\n]{1,20}\\))?\\s*(--|—|–|-)");

    /** Words that begin the names of places, never of people ("Port Averill", "Fort Worth", "Lake Placid"). */
    private static final Set<String> PLACE_WORDS = Set.of("Port", "Fort", "Mount", "Lake", "Cape", "Bay", "Point",
            "Glen", "Isle", "Santa", "San", "Saint", "Sankt", "Puerto", "Porto", "Villa", "Ciudad");
    /** The longest word read as a name word, in characters. */
    private static final int MAX_WORD = 64;
    /** The most words read as one title before a name, or as one name after an honorific. */
    private static final int MAX_NAME_WORDS = 12;
    private static final Pattern CAPITALIZED = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]*(?:[-'’][\\p{L}\\p{M}]+)*");

    /**
     * Whether a word is {@link #CAPITALIZED}. Asked of every word of a text, most of which do not open with a capital:
     * those are told by their first character, without the regex.
     */
    static boolean capitalized(String w) {
        return !w.isEmpty() && Character.getType(w.codePointAt(0)) == Character.UPPERCASE_LETTER
                && CAPITALIZED.matcher(w).matches();
    }
    /** How the states and provinces of federal countries are written after a town's name ("Ferguson, Mo."). */
    private static final Set<String> REGIONS = regions();
    /** The longest of {@link #REGIONS}, in characters. */
    private static final int LONGEST_REGION = REGIONS.stream().mapToInt(String::length).max().orElse(0);

    private static Set<String> regions() {
        Set<String> out = new HashSet<>();
        for (WordLists.Line line : WordLists.read("regions.txt", "the list of regions")) {
            for (String form : line.text().split("\\|")) {
                out.add(form.strip());
            }
        }
        return Set.copyOf(out);
    }

    private final Gazetteer gazetteer = Gazetteer.bundled();

    /** A finder. The tagger's model starts loading on a thread of its own, to be ready by the first article. */
    public EntityFinder() {
        NameTagger.loadInBackground();
    }

    /** Loads the tagger's model now (it otherwise loads on the first article). */
    public static void warmUp() {
        NameTagger.load();
    }

    /** The entities the article's text names. */
    public ArticleEntities find(String article, String text) {
        return new Run(article, text).result();
    }

    /** One article's analysis. */
    private final class Run {
        private final String article;
        private final String text;
        private final int[] wordStart;
        private final int[] wordEnd;
        private final List<Gazetteer.Match> places;
        private final Map<String, Group> groups = new LinkedHashMap<>();
        /** Characters some mention already covers. */
        private final java.util.BitSet taken = new java.util.BitSet();
        /** The gazetteer's countries by where they start, to find the one a word falls in without a scan. */
        private final java.util.TreeMap<Integer, Gazetteer.Match> countriesByStart = new java.util.TreeMap<>();
        private final List<RoleReference> references = new ArrayList<>();
        /** What {@link #acts} found for each capital, by offset. */
        private final Map<Integer, Boolean> capitalActs = new HashMap<>();
        /** The full names of persons by each word of their key, in the order the persons were found. */
        private Map<String, List<Group>> fullPersonsByWord;

        Run(String article, String text) {
            this.article = article;
            this.text = text;
            int[] starts = new int[Math.max(16, text.length() / 6)];
            int[] ends = new int[starts.length];
            int n = 0;
            Matcher m = Names.WORD.matcher(text);
            while (m.find()) {
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                    ends = java.util.Arrays.copyOf(ends, n * 2);
                }
                starts[n] = m.start();
                ends[n++] = m.end();
            }
            wordStart = java.util.Arrays.copyOf(starts, n);
            wordEnd = java.util.Arrays.copyOf(ends, n);
            places = gazetteer.find(text);
            places.stream().filter(p -> p.entry().type() == EntityType.COUNTRY).forEach(p -> countriesByStart.put(p.start(), p));
        }

        ArticleEntities result() {
            for (Candidate c : candidates()) {
                if (c.gazetteer() != null) {
                    addPlace(c.gazetteer());
                } else {
                    addTagged(c.tag());
                }
            }
            addHonorificNames();
            attachLoneNames();
            attachMistypedNameWords();
            findNameWordsAgain();
            resolveRoleDescriptions();
            List<Found> found = groups.values().stream().map(Group::found).toList();
            return new ArticleEntities(article, found, references);
        }

        /** Tagger and gazetteer names, longest first; where a gazetteer name and a tag cover the same words, the gazetteer's. */
        private List<Candidate> candidates() {
            List<Candidate> all = new ArrayList<>();
            places.forEach(p -> all.add(new Candidate(p.start(), p.end(), p, null)));
            for (NameTagger.Tag t : majorityTypes(NameTagger.tag(text))) {
                all.add(new Candidate(t.start(), t.end(), null, t));
            }
            all.sort(Comparator.comparingInt(Candidate::length).reversed()
                    .thenComparing(c -> c.gazetteer() == null ? 1 : 0));
            java.util.TreeMap<Integer, Candidate> kept = new java.util.TreeMap<>();   // by start; they never overlap
            for (Candidate c : all) {
                Map.Entry<Integer, Candidate> before = kept.lowerEntry(c.end());
                if (c.length() > 0 && (before == null || before.getValue().end() <= c.start())) {
                    kept.put(c.start(), c);
                }
            }
            return new ArrayList<>(kept.values());
        }

        /**
         * The same words tagged as different kinds in one article take the kind most of their tags give; words the
         * article once places in a state or a country ("Ferguson, Mo.", "Kharkiv, Ukraine.") name a place throughout.
         */
        private List<NameTagger.Tag> majorityTypes(List<NameTagger.Tag> tags) {
            Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
            Set<String> placed = new HashSet<>();
            for (NameTagger.Tag t : tags) {
                String folded = Names.fold(text.substring(t.start(), t.end()));
                votes.computeIfAbsent(folded, k -> new EnumMap<>(EntityType.class)).merge(t.type(), 1, Integer::sum);
                if (inRegion(t.end())) {
                    placed.add(folded);
                }
            }
            List<NameTagger.Tag> out = new ArrayList<>();
            for (NameTagger.Tag t : tags) {
                String folded = Names.fold(text.substring(t.start(), t.end()));
                Map<EntityType, Integer> v = votes.get(folded);
                EntityType best = t.type();
                for (Map.Entry<EntityType, Integer> e : v.entrySet()) {
                    if (e.getValue() > v.get(best)) {
                        best = e.getKey();
                    }
                }
                out.add(new NameTagger.Tag(placed.contains(folded) ? EntityType.LOCATION : best, t.start(), t.end()));
            }
            return out;
        }

        /**
         * Whether the name ending at {@code end} is placed in a state, a province or a country by what follows it: a
         * comma, the region (as {@code regions.txt} writes it, or a country of the gazetteer), then an abbreviation's
         * full stop or the end of the phrase ("Ferguson, Mo. —", "Leeds, England,"), not a word that would make the
         * region part of a description ("Perry, Texas governor", "Zelenskyy, Ukraine's president").
         */
        private boolean inRegion(int end) {
            int at = end;
            if (at >= text.length() || text.charAt(at) != ',') {
                return false;
            }
            at++;
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            if (at == end + 1) {
                return false;
            }
            int regionEnd = -1;
            Gazetteer.Match country = countriesByStart.get(at);
            if (country != null && (country.form() == Gazetteer.Form.NAME || country.form() == Gazetteer.Form.ALIAS)) {
                regionEnd = country.end();
            }
            for (int e = Math.min(text.length(), at + LONGEST_REGION); e > at && regionEnd < 0; e--) {
                if (REGIONS.contains(text.substring(at, e)) && (e == text.length() || !Character.isLetter(text.charAt(e)))) {
                    regionEnd = e;
                }
            }
            if (regionEnd < 0) {
                return false;
            }
            if (text.charAt(regionEnd - 1) == '.') {
                return true;
            }
            int next = regionEnd;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            return next == text.length() || ".,;:)\n—–-".indexOf(text.charAt(next)) >= 0;
        }

        private void addPlace(Gazetteer.Match match) {
            Gazetteer.Entry entry = match.entry();
            if (match.form() == Gazetteer.Form.CAPITAL && !acts(match.start())) {
                add("location:" + Names.fold(entry.capital()), EntityType.LOCATION, entry.capital(), true, true,
                        match.start(), match.end(), null);
                return;
            }
            add(entry.type().name().toLowerCase(Locale.ROOT) + ":" + Names.fold(entry.name()), entry.type(),
                    entry.name(), true, true, match.start(), match.end(), null);
        }

        /**
         * Whether a capital at this offset acts (stands for its government) rather than being where something
         * happens. In a list ("in Paris and Berlin") the preposition before the first governs them all; each
         * capital of a list is decided once.
         */
        private boolean acts(int start) {
            if ((start == 0 || text.charAt(start - 1) == '\n')
                    && DATELINE.matcher(text).region(start, Math.min(text.length(), start + 60)).lookingAt()) {
                return false;   // "WASHINGTON -- The group said …": a dateline says where the story was filed
            }
            List<Integer> list = new ArrayList<>();
            int at = start;
            Boolean answer = capitalActs.get(at);
            while (answer == null) {
                list.add(at);
                int i = wordIndexAt(at);
                String previous = i > 0 && plainGap(i - 1, i) ? Names.fold(word(i - 1)) : "";
                Gazetteer.Match before = (previous.equals("and") || previous.equals("or")) && i > 1
                        ? placeEndingAt(wordEnd[i - 2]) : null;
                if (LOCATIVE.contains(previous)) {
                    answer = false;
                } else if (before != null && before.form() == Gazetteer.Form.CAPITAL) {
                    at = before.start();   // "in Paris and Berlin": as Paris goes, so goes Berlin
                    answer = capitalActs.get(at);
                } else if (previous.equals("to") || previous.equals("from")) {
                    answer = true;
                    for (int back = i - 2; back >= Math.max(0, i - 3); back--) {
                        if (MOTION.contains(Names.fold(word(back)))) {
                            answer = false;
                        }
                    }
                } else {
                    answer = true;
                }
            }
            for (int capital : list) {
                capitalActs.put(capital, answer);
            }
            return answer;
        }

        /** The gazetteer's name that ends at this offset, or null. */
        private Gazetteer.Match placeEndingAt(int end) {
            int lo = 0;
            int hi = places.size() - 1;
            while (lo <= hi) {   // the gazetteer's names never overlap: their ends rise with their starts
                int mid = (lo + hi) >>> 1;
                int e = places.get(mid).end();
                if (e == end) {
                    return places.get(mid);
                } else if (e < end) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return null;
        }

        private void addTagged(NameTagger.Tag tag) {
            int start = tag.start();
            int end = tag.end();
            EntityType type = tag.type();
            int first = wordIndexAt(start);
            if (type != EntityType.PERSON && first >= 0 && Names.isHonorific(word(first)) && wordEnd[first] < end) {
                type = EntityType.PERSON;   // "Mr Xi" tagged as an organization
            }
            if (type == EntityType.PERSON && first >= 0 && PLACE_WORDS.contains(word(first)) && wordEnd[first] < end) {
                type = EntityType.LOCATION;   // "Port Averill" addressed by name: a place, not a person
            }
            if (type == EntityType.PERSON) {
                addPerson(start, end);
                return;
            }
            String name = text.substring(start, end);
            if (name.codePoints().filter(Character::isLetter).count() < 2
                    || Names.words(name).stream().allMatch(Names::isTitleWord)) {
                return;   // "State" of "Secretary of State": part of a title, not a name
            }
            if (name.startsWith("the ") || name.startsWith("The ")) {
                start += 4;
                name = name.substring(4);
            }
            Gazetteer.Entry entry = gazetteer.lookup(name);
            Gazetteer.Entry country = first > 0 && plainGap(first - 1, first) && isGenericBody(name) ? countryAt(first - 1) : null;
            if (entry != null) {
                add(entry.type().name().toLowerCase(Locale.ROOT) + ":" + Names.fold(entry.name()), entry.type(),
                        entry.name(), true, true, start, end, null);
            } else if (country != null) {   // "China's Foreign Ministry": the ministry of that country
                String owned = name + " (" + country.name() + ")";
                add(type.name().toLowerCase(Locale.ROOT) + ":" + Names.fold(owned), type, owned, true, true, start, end, null);
            } else {
                add(type.name().toLowerCase(Locale.ROOT) + ":" + Names.fold(name), type, name, false, true, start, end,
                        null);
            }
        }

        /** Words of the bodies every state has: a name made only of them needs its country to name one body. */
        private static final Set<String> GENERIC_BODY = Set.of("ministry", "foreign", "defence", "defense", "interior",
                "finance", "justice", "health", "education", "trade", "economy", "affairs", "of", "the", "embassy",
                "parliament", "government", "army", "navy", "air", "force", "forces", "armed", "military", "police",
                "central", "bank", "supreme", "court", "constitutional", "office", "security", "council", "national",
                "intelligence", "service", "cabinet", "presidency", "prosecutor", "general");

        private static boolean isGenericBody(String name) {
            List<String> words = Names.words(name);
            return !words.isEmpty() && words.stream().allMatch(w -> GENERIC_BODY.contains(Names.fold(w)));
        }

        /** A person's name: titles and honorifics inside the tagged words move into a role. */
        private void addPerson(int start, int end) {
            int first = wordIndexAt(start);
            int last = wordIndexBefore(end);
            if (first < 0 || last < first) {
                return;
            }
            int nameStart = first;
            while (nameStart < last && (Names.isHonorific(word(nameStart)) || Names.isTitleWord(word(nameStart)))) {
                nameStart++;
            }
            int s = wordStart[nameStart];
            int e = wordStart[last] + Names.withoutPossessive(word(last)).length();
            String name = text.substring(s, e);
            List<Role> roles = new ArrayList<>();
            roleBefore(nameStart).ifPresent(roles::add);
            roleAfter(last).ifPresent(roles::add);
            List<String> words = Names.words(name);
            if (words.isEmpty() || words.stream().allMatch(Names::isTitleWord)) {
                return;
            }
            String personKey = Names.personKey(name);
            boolean full = personKey.indexOf(' ') > 0;
            String key = "person:" + personKey;
            Group g = add(key, EntityType.PERSON, name, false, full, s, e, full ? name : null);
            g.roles.addAll(roles);
        }

        /** "Mr Smith" where the tagger saw no name: an honorific before capitalized words names a person. */
        private void addHonorificNames() {
            for (int i = 0; i + 1 < wordStart.length; i++) {
                if (!Names.isHonorific(word(i)) || !Character.isUpperCase(word(i).charAt(0)) || !plainGapOrDot(i)) {
                    continue;
                }
                int last = i + 1;
                if (!capitalized(word(last)) || isTaken(wordStart[last], wordEnd[last])) {
                    continue;
                }
                while (last + 1 < wordStart.length && last - i < MAX_NAME_WORDS && plainGap(last, last + 1)
                        && capitalized(word(last + 1)) && !isTaken(wordStart[last + 1], wordEnd[last + 1])) {
                    last++;
                }
                addPerson(wordStart[i + 1], wordEnd[last]);
            }
        }

        /** A lone surname or given name joins the one full name in the article that has that word. */
        private void attachLoneNames() {
            List<Group> lone = groups.values().stream().filter(g -> g.type == EntityType.PERSON && !g.full).toList();
            for (Group g : lone) {
                String word = g.key.substring("person:".length());
                List<Group> owners = fullPersonsWithWord(word);
                if (owners.isEmpty()) {
                    continue;
                }
                Group owner = owners.size() == 1 ? owners.get(0) : nearestBefore(owners, g.mentions.get(0).start());
                if (owner != null) {
                    owner.absorb(g);
                    groups.remove(g.key);
                }
            }
        }

        /** A one-word "organization" or "place" that is a word of a person's full name here ("Trump" tagged as a company). */
        private void attachMistypedNameWords() {
            List<Group> single = groups.values().stream().filter(g -> g.type != EntityType.PERSON && !g.fixed
                    && Names.words(g.name).size() == 1).toList();
            for (Group g : single) {
                List<Group> owners = fullPersonsWithWord(Names.tokenKey(g.name));
                if (owners.size() == 1) {
                    owners.get(0).absorb(g);
                    groups.remove(g.key);
                }
            }
        }

        /**
         * The words of a full name, found again where the tagger did not mark them ("Xi" alone, "Mr Jinping"):
         * only a word that belongs to one person of the article and that the text never uses in lower case.
         */
        private void findNameWordsAgain() {
            Map<String, Group> owners = new HashMap<>();
            Set<String> shared = new HashSet<>();
            for (Group g : groups.values()) {
                if (g.type == EntityType.PERSON && g.full) {
                    for (String w : g.key.substring("person:".length()).split(" ")) {
                        if (owners.containsKey(w) && owners.get(w) != g) {
                            shared.add(w);
                        }
                        owners.put(w, g);
                    }
                }
            }
            shared.forEach(owners::remove);
            if (owners.isEmpty()) {
                return;
            }
            List<Integer> found = new ArrayList<>();
            List<Group> foundOwners = new ArrayList<>();
            Set<String> spellings = new HashSet<>();
            for (int i = 0; i < wordStart.length; i++) {
                String w = word(i);
                if (!capitalized(w) || Names.isTitleWord(w) || Names.isHonorific(w)
                        || isTaken(wordStart[i], wordEnd[i])) {
                    continue;
                }
                Group owner = owners.get(Names.tokenKey(w));
                if (owner != null) {
                    found.add(i);
                    foundOwners.add(owner);
                    spellings.add(Names.withoutPossessive(w).toLowerCase(Locale.ROOT));
                }
            }
            Set<String> usedInLowerCase = usedInLowerCase(spellings);
            for (int k = 0; k < found.size(); k++) {
                int i = found.get(k);
                String bare = Names.withoutPossessive(word(i));
                if (!usedInLowerCase.contains(bare.toLowerCase(Locale.ROOT))) {
                    foundOwners.get(k).addMention(wordStart[i], wordStart[i] + bare.length());
                    taken.set(wordStart[i], wordEnd[i]);
                }
            }
        }

        /** "the Chinese President", "the Belarus leader": resolved to the person the article gives that role. */
        private void resolveRoleDescriptions() {
            Map<String, List<Group>> personsWithRoleIn = new HashMap<>();
            for (Group g : groups.values()) {
                if (g.type == EntityType.PERSON) {
                    g.roles.stream().map(Role::country).filter(java.util.Objects::nonNull).distinct()
                            .forEach(c -> personsWithRoleIn.computeIfAbsent(c, k -> new ArrayList<>()).add(g));
                }
            }
            for (Gazetteer.Match place : places) {
                if (place.entry().type() != EntityType.COUNTRY || place.form() == Gazetteer.Form.CAPITAL
                        || place.form() == Gazetteer.Form.SEAT) {
                    continue;
                }
                int i = wordIndexAt(place.start());
                int j = wordIndexBefore(place.end()) + 1;
                if (i < 0 || j >= wordStart.length || !plainGap(j - 1, j)) {
                    continue;
                }
                String head = headAt(j);
                if (head == null) {
                    continue;
                }
                int headEnd = j + head.split(" ").length - 1;
                if (headEnd + 1 < wordStart.length && plainGap(headEnd, headEnd + 1)
                        && capitalized(word(headEnd + 1)) && !Names.isTitleWord(word(headEnd + 1))) {
                    continue;   // a title before a name, not a description
                }
                int start = place.start();
                if (i > 0 && plainGap(i - 1, i) && Names.fold(word(i - 1)).equals("the")) {
                    start = wordStart[i - 1];
                }
                int end = wordStart[headEnd] + Names.withoutPossessive(word(headEnd)).length();
                Mention mention = new Mention(article, start, end, text.substring(start, end));
                String country = place.entry().name();
                List<Group> holders = personsWithRoleIn.getOrDefault(country, List.of()).stream()
                        .filter(g -> g.roles.stream().anyMatch(r -> Names.fits(r, country, head))).toList();
                if (holders.size() == 1) {
                    holders.get(0).descriptions.add(mention);
                } else {
                    references.add(new RoleReference(country, head, mention));
                }
            }
        }

        /** The head of a role starting at word i ("president", "prime minister"), or null. */
        private String headAt(int i) {
            String one = Names.fold(Names.withoutPossessive(word(i)));
            if (i + 1 < wordStart.length && plainGap(i, i + 1)) {
                String two = one + " " + Names.fold(Names.withoutPossessive(word(i + 1)));
                if (Names.HEADS.contains(two)) {
                    return two;
                }
            }
            if (one.endsWith("s") && Names.HEADS.contains(one.substring(0, one.length() - 1))) {
                return null;   // "the Chinese presidents": not one person
            }
            return Names.HEADS.contains(one) ? one : null;
        }

        /** The title words right before a name: "Chinese President", "Deputy Foreign Minister". */
        private java.util.Optional<Role> roleBefore(int nameWord) {
            int first = nameWord;
            while (first > 0 && nameWord - first < MAX_NAME_WORDS && plainGap(first - 1, first)
                    && (Names.isTitleWord(word(first - 1)) || Names.isHonorific(word(first - 1)) || countryAt(first - 1) != null)) {
                first--;
            }
            return role(first, nameWord - 1);
        }

        /** Whether the text from {@code from} to {@code to} is a comma and white space ({@code ,\s*}). */
        private boolean isComma(int from, int to) {
            if (to <= from || text.charAt(from) != ',') {
                return false;
            }
            for (int c = from + 1; c < to; c++) {
                char ch = text.charAt(c);
                if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\u000B' && ch != '\f' && ch != '\r') {
                    return false;
                }
            }
            return true;
        }

        /** An apposition after a name: ", Deputy Chief of Ukraine’s Defence Intelligence". */
        private java.util.Optional<Role> roleAfter(int lastNameWord) {
            int i = lastNameWord + 1;
            if (i >= wordStart.length || !isComma(wordEnd[lastNameWord], wordStart[i])) {
                return java.util.Optional.empty();
            }
            if (Names.fold(word(i)).equals("the") && i + 1 < wordStart.length) {
                i++;
            }
            if (!Names.isTitleWord(word(i)) && countryAt(i) == null) {
                return java.util.Optional.empty();
            }
            int last = i;
            while (last + 1 < wordStart.length && last - i < 8 && plainGap(last, last + 1)) {
                last++;
            }
            if (last + 1 < wordStart.length && text.substring(wordEnd[last], wordStart[last + 1]).startsWith(",")) {
                return role(i, last);   // set off by commas: ", deputy governor of the central bank,"
            }
            last = i;
            while (last + 1 < wordStart.length && last - i < 10 && plainGap(last, last + 1)
                    && (Names.isTitleWord(word(last + 1)) || capitalized(word(last + 1)))) {
                last++;
            }
            return role(i, last);
        }

        /** The role in words first..last, if they hold a title word; its country and head. */
        private java.util.Optional<Role> role(int first, int last) {
            while (first <= last && (Names.isHonorific(word(first)) || Set.of("the", "of", "for").contains(Names.fold(word(first))))) {
                first++;
            }
            if (first > last) {
                return java.util.Optional.empty();
            }
            String country = null;
            String head = null;
            for (int i = first; i <= last; i++) {
                Gazetteer.Entry place = countryAt(i);
                if (place != null) {
                    country = place.name();
                } else if (Names.isTitleWord(word(i)) && !Set.of("of", "for", "the").contains(Names.fold(word(i)))) {
                    String two = i + 1 <= last ? headAt(i) : null;
                    head = two != null && two.contains(" ") ? two : Names.title(word(i));
                    if (two != null && two.contains(" ")) {
                        i++;
                    }
                }
            }
            if (head == null) {
                return java.util.Optional.empty();
            }
            int end = wordStart[last] + Names.withoutPossessive(word(last)).length();
            StringBuilder words = new StringBuilder(text.substring(wordStart[first], end));
            for (int i = last; i >= first; i--) {   // a misspelled title reads as the title it stands for
                String w = Names.withoutPossessive(word(i));
                String title = Names.title(w);
                if (title != null && !Names.TITLE_WORDS.contains(Names.fold(w)) && !Names.fold(w).equals(title + "s")) {
                    String fixed = Character.isUpperCase(w.charAt(0)) ? Character.toUpperCase(title.charAt(0)) + title.substring(1) : title;
                    words.replace(wordStart[i] - wordStart[first], wordStart[i] - wordStart[first] + w.length(), fixed);
                }
            }
            return java.util.Optional.of(new Role(words.toString(), country, head));
        }

        /** The country a word names as a demonym, name or possessive ("Chinese", "Ukraine’s"), or null. */
        private Gazetteer.Entry countryAt(int i) {
            Map.Entry<Integer, Gazetteer.Match> at = countriesByStart.floorEntry(wordStart[i]);
            return at != null && wordStart[i] < at.getValue().end() ? at.getValue().entry() : null;
        }

        /** The persons of a full name that has this word, in the order they were found. */
        private List<Group> fullPersonsWithWord(String wordKey) {
            if (fullPersonsByWord == null) {   // full names are all found before the first question
                fullPersonsByWord = new HashMap<>();
                for (Group g : groups.values()) {
                    if (g.type == EntityType.PERSON && g.full) {
                        for (String w : Set.copyOf(List.of(g.key.substring("person:".length()).split(" ")))) {
                            fullPersonsByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(g);
                        }
                    }
                }
            }
            return fullPersonsByWord.getOrDefault(wordKey, List.of());
        }

        private static Group nearestBefore(List<Group> candidates, int offset) {
            Group best = null;
            int bestEnd = -1;
            for (Group g : candidates) {
                for (Mention m : g.mentions) {
                    if (m.end() <= offset && m.end() > bestEnd) {
                        best = g;
                        bestEnd = m.end();
                    }
                }
            }
            return best;
        }

        private Group add(String key, EntityType type, String name, boolean fixed, boolean full, int start, int end,
                          String spelling) {
            Group g = groups.computeIfAbsent(key, k -> new Group(k, type, name, fixed, full));
            g.addMention(start, end);
            if (spelling != null) {
                g.spellings.add(spelling);
            }
            taken.set(start, end);
            return g;
        }

        private boolean isTaken(int start, int end) {
            int next = taken.nextSetBit(start);
            return next >= 0 && next < end;
        }

        /**
         * Which of these lower-case spellings the text uses in lower case ("rose" beside a person named Rose), in
         * one pass: each stretch of letters, marks and inner hyphens or apostrophes that starts with a lower-case
         * letter after a non-letter and ends before a non-letter is checked by its hash, as it grows.
         */
        private Set<String> usedInLowerCase(Set<String> spellings) {
            Set<String> used = new HashSet<>();
            if (spellings.isEmpty()) {
                return used;
            }
            int[] hashes = spellings.stream().mapToInt(String::hashCode).sorted().toArray();
            int longest = Math.min(MAX_WORD, spellings.stream().mapToInt(String::length).max().orElse(0));
            String lower = text.toLowerCase(Locale.ROOT);
            int n = Math.min(lower.length(), text.length());
            for (int at = 0; at < n; at++) {
                if (!Character.isLowerCase(text.charAt(at)) || at > 0 && Character.isLetter(lower.charAt(at - 1))) {
                    continue;
                }
                int hash = 0;
                for (int end = at; end < lower.length() && end - at < longest && isNameChar(lower.charAt(end)); ) {
                    hash = 31 * hash + lower.charAt(end);
                    end++;
                    if ((end == lower.length() || !Character.isLetter(lower.charAt(end)))
                            && java.util.Arrays.binarySearch(hashes, hash) >= 0) {
                        String s = lower.substring(at, end);
                        if (spellings.contains(s)) {
                            used.add(s);
                        }
                    }
                }
            }
            return used;
        }

        /** A letter, a mark, or what joins the parts of a name ("Jean-Pierre", "O'Neill"). */
        private static boolean isNameChar(char c) {
            int type = Character.getType(c);
            return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || c == '-' || c == '\'' || c == '’';
        }

        private String word(int i) {
            return text.substring(wordStart[i], wordEnd[i]);
        }

        /** Whether only spaces (no punctuation, no line break) separate words a and b. */
        private boolean plainGap(int a, int b) {
            for (int k = wordEnd[a]; k < wordStart[b]; k++) {
                char c = text.charAt(k);
                if (c != ' ' && c != '\u00a0') {
                    return false;
                }
            }
            return true;
        }

        /** Like {@link #plainGap} after an honorific that may end with a full stop ("Mr. Putin"). */
        private boolean plainGapOrDot(int i) {
            int k = wordEnd[i];
            if (k < text.length() && text.charAt(k) == '.') {
                k++;
            }
            for (; k < wordStart[i + 1]; k++) {
                if (text.charAt(k) != ' ') {
                    return false;
                }
            }
            return true;
        }

        private int wordIndexAt(int offset) {
            int i = java.util.Arrays.binarySearch(wordStart, offset);
            return i >= 0 ? i : Math.max(-1, -i - 2);
        }

        private int wordIndexBefore(int end) {
            return wordIndexAt(end - 1);
        }

        /** Mentions of one entity in this article. */
        private final class Group {
            final String key;
            final EntityType type;
            final String name;
            final boolean fixed;
            final boolean full;
            final List<Mention> mentions = new ArrayList<>();
            final List<Mention> descriptions = new ArrayList<>();
            final List<String> spellings = new ArrayList<>();
            final List<Role> roles = new ArrayList<>();

            Group(String key, EntityType type, String name, boolean fixed, boolean full) {
                this.key = key;
                this.type = type;
                this.name = name;
                this.fixed = fixed;
                this.full = full;
            }

            void addMention(int start, int end) {
                mentions.add(new Mention(article, start, end, text.substring(start, end)));
            }

            void absorb(Group other) {
                mentions.addAll(other.mentions);
                descriptions.addAll(other.descriptions);
                roles.addAll(other.roles);
            }

            Found found() {
                String best = name;
                if (!fixed && !spellings.isEmpty()) {
                    best = Spellings.preferred(spellings);
                }
                if (!fixed && best.equals(best.toUpperCase(Locale.ROOT))) {
                    for (Mention m : inOrder(mentions)) {   // "FERGUSON" of a dateline is "Ferguson" where the text says so
                        if (!m.text().equals(m.text().toUpperCase(Locale.ROOT)) && Names.fold(m.text()).equals(Names.fold(best))) {
                            best = m.text();
                            break;
                        }
                    }
                }
                return new Found(key, type, best, fixed, full, spellings, roles.stream().distinct().toList(),
                        inOrder(mentions), inOrder(descriptions));
            }
        }
    }

    private static List<Mention> inOrder(List<Mention> mentions) {
        return mentions.stream().distinct()
                .sorted(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end)).toList();
    }

    private record Candidate(int start, int end, Gazetteer.Match gazetteer, NameTagger.Tag tag) {
        int length() {
            return end - start;
        }
    }
}
