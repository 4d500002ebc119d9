package org.claimgraph.annotate.quantities;

import java.util.Locale;
import java.util.Map;

/** Currency and percent words and symbols, and their contract spellings ("USD", "EUR", "GBP", "percent"). */
final class Units {

    static final String PERCENT = "percent";

    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("usd", "USD"), Map.entry("dollar", "USD"),
            Map.entry("dollars", "USD"), Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"), Map.entry("£", "GBP"), Map.entry("gbp", "GBP"), Map.entry("pound", "GBP"),
            Map.entry("pounds", "GBP"), Map.entry("sterling", "GBP"), Map.entry("¥", "JPY"), Map.entry("yen", "JPY"),
            Map.entry("jpy", "JPY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("cny", "CNY"),
            Map.entry("rouble", "RUB"), Map.entry("roubles", "RUB"), Map.entry("ruble", "RUB"),
            Map.entry("rubles", "RUB"), Map.entry("rub", "RUB"), Map.entry("₽", "RUB"), Map.entry("hryvnia", "UAH"),
            Map.entry("hryvnias", "UAH"), Map.entry("uah", "UAH"), Map.entry("₴", "UAH"), Map.entry("rupee", "INR"),
            Map.entry("rupees", "INR"), Map.entry("₹", "INR"), Map.entry("c$", "CAD"), Map.entry("a$", "AUD"),
            Map.entry("chf", "CHF"), Map.entry("francs", "CHF"));

    private Units() {}

    /** The ISO 4217 code of a currency word or symbol, or null when the word is not one. */
    static String currency(String word) {
        return CURRENCIES.get(word.toLowerCase(Locale.ROOT));
    }

    static boolean isPercent(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.equals("%") || lower.equals("percent") || lower.equals("pct") || lower.equals("per cent");
    }

    /** "per" of "per cent", which the tokenizer keeps as two words. */
    static boolean isPercentPair(String first, String second) {
        return first.equalsIgnoreCase("per") && second.equalsIgnoreCase("cent");
    }
}
