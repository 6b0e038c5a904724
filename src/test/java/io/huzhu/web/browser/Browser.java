package io.huzhu.web.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser session (its own Chromium profile, so its own cookies) on the app under test. Never lets Selenium
 * Manager download anything: the installed Chromium and chromedriver are named explicitly.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = setting("HUZHU_CHROMIUM", "/usr/bin/chromium");
    static final String DRIVER = setting("HUZHU_CHROMEDRIVER", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int PHONE_WIDTH = 375;
    private static final Pattern HTTP_ERROR =
            Pattern.compile("^(\\S+) - Failed to load resource: the server responded with a status of (\\d{3})");

    final ChromeDriver driver;
    final String base;
    private final Path profile;
    private final Set<Integer> expectedStatuses = new HashSet<>(Set.of(401));
    private final List<String> log = new ArrayList<>();

    private Browser(String base) {
        this.base = base;
        try {
            this.profile = Files.createTempDirectory("huzhu-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    }

    static Browser open(String base) {
        String missing = missingExecutables();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Browser tests need " + missing
                    + ": apt-get install chromium chromium-driver (CI=true never skips them)");
        }
        return new Browser(base);
    }

    static String missingExecutables() {
        return String.join(
                " and ",
                Stream.of(CHROMIUM, DRIVER)
                        .filter(p -> !Files.isExecutable(Path.of(p)))
                        .toList());
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    // ---- navigation and waiting

    /** Opens a fragment route, e.g. {@code go("/groups")} loads {@code http://localhost:port/#/groups}. */
    Browser go(String route) {
        driver.get(base + "/#" + route);
        return this;
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        return waiting().until(condition);
    }

    <T> T waitFor(String description, Function<WebDriver, T> condition) {
        return waiting().withMessage(description).until(condition);
    }

    /** Re-renders replace elements: a condition that caught one mid-swap is simply asked again. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    WebElement visible(String css) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    WebElement present(String css) {
        return waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    WebElement clickable(String css) {
        return waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void click(String css) {
        clickable(css).click();
    }

    /** Types into a form's field by name (clearing it first). */
    void type(String formCss, String name, String text) {
        WebElement field = visible(formCss + " [name=\"" + name + "\"]");
        field.clear();
        field.sendKeys(text);
    }

    void select(String formCss, String name, String value) {
        new Select(visible(formCss + " select[name=\"" + name + "\"]")).selectByValue(value);
    }

    /** Clicks the form's main submit button (the primary one when it has several, as the campaign form). */
    void submit(String formCss) {
        visible(formCss + " [type=submit]");
        List<WebElement> buttons = all(formCss + " [type=submit].primary");
        WebElement button = buttons.isEmpty() ? all(formCss + " [type=submit]").getFirst() : buttons.getFirst();
        waitFor(ExpectedConditions.elementToBeClickable(button)).click();
    }

    // ---- the keyboard

    /** Presses keys on whatever has the focus, as a person at a keyboard does. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /**
     * Presses TAB (at most {@code maxPresses} times) until the focused element matches {@code css}; fails with the
     * elements the focus passed through when it never gets there.
     */
    WebElement tabTo(String css, int maxPresses) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < maxPresses; i++) {
            press(Keys.TAB);
            String focused = (String)
                    script(
                            "const el = document.activeElement;"
                                    + " if (!el || el === document.body) return 'body';"
                                    + " return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')"
                                    + " + (el.getAttribute('name') ? '[name=' + el.getAttribute('name') + ']' : '')"
                                    + " + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '');");
            path.add(focused);
            if ((Boolean)
                    script("return !!document.activeElement && document.activeElement.matches(arguments[0])", css)) {
                return driver.switchTo().activeElement();
            }
        }
        throw new AssertionError("TAB never reached " + css + " in " + maxPresses + " presses; the focus went: "
                + String.join(" → ", path));
    }

    String route() {
        String url = driver.getCurrentUrl();
        int hash = url.indexOf('#');
        return hash < 0 ? "" : url.substring(hash + 1);
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    // ---- account

    void signUp(String username, String displayName, String password) {
        go("/register");
        visible("#register-form");
        assertAccessible("register");
        type("#register-form", "username", username);
        type("#register-form", "displayName", displayName);
        type("#register-form", "password", password);
        submit("#register-form");
        visible("#nav-me");
    }

    void signIn(String username, String password) {
        go("/login");
        visible("#login-form");
        assertAccessible("login");
        type("#login-form", "username", username);
        type("#login-form", "password", password);
        submit("#login-form");
        visible("#nav-me");
    }

    // ---- screenshots and accessibility

    private static final Map<String, Object> PHONE =
            Map.of("width", PHONE_WIDTH, "height", 812, "deviceScaleFactor", 2, "mobile", true);
    private static final Map<String, Object> DESKTOP =
            Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false);

    /**
     * Saves {@code phone-<name>.png} (375×812, as a phone) and {@code desktop-<name>.png} (1280×900), and checks the
     * screen's accessibility ({@link #assertAccessible}) at both sizes.
     */
    void screenshots(String name) {
        screenshots(name, null);
    }

    /** As {@link #screenshots(String)}, with the element {@code scrollTo} (CSS) in the middle of each viewport. */
    void screenshots(String name, String scrollTo) {
        atSize(PHONE, () -> {
            scrollIntoView(scrollTo);
            save("phone-" + name);
            checkAccessible(name + " (phone, " + PHONE_WIDTH + " px)", true);
        });
        atSize(DESKTOP, () -> {
            scrollIntoView(scrollTo);
            save("desktop-" + name);
            checkAccessible(name + " (desktop, 1280 px)", false);
        });
    }

    private void scrollIntoView(String css) {
        if (css != null) {
            script("document.querySelector(arguments[0]).scrollIntoView({block: 'center'})", css);
            settle();
        }
    }

    /**
     * The issue's acceptance, checked on the current page as a phone (375 px) and on a desktop (1280 px): every
     * visible control has an accessible name, every visible image a non-empty alt text, no visible interactive
     * element is taken out of the tab order, and at phone width nothing scrolls sideways.
     */
    void assertAccessible(String screen) {
        atSize(PHONE, () -> checkAccessible(screen + " (phone, " + PHONE_WIDTH + " px)", true));
        atSize(DESKTOP, () -> checkAccessible(screen + " (desktop, 1280 px)", false));
    }

    private void atSize(Map<String, Object> metrics, Runnable action) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics);
        try {
            settle();
            action.run();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @SuppressWarnings("unchecked")
    private void checkAccessible(String screen, boolean phone) {
        List<String> problems = (List<String>) script(A11Y_CHECK, phone, PHONE_WIDTH);
        if (!problems.isEmpty()) {
            throw new AssertionError("Accessibility problems on screen '" + screen + "' (" + route() + "):\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** Waits for two animation frames, so the new layout is painted before the screenshot. */
    private void settle() {
        ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[0];"
                        + " requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
    }

    Path save(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void saveFailure(String name) {
        try {
            save("failed-" + name);
            Files.writeString(SCREENSHOTS.resolve("failed-" + name + ".html"), driver.getPageSource());
        } catch (RuntimeException | IOException ignored) {
            // best effort: the test's own failure is what matters
        }
    }

    // ---- the browser's console

    /** An HTTP error status this test provokes on purpose (logged by Chromium as a failed resource load). */
    void expectHttpError(int status) {
        expectedStatuses.add(status);
    }

    /** The console's SEVERE entries that come from the app: errors, CSP violations, unexpected HTTP errors. */
    List<String> appErrors() {
        drainLog();
        return log.stream().filter(this::isAppError).toList();
    }

    /** Forgets what the console said so far (after a test has checked entries it provoked on purpose). */
    void forgetLog() {
        drainLog();
        log.clear();
    }

    List<String> consoleLog() {
        drainLog();
        return List.copyOf(log);
    }

    private void drainLog() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            log.add(entry.getLevel() + " " + entry.getMessage());
        }
    }

    private boolean isAppError(String line) {
        if (!line.startsWith(Level.SEVERE + " ")) {
            return false;
        }
        String message = line.substring(Level.SEVERE.getName().length() + 1);
        if (message.contains("Content Security Policy")) {
            return true;
        }
        Matcher http = HTTP_ERROR.matcher(message);
        if (http.find()) {
            return !http.group(1).endsWith("/favicon.ico")
                    && !expectedStatuses.contains(Integer.parseInt(http.group(2)));
        }
        return true;
    }

    /**
     * Lists what keeps the current page from the acceptance "labels on every control; keyboard reachable; usable at
     * 375 px". arguments[0]: whether the viewport is a phone's; arguments[1]: the phone's width in CSS px.
     */
    private static final String A11Y_CHECK = """
            const phone = arguments[0], phoneWidth = arguments[1];
            const problems = [];
            const visible = (el) => {
              if (el.getClientRects().length === 0) return false;
              const style = getComputedStyle(el);
              return style.visibility !== 'hidden' && style.display !== 'none';
            };
            const text = (el) => (el.textContent || '').replace(/\\s+/g, ' ').trim();
            const describe = (el) => {
              let d = el.tagName.toLowerCase();
              if (el.type && el.tagName !== 'BUTTON' && el.tagName !== 'SELECT' && el.tagName !== 'TEXTAREA') d += '[type=' + el.type + ']';
              if (el.id) d += '#' + el.id;
              if (el.getAttribute('name')) d += '[name=' + el.getAttribute('name') + ']';
              if (typeof el.className === 'string' && el.className.trim()) d += '.' + el.className.trim().split(/\\s+/).join('.');
              const inside = el.parentElement && el.parentElement.closest('[id]');
              if (inside) d += ' in #' + inside.id;
              return d;
            };
            const named = (el) => {
              const aria = el.getAttribute('aria-label');
              if (aria && aria.trim()) return true;
              const by = el.getAttribute('aria-labelledby');
              if (by && by.trim().split(/\\s+/).some((id) => { const r = document.getElementById(id); return r && text(r); })) return true;
              if (el.labels && [...el.labels].some((l) => text(l))) return true;
              if (el.tagName === 'BUTTON') return !!text(el);
              if (el.tagName === 'INPUT' && ['submit', 'reset', 'button'].includes(el.type)) return !!(el.value || '').trim();
              if (el.tagName === 'INPUT' && el.type === 'image') return !!(el.alt || '').trim();
              return false;
            };
            for (const el of document.querySelectorAll('input, select, textarea, button')) {
              if (el.tagName === 'INPUT' && el.type === 'hidden') continue;
              if (!visible(el)) continue;
              if (!named(el)) problems.push('no accessible name (label, aria-label, aria-labelledby or text): ' + describe(el));
            }
            for (const img of document.querySelectorAll('img')) {
              if (!visible(img)) continue;
              if (!(img.getAttribute('alt') || '').trim()) problems.push('image without alt text: ' + describe(img) + ' src=' + img.getAttribute('src'));
            }
            const interactive = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe,'
                + ' [contenteditable]:not([contenteditable=false]), [role=button], [role=link], [role=tab], [role=checkbox],'
                + ' [role=radio], [role=switch], [role=menuitem], [role=option], [role=textbox], [role=combobox]';
            for (const el of document.querySelectorAll(interactive)) {
              if (!visible(el) || !el.hasAttribute('tabindex')) continue;
              if (parseInt(el.getAttribute('tabindex'), 10) < 0) problems.push('taken out of the tab order (tabindex=' + el.getAttribute('tabindex') + '): ' + describe(el));
            }
            if (phone) {
              const root = document.documentElement;
              const limit = Math.min(window.innerWidth, phoneWidth);
              if (root.scrollWidth > window.innerWidth || root.scrollWidth > phoneWidth) {
                const wide = [...document.body.querySelectorAll('*')]
                    .filter((el) => visible(el) && el.getBoundingClientRect().right + window.scrollX > limit + 0.5)
                    .filter((el, i, all) => !all.some((other) => other !== el && el.contains(other)))
                    .slice(0, 10)
                    .map((el) => describe(el) + ' (right edge ' + Math.round(el.getBoundingClientRect().right + window.scrollX) + ' px)');
                problems.push('scrolls sideways at ' + phoneWidth + ' px: document.documentElement.scrollWidth=' + root.scrollWidth
                    + ' > window.innerWidth=' + window.innerWidth + '; too wide: ' + (wide.join(', ') || 'none found'));
              }
            }
            return problems;
            """;

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a temp directory left behind
            }
        }
    }
}
