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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
        type("#register-form", "username", username);
        type("#register-form", "displayName", displayName);
        type("#register-form", "password", password);
        submit("#register-form");
        visible("#nav-me");
    }

    void signIn(String username, String password) {
        go("/login");
        type("#login-form", "username", username);
        type("#login-form", "password", password);
        submit("#login-form");
        visible("#nav-me");
    }

    // ---- screenshots

    /** Saves {@code phone-<name>.png} (375×812, as a phone) and {@code desktop-<name>.png} (1280×900). */
    void screenshots(String name) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        try {
            settle();
            save("phone-" + name);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        try {
            settle();
            save("desktop-" + name);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
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
