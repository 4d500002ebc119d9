package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium (Debian's chromium and chromium-driver), over the served samples and the
 * hostile article: from a quote on the topic page to its highlighted sentence, a search, the hostile markup shown as
 * text and never run, and no horizontal scroll on a phone. It fails, never skips, when Chromium is missing.
 */
class ServeBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Kept, so that its level stays set: Selenium's notices about the DevTools protocol's versions, silenced. */
    private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

    private static ServeFixture serve;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser test needs Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ". Install them: apt-get install -y chromium chromium-driver (.ci/run does it on a fresh machine).");
        }
        SELENIUM.setLevel(Level.OFF);
        serve = ServeFixture.get();
        profile = Files.createTempDirectory("claimgraph-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @Test
    void fromAQuoteOnTheTopicPageToItsHighlightedSentence() {
        browser.get(serve.base() + "/topics/harbour-bridge");
        assertEquals("the harbour bridge", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> quotes = browser.findElements(By.cssSelector("table.matrix a.quote"));
        assertFalse(quotes.isEmpty(), "the matrix has quotes");
        WebElement quote = quotes.get(quotes.size() - 1); // the last, so that the sentence is far down the page
        String href = quote.getAttribute("href");
        String anchor = href.substring(href.indexOf('#') + 1);
        quote.click();
        waiting().until(driver -> driver.getCurrentUrl().endsWith("#" + anchor));
        WebElement sentence = waiting().until(driver -> {
            WebElement found = driver.findElement(By.id(anchor));
            return found.getAttribute("class").contains("current") ? found : null;
        });
        assertTrue((Boolean) script("var r = arguments[0].getBoundingClientRect();"
                + "return r.bottom > 0 && r.top < window.innerHeight;", sentence), "the sentence is in view");
        assertTrue(browser.findElement(By.id("text")).getText().contains(sentence.getText()));
        // its note in the side panel explains it; a click on another highlight explains that one
        WebElement note = browser.findElement(By.cssSelector("#panel .note:not([hidden])"));
        assertTrue(note.getText().startsWith("Statement"), note.getText());
        WebElement entity = browser.findElement(By.cssSelector("#text .k-entity"));
        entity.click();
        waiting().until(driver -> entity.getAttribute("class").contains("selected"));
        assertFalse(browser.findElements(By.cssSelector("#panel .note:not([hidden])")).isEmpty());
    }

    @Test
    void searchFromTheFirstPage() {
        browser.get(serve.base() + "/");
        WebElement box = browser.findElement(By.cssSelector("header form.search input[name=q]"));
        box.sendKeys("blank cheque", Keys.ENTER);
        waiting().until(driver -> driver.getCurrentUrl().contains("/search?q="));
        List<WebElement> hits = browser.findElements(By.cssSelector("li.hit a"));
        assertFalse(hits.isEmpty(), browser.getPageSource());
        assertTrue(hits.get(0).getText().toLowerCase(java.util.Locale.ROOT).contains("blank cheque"),
                hits.get(0).getText());
        hits.get(0).click();
        waiting().until(driver -> driver.getCurrentUrl().contains("/articles/"));
    }

    @Test
    void hostileMarkupIsShownAsTextAndNeverRuns() throws Exception {
        String id = serve.articleId("__pwned");
        for (String path : List.of("/", "/articles/" + id, "/statements?speaker=Marsh", "/search?q=silenced")) {
            browser.get(serve.base() + path);
            for (WebElement element : browser.findElements(By.cssSelector("main a, main span, main td"))) {
                if (element.isDisplayed() && element.getText().contains("onmouseover")) {
                    new Actions(browser).moveToElement(element).perform(); // an attribute would fire here
                }
            }
            assertEquals("undefined", script("return typeof window.__pwned;"), path);
        }
        browser.get(serve.base() + "/articles/" + id);
        String text = browser.findElement(By.id("text")).getText();
        assertTrue(text.contains("<script>window.__pwned=1</script>"), text);
        assertTrue(text.contains("\" onmouseover=\"window.__pwned=2"), text);
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("<script>window.__pwned=1</script>"));
        assertEquals(0L, script("return document.querySelectorAll('main script, main img, main b').length;"));
        assertEquals("undefined", script("return typeof window.__pwned;"));
    }

    @Test
    void noHorizontalScrollOnAPhone() throws Exception {
        Dimension laptop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            String article = serve.articleId("harbour bridge vote");
            for (String path : List.of("/", "/articles/" + article, "/statements", "/topics/harbour-bridge",
                    "/search?q=bridge", "/entities")) {
                browser.get(serve.base() + path);
                long width = (Long) script("return document.documentElement.clientWidth;");
                long scrolled = (Long) script("return document.documentElement.scrollWidth;");
                assertTrue(scrolled <= width, path + " is " + scrolled + " px wide in a " + width + " px window");
            }
        } finally {
            browser.manage().window().setSize(laptop);
        }
    }
}
