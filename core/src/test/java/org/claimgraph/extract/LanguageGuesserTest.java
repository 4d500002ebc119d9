package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sentences below were written for this test: two short news-style passages per language. */
class LanguageGuesserTest {

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("en", "The mayor said on Monday that the new bridge would open next spring. Critics have "
                        + "argued that the project was far too expensive for a town of its size."),
                Arguments.of("fr", "Le maire a déclaré lundi que le nouveau pont serait ouvert au printemps prochain. "
                        + "Les critiques estiment que le projet est beaucoup trop cher pour une ville de cette "
                        + "taille."),
                Arguments.of("de", "Der Bürgermeister sagte am Montag, dass die neue Brücke im nächsten Frühjahr "
                        + "eröffnet werden soll. Kritiker halten das Projekt für viel zu teuer für eine Stadt dieser "
                        + "Größe."),
                Arguments.of("es", "El alcalde dijo el lunes que el nuevo puente se abrirá la próxima primavera. Los "
                        + "críticos sostienen que el proyecto es demasiado caro para una ciudad de su tamaño."),
                Arguments.of("it", "Il sindaco ha detto lunedì che il nuovo ponte sarà aperto la prossima primavera. "
                        + "Secondo i critici il progetto è troppo costoso per una città di queste dimensioni."),
                Arguments.of("pt", "O prefeito disse na segunda-feira que a nova ponte será aberta na próxima "
                        + "primavera. Os críticos afirmam que o projeto é caro demais para uma cidade deste tamanho."),
                Arguments.of("nl", "De burgemeester zei maandag dat de nieuwe brug volgend voorjaar open zal gaan. "
                        + "Critici vinden het project veel te duur voor een stad van deze omvang."),
                Arguments.of("pl", "Burmistrz powiedział w poniedziałek, że nowy most zostanie otwarty na wiosnę. "
                        + "Krytycy twierdzą, że projekt jest zbyt drogi dla miasta tej wielkości."),
                Arguments.of("sv", "Borgmästaren sade i måndags att den nya bron ska öppnas nästa vår. Kritiker menar "
                        + "att projektet är alldeles för dyrt för en stad av den storleken."),
                Arguments.of("tr", "Belediye başkanı pazartesi günü yeni köprünün gelecek baharda açılacağını söyledi. "
                        + "Eleştirmenler ise projenin bu büyüklükte bir şehir için çok pahalı olduğunu düşünüyor."),
                Arguments.of("ro", "Primarul a declarat luni că noul pod va fi deschis în primăvara viitoare. Criticii "
                        + "spun că proiectul este mult prea scump pentru un oraș de această mărime."),
                Arguments.of("cs", "Starosta v pondělí řekl, že nový most bude otevřen příští jaro. Kritici tvrdí, že "
                        + "projekt je pro město této velikosti příliš drahý."),
                Arguments.of("ru", "Мэр заявил в понедельник, что новый мост откроют следующей весной. Критики "
                        + "считают, что этот проект слишком дорог для города такого размера."),
                Arguments.of("uk", "Мер заявив у понеділок, що новий міст відкриють наступної весни. Критики "
                        + "вважають, що цей проєкт занадто дорогий для міста такого розміру."),
                Arguments.of("el", "Ο δήμαρχος δήλωσε τη Δευτέρα ότι η νέα γέφυρα θα ανοίξει την επόμενη άνοιξη. Οι "
                        + "επικριτές λένε ότι το έργο είναι πολύ ακριβό για μια πόλη αυτού του μεγέθους."),
                Arguments.of("ar", "قال رئيس البلدية يوم الاثنين إن الجسر الجديد سيفتح في الربيع المقبل. ويقول "
                        + "المنتقدون إن المشروع مكلف جدا بالنسبة لمدينة بهذا الحجم."),
                Arguments.of("he", "ראש העירייה אמר ביום שני כי הגשר החדש ייפתח באביב הבא. המבקרים טוענים שהפרויקט "
                        + "יקר מדי עבור עיר בגודל כזה."),
                Arguments.of("zh", "市长周一表示，新桥将于明年春天开放。批评者认为，这个项目对于这样规模的城市来说太贵了。"),
                Arguments.of("ja", "市長は月曜日、新しい橋が来年の春に開通すると述べた。批判する人々は、この計画はこの規模の町には"
                        + "高すぎると考えている。"),
                Arguments.of("ko", "시장은 월요일에 새 다리가 내년 봄에 개통될 것이라고 말했다. 비판자들은 이 사업이 이 정도 "
                        + "규모의 도시에는 너무 비싸다고 주장한다."));
    }

    static Stream<Arguments> quotes() {
        return Stream.of(
                Arguments.of("en", "We are not going to give up, she told reporters outside the court. The verdict is "
                        + "expected later this week."),
                Arguments.of("fr", "Nous n'allons pas abandonner, a-t-elle dit aux journalistes devant le tribunal. Le "
                        + "verdict est attendu plus tard cette semaine."),
                Arguments.of("de", "Wir werden nicht aufgeben, sagte sie vor dem Gericht zu Journalisten. Das Urteil "
                        + "wird im Laufe der Woche erwartet."),
                Arguments.of("es", "No vamos a rendirnos, dijo ella a los periodistas frente al tribunal. Se espera "
                        + "que el veredicto llegue a finales de esta semana."),
                Arguments.of("it", "Non ci arrenderemo, ha detto ai giornalisti davanti al tribunale. La sentenza è "
                        + "attesa per la fine della settimana."),
                Arguments.of("pt", "Não vamos desistir, disse ela aos jornalistas em frente ao tribunal. O veredito é "
                        + "esperado para o fim desta semana."),
                Arguments.of("nl", "We gaan niet opgeven, zei ze tegen verslaggevers bij de rechtbank. De uitspraak "
                        + "wordt later deze week verwacht."),
                Arguments.of("pl", "Nie zamierzamy się poddać, powiedziała dziennikarzom przed sądem. Wyrok ma zapaść "
                        + "jeszcze w tym tygodniu."),
                Arguments.of("sv", "Vi kommer inte att ge upp, sade hon till journalister utanför domstolen. Domen "
                        + "väntas senare i veckan."),
                Arguments.of("tr", "Asla pes etmeyeceğiz, dedi mahkemenin önünde gazetecilere. Kararın bu hafta "
                        + "içinde açıklanması bekleniyor."),
                Arguments.of("ro", "Nu vom renunța, a spus ea jurnaliștilor în fața tribunalului. Verdictul este "
                        + "așteptat mai târziu în această săptămână."),
                Arguments.of("cs", "Nevzdáme se, řekla novinářům před soudem. Rozsudek se očekává později tento "
                        + "týden."),
                Arguments.of("ru", "Мы не собираемся сдаваться, сказала она журналистам у здания суда. Приговор "
                        + "ожидается позже на этой неделе."),
                Arguments.of("uk", "Ми не збираємося здаватися, сказала вона журналістам біля будівлі суду. Вирок "
                        + "очікується пізніше цього тижня."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void guessesTheLanguageOfAShortReport(String language, String text) {
        assertEquals(language, LanguageGuesser.guess(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotes")
    void guessesTheLanguageOfAShortQuote(String language, String text) {
        assertEquals(language, LanguageGuesser.guess(text));
    }

    @Test
    void theJavadocExamplesHold() {
        assertEquals("fr", LanguageGuesser.guess("Le gouvernement a annoncé qu'il allait retirer le projet de loi."));
        assertNull(LanguageGuesser.guess("OK"));
    }

    @Test
    void tooShortOrEmptyTextIsNull() {
        assertNull(LanguageGuesser.guess(null));
        assertNull(LanguageGuesser.guess(""));
        assertNull(LanguageGuesser.guess("Breaking news"));
        assertNull(LanguageGuesser.guess("Photo: Reuters"));
        assertNull(LanguageGuesser.guess("2024-03-01 12:45 +0100 | 17 °C | 1,234.56"));
        assertNull(LanguageGuesser.guess("Новости"));
    }

    @Test
    void textWithoutFunctionWordsIsNull() {
        assertNull(LanguageGuesser.guess("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed eiusmod "
                + "tempor incididunt ut labore et dolore magna aliqua."));
        assertNull(LanguageGuesser.guess("Home News Sport Weather Business Culture Travel Video Podcasts Newsletters"));
    }

    @Test
    void evenlyMixedLanguagesAreNull() {
        String english = "The mayor said on Monday that the new bridge would open next spring.";
        String french = "Le maire a déclaré lundi que le nouveau pont serait ouvert au printemps prochain.";
        assertNull(LanguageGuesser.guess(english + " " + french));
    }

    @Test
    void evenlyMixedScriptsAreNull() {
        String greek = "Ο δήμαρχος δήλωσε τη Δευτέρα ότι η νέα γέφυρα θα ανοίξει.";
        String russian = "Мэр заявил в понедельник, что новый мост откроют весной.";
        assertNull(LanguageGuesser.guess(greek + " " + russian));
    }

    @Test
    void aShortQuoteInAnotherLanguageDoesNotChangeTheAnswer() {
        String english = "The minister told parliament that the budget would be balanced by the end of the decade. "
                + "She added that taxes would not rise for families on low incomes, and that the plan had been "
                + "agreed with the central bank. Opposition members said they had not seen the figures. ";
        assertEquals("en", LanguageGuesser.guess(english + "« C'est une promesse vide », a dit le député."));
        assertEquals("en", LanguageGuesser.guess(english + "Министр сказал, что это не так."));
    }

    @Test
    void aUkrainianPlaceNameInRussianTextStaysRussian() {
        assertEquals("ru", LanguageGuesser.guess("Делегация прибыла в Київ во вторник, сообщило агентство. "
                + "Переговоры продлятся до конца недели, и их итоги будут известны только после этого."));
    }

    @Test
    void onlyTheStartOfALongTextIsRead() {
        String padding = "1234567890 ".repeat(LanguageGuesser.MAX_CHARS / 11 + 1);
        assertNull(LanguageGuesser.guess(padding + "The mayor said on Monday that the new bridge would open soon."));
        String english = "The mayor said that the bridge would open. ".repeat(LanguageGuesser.MAX_CHARS / 40);
        String french = "Le maire a déclaré que le pont serait ouvert. ".repeat(LanguageGuesser.MAX_CHARS / 20);
        assertEquals("en", LanguageGuesser.guess(english + french));
    }

    @Test
    void japaneseWithManyKanjiIsStillJapanese() {
        assertEquals("ja", LanguageGuesser.guess("東京都知事は記者会見で新型感染症対策予算案を発表した。"));
    }

    @Test
    void turkishDottedCapitalIDoesNotConfuseIt() {
        assertEquals("tr", LanguageGuesser.guess("İstanbul Büyükşehir Belediyesi yeni metro hattının gelecek yıl "
                + "açılacağını duyurdu. Bu hat için çok büyük bir bütçe ayrıldı."));
    }
}
